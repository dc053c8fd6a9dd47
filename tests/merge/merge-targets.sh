#! /bin/sh
# merge-targets.sh: mmapc-gen merge with real targets.
#
# The build's own mmap_consts.json and those of three cross targets
# (configure --host=T in tests/merge/merge-targets.tmp/T under the build tree; only
# configure is needed, the build's generator writes the JSON) are merged into
# one header. Then, with each target's compiler:
#   - the merged header compiles with -std=c99 -pedantic -Wall -Wextra
#     -Wundef -Werror (one target also -std=c89), and with MMAPC_VERIFY and
#     MMAPC_WANT_TABLE;
#   - static assertions against that compiler's own headers show that it
#     gets its own values (tests/lib/merged-asserts.awk), and MMAPC_TARGET
#     is its own triplet;
# and for a target left out of the merge, the header stops at its #error
# naming the CPU, while MMAPC_NO_TARGET_CHECK with MMAPC_FALLBACK_TARGET
# picks the branch asked for. The markdown and JSON outputs are made from
# the same inputs; python3, when present, checks that the merged JSON holds
# every input's values.
#
# A cross target whose compiler (or C library) is missing is left out;
# fewer than two targets to merge skips (77). Exit 0 pass, 1 fail, 99
# harness error. MMAPC_KEEP_SCRATCH=1 keeps the scratch directory.

set -u
: "${top_srcdir:?}"
. "$top_srcdir/tests/lib/prelude.sh"
need_gen
me=merge-targets
abs_srcdir=`cd "$top_srcdir" && pwd` || exit 99
abs_builddir=`cd "$top_builddir" && pwd` || exit 99
native_cc=$CC
py=${PYTHON3:-}
test -n "$py" || py=`command -v python3 2>/dev/null`

test -f "$abs_builddir/mmap_consts.json" ||
  hard_error "no $abs_builddir/mmap_consts.json (run make first)"
