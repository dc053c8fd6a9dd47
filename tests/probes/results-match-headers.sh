#! /bin/sh
# Every name configure calls present has exactly that value in this
# machine's headers (an integer constant is never a bare yes), and every
# absent one is truly absent (tests/lib/assert-results.sh). The check is
# shown to fail on doctored copies of the results: a value changed, a
# present integer constant reported as bare yes, a present name reported
# absent.
. "${top_srcdir:-.}/tests/lib/prelude.sh"
results=$top_builddir/probe-results.txt
test -f "$results" || hard_error "no $results: run configure"
assert_results() {
    $SHELL "$top_srcdir/tests/lib/assert-results.sh" "$1" $CC $CFLAGS $CPPFLAGS
}
if assert_results "$results"; then
    ok "the results agree with the headers"
else
    fail "the results disagree with the headers"
    finish
fi
# doctored NAME SED-SCRIPT WHAT: the check must fail on the results edited
# by SED-SCRIPT, naming NAME.
doctored() {
    sed "$2" "$results" >"$tmp/doctored.txt" || hard_error sed
    cmp -s "$results" "$tmp/doctored.txt" && hard_error "$3: nothing changed"
    if assert_results "$tmp/doctored.txt" >"$tmp/doctored.out" 2>&1; then
        fail "$3: the check passes"
    elif grep "$1" "$tmp/doctored.out" >/dev/null; then
        ok "$3: the check fails"
    else
        fail "$3: the check fails without naming $1:"
        cat "$tmp/doctored.out"
    fi
}
# The first flag or int of the catalog that has a value here.
name=`$AWK 'FILENAME != ARGV[ARGC - 1] { if ($1 !~ /^[#%]/ && $3 ~ /^(flag|int|strict)/) k[$1] = 1; next }
    $1 == "symbol" && ($2 in k) && $3 ~ /^-?[0-9]/ { print $2; exit }' \
    "$top_srcdir/catalog/symbols.def" "$results"`
test -n "$name" || skip "no integer constant with a value in $results"
doctored "$name" "s/^symbol $name [^ ]*/symbol $name 0x7fffffff1/" "$name with another value"
doctored "$name" "s/^symbol $name [^ ]*/symbol $name yes/" "$name as a bare yes"
doctored "$name" "s/^symbol $name [^ ]*/symbol $name no/" "$name as absent"
finish
