# Autoconf's cache dump, in linear time.
#
# configure dumps its cache variables twice: into config.log when it exits,
# and for the cache file (AC_CACHE_SAVE, in AC_OUTPUT). Autoconf's dump
# (_AC_CACHE_DUMP) first reads every shell variable once with `eval', to
# unset those whose value holds a newline, which its `set'-based dump would
# mangle. A catalog gives a cache variable per name, and in dash, whose
# variable table does not grow, each `eval' costs time in proportion to the
# number of variables: the dump grows with the square of the catalog
# (docs/benchmarks.md: 40,000 variables, 13 s; 140,000 names did not finish
# in 22 minutes). Here only the variables that `set' shows on a line of
# their own that does not end in a quote, the first line of a value that
# goes on, are read and, if they hold a newline, unset; the dump itself is
# Autoconf's. This file redefines _AC_CACHE_DUMP when aclocal.m4 is read,
# before AC_INIT writes its exit trap; MMAPC_LINEAR_CACHE_DUMP, called
# anywhere in configure.ac, makes aclocal include it.

m4_define([_AC_CACHE_DUMP],
[# A newline in a value would spoil the dump: unset such variables. Only a
# variable whose line in `set' does not end in a quote can hold one.
(
  for ac_var in `(set) 2>&1 | sed -n ["s/^\([a-zA-Z_][a-zA-Z0-9_]*\)=.*[^']$/\1/p; s/^\([a-zA-Z_][a-zA-Z0-9_]*\)=$/\1/p"]`; do
    eval ac_val=\$$ac_var
    case $ac_val in #(
    *${as_nl}*)
      case $ac_var in #(
      *_cv_*) AC_MSG_WARN([cache variable $ac_var contains a newline]) ;;
      esac
      case $ac_var in #(
      _ | IFS | as_nl) ;; #(
      BASH_ARGV | BASH_SOURCE) eval $ac_var= ;; #(
      *) AS_UNSET([$ac_var]) ;;
      esac ;;
    esac
  done

  (set) 2>&1 |
    case $as_nl`(ac_space=' '; set) 2>&1` in #(
    *${as_nl}ac_space=\ *)
      # `set' does not quote correctly, so add quotes: double-quote
      # substitution turns \\\\ into \\, and sed turns \\ into \.
      sed -n \
	["s/'/'\\\\''/g;
	  s/^\\([_$as_cr_alnum]*_cv_[_$as_cr_alnum]*\\)=\\(.*\\)/\\1='\\2'/p"]
      ;; #(
    *)
      # `set' quotes correctly as required by POSIX, so do not add quotes.
      sed -n ["/^[_$as_cr_alnum]*_cv_[_$as_cr_alnum]*=/p"]
      ;;
    esac |
    sort
)dnl
])

# MMAPC_LINEAR_CACHE_DUMP
# -----------------------
# Nothing: calling it makes aclocal include this file.
AC_DEFUN([MMAPC_LINEAR_CACHE_DUMP], [])