extra=
if test -n "$MMAPC_EXTRA_SYMBOLS"; then
  case $MMAPC_EXTRA_SYMBOLS in
    /*) extra=$MMAPC_EXTRA_SYMBOLS ;;
    *) extra=$abs_builddir/$MMAPC_EXTRA_SYMBOLS ;;
  esac
fi
catalogs="$abs_srcdir/catalog/symbols.def $extra"
catalog_args=
for c in $catalogs; do catalog_args="$catalog_args --catalog $c"; done

cd "$abs_builddir" || exit 99
scratch_dir merge/merge-targets
s=$scratch
vpath_srcdir "$s"   # a clean source tree to configure, also in an in-tree build

# Nothing of this build may leak into the targets' configure.
unset CFLAGS CPPFLAGS LDFLAGS LIBS CPP CC_FOR_BUILD CFLAGS_FOR_BUILD \
  CPPFLAGS_FOR_BUILD LDFLAGS_FOR_BUILD MAKEFLAGS MFLAGS MAKELEVEL
CONFIG_SITE=/dev/null
export CONFIG_SITE

native_cpu=`sed -n 's/^cpu //p' probe-results.txt`
usable() {  # usable COMPILER: it exists and has a C library
  command -v "$1" >/dev/null 2>&1 || return 1
  printf '#include <sys/mman.h>\nint mmapc_t;\n' >"$s/hello.c"
  "$1" -c -o "$s/hello.o" "$s/hello.c" >/dev/null 2>&1
}

# ------------------------------------------------------------ the targets
# Merged: three cross targets (another CPU than the build's); left out:
# one more, to see the #error.
merged= left_out=
for t in aarch64-linux-gnu mips-linux-gnu arm-linux-gnueabihf \
         mips64el-linux-gnuabi64 riscv64-linux-gnu powerpc64le-linux-gnu \
         i686-linux-gnu s390x-linux-gnu; do
  case $t in "$native_cpu"-*) continue ;; esac
  usable "$t-gcc" || { say "note: $t-gcc missing or without C library: not used"; continue; }
  set x $merged; shift
  if test $# -lt 3; then
    merged="$merged $t"
  elif test -z "$left_out"; then
    left_out=$t
  fi
done
set x $merged; shift
test $# -ge 1 || skip "no cross compiler with a C library"

# configure for each, at once
t0=`date +%s`
for t in $merged; do
  mkdir "$s/$t" || exit 99
  extra_arg=
  test -n "$extra" && extra_arg=--with-extra-symbols=$extra
  (cd "$s/$t" && CC=$t-gcc "$vpath_srcdir/configure" --host="$t" $extra_arg \
     >configure.out 2>&1; echo $? >configure.rc) &
done
wait
t1=`date +%s`
say "configured$merged in `expr $t1 - $t0` s"
inputs="$s/native.json"
cp mmap_consts.json "$s/native.json" || exit 99
ok_targets=
for t in $merged; do
  if test "`cat "$s/$t/configure.rc"`" != 0; then
    fail "configure --host=$t failed:"; tail -15 "$s/$t/configure.out"
    continue
  fi
  if "$MMAPC_GEN" $catalog_args --results "$s/$t/probe-results.txt" --format json \
       --output "$s/$t.json" 2>"$s/gen.err"; then
    inputs="$inputs $s/$t.json"
    ok_targets="$ok_targets $t"
  else
    fail "mmapc-gen --format json for $t:"; cat "$s/gen.err"
  fi
done
set x $ok_targets; shift
test $# -ge 1 || { say "no cross target configured"; exit 1; }

# ---------------------------------------------------------------- merge
for fmt in header markdown json; do
  "$MMAPC_GEN" merge --format $fmt --output "$s/merged.$fmt" $inputs \
    2>"$s/merge.err" || { fail "merge --format $fmt:"; cat "$s/merge.err"; }
done
test -f "$s/merged.header" || exit 1
cp "$s/merged.header" "$s/mmap_consts.h" || exit 99
say "merged: `grep -c '^#define MMAPC_BRANCH_ [0-9]* /' "$s/mmap_consts.h"` branches, `wc -c <"$s/mmap_consts.h"` bytes"

# ------------------------------------------- each target: its own values
cat >"$s/use.c" <<'EOF'
#include "mmap_consts.h"
int mmapc_use(int flags);
int mmapc_use(int flags) { return flags | MMAPC_MAP_SHARED | MMAPC_HAVE_MADV_FREE; }
EOF
cat >"$s/verify.c" <<'EOF'
#define MMAPC_VERIFY 1
#define MMAPC_WANT_TABLE 1
#include "mmap_consts.h"
unsigned long mmapc_first(void);
unsigned long mmapc_first(void) { return mmapc_symbols[0].value + MMAPC_SYMBOL_COUNT; }
EOF
printf '#include "mmap_consts.h"\nmmapc_target_is MMAPC_TARGET\n' >"$s/target.c"
first=yes
for t in native $ok_targets; do
  if test $t = native; then
    cc=$native_cc results=$abs_builddir/probe-results.txt
  else
    cc=$t-gcc results=$s/$t/probe-results.txt
  fi
  stds=c99
  test $first = yes && stds="c89 c99"
  first=no
  for std in $stds; do
    $cc -std=$std $strict -I"$s" -c -o "$s/use.o" "$s/use.c" >"$s/cc.err" 2>&1 &&
      say "ok: $t: $cc -std=$std $strict" ||
      { fail "$t: the merged header does not compile with $cc -std=$std:"; head -20 "$s/cc.err"; }
  done
  $cc -std=c99 $strict -I"$s" -c -o "$s/verify.o" "$s/verify.c" >"$s/cc.err" 2>&1 &&
    say "ok: $t: MMAPC_VERIFY and MMAPC_WANT_TABLE" ||
    { fail "$t: MMAPC_VERIFY or MMAPC_WANT_TABLE with $cc:"; grep error "$s/cc.err" | head -20; }
  $AWK -v header=mmap_consts.h -f "$abs_srcdir/tests/lib/read-results.awk" \
    -f "$abs_srcdir/tests/lib/merged-asserts.awk" \
    $catalogs "$results" >"$s/asserts.c" || exit 99
  if $cc -std=gnu99 -I"$s" -c -o "$s/asserts.o" "$s/asserts.c" >"$s/cc.err" 2>&1; then
    say "ok: $t: `grep -c '^symbol ' "$results"` names as $cc's headers have them"
  else
    fail "$t: the merged header's values are not $cc's:"; grep error "$s/cc.err" | head -20
  fi
  want=`sed -n 's/^target //p' "$results"`
  got=`$cc -E -I"$s" "$s/target.c" 2>/dev/null | sed -n 's/^mmapc_target_is //p'`
  test "x$got" = "x\"$want\"" && say "ok: $t: MMAPC_TARGET is \"$want\"" ||
    fail "$t: MMAPC_TARGET is $got, want \"$want\""
done

# ------------------------------------------ a target the header lacks
if test -n "$left_out"; then
  cc=$left_out-gcc
  $cc -dM -E -x c /dev/null >"$s/predefs.h" 2>/dev/null
  cpu_macro=
  for m in __x86_64__ __i386__ __aarch64__ __arm__ __mips__ __riscv \
           __powerpc64__ __s390x__; do
    grep "^#define $m " "$s/predefs.h" >/dev/null && { cpu_macro=$m; break; }
  done
  if $cc -std=c99 $strict -I"$s" -c -o "$s/use.o" "$s/use.c" >"$s/cc.err" 2>&1; then
    fail "$left_out (not merged): the header compiled"
  else
    errors=`grep -c 'error' "$s/cc.err"`
    if grep '#error "mmap_consts.h has no branch for this compiler' "$s/cc.err" >/dev/null &&
       grep "defines __linux__ and $cpu_macro" "$s/cc.err" >/dev/null; then
      say "ok: $left_out (not merged): #error names __linux__ and $cpu_macro ($errors error lines)"
    else
      fail "$left_out: not the expected #error:"; head -10 "$s/cc.err"
    fi
  fi
  set x $ok_targets; shift
  want=`sed -n 's/^target //p' "$s/$1/probe-results.txt"`
  got=`$cc -E -DMMAPC_NO_TARGET_CHECK -DMMAPC_FALLBACK_TARGET=2 -I"$s" "$s/target.c" 2>/dev/null |
       sed -n 's/^mmapc_target_is //p'`
  test "x$got" = "x\"$want\"" &&
    say "ok: $left_out: MMAPC_FALLBACK_TARGET=2 gives branch 2, \"$want\"" ||
    fail "$left_out: MMAPC_FALLBACK_TARGET=2 gives $got, want \"$want\""
  $cc -std=c99 $strict -DMMAPC_NO_TARGET_CHECK -I"$s" -c -o "$s/use.o" "$s/use.c" \
      >"$s/cc.err" 2>&1 &&
    say "ok: $left_out: MMAPC_NO_TARGET_CHECK alone compiles (branch 1)" ||
    { fail "$left_out: MMAPC_NO_TARGET_CHECK alone:"; head -10 "$s/cc.err"; }
else
  say "note: no compiler left for a target outside the merge"
fi

# ------------------------------------------ markdown and JSON
rows=$(grep -c '^| `' "$s/merged.markdown")
names=`cat $catalogs | grep -c '^[ 	]*[A-Za-z_]'`
test "$rows" -eq "$names" && say "ok: the matrix has a row per constant ($rows)" ||
  fail "the matrix has $rows rows, the catalog $names names"
if test -n "$py"; then
  "$py" - "$s/merged.json" $inputs <<'EOF' || fail "the merged JSON does not hold the inputs' values"
import json, sys
merged = json.load(open(sys.argv[1]))
inputs = [json.load(open(p)) for p in sys.argv[2:]]
ids = [t["id"] for t in merged["targets"]]
assert len(ids) == len(inputs) == len(set(ids)), ids
for tid, doc, t in zip(ids, inputs, merged["targets"]):
    assert t["triplet"] == doc["target"]["triplet"]
    assert t["predefs"] == doc["predefs"]
    for c, m in zip(doc["constants"], merged["constants"]):
        assert c["name"] == m["name"]
        assert m["values"][tid] == c["value"], (tid, c["name"])
        assert m["present"][tid] == c["present"], (tid, c["name"])
print("merge-targets: ok: the merged JSON holds every input's values")
EOF
fi
finish
