#! /bin/sh
# configure reads exact values over the whole signed and unsigned 64-bit
# range, negative ones, enumerators and extern objects (present, no value),
# function-like macros and pointers (present), absent names, also with
# -flto in CFLAGS. The names come from tests/data/edge-values.h, forced into
# every probe with -include (a GCC/Clang option: skipped elsewhere).
. "${top_srcdir:-.}/tests/lib/prelude.sh"
need_gnu_cc -include
scratch_tree probes/edge
configure_as_build "$scratch" \
   --with-extra-symbols="$vpath_srcdir/tests/data/edge-values.def" \
   CPPFLAGS="$CPPFLAGS -include $vpath_srcdir/tests/data/edge-values.h" \
   CFLAGS="-O2 -flto" >"$scratch/configure.out" 2>&1 || {
  cat "$scratch/configure.out"; fail "configure with the edge values"; finish; }
expect() {
  got=`sed -n "s/^symbol $1 \\([^ ]*\\).*/\\1/p" "$scratch/probe-results.txt"`
  if test "x$got" = "x$2"; then ok "$1 = $2"
  else fail "$1: expected '$2', got '$got'"; fi
}
expect MMAPC_T_NEG -0x5
expect MMAPC_T_U64MAX 0xffffffffffffffff
expect MMAPC_T_S64MIN -0x8000000000000000
expect MMAPC_T_S64MAX 0x7fffffffffffffff
expect MMAPC_T_SHIFTED 0x88000000
expect MMAPC_T_FN yes
expect MMAPC_T_PTR yes
expect MMAPC_T_ENUM 0x2a
expect MMAPC_T_ENUM_NEG -0x7
expect MMAPC_T_OBJECT yes
expect MMAPC_T_ABSENT no
# The catalog's own names are unaffected by -flto and the extra names.
same_catalog_results "$scratch/probe-results.txt" "-flto"
finish
