#!/bin/sh
# A toolchain that compiles for the target but cannot link still gets every
# constant: configure succeeds, says that linking is impossible, leaves the
# functions unknown (a preset still sets one), and make writes the header,
# JSON, Markdown and man page but not mmapc-probe. Two such toolchains: gcc
# behind a wrapper whose link step fails, and clang with a sysroot made here
# of a cross C library's headers alone (skipped without clang or
# Debian's libc6-dev-arm64-cross).
. "${top_srcdir:-.}/tests/lib/prelude.sh"
scratch_dir probes/compile-only
vpath_srcdir "$scratch"   # a clean source tree, also in an in-tree build
unset CC CFLAGS CPPFLAGS LDFLAGS LIBS MAKEFLAGS MFLAGS MAKELEVEL

# check DIR COMPILER...: the results in DIR are those of a toolchain that
# cannot link, and every value holds for COMPILER's headers.
check() {
  d=$1; shift
  r=$d/probe-results.txt
  grep -x 'link no' "$r" >/dev/null && ok "$d: link no" || fail "$d: no 'link no' line"
  n=`grep -c '^function ' "$r"`
  u=`grep -c '^function .* unknown$' "$r"`
  test "$n" -gt 0 && test "$u" = `expr $n - 1` &&
    grep -x 'function mmap yes' "$r" >/dev/null &&
    ok "$d: $u functions unknown, the preset mmap yes" ||
    fail "$d: functions not unknown (or the preset lost): `grep '^function ' "$r" | tr '\n' ' '`"
  grep 'functions: *unknown (the toolchain cannot link' "$d/configure.out" >/dev/null &&
    grep 'mmapc-probe: *not built: the toolchain cannot link' "$d/configure.out" >/dev/null &&
    ok "$d: the summary says so" || fail "$d: the summary does not say it cannot link"
  top_srcdir=$vpath_srcdir AWK=${AWK:-awk} ${SHELL:-/bin/sh} \
    "$vpath_srcdir/tests/lib/assert-results.sh" "$r" "$@" >"$d/assert.out" 2>&1 &&
    ok "$d: `cat "$d/assert.out"`" || { fail "$d: values:"; cat "$d/assert.out"; }
  (cd "$d" && ${MAKE:-make} ACLOCAL=true AUTOCONF=true AUTOMAKE=true AUTOHEADER=true) \
    >"$d/make.out" 2>&1 || { fail "$d: make failed"; tail -20 "$d/make.out"; return; }
  for f in mmap_consts.h mmap_consts.json mmap_consts.md mmap_consts.7; do
    test -f "$d/$f" || fail "$d: make did not write $f"
  done
  test ! -f "$d/mmapc-probe" && ok "$d: outputs written, mmapc-probe not built" ||
    fail "$d: mmapc-probe was built"
  grep '"mmap": true' "$d/mmap_consts.json" >/dev/null &&
    grep '"munmap": null' "$d/mmap_consts.json" >/dev/null &&
    ok "$d: JSON: mmap true (preset), munmap null" || fail "$d: JSON functions"
}

# 1. gcc whose link step fails.
if command -v gcc >/dev/null 2>&1; then
  cat >"$scratch/nolink-cc" <<'_EOF'
#!/bin/sh
for a; do case $a in -c | -E | -S | -M | -MM | --version | -v | -dM) exec gcc "$@" ;; esac; done
echo "nolink-cc: this toolchain cannot link" >&2
exit 1
_EOF
  chmod +x "$scratch/nolink-cc"
  mkdir "$scratch/wrapper"
  (cd "$scratch/wrapper" && "$vpath_srcdir/configure" CC="$scratch/nolink-cc" \
     CFLAGS_FOR_BUILD=-O0 mmapc_cv_func_mmap=yes) >"$scratch/wrapper/configure.out" 2>&1 ||
    { fail "configure with a compiler that cannot link failed:"; tail -20 "$scratch/wrapper/configure.out"; }
  test $failures = 0 && check "$scratch/wrapper" gcc
else
  skip "no gcc"
fi

# 2. clang and a sysroot of headers without a C library.
inc=/usr/aarch64-linux-gnu/include
if command -v clang >/dev/null 2>&1 && test -f "$inc/sys/mman.h"; then
  mkdir -p "$scratch/sysroot/usr" "$scratch/sysroot-build"
  ln -s "$inc" "$scratch/sysroot/usr/include"
  # --gcc-toolchain names no directory: clang would otherwise borrow the
  # installed cross gcc's startup files and libraries, and link.
  cc="clang --target=aarch64-linux-gnu --sysroot=$scratch/sysroot --gcc-toolchain=$scratch/no-gcc"
  (cd "$scratch/sysroot-build" && "$vpath_srcdir/configure" --host=aarch64-linux-gnu \
     CC="$cc" CFLAGS_FOR_BUILD=-O0 mmapc_cv_func_mmap=yes) \
     >"$scratch/sysroot-build/configure.out" 2>&1 ||
    { fail "configure with a sysroot of headers only failed:"; tail -20 "$scratch/sysroot-build/configure.out"; }
  test $failures = 0 && check "$scratch/sysroot-build" $cc
else
  say "note: no clang or no $inc (libc6-dev-arm64-cross): the sysroot case is skipped"
fi
finish
