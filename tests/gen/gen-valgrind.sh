#! /bin/sh
# gen-valgrind.sh: mmapc-gen under valgrind (make check-valgrind; not part
# of make check, as valgrind makes each run take a second).
#
# Real runs in every format of mmapc-gen --help: the build's catalog and
# probe-results.txt, and each catalog and results pair of tests/data. Then a
# selection of the bad-input corpus (tests/gen/bad-input.sh), one case of each
# kind of damage. Any valgrind error fails: invalid reads and writes, use of
# uninitialised values, and definite, indirect or possible leaks.
#
# Skips (77) without valgrind, and when the generator is built with
# AddressSanitizer, which valgrind cannot run (make check-sanitize covers
# that build).

. "${top_srcdir:-.}/tests/lib/prelude.sh"
need_gen

command -v valgrind >/dev/null 2>&1 || skip "no valgrind"
if grep -a -e __asan_init -e __ubsan_handle "$MMAPC_GEN" >/dev/null 2>&1; then
    skip "the generator is built with a sanitizer; valgrind cannot run it"
fi
valgrind --version >/dev/null 2>&1 || skip "valgrind does not run"

vg="valgrind -q --error-exitcode=3 --leak-check=full"
vg="$vg --errors-for-leak-kinds=definite,indirect,possible"
vg="$vg --show-leak-kinds=definite,indirect,possible"

formats=`"$MMAPC_GEN" --help | awk '
    /^  --format FORMAT/ { on = 1; next }
    on && /^  --/ { exit }
    on { print $1 }'`
test -n "$formats" || hard_error "no formats in mmapc-gen --help"

# run LABEL ARGS...: one run under valgrind, in every format.
run() {
    label=$1
    shift
    for fmt in $formats; do
        $vg "$MMAPC_GEN" "$@" --format "$fmt" --output "$tmp/out.$fmt" \
            >"$tmp/stdout" 2>"$tmp/stderr"
        status=$?
        if test $status -ne 0 || test -s "$tmp/stderr"; then
            fail "$label [$fmt]: status $status"
            sed 60q "$tmp/stderr"
        else
            echo "$me: ok: $label [$fmt]"
        fi
    done
}

results=$top_builddir/probe-results.txt
if test -f "$results"; then
    run "the build's catalog and results" $catalog_args --results "$results"
else
    echo "$me: note: no $results; the build's own run is skipped"
fi
data=$top_srcdir/tests/data
run "tests/data, LP64" --catalog "$data/catalog-small.def" \
    --catalog "$data/catalog-extra.def" --results "$data/results-lp64.txt"
run "tests/data, ILP32" --catalog "$data/catalog-small.def" \
    --catalog "$data/catalog-extra.def" --results "$data/results-ilp32.txt"
if test -f "$data/catalog-escapes.def" && test -f "$data/results-escapes.txt"
then
    run "tests/data, escapes" --catalog "$data/catalog-escapes.def" \
        --results "$data/results-escapes.txt"
fi

# A case of each kind from the bad-input corpus. valgrind's status 3 is
# neither 0 nor 1, so bad-input.sh fails the case; so does its report.
cases="ok-bounds ok-devnull cat-dup-cross cat-family-later cat-kind-attr
    cat-missing-descr cat-empty cat-long-100k cat-nul-mid cat-utf8 cat-crlf
    cat-trunc res-version-again res-repeat-predef res-sizeof-order
    res-missing-symbol res-value-pointer res-num-neg-huge res-trunc-mid
    hdr-fits-none hdr-macro-clash file-dir-catalog file-missing-results
    out-missing-dir out-is-directory out-device-full"
if MMAPC_GEN_WRAPPER=$vg BAD_INPUT_CASES=`echo $cases` \
    ${SHELL:-/bin/sh} "$top_srcdir/tests/gen/bad-input.sh"; then
    echo "$me: ok: the bad-input cases under valgrind"
else
    fail "bad-input cases under valgrind (see above)"
fi
finish
