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
dnl Each present name's header and the other headers' values, as the cache
dnl variables mmapc_cv_from_NAME and mmapc_cv_conflicts_NAME hold them
dnl (probed or preset), read from one `set': a lookup per catalog name
dnl would cost time in proportion to the number of variables in shells
dnl whose variable table does not grow (dash), the square of the catalog
dnl in all. `set' quotes a value in '...' where it needs to.
(set) 2>/dev/null | sed -n \
  -e 's/^mmapc_cv_from_\(@<:@A-Za-z0-9_@:>@*\)=/from \1 /p' \
  -e 's/^mmapc_cv_conflicts_\(@<:@A-Za-z0-9_@:>@*\)=/conflicts \1 /p' \
  >"$mmapc_tmp/provenance.lst"
dnl The symbol and conflict lines in catalog order, from final.lst
dnl (FAMILY NAME RESULT); a malformed value stops configure.
$AWK -v q="'" 'FILENAME == ARGV@<:@1@:>@ {
    v = substr($[]0, length($[]1) + length($[]2) + 3)
    if (substr(v, 1, 1) == q && substr(v, length(v), 1) == q && length(v) >= 2)
      v = substr(v, 2, length(v) - 2)
    var = "mmapc_cv_" $[]1 "_" $[]2
    if ($[]1 == "from") {
      if (v !~ /^@<:@A-Za-z0-9_.\/+-@:>@*$/) {
        print var "=" q v q " is not a header'\''s name (letters, digits and _ . / + -)"
        exit 1 }
      from@<:@$[]2@:>@ = v
    } else {
      n = split(v, w, " ")
      for (i = 1; i <= n; i++)
        if (w@<:@i@:>@ !~ /^@<:@A-Za-z0-9_.\/+-@:>@+=(yes|-?@<:@0-9@:>@+|-?0@<:@xX@:>@@<:@0-9a-fA-F@:>@+)$/) {
          print var ": " q w@<:@i@:>@ q " is not HEADER=RESULT (yes or a C integer)"
          exit 1 }
      conflicts@<:@$[]2@:>@ = v
    }
    next }
  { if ($[]3 == "no" || from@<:@$[]2@:>@ == "") print "symbol", $[]2, $[]3
    else print "symbol", $[]2, $[]3, from@<:@$[]2@:>@
    if ($[]3 == "no") next
    n = split(conflicts@<:@$[]2@:>@, w, " ")
    for (i = 1; i <= n; i++) {
      split(w@<:@i@:>@, hr, "=")
      print "conflict", $[]2, hr@<:@1@:>@, hr@<:@2@:>@ } }' \
  "$mmapc_tmp/provenance.lst" "$mmapc_tmp/final.lst" >"$mmapc_tmp/symbols.lst" ||
  { mmapc_v=`cat "$mmapc_tmp/symbols.lst"`; AC_MSG_ERROR([$mmapc_v]); }
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
  cat "$mmapc_tmp/symbols.lst"
} >"$1.tmp" && mv -f "$1.tmp" "$1" ||
  AC_MSG_ERROR([cannot write $1])
])
