#! /bin/sh
# run-unit.sh PROGRAM tests/unit/test-NAME.unit: runs the Check suite NAME
# (dashes become underscores) of the unit-test runner PROGRAM; the
# LOG_COMPILER of the .unit tests. The runner is built with CC, for the
# target; in a cross build it cannot run on this machine, so the suites
# are skipped (77) instead of failing.
prog=$1
suite=`basename "$2" .unit | sed -e 's/^test-//' -e 's/-/_/g'`
results=${top_builddir:-.}/probe-results.txt
if test -f "$results" &&
    grep '^cross_compiling yes$' "$results" >/dev/null 2>&1; then
    echo "SKIP: cross-compiling; $prog is built for the target"
    exit 77
fi
exec "$prog" "$suite"
