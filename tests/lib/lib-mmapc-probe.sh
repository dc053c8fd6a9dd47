# lib-mmapc-probe.sh: shared by the tests of mmapc-probe (sourced, not run).
#
# Environment, from AM_TESTS_ENVIRONMENT: top_srcdir, top_builddir,
# MMAPC_PROBE (the program), PYTHON3, CC_FOR_BUILD. Exit status: 0 pass,
# 1 fail, 77 skip, 99 hard error.

: "${top_srcdir:=.}" "${top_builddir:=.}"
: "${MMAPC_PROBE:=$top_builddir/mmapc-probe}"

me=${0##*/}
failures=0
tmp=`mktemp -d "${TMPDIR:-/tmp}/mmapc-probe-test.XXXXXX"` || exit 99
trap 'rm -rf "$tmp"' 0
trap 'exit 99' 1 2 13 15

fail() { echo "$me: FAIL: $*"; failures=`expr $failures + 1`; }
skip() { echo "$me: SKIP: $*"; exit 77; }
hard_error() { echo "$me: ERROR: $*"; exit 99; }
finish() {
    if test $failures -ne 0; then
        echo "$me: $failures failure(s)"
        exit 1
    fi
    exit 0
}

# need_native: skip unless this build's mmapc-probe runs here.
need_native() {
    test -x "$MMAPC_PROBE" || hard_error "no mmapc-probe at $MMAPC_PROBE"
    if grep '^cross_compiling yes' "$top_builddir/probe-results.txt" \
        >/dev/null 2>&1; then
        skip "a cross build: mmapc-probe is for another machine"
    fi
    grep '^#define MMAPC_HAVE_MMAP 1' "$top_builddir/mmap_consts.h" \
        >/dev/null || skip "the target has no mmap"
}

# need_python: set $py to python3, or skip.
need_python() {
    py=${PYTHON3:-}
    test -n "$py" || py=`command -v python3 2>/dev/null`
    test -n "$py" || skip "python3 not found"
}

# header_value NAME: the value mmap_consts.h gives MMAPC_NAME, as a
# decimal number; empty when the header does not define it.
header_value() {
    v=`sed -n "s/^#define MMAPC_$1 \\(.*\\)\$/\\1/p" \
        "$top_builddir/mmap_consts.h" | sed 1q`
    test -n "$v" || return 0
    # drop parentheses and literal suffixes: (-0x1L) -> -0x1
    v=`echo "$v" | sed 's/[()]//g; s/\([0-9a-fA-F]\)[uUlL]*$/\1/'`
    echo $(($v))
}

# present NAME: mmap_consts.h says the target's headers define NAME.
present() {
    grep "^#define MMAPC_HAVE_$1 1\$" "$top_builddir/mmap_consts.h" \
        >/dev/null
}

# row TABLE-FILE NAME: NAME's row of mmapc-probe's table ("" if none).
row() {
    awk -v n="$2" '$1 == n { print; exit }' "$1"
}

# cross_build HOST DIR: configure this source tree for HOST in DIR and
# build mmapc-probe there; sets $probe_exe to the program's path. The
# compiler settings of this build (CC, CFLAGS, CPPFLAGS, exported for the
# tests) and make's own variables are not passed on: they belong to this
# build, not to HOST's.
cross_build() {
    mkdir -p "$2" || hard_error "cannot make $2"
    . "$top_srcdir/tests/lib/vpath.sh"
    vpath_srcdir "$2"   # a clean source tree, also in an in-tree build
    abs_srcdir=$vpath_srcdir
    ( cd "$2" &&
      unset CC CFLAGS CPPFLAGS LDFLAGS MAKEFLAGS MFLAGS MAKELEVEL &&
      "$abs_srcdir/configure" --host="$1" >configure.out 2>&1 &&
      exeext=`sed -n 's/^EXEEXT = *//p' Makefile` &&
      ${MAKE:-make} "mmapc-probe$exeext" >make.out 2>&1 ) || return 1
    probe_exe=$2/mmapc-probe`sed -n 's/^EXEEXT = *//p' "$2/Makefile"`
}
