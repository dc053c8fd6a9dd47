#! /bin/sh
# man-pages.sh: the hand-written manual pages (docs/*.1) render with
# `groff -man -ww -z` without a single warning, and mmapc-gen(1) documents
# every option and output format that `mmapc-gen --help` and
# `mmapc-gen merge --help` list. Skipped (77) without groff.

. "${top_srcdir:-.}/tests/lib/prelude.sh"
need_gen

command -v groff >/dev/null 2>&1 || skip "groff is not installed"
pages=`ls "$top_srcdir"/docs/*.1` || hard_error "no docs/*.1"
for page in $pages; do
    if groff -man -ww -z "$page" >"$tmp/groff.out" 2>&1 &&
        test ! -s "$tmp/groff.out"; then
        ok "`basename "$page"` renders without a warning"
    else
        fail "`basename "$page"`: groff -man -ww -z:"
        sed 's/^/  | /' "$tmp/groff.out" | head -10
    fi
done

# Every --option and format word of the help texts, in the page's text
# (roff's \- is the page's hyphen).
page=$top_srcdir/docs/mmapc-gen.1
sed 's/\\-/-/g' "$page" >"$tmp/page.txt"
{ "$MMAPC_GEN" --help && "$MMAPC_GEN" merge --help; } >"$tmp/help.txt" ||
    hard_error "mmapc-gen --help"
words=`sed -n 's/^ *\(--[a-z-]*\).*/\1/p; s/^ \{21\}\([a-z][a-z]*\) .*/\1/p' \
    "$tmp/help.txt" | sort -u`
test -n "$words" || hard_error "no options found in mmapc-gen --help"
for w in $words; do
    if grep -e "$w" "$tmp/page.txt" >/dev/null; then
        ok "mmapc-gen.1 documents $w"
    else
        fail "mmapc-gen --help lists $w, which mmapc-gen.1 does not document"
    fi
done
finish
