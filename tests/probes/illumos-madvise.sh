#!/bin/sh
# Solaris and illumos declare madvise, with a caddr_t address, only outside
# the X/Open modes, and clang's Solaris target predefines _XOPEN_SOURCE.
# With a stand-in of their headers (tests/data/fake-illumos) and those
# macros predefined, configure still finds madvise's caddr_t, and names
# the C library illumos-libc (its <sys/mman.h> has MADV_PURGE).
. "${top_srcdir:-.}/tests/lib/prelude.sh"
scratch_dir probes/illumos
vpath_srcdir "$scratch"   # a clean source tree, also in an in-tree build
unset CC CFLAGS CPPFLAGS LDFLAGS LIBS MAKEFLAGS MFLAGS MAKELEVEL
command -v gcc >/dev/null 2>&1 || skip "no gcc"
(cd "$scratch" && "$vpath_srcdir/configure" -q --host=x86_64-pc-solaris2.11 CC=gcc \
   CFLAGS_FOR_BUILD=-O0 \
   CPPFLAGS="-nostdinc -I$vpath_srcdir/tests/data/fake-illumos -U__linux__ -D__sun=1 -D_XOPEN_SOURCE=600") \
   >"$scratch/configure.out" 2>&1 || {
  cat "$scratch/configure.out"; fail "configure for the illumos stand-in"; finish; }
for want in 'madvise_addr_type caddr_t' 'libc illumos-libc' 'predef __sun 1' \
    'header sys/mman.h yes' 'symbol MADV_PURGE 0x9 sys/mman.h'; do
  grep -x "$want" "$scratch/probe-results.txt" >/dev/null && ok "$want" ||
    fail "no '$want' in probe-results.txt"
done
finish
