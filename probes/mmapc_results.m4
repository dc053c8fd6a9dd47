# MMAPC_WRITE_RESULTS(FILE)
# -------------------------
# Write every probe result to FILE in the build directory, in the format of
# docs/formats.md, for the generator. The file is written under a temporary
# name and renamed, so an existing FILE is only ever replaced whole.
AC_DEFUN([MMAPC_WRITE_RESULTS],
[AC_REQUIRE([MMAPC_PROBE_CONSTANTS])dnl
AC_REQUIRE([MMAPC_CHECK_MADVISE_ADDR_TYPE])dnl
AC_MSG_NOTICE([writing $1])
dnl The compiler's first line, as a results file takes it: printable ASCII
dnl (a CR goes, other bytes become ?), at most 200 bytes.
mmapc_cc_version=`$CC --version 2>/dev/null | sed 1q | LC_ALL=C tr -d '\015' |
  LC_ALL=C tr -c '\040-\176\012' '?' | cut -c1-200`
AS_CASE([$mmapc_cc_version], [*[[!\ ]]*], [], [mmapc_cc_version=unknown])
{
  echo "mmapc-results 2"
  echo "target $host"
  echo "os $host_os"
  echo "cpu $host_cpu"
  echo "libc ${mmapc_cv_libc:-unknown}"
  echo "cc $mmapc_cc_version"
  echo "cross_compiling $cross_compiling"
  for mmapc_t in int long long_long pointer; do
    AS_VAR_COPY([mmapc_v], [mmapc_cv_sizeof_$mmapc_t])
    echo "sizeof $mmapc_t $mmapc_v"
  done
  for mmapc_p in $mmapc_cv_predefs; do
    echo "predef ${mmapc_p%%=*} ${mmapc_p@%:@*=}"
  done
  printf '%s' "$mmapc_headers_results"
  for mmapc_name in $mmapc_funcs; do
    AS_VAR_COPY([mmapc_v], [mmapc_cv_func_$mmapc_name])
    echo "function $mmapc_name $mmapc_v"
  done
  test "x$mmapc_cv_target_links" = xno && echo "link no"
  echo "madvise_addr_type $mmapc_cv_madvise_addr_type"
  dnl Each name's symbol and conflict lines (MMAPC_PROBE_CONSTANTS).
  cat "$mmapc_tmp/symbols.lst"
} >"$1.tmp" && mv -f "$1.tmp" "$1" ||
  AC_MSG_ERROR([cannot write $1])
])
