#! /bin/sh
# mmapc-probe-strace.sh: mmapc-probe never calls madvise with the value of
# MADV_HWPOISON or MADV_SOFT_OFFLINE (taken from mmap_consts.h), neither
# in a full run nor when asked to with --advice=VALUE; checked by tracing
# its system calls with strace (skipped without strace, or where ptrace is
# not allowed). posix_madvise is covered too: glibc and musl implement it
# with the madvise system call.

. "${top_srcdir:-.}/tests/lib/prelude.sh"
need_native
command -v strace >/dev/null 2>&1 || skip "strace not found"

# traced LOG ARGS...: run mmapc-probe ARGS under strace; the madvise calls
# go to LOG with raw (numeric) arguments. They are traced but not made
# (inject: each returns 0 without reaching the kernel), so that a broken
# guard shows in the log without poisoning memory of this machine. In an
# AddressSanitizer build (make check-sanitize), LeakSanitizer cannot scan
# at exit under a tracer, so only its leak check is off here; the other
# tests check for leaks.
traced() {
    log=$1; shift
    ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" \
    strace -f -qq -o "$log" -e trace=madvise -e raw=madvise \
        -e inject=madvise:retval=0 \
        "$MMAPC_PROBE" "$@" >"$tmp/out" 2>"$tmp/err"
}
traced "$tmp/check.log" --advice=0 ||
    skip "strace cannot trace here: `sed 1q "$tmp/err"`"
# The advice of calls that are not mmapc-probe's: --version makes none, but
# a sanitizer's runtime (make check-sanitize) advises its shadow memory at
# startup. Empty in a plain build.
traced "$tmp/base.log" --version || fail "--version under strace exits non-zero"

# advice_values LOG: the advice argument of every madvise call, decimal.
advice_values() {
    sed -n 's/.*madvise([^,]*, *[^,]*, *\([-0-9a-fA-Fx]*\)).*/\1/p' "$1" |
    while read v; do echo $(($v)); done
}
advice_values "$tmp/base.log" | sort -u >"$tmp/base.values"

bad=
for name in MADV_HWPOISON MADV_SOFT_OFFLINE; do
    v=`header_value $name`
    test -n "$v" && bad="$bad $v" && echo "$me: $name is $v"
done
test -n "$bad" || echo "$me: the headers define neither; checking the run"

traced "$tmp/all.log" || fail "mmapc-probe under strace exits non-zero"
advice_values "$tmp/all.log" >"$tmp/all.values"
n=`wc -l <"$tmp/all.values"`
test "$n" -gt 0 || fail "no madvise call traced in a full run"
normal=`header_value MADV_NORMAL`
if test -n "$normal"; then
    grep "^$normal\$" "$tmp/all.values" >/dev/null ||
        fail "MADV_NORMAL ($normal) was not applied"
fi
for v in $bad; do
    grep "^$v\$" "$tmp/all.values" >/dev/null &&
        fail "a full run called madvise with $v"
    traced "$tmp/one.log" --advice=$v ||
        fail "--advice=$v under strace exits non-zero"
    grep ' skipped ' "$tmp/out" >/dev/null ||
        fail "--advice=$v is not reported skipped"
    advice_values "$tmp/one.log" | grep -vxF -f "$tmp/base.values" \
        >"$tmp/one.values"
    test -s "$tmp/one.values" &&
        fail "--advice=$v called madvise with" `cat "$tmp/one.values"`
done
echo "$me: $n madvise calls traced in a full run"

finish
