# Our configure.ac's head start on the catalog. Not part of the installed
# mmap-consts.m4 (Makefile.am): MMAPC_CONSTANTS calls MMAPC_CATALOG alone,
# which then validates in the foreground. The helpers are in
# mmapc_catalog.m4.

# MMAPC_CATALOG_START(CATALOG)
# ----------------------------
# Start the work of MMAPC_CATALOG(CATALOG) in the background, so that it
# runs beside the compiler's checks (docs/benchmarks.md). Call after
# AM_INIT_AUTOMAKE (which finds AWK).
AC_DEFUN([MMAPC_CATALOG_START],
[AC_REQUIRE([AC_PROG_AWK])dnl
AC_REQUIRE([_MMAPC_TMPDIR])dnl
AC_BEFORE([$0], [MMAPC_CATALOG])dnl
_MMAPC_CATALOG_FILES([$1])
(_MMAPC_VALIDATE_CATALOG) </dev/null >/dev/null 2>&1 &
mmapc_catalog_pid=$!
])
