#! /bin/sh
# mmapc-probe-basic.sh: mmapc-probe's command line (--help, --version,
# usage errors: among them numbers with a leading zero, which the help
# does not allow, for --advice and --map-flag), and its table on this
# machine: MADV_NORMAL accepted, an invalid advice value (--advice=-1)
# rejected with EINVAL, MADV_HWPOISON and MADV_SOFT_OFFLINE skipped (when
# the headers have them).

. "${top_srcdir:-.}/tests/lib/prelude.sh"
need_native
p=$MMAPC_PROBE

"$p" --help >"$tmp/help" 2>&1 || fail "--help exits non-zero"
grep '^Usage: mmapc-probe' "$tmp/help" >/dev/null || fail "--help: no usage"
grep 'man mmapc-probe' "$tmp/help" >/dev/null ||
    fail "--help does not point to man mmapc-probe"
# two lines for each column, class and effect
for word in VALUE MAPPING STATUS ERRNO CLASS EFFECT REMARK unsupported \
    failed-here seen not-seen; do
    n=`awk -v w="$word" 'index($0, "  " w " ") == 1 {
        getline; print (/^     /) ? "ok" : "one"; exit }' "$tmp/help"`
    test "$n" = ok || fail "--help: no two-line entry for $word"
done
"$p" --version >"$tmp/version" 2>&1 || fail "--version exits non-zero"
grep '^mmapc-probe (mmap-consts) ' "$tmp/version" >/dev/null ||
    fail "--version: no version line"

for args in --bogus "--advice=12x" "--advice=99999999999" --advice \
    "--advice=" extra "--advice=0100" "--advice=-012" "--advice=+1" \
    "--advice=0x" "--map-flag=0100" "--map-flag=012" "--map-flag=0x100000000" \
    "--map-flag=" --map-flag "--map-flag=1e3"; do
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
test "$4 $5 $6 $7" = "rejected EINVAL unsupported -" ||
    fail "--advice=-1 is not rejected with EINVAL, without effect: '$*'"
grep '^MAP FLAG' "$tmp/one" >/dev/null &&
    fail "--advice tries map flags too"
# 0 and 0x hex are numbers; --map-flag tries no advice.
"$p" --advice=0 --advice=0x0 >"$tmp/zero" || fail "--advice=0 exits non-zero"
test `awk '$4 == "accepted"' "$tmp/zero" | wc -l` -eq 2 ||
    fail "--advice=0 --advice=0x0: not two accepted rows"
"$p" --map-flag=0 >"$tmp/flag" || fail "--map-flag=0 exits non-zero"
grep '^ADVICE' "$tmp/flag" >/dev/null && fail "--map-flag tries advice too"
grep '^MAP FLAG' "$tmp/flag" >/dev/null || fail "--map-flag: no map flag part"

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
