#! /bin/sh
# run-fuzz.sh: build the libFuzzer harnesses and run each for a bounded time
# (make fuzz). Run from the build tree:
#
#   sh SRCDIR/fuzz/run-fuzz.sh SRCDIR GEN-SOURCES...
#
# GEN-SOURCES are the generator's sources without main.c, relative to
# SRCDIR; gen/templates.c (made by make) and probe-results.txt (configure's)
# are taken from the build tree. Everything goes to fuzz/ there:
# fuzz/fuzz_catalog and fuzz/fuzz_results, their corpora
# (fuzz/corpus-*.tmp, kept between runs: they grow from the seeds),
# fuzz/*.log, and the input of any finding (fuzz/artifacts/).
#
# Seeds: catalog/symbols.def, tests/data/*.def and tests/bad-input/*.def for
# the catalog; the build's probe-results.txt, tests/data/results-*.txt and
# tests/bad-input/*.txt for the results.
#
# Environment:
#   FUZZ_SECONDS  how long each harness runs (default 60)
#   FUZZ_CC       a clang with libFuzzer (default clang)
#   FUZZ_CFLAGS   default: -g -O1 -Wall -Wextra -Wformat=2
#   FUZZ_MAX_LEN  the longest input tried, in bytes (default 32768, which
#                 holds catalog/symbols.def)
#   FUZZ_ARGS     more libFuzzer options (-jobs=4, say)
#   FUZZ_REQUIRE  yes: no clang or libFuzzer is an error, not a skip (CI)
# Exit status: 0 no finding (or skipped: no clang, or it cannot link
# -fsanitize=fuzzer), 1 a finding (a crash, a leak, undefined behaviour, a
# broken invariant of the harness, a timeout), 99 the build failed or a
# required libFuzzer is missing.

: "${FUZZ_SECONDS:=60}" "${FUZZ_CC:=clang}" "${FUZZ_MAX_LEN:=32768}"
: "${FUZZ_CFLAGS=-g -O1 -Wall -Wextra -Wformat=2}" "${FUZZ_ARGS=}"
: "${FUZZ_REQUIRE=no}"
skipped=0
test "x$FUZZ_REQUIRE" = xyes && skipped=99
me=run-fuzz.sh
sanitize="-fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all"

test $# -ge 2 || { echo "usage: $me SRCDIR GEN-SOURCES..." >&2; exit 99; }
srcdir=`cd "$1" && pwd` || exit 99
shift
sources=
for f in "$@"; do
    case $f in
        */main.c) ;;
        *) sources="$sources $srcdir/$f" ;;
    esac
done

mkdir -p fuzz || exit 99

# libFuzzer present? A harness that links is the test.
cat >fuzz/probe.c <<'EOF'
#include <stddef.h>
#include <stdint.h>
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{ (void)data; (void)size; return 0; }
EOF
if ! command -v "$FUZZ_CC" >/dev/null 2>&1; then
    echo "$me: SKIP: no $FUZZ_CC (set FUZZ_CC to a clang with libFuzzer)"
    rm -f fuzz/probe.c
    exit $skipped
fi
if ! $FUZZ_CC $sanitize -o fuzz/probe fuzz/probe.c >fuzz/probe.log 2>&1; then
    sed 5q fuzz/probe.log
    echo "$me: SKIP: $FUZZ_CC cannot link -fsanitize=fuzzer (libFuzzer missing?)"
    rm -f fuzz/probe fuzz/probe.c fuzz/probe.log
    exit $skipped
fi
rm -f fuzz/probe fuzz/probe.c fuzz/probe.log
test -f gen/templates.c || { echo "$me: no gen/templates.c (run make)"; exit 99; }

status=0
for h in catalog results; do
    echo "$me: building fuzz/fuzz_$h with $FUZZ_CC"
    # shellcheck disable=SC2086
    if ! $FUZZ_CC $FUZZ_CFLAGS $sanitize -I"$srcdir/gen" -I"$srcdir/gen/core" \
        -I"$srcdir/gen/model" -I"$srcdir/gen/emit" -I"$srcdir/gen/merge" \
        -I"$srcdir/fuzz" \
        -DMMAPC_VERSION='"fuzz"' -DMMAPC_FUZZ_SRCDIR="\"$srcdir\"" \
        -o "fuzz/fuzz_$h" "$srcdir/fuzz/fuzz_$h.c" \
        "$srcdir/fuzz/fuzz_common.c" $sources gen/templates.c; then
        echo "$me: ERROR: cannot build fuzz/fuzz_$h"
        exit 99
    fi
done

# seed directories, made afresh; the corpora keep what the fuzzer found
rm -rf fuzz/seeds-catalog.tmp fuzz/seeds-results.tmp
mkdir -p fuzz/seeds-catalog.tmp fuzz/seeds-results.tmp \
    fuzz/corpus-catalog.tmp fuzz/corpus-results.tmp fuzz/artifacts || exit 99
cp "$srcdir/catalog/symbols.def" "$srcdir"/tests/data/*.def \
    "$srcdir"/tests/bad-input/*.def fuzz/seeds-catalog.tmp/ || exit 99
cp "$srcdir"/tests/data/results-*.txt "$srcdir"/tests/bad-input/*.txt \
    fuzz/seeds-results.tmp/ || exit 99
test -f probe-results.txt && cp probe-results.txt fuzz/seeds-results.tmp/

for h in catalog results; do
    echo "$me: running fuzz/fuzz_$h for $FUZZ_SECONDS s"
    # shellcheck disable=SC2086
    "fuzz/fuzz_$h" -max_total_time="$FUZZ_SECONDS" -timeout=10 \
        -rss_limit_mb=2048 -max_len="$FUZZ_MAX_LEN" -print_final_stats=1 \
        -dict="$srcdir/fuzz/$h.dict" -artifact_prefix="fuzz/artifacts/$h-" \
        $FUZZ_ARGS "fuzz/corpus-$h.tmp" "fuzz/seeds-$h.tmp" \
        >"fuzz/fuzz_$h.log" 2>&1
    rc=$?
    execs=`sed -n 's/^stat::number_of_executed_units: *//p' "fuzz/fuzz_$h.log"`
    rate=`sed -n 's/^stat::average_exec_per_sec: *//p' "fuzz/fuzz_$h.log"`
    units=`ls "fuzz/corpus-$h.tmp" | wc -l | tr -d ' '`
    if test $rc -eq 0; then
        echo "$me: ok: fuzz_$h: ${execs:-?} runs (${rate:-?}/s) in $FUZZ_SECONDS s, no finding; corpus of $units inputs"
    else
        echo "$me: FAIL: fuzz_$h exited with status $rc; the log ends:"
        tail -60 "fuzz/fuzz_$h.log"
        ls -l fuzz/artifacts/ 2>/dev/null
        echo "$me: reproduce with: fuzz/fuzz_$h fuzz/artifacts/$h-..."
        status=1
    fi
done
exit $status
