#!/bin/sh
# Compilers that optimise at link time neither break nor fool the probes:
# with -O2 -flto forced after every other flag (where -fno-lto cannot undo
# it), gcc gives the results of plain gcc; clang for WASI, whose headers
# declare functions its C library lacks, with -O2 -flto in CC and LTO
# forced on every link (as zig cc does), finds the same functions as
# without LTO, so no absent function looks present.
. "${top_srcdir:-.}/tests/lib/prelude.sh"
scratch_dir probes/lto
vpath_srcdir "$scratch"   # a clean source tree, also in an in-tree build
unset CC CFLAGS CPPFLAGS LDFLAGS LIBS MAKEFLAGS MFLAGS MAKELEVEL
command -v gcc >/dev/null 2>&1 || skip "no gcc"

# conf NAME CONFIGURE-ARGS...: configure in $scratch/NAME.
conf() {
  n=$1; shift
  mkdir "$scratch/$n" && (cd "$scratch/$n" && "$vpath_srcdir/configure" -q \
     CFLAGS_FOR_BUILD=-O0 "$@") >"$scratch/$n.out" 2>&1 ||
    { fail "$n: configure failed:"; tail -20 "$scratch/$n.out"; return 1; }
}
# same A B: the results of A and B agree but for the compiler's name.
same() {
  if grep -v '^cc ' "$scratch/$1/probe-results.txt" >"$scratch/$1.res" &&
     grep -v '^cc ' "$scratch/$2/probe-results.txt" >"$scratch/$2.res" &&
     cmp -s "$scratch/$1.res" "$scratch/$2.res"; then
    ok "$2: the results of $1 (`grep -c '^symbol .* no$' "$scratch/$2.res"` names and `grep -c '^function .* no$' "$scratch/$2.res"` functions absent)"
  else
    fail "$2: results differ from $1:"; diff "$scratch/$1.res" "$scratch/$2.res" | head -20
  fi
}
mkdir "$scratch/bin" || exit 99
printf '#!/bin/sh\nexec %s "$@" -O2 -flto\n' gcc >"$scratch/bin/gcc-lto"
chmod +x "$scratch/bin/gcc-lto"
conf gcc CC=gcc && conf gcc-lto CC="$scratch/bin/gcc-lto" && same gcc gcc-lto
grep 'the probes add' "$scratch/gcc-lto/config.log" || fail "gcc-lto: LTO went unnoticed"

if command -v clang >/dev/null 2>&1 && test -f /usr/include/wasm32-wasi/sys/mman.h; then
  cat >"$scratch/bin/wasi-lto" <<'_EOF'
#!/bin/sh
for a; do
  case $a in -c | -E) exec clang --target=wasm32-wasi -O2 -flto "$@" ;; esac
done
exec clang --target=wasm32-wasi "$@" -O2 -flto
_EOF
  chmod +x "$scratch/bin/wasi-lto"
  wasi="--host=wasm32-wasi CPPFLAGS=-D_WASI_EMULATED_MMAN LIBS=-lwasi-emulated-mman"
  conf wasi $wasi CC="clang --target=wasm32-wasi" && conf wasi-lto $wasi CC="$scratch/bin/wasi-lto" &&
    same wasi wasi-lto
  grep -x 'function mprotect yes' "$scratch/wasi-lto/probe-results.txt" >/dev/null &&
    fail "wasi-lto: mprotect found"
else
  say "note: no clang or no wasi-libc: the WASI case is skipped"
fi
finish
