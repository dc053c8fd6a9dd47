# Autoconf's cache dump, in linear time, with the probes' per-name entries.
#
# configure dumps its cache variables twice: into config.log when it exits,
# and for the cache file (AC_CACHE_SAVE, in AC_OUTPUT). A catalog gives
# three cache variables per name; kept as shell variables, they would make
# the dump grow with the square of the catalog (docs/benchmarks.md, Large
# catalogs): bash lists its variables (`set') in superlinear time, and dash
# takes time in proportion to their number for each assignment and each
# `eval'. So the probes keep each name's cache entries in a file
# ($mmapc_cache_entries, probes/mmapc_probe.m4), not in variables, and the
# dump prints that file with the shell's variables. And Autoconf's dump
# (_AC_CACHE_DUMP) first reads every shell variable once with `eval', to
# unset those whose value holds a newline, which its `set'-based dump would
# mangle: here only the variables that `set' shows on a line of their own
# that does not end in a quote, the first line of a value that goes on, are
# read; the dump itself is Autoconf's. This file redefines _AC_CACHE_DUMP
# when aclocal.m4 is read, before AC_INIT writes its exit trap: the
# installed mmap-consts.m4 holds it, so a consumer's configure gets it
# with MMAPC_CONSTANTS; MMAPC_LINEAR_CACHE_DUMP, called anywhere in
# configure.ac, makes aclocal include it.

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

  { (set) 2>&1 |
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
    esac
  # The probes' per-name entries, already quoted.
  test -z "$mmapc_cache_entries" || cat "$mmapc_cache_entries" 2>/dev/null
  } |
    sort
)dnl
])

# MMAPC_LINEAR_CACHE_DUMP
# -----------------------
# Nothing: calling it makes aclocal include this file.
AC_DEFUN([MMAPC_LINEAR_CACHE_DUMP], [])
