#! /bin/sh
# Every probe result can be preset through its cache variable (how a user
# corrects a result when cross-compiling), and a malformed preset is refused.
. "${top_srcdir:-.}/tests/lib/prelude.sh"
scratch_dir probes/presets
vpath_srcdir "$scratch"   # a clean source tree, also in an in-tree build
configure_as_build "$scratch" \
   mmapc_cv_sym_MAP_POPULATE=0x1234 mmapc_cv_sym_MAP_JIT=0x800 \
   mmapc_cv_sym_MADV_FREE=no mmapc_cv_func_mlock2=no \
   mmapc_cv_madvise_addr_type=caddr_t mmapc_cv_sizeof_long=4 \
   mmapc_cv_libc='testlibc 9.9' >"$scratch/out" 2>&1 || {
  cat "$scratch/out"; fail "configure with presets"; finish; }
for want in 'symbol MAP_POPULATE 0x1234' 'symbol MAP_JIT 0x800' 'symbol MADV_FREE no' \
    'function mlock2 no' 'madvise_addr_type caddr_t' 'sizeof long 4' 'libc testlibc 9.9'; do
  if grep -x "$want" "$scratch/probe-results.txt" >/dev/null; then ok "$want"
  else fail "no '$want' in probe-results.txt"; fi
done
# Names not preset are probed as usual.
want=`grep '^symbol MAP_SHARED ' "$top_builddir/probe-results.txt"`
grep -x "$want" "$scratch/probe-results.txt" >/dev/null && ok "$want (probed)" ||
  fail "MAP_SHARED not probed"
# A preset that is not yes, no or a C integer stops configure (010 would
# be octal in C, so a leading 0 is refused too).
for bad in banana 010 0x 0xZZ 1e3 --1; do
  configure_as_build "$scratch" --cache-file="$scratch/config.cache" \
     mmapc_cv_sym_MAP_SHARED="$bad" >"$scratch/bad" 2>&1 &&
    { fail "bad preset '$bad' accepted"; continue; }
  grep "mmapc_cv_sym_MAP_SHARED='$bad' is not" "$scratch/bad" >/dev/null &&
    ok "bad preset '$bad' refused" ||
    { fail "no message for the bad preset '$bad'"; cat "$scratch/bad"; }
done
# Presets that would make an invalid results file stop configure too, with
# a message naming the cache variable: out of range, a value for a name of
# kind pointer, a glob or a bad word in mmapc_cv_predefs, a newline in
# mmapc_cv_libc, a size of 0, a header or conflict that is malformed, a
# madvise type that is no type.
while IFS='|' read -r var value want; do
  (cd "$scratch" && "$vpath_srcdir/configure" -q --cache-file="$scratch/config.cache" \
     mmapc_cv_sym_MAP_SHARED=0x1 "$var=`printf -- "$value"`") >"$scratch/bad" 2>&1 &&
    { fail "bad preset $var='$value' accepted"; continue; }
  grep -- "$want" "$scratch/bad" >/dev/null &&
    ok "bad preset $var='$value' refused" ||
    { fail "no message '$want' for $var='$value'"; cat "$scratch/bad"; }
done <<'CASES'
mmapc_cv_sym_MAP_POPULATE|0x10000000000000000|mmapc_cv_sym_MAP_POPULATE=.* is out of range
mmapc_cv_sym_MAP_POPULATE|18446744073709551616|mmapc_cv_sym_MAP_POPULATE=.* is out of range
mmapc_cv_sym_MAP_POPULATE|-9223372036854775809|mmapc_cv_sym_MAP_POPULATE=.* is out of range
mmapc_cv_sym_MAP_POPULATE|-0x8000000000000001|mmapc_cv_sym_MAP_POPULATE=.* is out of range
mmapc_cv_sym_MAP_FAILED|0x1|mmapc_cv_sym_MAP_FAILED=.*kind pointer
mmapc_cv_predefs|__linux__=1 __x86_64__=*|mmapc_cv_predefs holds a character
mmapc_cv_predefs|__linux__|mmapc_cv_predefs: '__linux__' is not NAME=VALUE
mmapc_cv_libc|glibc 2.36\nsymbol MAP_SHARED 0x2|mmapc_cv_libc holds a byte
mmapc_cv_sizeof_int|0|mmapc_cv_sizeof_int=
mmapc_cv_from_MAP_SHARED|sys/mman.h x|mmapc_cv_from_MAP_SHARED=
mmapc_cv_from_MAP_SHARED|/usr/include/sys/mman.h|mmapc_cv_from_MAP_SHARED=.* is not a header's name
mmapc_cv_from_MAP_SHARED|../sys/mman.h|mmapc_cv_from_MAP_SHARED=.* is not a header's name
mmapc_cv_conflicts_MAP_SHARED|sys/mman.h=0x8000 sys/mman.h=yes|mmapc_cv_conflicts_MAP_SHARED: 'sys/mman.h=yes' names sys/mman.h a second time
mmapc_cv_conflicts_MAP_SHARED|sys/mman.h=0x10000000000000000|mmapc_cv_conflicts_MAP_SHARED: .* is out of range
mmapc_cv_conflicts_MAP_PRIVATE|../x.h=1|mmapc_cv_conflicts_MAP_PRIVATE: '../x.h=1' is not HEADER=RESULT
mmapc_cv_conflicts_MAP_SHARED|sys/mman.h=0xZZ|mmapc_cv_conflicts_MAP_SHARED
mmapc_cv_conflicts_MAP_PRIVATE|bogus|mmapc_cv_conflicts_MAP_PRIVATE: 'bogus' is not HEADER=RESULT
mmapc_cv_madvise_addr_type|unknown|mmapc_cv_madvise_addr_type=
CASES
# Good presets of the same variables still pass, extremes included.
(cd "$scratch" && "$vpath_srcdir/configure" -q \
   mmapc_cv_sym_MAP_POPULATE=0xffffffffffffffff mmapc_cv_sym_MAP_JIT=-9223372036854775808 \
   mmapc_cv_sym_MAP_FAILED=yes mmapc_cv_predefs='__linux__=1 __x86_64__=1' \
   mmapc_cv_from_MAP_POPULATE=linux/mman.h mmapc_cv_conflicts_MAP_POPULATE='sys/mman.h=0x8000 asm/mman.h=yes') \
  >"$scratch/good" 2>&1 && ok "good presets taken" ||
  { fail "good presets refused"; cat "$scratch/good"; }
