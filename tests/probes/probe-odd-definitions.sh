#!/bin/sh
# Names the target's headers define in odd ways: only an integer constant
# expression whose value fits in 64 bits gets a value; a string, a pointer,
# a function, a floating value, a wider integer, an overflow, or a
# definition that is no single expression is present without a value
# (`yes'), with the reason in config.log, and configure still succeeds.
# Casts, sizeof, character constants and negative enumerators keep their
# values. Also the provenance of each name: the probed header through which
# its definition was reached, and the other header's value where two
# disagree. The names come from tests/data/odd-include, a <sys/mman.h> and
# a <linux/mman.h> found before the system's through -isystem (GCC, Clang:
# skipped elsewhere). The same results are expected from an i686 cross
# compiler, where a pointer is 32 bits wide, when one is installed.
. "${top_srcdir:-.}/tests/lib/prelude.sh"
need_gnu_cc "-isystem and #include_next"
scratch_tree probes/odd
abs_srcdir=$vpath_srcdir

# run DIR ARGS...: configure in $scratch/DIR with the odd headers.
run() {
  dir=$scratch/$1; shift
  mkdir "$dir" || exit 99
  (cd "$dir" && "$abs_srcdir/configure" -q --cache-file="$dir/config.cache" \
     --with-extra-symbols="$abs_srcdir/tests/data/odd-values.def" \
     CPPFLAGS="-isystem $abs_srcdir/tests/data/odd-include" "$@") \
    >"$dir/configure.out" 2>&1 || {
    fail "configure $* failed:"; cat "$dir/configure.out"; return 1; }
}

# expect DIR NAME RESULT [HEADER [CONFLICTS]]
expect() {
  dir=$scratch/$1
  got=`sed -n "s/^symbol $2 \\([^ ]*\\).*/\\1/p" "$dir/probe-results.txt"`
  if test "x$got" = "x$3"; then ok "$1: $2 = $3"
  else fail "$1: $2: expected '$3', got '$got'"; fi
  test $# -ge 4 || return 0
  got=`sed -n "s/^mmapc_cv_from_$2=\\\${mmapc_cv_from_$2=\\(.*\\)}\$/\\1/p" "$dir/config.cache"`
  if test "x$got" = "x$4"; then ok "$1: $2 from '$4'"
  else fail "$1: $2: expected from '$4', got '$got'"; fi
  got=`sed -n "s/^mmapc_cv_conflicts_$2=\\\${mmapc_cv_conflicts_$2=\\(.*\\)}\$/\\1/p" "$dir/config.cache"`
  if test "x$got" = "x${5-}"; then ok "$1: $2 conflicts '${5-}'"
  else fail "$1: $2: expected conflicts '${5-}', got '$got'"; fi
}

check() {
  for name in STRING POINTER FUNCTION FLOAT BIGFLOAT HEXFLOAT INT128 \
      SHIFT64 OVERFLOW COMMA; do
    expect $1 MMAPC_T_$name yes sys/mman.h
    grep "MMAPC_T_$name: present, without a value" "$scratch/$1/config.log" \
      >/dev/null && ok "$1: MMAPC_T_$name: config.log says why" ||
      { fail "$1: MMAPC_T_$name: no reason in config.log"; }
  done
  expect $1 MMAPC_T_CAST 0x20 sys/mman.h
  expect $1 MMAPC_T_SIZEOF 0x2 sys/mman.h
  expect $1 MMAPC_T_CHAR 0x41 sys/mman.h
  expect $1 MMAPC_T_S64MIN -0x8000000000000000 sys/mman.h
  expect $1 MMAPC_T_ENUM_NEG -0x3 sys/mman.h
  # Defined again by <linux/mman.h>, which configure includes second: its
  # value is the one a program gets; the other is recorded beside it.
  expect $1 MMAPC_T_CONFLICT 0x40 linux/mman.h sys/mman.h=0x20
  # The same value, or the same text: no conflict, and the first header.
  expect $1 MMAPC_T_SAME_VALUE 0x10 sys/mman.h
  expect $1 MMAPC_T_SAME_TEXT 0x8 sys/mman.h
  expect $1 MMAPC_T_LINUX_ONLY 0x4 linux/mman.h
}

run native && {
  check native
  same_catalog_results "$scratch/native/probe-results.txt" native
}
if (i686-linux-gnu-gcc --version) >/dev/null 2>&1; then
  run i686 --host=i686-linux-gnu && check i686
else
  say "note: no i686-linux-gnu-gcc, the 32-bit target is not tried"
fi
finish
