#! /bin/sh
# mmapc-probe-basic.sh: mmapc-probe's command line (--help, --version,
# usage errors), and its table on this machine: MADV_NORMAL accepted, an
# invalid advice value (--advice=-1) rejected with EINVAL, MADV_HWPOISON
# and MADV_SOFT_OFFLINE skipped (when the headers have them).

. "${top_srcdir:-.}/tests/lib/prelude.sh"
need_native
p=$MMAPC_PROBE

"$p" --help >"$tmp/help" 2>&1 || fail "--help exits non-zero"
grep '^Usage: mmapc-probe' "$tmp/help" >/dev/null || fail "--help: no usage"
"$p" --version >"$tmp/version" 2>&1 || fail "--version exits non-zero"
grep '^mmapc-probe (mmap-consts) ' "$tmp/version" >/dev/null ||
    fail "--version: no version line"

for args in --bogus "--advice=12x" "--advice=99999999999" --advice \
    "--advice=" extra; do
    "$p" $args >"$tmp/out" 2>"$tmp/err"
    st=$?
    test $st -eq 2 || fail "'$args' exits $st, not 2 (usage error)"
    test -s "$tmp/out" && fail "'$args' writes to standard output"
    grep "^mmapc-probe: " "$tmp/err" >/dev/null ||
        fail "'$args': no message on standard error"
done

"$p" >"$tmp/table" 2>"$tmp/err" || fail "mmapc-probe exits non-zero"
test -s "$tmp/err" && fail "mmapc-probe writes to standard error"
r=`row "$tmp/table" MADV_NORMAL`
case $r in
    *" accepted "*|*" accepted") ;;
    *) fail "MADV_NORMAL is not accepted: '$r'" ;;
esac
for name in MADV_HWPOISON MADV_SOFT_OFFLINE; do
    present $name || continue
    r=`row "$tmp/table" $name`
    case $r in
        *" skipped "*) ;;
        *) fail "$name is not skipped: '$r'" ;;
    esac
done

# An invalid advice value: the kernel rejects it with EINVAL.
"$p" --advice=-1 >"$tmp/one" 2>"$tmp/err" || fail "--advice=-1 exits non-zero"
set x `awk '$2 == "-1" { print; exit }' "$tmp/one"`; shift
test "$4 $5 $6" = "rejected EINVAL unsupported" ||
    fail "--advice=-1 is not rejected with EINVAL: '$*'"
grep '^MAP FLAG' "$tmp/one" >/dev/null &&
    fail "--advice tries map flags too"

# --advice with a known value names it.
v=`header_value MADV_NORMAL`
if test -n "$v"; then
    "$p" --advice="$v" >"$tmp/one" || fail "--advice=$v exits non-zero"
    r=`row "$tmp/one" MADV_NORMAL`
    case $r in
        *" accepted"*) ;;
        *) fail "--advice=$v (MADV_NORMAL) is not accepted: '$r'" ;;
    esac
fi

finish
