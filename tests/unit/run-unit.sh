#! /bin/sh
# run-unit.sh: runs one test program (LOG_COMPILER of the tests without an
# extension: the Check unit tests). Test programs are built with CC, for
# the target; in a cross build they cannot run on this machine, so they
# are skipped (77) instead of failing.
results=${top_builddir:-.}/probe-results.txt
if test -f "$results" &&
    grep '^cross_compiling yes$' "$results" >/dev/null 2>&1; then
    echo "SKIP: cross-compiling; $1 is built for the target"
    exit 77
fi
exec "$@"
