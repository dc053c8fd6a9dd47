#! /bin/sh
# sanitize.sh: configure, build and `make check` this source tree again with
# AddressSanitizer and UndefinedBehaviorSanitizer (make check-sanitize).
#
#   sh tests/sanitize.sh [DIR]
#
# DIR (default: sanitize.tmp in the current directory, the build tree when
# make runs it) is emptied first and kept afterwards for a look; when the
# source tree is configured in place, the build is DIR/build, of a copy of
# the distribution in DIR/src (make distdir). CFLAGS and LDFLAGS are
# SANITIZE_CFLAGS, so the generator (CFLAGS_FOR_BUILD follows CFLAGS
# natively), mmapc-probe, the unit tests and the programs the shell tests
# compile are all instrumented. Any sanitizer report aborts the
# program with an error (-fno-sanitize-recover=all), leaks included, so the
# test that ran it fails.
#
# Environment:
#   CC                        the compiler (default: configure's choice)
#   SANITIZE_CFLAGS           default below
#   SANITIZE_CONFIGURE_FLAGS  more configure arguments (default: --enable-werror)
#   SANITIZE_CHECK_FLAGS      more make check arguments (TESTS='...', say)
#   SANITIZE_JOBS             make -j for the build and the tests (default:
#                             the number of processors)
#   MAKE                      default: make
# Exit status: 0 pass, 1 fail, 77 when CC cannot build and run a sanitized
# program, 99 when the build itself fails.

: "${CC=}" "${MAKE:=make}"
: "${SANITIZE_CFLAGS=-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all}"
: "${SANITIZE_CONFIGURE_FLAGS=--enable-werror}"
: "${SANITIZE_CHECK_FLAGS=}"
: "${SANITIZE_JOBS:=`getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1`}"
me=sanitize.sh

srcdir=`dirname "$0"`/..
srcdir=`cd "$srcdir" && pwd` || exit 99
dir=${1:-sanitize.tmp}

rm -rf "$dir" && mkdir -p "$dir" || exit 99
dir=`cd "$dir" && pwd` || exit 99

# A source tree configured in place (an in-tree build, as in CI) cannot
# host a second build: configure refuses. Build the distribution's files
# then, copied by make distdir to DIR/src, in DIR/build.
if test -f "$srcdir/config.status"; then
    echo "$me: the source tree is configured in place: make distdir to $dir/src"
    if ! (cd "$srcdir" && $MAKE distdir distdir="$dir/src") \
        >"$dir/distdir.out" 2>&1; then
        tail -20 "$dir/distdir.out"
        echo "$me: ERROR: make distdir failed"
        exit 99
    fi
    srcdir=$dir/src
    dir=$dir/build
    mkdir "$dir" || exit 99
fi
cd "$dir" || exit 99

# Leaks are errors; a report names its stack; nothing is suppressed.
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:strict_string_checks=1:check_initialization_order=1}
UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export ASAN_OPTIONS UBSAN_OPTIONS

echo "$me: ${CC:-cc} $SANITIZE_CFLAGS"
cat >conftest.c <<'EOF'
#include <stdlib.h>
int main(void) { char *p = malloc(4); p[0] = 0; free(p); return 0; }
EOF
if ! ${CC:-cc} $SANITIZE_CFLAGS -o conftest conftest.c >conftest.log 2>&1 ||
    ! ./conftest >>conftest.log 2>&1; then
    cat conftest.log
    echo "$me: SKIP: ${CC:-cc} cannot build and run a program with $SANITIZE_CFLAGS"
    exit 77
fi
rm -f conftest conftest.c conftest.log

echo "$me: configure in $dir"
# shellcheck disable=SC2086
if ! "$srcdir/configure" -q $SANITIZE_CONFIGURE_FLAGS ${CC:+CC="$CC"} \
    CFLAGS="$SANITIZE_CFLAGS" LDFLAGS="$SANITIZE_CFLAGS" >configure.out 2>&1
then
    cat configure.out
    tail -40 config.log
    echo "$me: ERROR: configure failed"
    exit 99
fi
echo "$me: make"
if ! $MAKE -j"$SANITIZE_JOBS" >make.out 2>&1; then
    tail -60 make.out
    echo "$me: ERROR: the build failed"
    exit 99
fi
echo "$me: make check $SANITIZE_CHECK_FLAGS"
# shellcheck disable=SC2086
if $MAKE -j"$SANITIZE_JOBS" check $SANITIZE_CHECK_FLAGS >check.out 2>&1; then
    grep -E '^(# |PASS|SKIP|XFAIL)' check.out | grep -v '^# XPASS\|^# ERROR'
    echo "$me: make check passes under $SANITIZE_CFLAGS"
    exit 0
fi
grep -E '^(FAIL|ERROR|XPASS)' check.out
test -f test-suite.log && cat test-suite.log || tail -60 check.out
echo "$me: FAIL: make check under $SANITIZE_CFLAGS (build kept in $dir)"
exit 1
