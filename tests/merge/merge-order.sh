#! /bin/sh
# merge-order.sh: mmapc-gen merge with inputs made from the build's
# mmap_consts.json (python3 edits them; skipped without it):
# - the branches come in input order: with the inputs glibc, another CPU,
#   musl (glibc and musl sharing the predefined macros), the other CPU is
#   branch 2 and musl branch 3;
# - the same target given twice is an error naming both files;
# - the Markdown summary leaves out a target without <sys/mman.h> (mingw)
#   and says so: with it, "present on every target, with one value" counts
#   what it counts for the build alone.

. "${top_srcdir:-.}/tests/lib/prelude.sh"
need_gen

json=$top_builddir/mmap_consts.json
test -f "$json" || hard_error "no $json (run make first)"
py=${PYTHON3:-}
test -n "$py" || py=`command -v python3 2>/dev/null`
test -n "$py" || skip "no python3 to edit the inputs"

# variant KIND OUT: the build's JSON as another target.
variant() {
    "$py" - "$json" "$1" "$2" <<'_EOF'
import json, sys
src, kind, out = sys.argv[1:]
d = json.load(open(src))
t = d["target"]
if kind == "glibc":
    t.update(triplet="x86_64-pc-linux-gnu", os="linux-gnu", cpu="x86_64",
             libc="glibc 2.36")
    d["predefs"] = {"__linux__": "1", "__x86_64__": "1",
                    "__SIZEOF_POINTER__": "8", "__BYTE_ORDER__": "1234"}
elif kind == "musl":
    t.update(triplet="x86_64-pc-linux-musl", os="linux-musl",
             cpu="x86_64", libc="musl")
    d["predefs"] = {"__linux__": "1", "__x86_64__": "1",
                    "__SIZEOF_POINTER__": "8", "__BYTE_ORDER__": "1234"}
elif kind == "aarch64":
    t.update(triplet="aarch64-unknown-linux-gnu", os="linux-gnu",
             cpu="aarch64", libc="glibc 2.36")
    d["predefs"] = {"__linux__": "1", "__aarch64__": "1",
                    "__SIZEOF_POINTER__": "8", "__BYTE_ORDER__": "1234"}
elif kind == "mingw":
    t.update(triplet="x86_64-w64-mingw32", os="mingw32", cpu="x86_64",
             libc="mingw-w64 10.0")
    d["predefs"] = {"_WIN32": "1", "_WIN64": "1", "__x86_64__": "1",
                    "__SIZEOF_POINTER__": "8", "__BYTE_ORDER__": "1234"}
    d["headers"] = {h: False for h in d["headers"]}
    d["functions"] = {f: False for f in d["functions"]}
    d["madvise_addr_type"] = None
    for c in d["constants"]:
        c.update(present=False, value=None, hex=None)
json.dump(d, open(out, "w"), indent=1)
_EOF
}
for k in glibc musl aarch64 mingw; do
    variant $k "$tmp/$k.json" || hard_error "python3 could not make $k.json"
done

# Input order.
if "$MMAPC_GEN" merge --format header --output "$tmp/order.h" \
    "$tmp/glibc.json" "$tmp/aarch64.json" "$tmp/musl.json" >"$tmp/err" 2>&1
then
    b2=`sed -n 's|^#define MMAPC_BRANCH_ 2 /\* \(.*\) \*/$|\1|p' "$tmp/order.h"`
    b3=`sed -n 's|^#define MMAPC_BRANCH_ 3 /\* \(.*\) \*/$|\1|p' "$tmp/order.h"`
    case $b2:$b3 in
    aarch64-*:x86_64-*musl*) echo "$me: ok: branches in input order ($b2, $b3)" ;;
    *) fail "branches 2 and 3 are '$b2' and '$b3', want aarch64 then musl" ;;
    esac
else
    fail "merge glibc aarch64 musl:"
    cat "$tmp/err"
fi

# The same target twice.
cp "$tmp/glibc.json" "$tmp/again.json"
if "$MMAPC_GEN" merge --format header --output "$tmp/twice.h" \
    "$tmp/glibc.json" "$tmp/again.json" >"$tmp/err" 2>&1; then
    fail "the same target twice is merged"
elif grep "again.json: the same target as .*glibc.json" "$tmp/err" >/dev/null
then
    echo "$me: ok: the same target twice: `cat "$tmp/err"`"
else
    fail "the same target twice: not the expected message"
    cat "$tmp/err"
fi
test -f "$tmp/twice.h" && fail "an output was written for the same target twice"

# The summary without mingw.
count() {
    sed -n 's/^- present on every target, with one value: //p' "$1"
}
"$MMAPC_GEN" merge --format markdown --output "$tmp/alone.md" \
    "$tmp/glibc.json" || hard_error "merge glibc alone"
"$MMAPC_GEN" merge --format markdown --output "$tmp/mingw.md" \
    "$tmp/glibc.json" "$tmp/mingw.json" || hard_error "merge glibc mingw"
alone=`count "$tmp/alone.md"` with=`count "$tmp/mingw.md"`
if test -n "$alone" && test "x$alone" = "x$with" && test "$alone" -gt 0; then
    echo "$me: ok: with mingw, $with present on every target"
else
    fail "present on every target: $alone alone, '$with' with mingw"
fi
grep "^Left out of this summary, as their headers have no \`sys/mman.h\` (no mmap): x86_64-mingw32\. \"Every target\" means the other 1\." \
    "$tmp/mingw.md" >/dev/null ||
    fail "the summary does not say that mingw is left out"
grep '^| `MAP_SHARED` | 0x1 | absent |' "$tmp/mingw.md" >/dev/null ||
    fail "the table does not show mingw's column"
finish
