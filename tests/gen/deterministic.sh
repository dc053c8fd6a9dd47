#! /bin/sh
# deterministic.sh: the generator gives byte-identical outputs for the same
# inputs, whatever the current directory, the output directory or the way
# the input files are named, and the outputs hold no build path. Two more
# builds of the same source, configured as this one in other directories,
# give byte-identical mmap_consts.h, .json, .md and .7 (part 5; in an
# in-tree build, from a `make distdir` copy of the source: vpath_srcdir).

. "${top_srcdir:-.}/tests/lib/prelude.sh"
need_gen

# Every format, and the file the build writes it to.
formats="header json markdown man"
output_of() {
    case $1 in
        header) echo mmap_consts.h ;; json) echo mmap_consts.json ;;
        markdown) echo mmap_consts.md ;; man) echo mmap_consts.7 ;;
    esac
}

results=$top_builddir/probe-results.txt
test -f "$results" || hard_error "no $results"
abs_gen=`cd "\`dirname "$MMAPC_GEN"\`" && pwd`/`basename "$MMAPC_GEN"`
abs_top_srcdir=`cd "$top_srcdir" && pwd`
abs_top_builddir=`cd "$top_builddir" && pwd`

# 1. From the build directory, with the paths the build uses.
mkdir "$tmp/a" "$tmp/b" "$tmp/c/sub" -p || hard_error mkdir
for f in $formats; do
    (cd "$top_builddir" && "$abs_gen" $catalog_args \
        --results probe-results.txt --format $f --output "$tmp/a/out.$f") ||
        fail "generator failed ($f, a)"
done

# 2. From another directory, with copies of the inputs under other names.
cp "$top_srcdir/catalog/symbols.def" "$tmp/c/sub/catalog copy.def" &&
cp "$results" "$tmp/c/sub/results copy.txt" || hard_error cp
extra=
if test -n "$MMAPC_EXTRA_SYMBOLS"; then
    cp "$MMAPC_EXTRA_SYMBOLS" "$tmp/c/sub/extra.def" || hard_error cp
    extra="--catalog sub/extra.def"
fi
for f in $formats; do
    (cd "$tmp/c" && "$abs_gen" --catalog "sub/catalog copy.def" $extra \
        --results "sub/results copy.txt" --format $f --output "../b/out.$f") ||
        fail "generator failed ($f, b)"
done

for f in $formats; do
    cmp "$tmp/a/out.$f" "$tmp/b/out.$f" ||
        fail "$f output depends on the directory or the file names"
    cmp "$tmp/a/out.$f" "$top_builddir/`output_of $f`" ||
        fail "`output_of $f` differs from a fresh run"
done

# 3. No build path in the outputs.
for d in "$abs_top_srcdir" "$abs_top_builddir" "$tmp"; do
    case $d in /|"") continue ;; esac
    if grep -F "$d" "$tmp"/a/out.* >/dev/null; then
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

# 5. Two builds of this source in other directories of the build tree, one
# through an absolute path to the source and one through a relative path
# (when this build has one, or uses the distdir copy), configured with this
# build's arguments: the four outputs are byte-identical to this build's.
# The scratch directory is kept when they differ. An in-tree build cannot
# have another build directory: then both build a `make distdir` copy.
scratch_dir gen/deterministic
mkdir -p "$scratch/one" "$scratch/deeper/two" || hard_error "cannot make $scratch"
vpath_srcdir "$scratch"
if test "x$vpath_srcdir" = "x$scratch/src"; then
    echo "$me: note: in-tree build: the other builds use a make distdir copy"
    rel_srcdir=../../src
else
    case $top_srcdir in
        /*) rel_srcdir=$top_srcdir ;;
        *) rel_srcdir=../../../../../$top_srcdir ;;  # from tests/gen/deterministic.tmp/deeper/two
    esac
fi
args=`config_args all` || hard_error "config.status --config"
build_failed=
for b in "one:$vpath_srcdir" "deeper/two:$rel_srcdir"; do
    dir=$scratch/${b%%:*} src=${b#*:}
    if (cd "$dir" && eval "\"\$src/configure\" $args" >configure.out 2>&1 &&
        sub_make . `for f in $formats; do output_of $f; done` >make.out 2>&1)
    then
        echo "$me: ok: built in ${b%%:*} from $src"
    else
        fail "the build in $dir failed:"
        for f in "$dir/configure.out" "$dir/make.out"; do
            test -f "$f" && tail -20 "$f"
        done
        build_failed=yes
    fi
done
if test -z "$build_failed"; then
    for f in $formats; do
        out=`output_of $f`
        if cmp "$scratch/one/$out" "$scratch/deeper/two/$out" &&
            cmp "$scratch/one/$out" "$abs_top_builddir/$out"; then
            echo "$me: ok: $out is the same in three builds"
        else
            fail "$out differs between builds in different directories"
        fi
    done
fi
finish
