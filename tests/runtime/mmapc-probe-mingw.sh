#! /bin/sh
# mmapc-probe-mingw.sh: mmapc-probe builds for a target without
# <sys/mman.h> (x86_64-w64-mingw32), where it only says that mmap is not
# available. Configures this source tree for that host in a temporary
# directory and runs `make mmapc-probe`; when wine is installed, also runs
# the program and checks that it exits 0 and its JSON says
# "available": false. Skipped without x86_64-w64-mingw32-gcc.

. "${top_srcdir:-.}/tests/lib/prelude.sh"

host=x86_64-w64-mingw32
command -v $host-gcc >/dev/null 2>&1 || skip "$host-gcc not found"

b=$tmp/build
cross_build $host "$b"
grep '^#define MMAPC_HAVE_SYS_MMAN_H 0' "$b/mmap_consts.h" >/dev/null ||
    skip "this $host has <sys/mman.h>: not the case this test is for"
test -f "$probe_exe" || fail "no $probe_exe"
if grep '^runtime/.*warning:' "$b/make.out" >/dev/null; then
    grep '^runtime/.*warning:' "$b/make.out"
    fail "compiler warnings in runtime/ for $host"
fi

wine=`command -v wine 2>/dev/null || command -v wine64 2>/dev/null`
if test -n "$wine"; then
    WINEDEBUG=-all "$wine" "$probe_exe" --json >"$tmp/out.json" \
        2>"$tmp/err" || fail "mmapc-probe.exe --json exits non-zero"
    grep '"available": false' "$tmp/out.json" >/dev/null ||
        fail "mmapc-probe.exe does not say that mmap is unavailable"
else
    echo "$me: wine not found: built only, not run"
fi

finish
