#! /bin/sh
# merge-errors.sh: mmapc-gen merge as a program, on the test data
# (tests/data/results-lp64.txt and results-ilp32.txt made into JSON): the
# command line; the merged header of two targets compiles in every C and C++
# mode; two inputs the compiler cannot tell apart with values that differ
# fail with a message naming both and the symbols, and leave an existing
# output alone, unless --prefer names one; an output that is an input (also
# through a link) is refused before anything is written; bad inputs give
# FILE:LINE: message and exit status 1, never a crash; the outputs are
# deterministic.

. "${top_srcdir:-.}/tests/lib/prelude.sh"
need_gen

data=$top_srcdir/tests/data
gen_json() {  # gen_json RESULTS OUTPUT
  "$MMAPC_GEN" --catalog "$data/catalog-small.def" \
    --catalog "$data/catalog-extra.def" --results "$data/$1" --format json \
    --output "$2" || hard_error "cannot make $2"
}
mkdir "$tmp/in" "$tmp/out" || hard_error mkdir
gen_json results-lp64.txt "$tmp/in/a.json"
gen_json results-ilp32.txt "$tmp/in/b.json"
cd "$tmp/in" || hard_error cd

# expect_fail WHAT PATTERN ARGS...: merge fails with status 1 and a message
# matching PATTERN (grep -E) on standard error.
expect_fail() {
  what=$1 pattern=$2
  shift 2
  "$MMAPC_GEN" merge "$@" >"$tmp/out.txt" 2>"$tmp/err.txt"
  st=$?
  if test $st -ne 1; then
    fail "$what: exit status $st, want 1"; sed 5q "$tmp/err.txt"
  elif grep -E -e "$pattern" "$tmp/err.txt" >/dev/null; then
    echo "$me: ok: $what: `sed 1q "$tmp/err.txt"`"
  else
    fail "$what: no message like '$pattern':"; sed 5q "$tmp/err.txt"
  fi
}

# ------------------------------------------------------------ command line
"$MMAPC_GEN" merge --help >"$tmp/help.txt" 2>&1 &&
  grep 'header ' "$tmp/help.txt" >/dev/null &&
  grep 'markdown ' "$tmp/help.txt" >/dev/null &&
  grep -- '--prefer FILE' "$tmp/help.txt" >/dev/null ||
  fail "merge --help"
"$MMAPC_GEN" --help | grep 'mmapc-gen merge --format' >/dev/null ||
  fail "mmapc-gen --help does not mention merge"
expect_fail "no --format" '^mmapc-gen: merge: no --format given' \
  --output x.h a.json
expect_fail "bad format" "^mmapc-gen: merge: unknown format 'man'" \
  --format man --output x.h a.json
expect_fail "no --output" '^mmapc-gen: merge: no --output given' \
  --format header a.json
expect_fail "no inputs" '^mmapc-gen: merge: no inputs' \
  --format header --output x.h
expect_fail "unknown option" "^mmapc-gen: merge: unknown option '--frob'" \
  --frob --format header --output x.h a.json
expect_fail "--format twice" 'option --format given twice' \
  --format json --format header --output x.h a.json
expect_fail "--output without value" 'option --output needs a value' \
  --format header a.json --output
expect_fail "--prefer not an input" \
  '^mmapc-gen: --prefer c.json is not one of the inputs' \
  --format json --output x.json --prefer c.json a.json b.json
test -f x.h || test -f x.json && fail "an output was written after an error"

# ------------------------------------------------- an output that is an input
cp a.json a.saved && ln -s a.json a-link.json && ln b.json b-hard.json ||
  hard_error "cannot make the links"
expect_fail "output is an input" \
  '^a\.json: is also the input a\.json \(the same file\)' \
  --format json --output a.json a.json b.json
expect_fail "output is an input through a symbolic link" \
  '^a-link\.json: is also the input a\.json \(the same file\)' \
  --format header --output a-link.json a.json b.json
expect_fail "output is an input through a hard link" \
  '^b-hard\.json: is also the input b\.json \(the same file\)' \
  --format markdown --output b-hard.json a.json b.json
cmp -s a.json a.saved && test -h a-link.json && cmp -s b.json b-hard.json ||
  fail "an input was changed when it was also the output"
ls -A | grep '\.tmp-' && fail "a temporary file was left"
rm -f a.saved a-link.json b-hard.json

# ------------------------------------------- two targets: every language mode
"$MMAPC_GEN" merge --format header --output "$tmp/out/mmap_consts.h" \
  a.json b.json || fail "merge a.json b.json"
