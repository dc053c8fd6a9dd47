# lib-buildsys.sh: sourced by the tests of the CMake package and of the
# Meson example (tests/install/cmake-native.sh, meson-native.sh,
# buildsys-cross.sh). Before they run, make installs this build into the
# scratch DESTDIR tests/install/buildsys-dest (one installation for all of
# them; Makefile.am, rule mmapc-buildsys-install).
#
# Needs me, top_srcdir, top_builddir and the mmapc_* directories of
# AM_TESTS_ENVIRONMENT. Sets top, srcdir, dest (the DESTDIR), prefix (the
# installed prefix in it), scratch (tests/install/NAME.tmp, made empty), py
# (python3), meson_catalog (meson setup's -D option for the catalog, or
# nothing), and puts the installed bin directory first in PATH.

. "$top_srcdir/tests/lib/prelude.sh"
me=$mmapc_test_name
failures=0
fail() { echo "$me: FAIL: $*"; failures=`expr $failures + 1`; }
skip() { echo "$me: SKIP: $*"; exit 77; }
hard_error() { echo "$me: ERROR: $*"; exit 99; }
ok() { echo "$me: ok: $*"; }

test -n "${mmapc_prefix:-}" || hard_error "run me from make check"
top=`cd "$top_builddir" && pwd` || hard_error "no build directory"
srcdir=`cd "$top_srcdir" && pwd` || hard_error "no source directory"
dest=$top/tests/install/buildsys-dest
prefix=$dest$mmapc_prefix
scratch=$top/tests/install/`basename "$me" .sh`.tmp
rm -rf "$scratch" && mkdir -p "$scratch" || hard_error "cannot make $scratch"

py=${PYTHON3:-}
test -n "$py" || py=`command -v python3 2>/dev/null`

# need PROGRAM...: skip unless each is installed.
need() {
    for p in "$@"; do
        command -v "$p" >/dev/null 2>&1 || skip "$p is not installed"
    done
    test -n "$py" || skip "python3 is not installed"
}

# check_installed: the installation that make made for these tests has
# the files they use and the documents --help cites (a failed make install
# fails each test, which shows its log).
check_installed() {
    for f in "$mmapc_cmakeconfigdir/mmap-consts-config.cmake" \
        "$mmapc_bindir/mmapc-gen$BUILD_EXEEXT" "$mmapc_bindir/mmapc-scan" \
        "$mmapc_pkgdatadir/symbols.def" "$mmapc_man1dir/mmapc-gen.1" \
        "$mmapc_docdir/formats.md" "$mmapc_docdir/generator.md" \
        "$mmapc_docdir/vendoring.md"; do
        test -f "$dest$f" && continue
        echo "$me: FAIL: make install did not install $dest$f:"
        sed 's/^/  | /' "$top/tests/install/buildsys-install.log" | tail -30
        exit 1
    done
}

# run LOG COMMAND...: run COMMAND with its output in $scratch/LOG; shown
# when it fails.
run() {
    log=$scratch/$1
    shift
    if "$@" >"$log" 2>&1; then
        return 0
    fi
    echo "$me: failed: $*"
    sed 's/^/  | /' "$log" | tail -40
    return 1
}

# compare LINES REFERENCE.json OWN.json WHAT: the program's LINES are the
# present integer constants of REFERENCE.json (the names of OWN.json).
compare() {
    if "$py" "$srcdir/tests/lib/compare-constants.py" "$2" "$1" "$3" \
        >"$1.cmp" 2>&1; then
        ok "$4: `cat "$1.cmp"`"
    else
        fail "$4: its lines differ from $2:"
        sed 's/^/  | /' "$1.cmp" | head -20
    fi
}

# same_results FILE REFERENCE WHAT: mmapc-scan's FILE is byte-identical
# to REFERENCE, configure's probe-results.txt for the same target (unless
# the build has extra catalogs, which the examples do not read).
same_results() {
    if test -n "${MMAPC_EXTRA_SYMBOLS:-}"; then
        echo "$me: note: $3: extra catalogs; results not compared"
    elif cmp "$1" "$2" >/dev/null 2>&1; then
        ok "$3: mmapc-scan's results are byte-identical to configure's"
    else
        fail "$3: mmapc-scan's results differ from configure's:"
        diff "$2" "$1" | sed 's/^/  | /' | head -20
    fi
}

# The catalog beside mmapc-gen's bin directory is the Meson example's
# default; another layout names it.
case $mmapc_bindir:$mmapc_pkgdatadir in
    "$mmapc_prefix/bin:$mmapc_prefix/share/mmap-consts") meson_catalog= ;;
    *) meson_catalog=-Dmmap_consts_catalog=$dest$mmapc_pkgdatadir/symbols.def ;;
esac
PATH=$dest$mmapc_bindir:$PATH
export PATH

finish() {
    if test $failures -ne 0; then
        echo "$me: $failures failure(s); scratch files kept in $scratch"
        exit 1
    fi
    rm -rf "$scratch"
    exit 0
}
