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
finish
