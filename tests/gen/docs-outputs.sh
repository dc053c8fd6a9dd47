#! /bin/sh
# docs-outputs.sh: the build's generated docs.
# - mmap_consts.md has one table row per catalog symbol, under the heading
#   of its family, families in catalog order, and each row's value says
#   what probe-results.txt says (hex, "absent" or "present").
# - mmap_consts.7 has one tagged paragraph per catalog symbol, and renders
#   with `groff -man -ww -z` without a single warning; so do the pages of
#   the test data, whose descriptions are full of roff's special
#   characters. Without groff that part is skipped (77 when nothing else
#   was checked).

. "${top_srcdir:-.}/tests/lib/prelude.sh"
need_gen

md=$top_builddir/mmap_consts.md
man=$top_builddir/mmap_consts.7
results=$top_builddir/probe-results.txt
for f in "$md" "$man" "$results"; do
    test -f "$f" || hard_error "no $f (run make first)"
done

# The catalog as "NAME FAMILY" lines in catalog order, and the families.
cat "$top_srcdir/catalog/symbols.def" $MMAPC_EXTRA_SYMBOLS >"$tmp/catalog"
$AWK '/^[ \t]*(#|$)/ { next }
      $1 == "%family" { print "family", $2; next }
      { print "sym", $1, $2 }' "$tmp/catalog" >"$tmp/cat.lst"
$AWK '$1 == "symbol" { print $2, $3, ($4 != "" ? $4 : "-") }' "$results" >"$tmp/res.lst"
nsyms=`$AWK '$1 == "sym"' "$tmp/cat.lst" | wc -l | tr -d ' '`

# ------------------------------------------------------------ Markdown
# Every row of a family table: FAMILY NAME VALUE HEADER, in order.
$AWK '
    /^### / { fam = $2; sub(/:$/, "", fam); gsub(/\\/, "", fam); next }
    /^\| name \| value \| header \| description \| CPython \| notes \|$/ { intable = 1; next }
    /^\|---/ { next }
    intable && /^\| / {
        n = split($0, cell, / \| /)
        name = cell[1]; sub(/^\| `/, "", name); sub(/`$/, "", name)
        value = cell[2]; gsub(/`/, "", value)
        header = cell[3]; gsub(/`/, "", header)
        print fam, name, value, header
        next
    }
    { intable = 0 }' "$md" >"$tmp/md.rows"
nrows=`wc -l <"$tmp/md.rows" | tr -d ' '`
test "$nrows" -eq "$nsyms" ||
    fail "mmap_consts.md has $nrows symbol rows, the catalog $nsyms symbols"
# The same names in the same order, each under its own family, and the
# values and headers of the results.
$AWK '
    FILENAME == ARGV[1] { res[$1] = $2; hdr[$1] = $3; next }
    FILENAME == ARGV[2] {
        if ($1 == "family") { fams[++nf] = $2 }
        else { famof[$2] = $3; order[++ns] = $2 }
        next
    }
    {
        rows++
        if (seen[$2]++) { print "row twice: " $2; bad++ }
        if (!($2 in famof)) { print "not in the catalog: " $2; bad++; next }
        if (famof[$2] != $1) { print $2 " under " $1 ", not " famof[$2]; bad++ }
        r = res[$2]
        want = r == "no" ? "absent" : r == "yes" ? "present" : r
        # The results may say 4096 where the docs say 0x1000.
        if (want ~ /^-?[0-9]+$/) {
            neg = want ~ /^-/; v = want; sub(/^-/, "", v)
            want = sprintf("%s0x%x", neg ? "-" : "", v + 0)
        }
        if (tolower($3) != tolower(want)) {
            print $2 ": the docs say " $3 ", the results " r; bad++
        }
        if ($4 != hdr[$2]) {
            print $2 ": the docs say header " $4 ", the results " hdr[$2]; bad++
        }
        if (famfirst[$1] == "") famfirst[$1] = rows
    }
    END {
        for (i = 1; i <= ns; i++)
            if (!seen[order[i]]) { print "no row for " order[i]; bad++ }
        last = 0
        for (i = 1; i <= nf; i++) {
            if (famfirst[fams[i]] == "") continue
            if (famfirst[fams[i]] + 0 < last) { print "family " fams[i] " out of order"; bad++ }
            last = famfirst[fams[i]] + 0
        }
        exit bad > 0
    }' "$tmp/res.lst" "$tmp/cat.lst" "$tmp/md.rows" >"$tmp/md.err" ||
    { fail "mmap_consts.md does not match the catalog and the results:"
      sed 20q "$tmp/md.err"; }
test -s "$tmp/md.err" || echo "$me: ok: mmap_consts.md: one row per symbol ($nsyms)"

# ------------------------------------------------------------ man page
# The tag lines of the symbols: "\fBNAME\fR = VALUE" or "\fBNAME\fR (...)".
sed -n -e 's/^\\fB\([A-Za-z_][A-Za-z0-9_]*\)\\fR = .*/\1/p' \
    -e 's/^\\fB\([A-Za-z_][A-Za-z0-9_]*\)\\fR (.*/\1/p' "$man" |
    sort >"$tmp/man.names"
$AWK '$1 == "sym" { print $2 }' "$tmp/cat.lst" | sort >"$tmp/cat.names"
if cmp "$tmp/man.names" "$tmp/cat.names" >/dev/null; then
    echo "$me: ok: mmap_consts.7: one paragraph per symbol"
else
    fail "mmap_consts.7: the tagged paragraphs are not the catalog's names:"
    diff "$tmp/cat.names" "$tmp/man.names" | sed 20q
fi

if ! command -v groff >/dev/null 2>&1; then
    echo "$me: SKIP: groff not found; the man page was not rendered"
    test $failures -eq 0 && exit 77
    finish
fi
data=$top_srcdir/tests/data
"$MMAPC_GEN" --catalog "$data/catalog-escapes.def" \
    --results "$data/results-escapes.txt" --format man \
    --output "$tmp/escapes.7" || fail "generator failed (escapes)"
for page in "$man" "$data/expected-lp64.7" "$tmp/escapes.7"; do
    # -ww: every warning; -z: no output. groff's exit status does not
    # count warnings, so its messages are.
    if groff -man -ww -z "$page" >"$tmp/groff.out" 2>&1 &&
        ! test -s "$tmp/groff.out"; then
        echo "$me: ok: groff -man -ww -z ${page##*/}: no warning"
    else
        fail "groff -man -ww -z ${page##*/}:"
        sed 20q "$tmp/groff.out"
    fi
done
# The escapes come out as the characters they stand for.
groff -man -Tascii -P-cbou -rLL=300n "$tmp/escapes.7" 2>/dev/null |
    tr -s ' ' >"$tmp/escapes.txt"
for s in '.starts with a dot' "'starts with a quote" \
    '\fBbold\fR "quoted" copy-on-write -1 --option' 'back\slash'; do
    grep -F -e "$s" "$tmp/escapes.txt" >/dev/null ||
        fail "the rendered page lacks: $s"
done
finish
