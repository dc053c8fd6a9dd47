#! /bin/sh
# mmapc-probe-guard.sh: on Linux, mmapc-probe never applies advice 100 or
# 101 (the Linux kernel's numbers of MADV_HWPOISON and MADV_SOFT_OFFLINE),
# also when the headers do not give those names. Configures this source
# tree in a temporary directory with both names preset absent
# (mmapc_cv_sym_MADV_HWPOISON=no mmapc_cv_sym_MADV_SOFT_OFFLINE=no), builds
# mmapc-probe there, and traces its madvise calls with strace: neither a
# full run nor --advice=100 / --advice=101 (also written 0x64, 0x65) may
# make one with 100 or 101, and the rows of --advice must say skipped.
# Linux only; skipped without strace or where ptrace is not allowed.

. "${top_srcdir:-.}/tests/lib/prelude.sh"
need_native
test "`uname -s`" = Linux || skip "not Linux: the guard is Linux's"
command -v strace >/dev/null 2>&1 || skip "strace not found"

b=$tmp/build
mkdir -p "$b" || hard_error "cannot make $b"
vpath_srcdir "$b"
( cd "$b" &&
  unset MAKEFLAGS MFLAGS MAKELEVEL &&
  "$vpath_srcdir/configure" mmapc_cv_sym_MADV_HWPOISON=no \
      mmapc_cv_sym_MADV_SOFT_OFFLINE=no >configure.out 2>&1 &&
  ${MAKE:-make} mmapc-probe >make.out 2>&1 ) || {
    tail -20 "$b/configure.out" "$b/make.out" 2>/dev/null
    hard_error "configure with the presets or make mmapc-probe failed"
}
grep '^#define MMAPC_HAVE_MADV_HWPOISON 0' "$b/mmap_consts.h" >/dev/null &&
grep '^#define MMAPC_HAVE_MADV_SOFT_OFFLINE 0' "$b/mmap_consts.h" >/dev/null ||
    fail "the presets did not remove MADV_HWPOISON and MADV_SOFT_OFFLINE"
p=$b/mmapc-probe

# traced LOG ARGS...: mmapc-probe ARGS under strace (raw madvise
# arguments); its table in $tmp/out. Every madvise call is traced but
# not made (inject: it returns 0 without reaching the kernel), so that a
# broken guard shows in the log without poisoning memory of this machine.
traced() {
    log=$1; shift
    ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" \
    strace -f -qq -o "$log" -e trace=madvise -e raw=madvise \
        -e inject=madvise:retval=0 \
        "$p" "$@" >"$tmp/out" 2>"$tmp/err"
}
traced "$tmp/check.log" --advice=0 ||
    skip "strace cannot trace here: `sed 1q "$tmp/err"`"

# advised LOG: the advice argument of every madvise call, decimal.
advised() {
    sed -n 's/.*madvise([^,]*, *[^,]*, *\([-0-9a-fA-Fx]*\)).*/\1/p' "$1" |
    while read v; do echo $(($v)); done
}

traced "$tmp/all.log" || fail "a full run under strace exits non-zero"
test `advised "$tmp/all.log" | wc -l` -gt 0 ||
    fail "no madvise call traced in a full run"
advised "$tmp/all.log" | grep -x -e 100 -e 101 >/dev/null &&
    fail "a full run called madvise with 100 or 101"

for v in 100 101 0x64 0x65; do
    traced "$tmp/one.log" --advice=$v ||
        fail "--advice=$v under strace exits non-zero"
    awk '$4 == "skipped"' "$tmp/out" | grep . >/dev/null ||
        fail "--advice=$v is not reported skipped: `sed -n '/^ADVICE/,$p' "$tmp/out"`"
    advised "$tmp/one.log" | grep -x -e 100 -e 101 >/dev/null &&
        fail "--advice=$v called madvise with" `advised "$tmp/one.log"`
done

finish