for n in 1 2; do
  printf '#include "mmap_consts.h"\nint mmapc_t(void);\nint mmapc_t(void) { return MMAPC_HAVE_MAP_SHARED + MMAPC_MAP_SHARED; }\n' \
    >"$tmp/out/use.c"
  # without __linux__, no branch matches: the fallback is compiled
  compile_all "branch $n" "$CC" "$tmp/out/use.c" -I"$tmp/out" -U__linux__ \
    -DMMAPC_NO_TARGET_CHECK -DMMAPC_FALLBACK_TARGET=$n
done
printf '#define MMAPC_WANT_TABLE 1\n#include "mmap_consts.h"\nunsigned long mmapc_t(void);\nunsigned long mmapc_t(void) { return mmapc_symbols[0].value + MMAPC_SYMBOL_COUNT; }\n' \
  >"$tmp/out/table.c"
compile_all "table" "$CC" "$tmp/out/table.c" -I"$tmp/out" -U__linux__ \
  -DMMAPC_NO_TARGET_CHECK -DMMAPC_FALLBACK_TARGET=2
# The branch a compiler takes: preprocess with each target's macros.
printf '#include "mmap_consts.h"\nmmapc_is MMAPC_TARGET MMAPC_MMAPCTEST_BIG\n' \
  >"$tmp/out/which.c"
branch_of() {  # branch_of FLAGS...: what MMAPC_TARGET and a value expand to
  $CC -E -undef -I"$tmp/out" "$@" "$tmp/out/which.c" 2>"$tmp/err.txt" |
    sed -n 's/^mmapc_is //p'
}
got=`branch_of -D__linux__=1 -D__x86_64__=1 -D__SIZEOF_POINTER__=8 -D__BYTE_ORDER__=1234`
test "x$got" = 'x"x86_64-pc-linux-gnu" 0x100000000L' || fail "x86_64 macros give: $got"
got=`branch_of -D__linux__=1 -D__i386__=1 -D__SIZEOF_POINTER__=4 -D__BYTE_ORDER__=1234`
test "x$got" = 'x"i686-pc-linux-gnu" ( 0x100000000LL)' || fail "i386 macros give: $got"
branch_of -D__linux__=1 -D__aarch64__=1 -D__SIZEOF_POINTER__=8 >/dev/null
grep 'no branch for this compiler, which defines __linux__ and __aarch64__' \
  "$tmp/err.txt" >/dev/null || { fail "aarch64 macros: no #error"; cat "$tmp/err.txt"; }
branch_of -D__FreeBSD__=14 -D__x86_64__=1 >/dev/null
grep 'defines __FreeBSD__, an operating system that no branch has' \
  "$tmp/err.txt" >/dev/null || { fail "FreeBSD macros: no #error"; cat "$tmp/err.txt"; }
got=`branch_of -D__FreeBSD__=14 -DMMAPC_NO_TARGET_CHECK -DMMAPC_FALLBACK_TARGET=2`
test "x$got" = 'x"i686-pc-linux-gnu" ( 0x100000000LL)' || fail "fallback 2 gives: $got"
got=`branch_of -D__FreeBSD__=14 -DMMAPC_NO_TARGET_CHECK`
test "x$got" = 'x"x86_64-pc-linux-gnu" 0x100000000L' || fail "fallback gives: $got"
branch_of -D__FreeBSD__=14 -DMMAPC_NO_TARGET_CHECK -DMMAPC_FALLBACK_TARGET=3 >/dev/null
grep 'MMAPC_FALLBACK_TARGET is not the number of a branch' "$tmp/err.txt" \
  >/dev/null || fail "fallback 3: no #error"
test $failures -eq 0 && echo "$me: ok: each target's macros choose its branch"

# ------------------------------------------------- conflicts and --prefer
sed 's/"value": 2281701376, "hex": "0x88000000"/"value": 4096, "hex": "0x1000"/' \
  a.json >c.json
cmp a.json c.json >/dev/null && hard_error "sed did not change c.json"
echo keep >"$tmp/out/keep.h"
expect_fail "conflict" '^c\.json: MAP_HUGE_16GB: 0x1000 here, 0x88000000 in a\.json$' \
  --format header --output "$tmp/out/keep.h" a.json b.json c.json
grep '^c\.json: cannot be told apart from a\.json at compile time' \
  "$tmp/err.txt" >/dev/null || fail "conflict: no headline"
grep -- '--prefer a\.json or --prefer c\.json' "$tmp/err.txt" >/dev/null ||
  fail "conflict: no --prefer hint"
test "`cat "$tmp/out/keep.h"`" = keep || fail "conflict: the output was changed"
test "`ls "$tmp/out" | grep -c keep`" -eq 1 || fail "conflict: a temporary file is left"
"$MMAPC_GEN" merge --format header --output "$tmp/out/keep.h" \
  --prefer c.json a.json b.json c.json || fail "--prefer c.json"
