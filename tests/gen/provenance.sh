#! /bin/sh
# provenance.sh: format 2 of probe-results.txt, by hand from the build's
# results made plain (format 1) and given provenance again: "symbol NAME
# RESULT HEADER" and "conflict NAME HEADER RESULT" reach the JSON ("header",
# "conflicts") and the header's comments; format 1 stays accepted; bad
# provenance lines give FILE:LINE errors.

. "${top_srcdir:-.}/tests/lib/prelude.sh"
need_gen

gen() {  # gen RESULTS FORMAT OUT
    "$MMAPC_GEN" $catalog_args --results "$1" --format $2 --output "$3"
}
test -f "$top_builddir/probe-results.txt" || hard_error "no probe-results.txt"
# configure writes format 2: the same facts in format 1, without provenance.
results=$tmp/v1.txt
sed -e 's/^mmapc-results 2$/mmapc-results 1/' -e '/^conflict /d' \
    -e 's/^\(symbol [^ ]* [^ ]*\) .*/\1/' \
    "$top_builddir/probe-results.txt" >"$results" || hard_error "sed"
gen "$results" json "$tmp/v1.json" || fail "format 1 not read"
py=${PYTHON3:-}
test -n "$py" || py=`command -v python3 2>/dev/null`

# Two present integer names of the build to give provenance to.
set x `sed -n 's/^symbol \([A-Z_0-9]*\) \(-\{0,1\}0x[0-9a-f]*\)$/\1/p' "$results" | sed 2q`
shift
test $# -eq 2 || skip "fewer than two present integer names"
a=$1 b=$2
sed -e 's/^mmapc-results 1$/mmapc-results 2/' \
    -e "s|^symbol $a \\(.*\\)|symbol $a \\1 sys/mman.h|" \
    -e "s|^symbol $b \\(.*\\)|symbol $b \\1 linux/mman.h|" \
    "$results" >"$tmp/v2.txt"
echo "conflict $a linux/mman.h 0x800" >>"$tmp/v2.txt"
echo "conflict $a asm/mman.h yes" >>"$tmp/v2.txt"

gen "$tmp/v2.txt" json "$tmp/v2.json" || fail "format 2 not read (json)"
gen "$tmp/v2.txt" header "$tmp/v2.h" || fail "format 2 not read (header)"
grep "{\"name\": \"$a\", .*\"header\": \"sys/mman.h\", \"conflicts\": \[{\"header\": \"linux/mman.h\", \"value\": 2048}, {\"header\": \"asm/mman.h\", \"value\": null}\]}" \
    "$tmp/v2.json" >/dev/null || fail "$a: no header and conflicts in the JSON"
grep "{\"name\": \"$b\", .*\"header\": \"linux/mman.h\"}" "$tmp/v2.json" \
    >/dev/null || fail "$b: no header in the JSON"
if test -n "$py"; then
    "$py" -c 'import json,sys; json.load(open(sys.argv[1]))' "$tmp/v2.json" ||
        fail "the JSON of format 2 is not valid JSON"
fi
grep ' \*   From <linux/mman.h>\.' "$tmp/v2.h" >/dev/null ||
    fail "the header does not say where $b comes from"
grep ' \*   <linux/mman.h> defines it as 0x800\.' "$tmp/v2.h" >/dev/null ||
    fail "the header does not name the conflict of $a"
grep 'This header has the value of' "$tmp/v2.h" >/dev/null ||
    fail "the header does not say which value it picked"
echo '#include "v2.h"
int mmapc_t_nonempty;' >"$tmp/use.c"
$CC $CPPFLAGS $CFLAGS -pedantic -Wall -Wextra -Werror -I"$tmp" -c \
    -o "$tmp/use.o" "$tmp/use.c" || fail "the header of format 2 does not compile"

# bad RESULTS-EDIT MESSAGE: the edited results fail with MESSAGE.
n=0
bad() {
    n=`expr $n + 1`
    sed "$1" "$tmp/v2.txt" >"$tmp/bad$n.txt" || hard_error "sed $1"
    if gen "$tmp/bad$n.txt" json "$tmp/bad$n.json" 2>"$tmp/err"; then
        fail "accepted: $2"
    elif grep "^$tmp/bad$n.txt:[0-9]*: .*$2" "$tmp/err" >/dev/null; then
        echo "$me: ok: `cat "$tmp/err"`"
    else
        fail "not the message '$2':"
        cat "$tmp/err"
    fi
}
{ cat "$results"; echo "conflict $a linux/mman.h 0x800"; } >"$tmp/v1c.txt"
if gen "$tmp/v1c.txt" json "$tmp/v1c.json" 2>"$tmp/err"; then
    fail "a conflict line in format 1 is accepted"
elif grep "^$tmp/v1c.txt:[0-9]*: 'conflict' lines need format 2" "$tmp/err" \
    >/dev/null; then
    echo "$me: ok: `cat "$tmp/err"`"
else
    fail "a conflict line in format 1: not the expected message:"
    cat "$tmp/err"
fi
bad "s|^symbol $b .*|symbol $b no linux/mman.h|" "an absent name has no header"
bad "s|^symbol $b \\(.*\\) linux/mman.h|symbol $b \\1 ../mman.h|" "bad header name '../mman.h'"
bad "s|^symbol $b \\(.*\\) linux/mman.h|symbol $b \\1 linux/mman.h x|" "want NAME RESULT \\[HEADER\\]"
bad "s|^conflict $a linux/mman.h 0x800|conflict $a linux/mman.h 0xZZ|" "bad result '0xZZ'"
bad "s|^conflict $a asm/mman.h yes|conflict $a linux/mman.h yes|" "repeated conflict header"
bad "s|^symbol $a .*|symbol $a no|" "conflict for $a, which is absent"
finish
