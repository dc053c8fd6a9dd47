#!/bin/sh
# assert-results.sh RESULTS CC [FLAGS...]: check every value, presence and
# absence in RESULTS (probe-results.txt) against the headers of the compiler
# CC, with one compile of static assertions. Exit 0 when all hold, 1 with the
# compiler's complaints otherwise. Needs top_srcdir (the catalog) and AWK.
set -u
results=$1; shift
: "${top_srcdir:?}" "${AWK:=awk}"
tmp=${TMPDIR:-/tmp}/mmapc-assert.$$
mkdir "$tmp" || exit 99
trap 'rm -rf "$tmp"' 0
catalogs="$top_srcdir/catalog/symbols.def ${MMAPC_EXTRA_SYMBOLS:-}"
$AWK -f "$top_srcdir/tests/lib/read-results.awk" \
  -f "$top_srcdir/tests/lib/assert-results.awk" $catalogs "$results" \
  >"$tmp/check.c" || exit 99
count=`grep -c '^symbol ' "$results"`
if "$@" -std=gnu99 -c "$tmp/check.c" -o "$tmp/check.o" 2>"$tmp/err"; then
  echo "assert-results: all $count names agree with the headers of: $*"
  exit 0
fi
echo "assert-results: the headers of '$*' disagree with $results:" >&2
grep -E 'error' "$tmp/err" | head -40 >&2
exit 1