grep '^#define MMAPC_MAP_HUGE_16GB 0x1000$' "$tmp/out/keep.h" >/dev/null &&
  ! grep '^#define MMAPC_MAP_HUGE_16GB 0x88000000$' "$tmp/out/keep.h" >/dev/null ||
  fail "--prefer c.json: not c.json's values"
for f in markdown json; do
  "$MMAPC_GEN" merge --format $f --output "$tmp/out/all.$f" a.json b.json \
    c.json || fail "--format $f with a conflict (only the header has one)"
done
grep '^| `MAP_HUGE_16GB` | 0x88000000 | 0x88000000U* | \*\*0x1000\*\* | differs |$' \
  "$tmp/out/all.markdown" >/dev/null || fail "markdown: MAP_HUGE_16GB row"

# ------------------------------------------------------------ bad inputs
printf '{"schema_version": 1,\n"generator": ' >trunc.json
expect_fail "truncated" '^trunc\.json:2: unexpected end of the file in an object opened at line 1' \
  --format header --output x.h a.json trunc.json
echo 'not json' >text.json
expect_fail "not JSON" "^text\\.json:1: expected a value, found 'n'" \
  --format json --output x.json text.json
: >empty.json
expect_fail "empty" '^empty\.json:1: expected a value' \
  --format json --output x.json empty.json
awk 'BEGIN { for (i = 0; i < 100000; i++) printf "["; print "" }' >deep.json
expect_fail "deep" '^deep\.json:1: arrays and objects nested deeper than 64' \
  --format json --output x.json deep.json
printf '{"a": "\377"}\n' >utf8.json
expect_fail "bad UTF-8" '^utf8\.json:1: invalid UTF-8 in a string' \
  --format json --output x.json utf8.json
printf '{"a": 1,\n "a": 2}\n' >dup.json
expect_fail "duplicate" '^dup\.json:2: duplicate member name "a" \(first at line 1\)' \
  --format json --output x.json dup.json
expect_fail "missing file" '^nowhere\.json: cannot open for reading' \
  --format json --output x.json a.json nowhere.json
sed 's/"predefs": {/"predefz": {/' a.json >old.json
expect_fail "an older JSON" 'old\.json:1: the top-level object has no member "predefs"' \
  --format header --output x.h old.json
sed 's/"name": "MADV_COLD"/"name": "MADV_COLDER"/' a.json >other.json
expect_fail "another catalog" '^other\.json:[0-9]*: constant MADV_COLDER is not in a\.json' \
  --format json --output x.json a.json other.json
grep '^other\.json:[0-9]*: no constant MADV_COLD, which a\.json lists' \
  "$tmp/err.txt" >/dev/null || fail "another catalog: the missing name"
"$MMAPC_GEN" merge --format json --output merged.json a.json b.json ||
  fail "merge json"
expect_fail "a merged JSON" 'a merged JSON: merge the mmap_consts.json of each target instead' \
  --format header --output x.h merged.json
test -f x.h || test -f x.json && fail "an output was written after an error"

# ------------------------------------------------------ determinism, JSON
mkdir "$tmp/d" && cp a.json "$tmp/d/first input.json" && cp b.json "$tmp/d/2.json" ||
  hard_error cp
for f in header markdown json; do
  "$MMAPC_GEN" merge --format $f --output "$tmp/out/1.$f" a.json b.json &&
  (cd "$tmp/d" && "$MMAPC_GEN" merge --format $f --output - "first input.json" 2.json \
     >"$tmp/out/2.$f") || fail "merge --format $f"
  cmp "$tmp/out/1.$f" "$tmp/out/2.$f" >/dev/null ||
    fail "--format $f depends on the inputs' names or the directory"
  grep -F "$tmp" "$tmp/out/1.$f" >/dev/null && fail "--format $f holds a path"
done
py=${PYTHON3:-}
test -n "$py" || py=`command -v python3 2>/dev/null`
if test -n "$py"; then
  "$py" - "$tmp/out/1.json" a.json b.json <<'EOF' || fail "the merged JSON"
import json, sys
m = json.load(open(sys.argv[1]))
assert [k for k in m] == ["schema_version", "generator", "targets", "families", "constants"]
ins = [json.load(open(p)) for p in sys.argv[2:]]
ids = [t["id"] for t in m["targets"]]
assert ids == ["x86_64-linux-gnu", "i686-linux-gnu"], ids
for tid, doc in zip(ids, ins):
    for c, mc in zip(doc["constants"], m["constants"]):
        assert mc["values"][tid] == c["value"] and mc["present"][tid] == c["present"]
print("merge-errors: ok: the merged JSON parses and holds both inputs")
EOF
fi
finish
