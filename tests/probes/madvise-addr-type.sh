#!/bin/sh
# madvise declared with an address type other than `void *': `const void *'
# is found and reported; a type none of the candidates matches is reported
# as none, never as a word that is no type. The headers come from
# tests/data/madvise-*, found first through -isystem (GCC, Clang).
. "${top_srcdir:-.}/tests/lib/prelude.sh"
need_gnu_cc -isystem
scratch_tree probes/madvise
abs_srcdir=$vpath_srcdir
for case in 'const:const void *' 'struct:none'; do
  dir=$scratch/${case%%:*} want=${case#*:}
  mkdir "$dir" || exit 99
  (cd "$dir" && "$abs_srcdir/configure" -q \
     CPPFLAGS="-isystem $abs_srcdir/tests/data/madvise-${case%%:*}") \
    >"$dir/out" 2>&1 || { fail "$case: configure failed"; cat "$dir/out"; continue; }
  got=`sed -n 's/^madvise_addr_type //p' "$dir/probe-results.txt"`
  if test "x$got" = "x$want"; then ok "${case%%:*}: $want"
  else fail "${case%%:*}: expected '$want', got '$got'"; fi
  "$top_builddir/gen/mmapc-gen" --catalog "$top_srcdir/catalog/symbols.def" \
    --results "$dir/probe-results.txt" --format header --output "$dir/mmap_consts.h" || {
    fail "${case%%:*}: the generator refuses the results"; continue; }
  if grep 'MMAPC_MADVISE_ADDR_TYPE unknown' "$dir/mmap_consts.h" >/dev/null; then
    fail "${case%%:*}: the header names 'unknown' as a type"
  fi
done
finish