# The header and conflicts preset reach the results file (format 2).
for want in 'symbol MAP_POPULATE 0xffffffffffffffff linux/mman.h' \
    'conflict MAP_POPULATE sys/mman.h 0x8000' 'conflict MAP_POPULATE asm/mman.h yes'; do
  if grep -x "$want" "$scratch/probe-results.txt" >/dev/null; then ok "$want"
  else fail "no '$want' in probe-results.txt"; fi
done
# configure takes what the generator takes: the file the presets made
# becomes a header.
need_gen
"$MMAPC_GEN" --catalog "$vpath_srcdir/catalog/symbols.def" \
    --results "$scratch/probe-results.txt" --format header \
    --output "$scratch/mmap_consts.h" 2>"$scratch/gen.err" &&
  ok "mmapc-gen takes the results of the presets" ||
  { fail "mmapc-gen refused the results of the presets"; cat "$scratch/gen.err"; }
# The cache keeps every name, probed or preset, and a rerun from it
# gives the same results without probing a name.
cp "$scratch/probe-results.txt" "$scratch/first.txt"
(cd "$scratch" && "$vpath_srcdir/configure" -q -C \
   mmapc_cv_sym_MAP_POPULATE=0xffffffffffffffff mmapc_cv_sym_MAP_JIT=-9223372036854775808 \
   mmapc_cv_sym_MAP_FAILED=yes mmapc_cv_predefs='__linux__=1 __x86_64__=1' \
   mmapc_cv_from_MAP_POPULATE=linux/mman.h mmapc_cv_conflicts_MAP_POPULATE='sys/mman.h=0x8000 asm/mman.h=yes') \
  >"$scratch/cached" 2>&1 || { cat "$scratch/cached"; fail "configure -C"; }
for want in 'mmapc_cv_sym_MAP_POPULATE=${mmapc_cv_sym_MAP_POPULATE=0xffffffffffffffff}' \
    "mmapc_cv_conflicts_MAP_POPULATE=\${mmapc_cv_conflicts_MAP_POPULATE='sys/mman.h=0x8000 asm/mman.h=yes'}" \
    'mmapc_cv_from_MAP_POPULATE=${mmapc_cv_from_MAP_POPULATE=linux/mman.h}' \
    "`sed -n 's/^symbol MAP_SHARED \([^ ]*\) .*/mmapc_cv_sym_MAP_SHARED=${mmapc_cv_sym_MAP_SHARED=\1}/p' "$scratch/first.txt"`"; do
  grep -x -F "$want" "$scratch/config.cache" >/dev/null && ok "config.cache: $want" ||
    fail "config.cache has no line $want"
done
(cd "$scratch" && "$vpath_srcdir/configure" -C) >"$scratch/rerun" 2>&1 ||
  { cat "$scratch/rerun"; fail "configure -C, second run"; }
grep "values of the catalog's constants... done, 0 compiler runs" "$scratch/rerun" >/dev/null &&
  ok "second run: no name probed" || fail "second run probed names again"
cmp "$scratch/first.txt" "$scratch/probe-results.txt" >/dev/null &&
  ok "second run: the same results" || fail "second run: other results"
finish
