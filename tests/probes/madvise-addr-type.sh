#!/bin/sh
# madvise declared with an address type other than `void *': `const void *'
# is found and reported; a type none of the candidates matches is reported
# as none, never as a word that is no type. The headers come from
# tests/data/madvise-*, found first through -isystem (GCC, Clang).
. "${top_srcdir:-.}/tests/lib/prelude.sh"
scratch_dir probes/madvise
case `$CC --version 2>/dev/null | sed 1q` in
  *gcc* | *GCC* | *clang*) ;;
  *) echo "SKIP: needs a compiler with -isystem"; exit 77 ;;
esac
vpath_srcdir "$scratch"   # a clean source tree, also in an in-tree build
abs_srcdir=$vpath_srcdir
fail=0
for case in 'const:const void *' 'struct:none'; do
  dir=$scratch/${case%%:*} want=${case#*:}
  mkdir "$dir" || exit 99
  (cd "$dir" && "$abs_srcdir/configure" -q \
     CPPFLAGS="-isystem $abs_srcdir/tests/data/madvise-${case%%:*}") \
    >"$dir/out" 2>&1 || { echo "FAIL: $case: configure failed"; cat "$dir/out"; fail=1; continue; }
  got=`sed -n 's/^madvise_addr_type //p' "$dir/probe-results.txt"`
  if test "x$got" = "x$want"; then echo "ok: ${case%%:*}: $want"
  else echo "FAIL: ${case%%:*}: expected '$want', got '$got'"; fail=1; fi
  "$top_builddir/gen/mmapc-gen" --catalog "$top_srcdir/catalog/symbols.def" \
    --results "$dir/probe-results.txt" --format header --output "$dir/mmap_consts.h" || {
    echo "FAIL: ${case%%:*}: the generator refuses the results"; fail=1; continue; }
  if grep 'MMAPC_MADVISE_ADDR_TYPE unknown' "$dir/mmap_consts.h" >/dev/null; then
    echo "FAIL: ${case%%:*}: the header names 'unknown' as a type"; fail=1
  fi
done
exit $fail
