#!/bin/sh
# Every name configure calls present has exactly that value in this
# machine's headers, and every absent one is truly absent.
set -u
results=$top_builddir/probe-results.txt
test -f "$results" || { echo "no $results: run configure" >&2; exit 99; }
exec $SHELL "$top_srcdir/tests/lib/assert-results.sh" "$results" $CC $CFLAGS $CPPFLAGS
