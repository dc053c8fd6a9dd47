# The public macro of the installed mmap-consts.m4 (docs/install.md).
#
# `make` builds mmap-consts.m4 from the probe macros (mmapc_catalog.m4,
# mmapc_probe.m4, mmapc_results.m4) and this file, and `make install` puts
# it in $(datadir)/aclocal. mmap-consts's own configure.ac does not use
# MMAPC_CONSTANTS: it runs the same macros itself, on probes/ of its
# source tree.

# The shell variables and C macros of these macros that start with MMAPC_:
# a consumer's configure.ac forbids the others with m4_pattern_forbid, so
# that a macro aclocal could not find stops autoreconf.
m4_pattern_allow([^MMAPC_(GEN|DATADIR|CATALOG|RESULTS|EXTRA_SYMBOLS)$])
m4_pattern_allow([^MMAPC_(AT_ONCE_[A-Z0-9_]*|HAS_INCLUDE|MADVISE_VOIDP|EXT)$])

# MMAPC_CONSTANTS([RESULTS-FILE], [FUNCTIONS], [OUTPUTS])
# -------------------------------------------------------
# For another project's configure.ac: probe this configure's target (its
# CC, CFLAGS, CPPFLAGS, --host) for every name of the installed mmap-consts
# catalog, as mmap-consts's own configure does, and write the results to
# RESULTS-FILE in the build directory (default mmap_consts-results.txt).
# FUNCTIONS: the functions to check; default MMAPC_FUNCTIONS, mmap-consts's
# own list, so the generated header says what mmap-consts's says.
# OUTPUTS: files of the build directory that config.status writes with
# mmapc-gen from the results, the catalog and --with-extra-symbols; the
# format is told by the name's end: .h header, .json, .md markdown, .7 man.
#
# It finds the generator mmapc-gen: the MMAPC_GEN variable when set, else in
# PREFIX/bin of --with-mmap-consts=PREFIX, else in the PATH. It takes the
# catalog and the probe scripts from the MMAPC_DATADIR variable when set,
# else from share/mmap-consts beside the bin directory of mmapc-gen, so an
# installation that was moved as a whole (or a DESTDIR) still works.
#
# Substitutes MMAPC_GEN (absolute), MMAPC_CATALOG (the catalog file,
# absolute), MMAPC_RESULTS (RESULTS-FILE) and MMAPC_EXTRA_SYMBOLS (the
# --with-extra-symbols file, absolute, or empty), for rules of one's own.
#
# Cache variables and presets as in mmap-consts's configure (README.md).
# It prints no summary of its own.
AC_DEFUN([MMAPC_CONSTANTS],
[AC_REQUIRE([AC_PROG_CC])dnl
AC_REQUIRE([AC_CANONICAL_HOST])dnl
AC_REQUIRE([AC_PROG_AWK])dnl
AC_ARG_WITH([mmap-consts],
  [AS_HELP_STRING([--with-mmap-consts=PREFIX],
    [use the mmap-consts installed in PREFIX (PREFIX/bin/mmapc-gen and
     PREFIX/share/mmap-consts)])],
  [], [with_mmap_consts=])
AC_ARG_VAR([MMAPC_GEN], [the generator of mmap-consts, mmapc-gen])
AC_ARG_VAR([MMAPC_DATADIR],
  [the directory of the installed mmap-consts catalog (default:
   share/mmap-consts beside the bin directory of MMAPC_GEN)])
AS_CASE([$with_mmap_consts],
  [no], [AC_MSG_ERROR([mmap-consts is needed; --without-mmap-consts cannot work])],
  [yes | ""], [mmapc_gen_path=$PATH],
  [mmapc_gen_path=$with_mmap_consts/bin])
dnl A relative MMAPC_GEN is taken from the current directory, where
dnl AC_PATH_PROG would look for its name in the PATH.
AS_CASE([$MMAPC_GEN],
  [[[\\/]]* | ?:[[\\/]]* | ""], [],
  [*/*], [mmapc_d=`AS_DIRNAME(["$MMAPC_GEN"])`
          mmapc_d=`cd "$mmapc_d" 2>/dev/null && pwd` &&
            MMAPC_GEN=$mmapc_d/`AS_BASENAME(["$MMAPC_GEN"])`])
AC_PATH_PROG([MMAPC_GEN], [${MMAPC_GEN:-mmapc-gen}], [], [$mmapc_gen_path])
AS_IF([test -z "$MMAPC_GEN"],
  [AC_MSG_ERROR([mmapc-gen (mmap-consts) not found: install mmap-consts, or give --with-mmap-consts=PREFIX or MMAPC_GEN=FILE])])
AC_MSG_CHECKING([whether $MMAPC_GEN runs])
AS_IF([mmapc_gen_version=`"$MMAPC_GEN" --version 2>&AS_MESSAGE_LOG_FD`],
  [AC_MSG_RESULT([yes, $mmapc_gen_version])],
  [AC_MSG_RESULT([no])
   AC_MSG_ERROR([$MMAPC_GEN does not run on this machine (it must be built for the build machine)])])
AC_MSG_CHECKING([for the mmap-consts catalog and probe scripts])
AS_IF([test -n "$MMAPC_DATADIR"], [mmapc_datadir=$MMAPC_DATADIR],
  [mmapc_datadir=`AS_DIRNAME(["$MMAPC_GEN"])`
   mmapc_datadir=`AS_DIRNAME(["$mmapc_datadir"])`/share/mmap-consts])
for mmapc_f in symbols.def target-macros.def feature-macros.h catalog.awk probe-source.awk \
    scan-cpp.awk read-records.awk plan.awk presets.awk combine.awk; do
  AS_IF([test -f "$mmapc_datadir/$mmapc_f"], [],
    [AC_MSG_RESULT([no])
     AC_MSG_ERROR([no $mmapc_datadir/$mmapc_f: set MMAPC_DATADIR to the share/mmap-consts directory of mmap-consts])])
done
mmapc_datadir=`cd "$mmapc_datadir" && pwd`
AC_MSG_RESULT([$mmapc_datadir])
dnl The probe macros read their scripts from there (_MMAPC_TMPDIR).
mmapc_probe_dir=$mmapc_datadir
AC_SUBST([MMAPC_GEN])
AC_SUBST([MMAPC_CATALOG], [$mmapc_datadir/symbols.def])
AC_SUBST([MMAPC_RESULTS], [m4_default([$1], [mmap_consts-results.txt])])
_MMAPC_PROBE_TARGET([$mmapc_datadir/symbols.def], [$MMAPC_RESULTS], [$2])
m4_foreach_w([_mmapc_out], [$3], [_MMAPC_CONSTANTS_OUTPUT(_mmapc_out)])
])

# _MMAPC_CONSTANTS_OUTPUT(FILE)
# -----------------------------
# config.status writes FILE with mmapc-gen, in the format of its name's end.
m4_define([_MMAPC_CONSTANTS_OUTPUT],
[AC_CONFIG_COMMANDS([$1],
  ["$mmapc_gen" --catalog "$mmapc_catalog" ${mmapc_extra:+--catalog "$mmapc_extra"} \
     --results "$mmapc_results" --format m4_bmatch([$1],
       [\.h$], [header], [\.json$], [json], [\.md$], [markdown], [\.7$], [man],
       [m4_fatal([MMAPC_CONSTANTS: $1: the name of an output ends in .h, .json, .md or .7])]) \
     --output "$ac_file" || AC_MSG_ERROR([$mmapc_gen could not write $ac_file])],
  [mmapc_gen='$MMAPC_GEN' mmapc_catalog='$mmapc_datadir/symbols.def'
   mmapc_results='$MMAPC_RESULTS' mmapc_extra='$MMAPC_EXTRA_SYMBOLS'])
])

# _MMAPC_PROBE_TARGET(CATALOGS, RESULTS-FILE, [FUNCTIONS])
# --------------------------------------------------------
# The probes of mmap-consts's configure.ac, in its order, for the catalog
# files CATALOGS (a shell word list; --with-extra-symbols adds its file),
# writing RESULTS-FILE: the body of MMAPC_CONSTANTS and of mmapc-scan's
# probe script (probes/mmapc-scan.ac), so that both probe as configure
# does. FUNCTIONS: default MMAPC_FUNCTIONS. Needs mmapc_probe_dir set.
m4_define([_MMAPC_PROBE_TARGET],
[MMAPC_CATALOG([$1])
dnl The headers of mmap-consts's configure.ac, from the same definition.
MMAPC_CHECK_HEADERS(m4_defn([MMAPC_HEADERS]))
MMAPC_PROBE_CONSTANTS
m4_ifval([$3], [MMAPC_CHECK_FUNCS([$3])],
  [MMAPC_CHECK_FUNCS(m4_defn([MMAPC_FUNCTIONS]))])
MMAPC_CHECK_MADVISE_ADDR_TYPE
MMAPC_WRITE_RESULTS([$2])
])
