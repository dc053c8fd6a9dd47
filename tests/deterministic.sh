#! /bin/sh
# deterministic.sh: the generator gives byte-identical outputs for the same
# inputs, whatever the current directory, the output directory or the way
# the input files are named, and the outputs hold no build path.

. "${top_srcdir:-.}/tests/lib-gen.sh"

results=$top_builddir/probe-results.txt
test -f "$results" || hard_error "no $results"
abs_gen=`cd "\`dirname "$MMAPC_GEN"\`" && pwd`/`basename "$MMAPC_GEN"`
abs_top_srcdir=`cd "$top_srcdir" && pwd`
abs_top_builddir=`cd "$top_builddir" && pwd`

# 1. From the build directory, with the paths the build uses.
mkdir "$tmp/a" "$tmp/b" "$tmp/c/sub" -p || hard_error mkdir
for f in header json; do
    (cd "$top_builddir" && "$abs_gen" $catalog_args \
        --results probe-results.txt --format $f --output "$tmp/a/out.$f") ||
        fail "generator failed ($f, a)"
done

# 2. From another directory, with copies of the inputs under other names.
cp "$top_srcdir/probes/symbols.def" "$tmp/c/sub/catalog copy.def" &&
cp "$results" "$tmp/c/sub/results copy.txt" || hard_error cp
extra=
if test -n "$MMAPC_EXTRA_SYMBOLS"; then
    cp "$MMAPC_EXTRA_SYMBOLS" "$tmp/c/sub/extra.def" || hard_error cp
    extra="--catalog sub/extra.def"
fi
for f in header json; do
    (cd "$tmp/c" && "$abs_gen" --catalog "sub/catalog copy.def" $extra \
        --results "sub/results copy.txt" --format $f --output "../b/out.$f") ||
        fail "generator failed ($f, b)"
done

for f in header json; do
    cmp "$tmp/a/out.$f" "$tmp/b/out.$f" ||
        fail "$f output depends on the directory or the file names"
done
cmp "$tmp/a/out.header" "$top_builddir/mmap_consts.h" ||
    fail "mmap_consts.h differs from a fresh run"
cmp "$tmp/a/out.json" "$top_builddir/mmap_consts.json" ||
    fail "mmap_consts.json differs from a fresh run"

# 3. No build path in the outputs.
for d in "$abs_top_srcdir" "$abs_top_builddir" "$tmp"; do
    case $d in /|"") continue ;; esac
    if grep -F "$d" "$tmp/a/out.header" "$tmp/a/out.json" >/dev/null; then
        fail "an output contains the path $d"
    fi
done

# 4. The test data, twice into different directories.
data=$top_srcdir/tests/data
for d in x y; do
    mkdir "$tmp/$d" || hard_error mkdir
    "$MMAPC_GEN" --catalog "$data/catalog-small.def" \
        --catalog "$data/catalog-extra.def" \
        --results "$data/results-ilp32.txt" --format header \
        --output "$tmp/$d/h" || fail "generator failed (test data)"
done
cmp "$tmp/x/h" "$tmp/y/h" || fail "test data: outputs differ"
test $failures -eq 0 && echo "$me: ok: outputs are byte-identical"
finish
