#!/bin/sh
# Each name's header, from the preprocessor pass's #define lines: on glibc
# Linux MAP_UNINITIALIZED comes from <linux/mman.h> (glibc's <sys/mman.h>
# has none) and MAP_SHARED from <sys/mman.h> (the kernel's header defines it
# again, alike). On mips glibc's <sys/mman.h> says MAP_RENAME is
# MAP_ANONYMOUS (0x800) and the kernel's <linux/mman.h> 0x20: configure
# includes the kernel's last, so 0x20 is chosen and sys/mman.h=0x800 is the
# conflict. Read from the cache variables in config.log, and from
# probe-results.txt, which configure writes in format 2 with the same facts.
. "${top_srcdir:-.}/tests/lib/prelude.sh"
scratch_dir probes/provenance
fail=0
# line RESULTS LINE: RESULTS has LINE.
line() {
  if grep -x "$2" "$1" >/dev/null; then echo "ok: $2"
  else echo "FAIL: no '$2' in $1"; fail=1; fi
}
line "$top_builddir/probe-results.txt" 'mmapc-results 2'
# cache LOG VAR: the value of cache variable VAR in config.log LOG.
cache() { sed -n "s/^$2=//p" "$1" | sed "s/^'\\(.*\\)'\$/\\1/;1q"; }
expect() {
  got=`cache "$1" "$2"`
  if test "x$got" = "x$3"; then echo "ok: $2 = '$3'"
  else echo "FAIL: $2: expected '$3', got '$got'"; fail=1; fi
}
log=$top_builddir/config.log
if grep '^libc glibc' "$top_builddir/probe-results.txt" >/dev/null &&
   grep '^header linux/mman.h yes' "$top_builddir/probe-results.txt" >/dev/null &&
   grep '^symbol MAP_UNINITIALIZED ' "$top_builddir/probe-results.txt" | grep -v ' no$' >/dev/null; then
  expect "$log" mmapc_cv_from_MAP_UNINITIALIZED linux/mman.h
  expect "$log" mmapc_cv_from_MAP_SHARED sys/mman.h
  expect "$log" mmapc_cv_conflicts_MAP_SHARED ''
  v=`sed -n 's/^symbol MAP_UNINITIALIZED \([^ ]*\).*/\1/p' "$top_builddir/probe-results.txt"`
  line "$top_builddir/probe-results.txt" "symbol MAP_UNINITIALIZED $v linux/mman.h"
  grep '^conflict MAP_SHARED ' "$top_builddir/probe-results.txt" >/dev/null &&
    { echo "FAIL: a conflict line for MAP_SHARED"; fail=1; }
else
  echo "note: the build is not for glibc Linux with <linux/mman.h>: native names not checked"
fi
if (mips-linux-gnu-gcc --version) >/dev/null 2>&1; then
  vpath_srcdir "$scratch"   # a clean source tree, also in an in-tree build
  # Not the CC and flags of the test environment: those are the native ones.
  (unset CC CFLAGS CPPFLAGS LDFLAGS LIBS
   cd "$scratch" && "$vpath_srcdir/configure" -q --host=mips-linux-gnu) \
    >"$scratch/out" 2>&1 || { echo "FAIL: configure --host=mips-linux-gnu"; cat "$scratch/out"; exit 1; }
  expect "$scratch/config.log" mmapc_cv_from_MAP_RENAME linux/mman.h
  expect "$scratch/config.log" mmapc_cv_conflicts_MAP_RENAME sys/mman.h=0x800
  line "$scratch/probe-results.txt" 'symbol MAP_RENAME 0x20 linux/mman.h'
  line "$scratch/probe-results.txt" 'conflict MAP_RENAME sys/mman.h 0x800'
  expect "$scratch/config.log" mmapc_cv_from_MAP_ANONYMOUS sys/mman.h
  expect "$scratch/config.log" mmapc_cv_conflicts_MAP_ANONYMOUS ''
else
  echo "note: no mips-linux-gnu-gcc: the conflict is not checked"
  test $fail = 0 && exit 77
fi
exit $fail
