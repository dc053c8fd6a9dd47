#! /bin/sh
# strict-kind.sh: a name whose 0 would change what the call does is of kind
# "strict" in catalog/symbols.def, and stays undefined in mmap_consts.h
# when absent, while an absent plain flag is 0:
# - the names known to be such (mapping types, guarantees) are strict;
# - with the build's results, those names made absent, the header leaves
#   MMAPC_<NAME> undefined and still defines MMAPC_HAVE_<NAME> 0, and an
#   absent plain flag is 0;
# - the JSON marks them "strict": true, and a merge keeps them strict.

. "${top_srcdir:-.}/tests/lib/prelude.sh"
need_gen

catalog=$top_srcdir/catalog/symbols.def
results=$top_builddir/probe-results.txt
test -f "$results" || hard_error "no $results"

must_be_strict="MAP_SHARED_VALIDATE MAP_DROPPABLE MAP_SYNC MAP_FIXED_NOREPLACE
MFD_NOEXEC_SEAL MFD_EXEC MAP_SHARED MAP_PRIVATE MAP_FIXED MFD_CLOEXEC"
for n in $must_be_strict; do
    awk -v n="$n" '$1 == n { split($3, k, ","); print k[1] }' "$catalog" |
        grep '^strict$' >/dev/null ||
        fail "$n is not of kind strict in catalog/symbols.def"
done

# A plain flag to make absent beside them.
plain=MAP_POPULATE
awk -v n=$plain '$1 == n { split($3, k, ","); print k[1] }' "$catalog" |
    grep '^flag$' >/dev/null || hard_error "$plain is no plain flag"

# The build's results with those names absent.
absent="$must_be_strict $plain"
cp "$results" "$tmp/results.txt"
for n in $absent; do
    sed "s/^symbol $n .*/symbol $n no/" "$tmp/results.txt" >"$tmp/r" &&
        mv "$tmp/r" "$tmp/results.txt"
done
"$MMAPC_GEN" $catalog_args --results "$tmp/results.txt" --format header \
    --output "$tmp/mmap_consts.h" || hard_error "mmapc-gen --format header"
"$MMAPC_GEN" $catalog_args --results "$tmp/results.txt" --format json \
    --output "$tmp/t.json" || hard_error "mmapc-gen --format json"

{
    echo '#include "mmap_consts.h"'
    for n in $must_be_strict; do
        printf '#ifdef MMAPC_%s\n#error "MMAPC_%s is defined"\n#endif\n' $n $n
        printf '#if MMAPC_HAVE_%s != 0\n#error "MMAPC_HAVE_%s"\n#endif\n' $n $n
    done
    printf '#if !defined(MMAPC_%s) || MMAPC_%s != 0\n' $plain $plain
    printf '#error "absent MMAPC_%s is not 0"\n#endif\n' $plain
    echo 'int mmapc_t_nonempty;'
} >"$tmp/use.c"
if $CC $CPPFLAGS $CFLAGS -I"$tmp" -c -o "$tmp/use.o" "$tmp/use.c" \
    >"$tmp/err" 2>&1; then
    echo "$me: ok: absent strict names undefined, absent $plain is 0"
else
    fail "the header defines absent strict names, or $plain is not 0"
    grep error "$tmp/err" | sed 20q
fi

# JSON, and a merge of it with itself under another triplet.
for n in $must_be_strict; do
    grep "{\"name\": \"$n\", .*\"strict\": true," "$tmp/t.json" >/dev/null ||
        fail "$n: no \"strict\": true in the JSON"
done
grep "{\"name\": \"$plain\", .*\"strict\"" "$tmp/t.json" >/dev/null &&
    fail "$plain: \"strict\" in the JSON"
sed 's/"triplet": "[^"]*"/"triplet": "mmapc-other-triplet"/' "$tmp/t.json" \
    >"$tmp/other.json"
sed 's/"id": "[^"]*"/"id": "other"/' "$tmp/other.json" >"$tmp/o" &&
    mv "$tmp/o" "$tmp/other.json"
if "$MMAPC_GEN" merge --format header --output "$tmp/merged.h" \
    "$tmp/t.json" "$tmp/other.json" >"$tmp/err" 2>&1; then
    if grep "^#define MMAPC_MAP_SHARED_VALIDATE " "$tmp/merged.h" >/dev/null; then
        fail "the merged header defines the absent strict MAP_SHARED_VALIDATE"
    else
        echo "$me: ok: the merged header keeps strict names undefined"
    fi
else
    fail "merge of the JSON with a copy under another triplet:"
    cat "$tmp/err"
fi
finish
