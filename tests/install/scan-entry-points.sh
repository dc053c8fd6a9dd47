#! /bin/sh
# scan-entry-points.sh: the three ways to probe a target (our configure, the
# installed MMAPC_CONSTANTS in examples/consumer, the installed mmapc-scan)
# give byte-identical results files: natively, with cache-variable presets,
# and cross for aarch64 and mips (a target whose compiler is missing is
# left out). mmapc-scan reports a bad catalog as FILE:LINE with exit 1 and
# leaves its output alone, and a usage error with exit 2. Skipped (77)
# without autoreconf.
#
# Scratch directory: tests/install/scan-entry-points.tmp in the build tree,
# removed when the test passes, kept for a look when it fails.

. "${top_srcdir:-.}/tests/lib/prelude.sh"

test -n "${mmapc_prefix:-}" || hard_error "run me from make check"
for p in autoreconf autoconf automake aclocal; do
    command -v $p >/dev/null 2>&1 || skip "$p is not installed"
done

top=`cd "$top_builddir" && pwd` || hard_error "no build directory"
srcdir=`cd "$top_srcdir" && pwd` || hard_error "no source directory"
scratch_dir install/scan-entry-points
dest=$scratch/dest
vpath_srcdir "$scratch"
unset MMAPC_GEN MMAPC_DATADIR

# run LOG COMMAND...: run COMMAND with its output in $scratch/LOG; shown
# when it fails.
run() {
    log=$scratch/$1
    shift
    "$@" >"$log" 2>&1 && return 0
    echo "$me: failed: $*"
    sed 's/^/  | /' "$log" | tail -30
    return 1
}

# ------------------------------------------- install; the consumer's configure
run install.log sub_make "$top" install DESTDIR="$dest" ||
    { fail "make install"; finish; }
scan=$dest$mmapc_bindir/mmapc-scan
test -x "$scan" || { fail "no $scan"; finish; }
mkdir "$scratch/consumer" || hard_error mkdir
for f in configure.ac Makefile.am main.c; do
    cp "$srcdir/examples/consumer/$f" "$scratch/consumer/$f" &&
        chmod u+w "$scratch/consumer/$f" || hard_error "cp $f"
done
ACLOCAL_PATH=$dest$mmapc_aclocaldir${ACLOCAL_PATH:+:$ACLOCAL_PATH}
export ACLOCAL_PATH
run autoreconf.log sh -c 'cd "$1" && autoreconf -fi' sh "$scratch/consumer" ||
    { fail "autoreconf of the example"; finish; }
case $mmapc_bindir:$mmapc_pkgdatadir in
    "$mmapc_prefix/bin:$mmapc_prefix/share/mmap-consts")
        consumer_where=--with-mmap-consts=$dest$mmapc_prefix ;;
    *)
        consumer_where="MMAPC_DATADIR=$dest$mmapc_pkgdatadir"
        MMAPC_DATADIR=$dest$mmapc_pkgdatadir
        export MMAPC_DATADIR ;;
esac
build_triplet=`${CONFIG_SHELL-/bin/sh} "$srcdir/build-aux/config.guess"` ||
    hard_error "config.guess"

# compare NAME ARGS...: results of the three with the same ARGS (configure
# arguments: --host=T, VAR=VALUE; --with-extra-symbols=F becomes --catalog).
compare() {
    name=$1
    shift
    d=$scratch/$name
    mkdir -p "$d/ours" "$d/consumer" "$d/scan" || hard_error mkdir
    build=
    scan_args=
    for a in "$@"; do
        case $a in
            --host=*) build=--build=$build_triplet
                      scan_args="$scan_args `quote_arg "$a"`" ;;
            --build=*) ;;
            --with-extra-symbols=*)
                scan_args="$scan_args `quote_arg "--catalog=${a#*=}"`" ;;
            *) scan_args="$scan_args `quote_arg "$a"`" ;;
        esac
    done
    run $name-ours.log sh -c 'cd "$1" && shift && "$@"' sh "$d/ours" \
        "$vpath_srcdir/configure" $build "$@" || { fail "$name: configure"; return; }
    run $name-consumer.log sh -c 'cd "$1" && shift && "$@"' sh "$d/consumer" \
        "$scratch/consumer/configure" $build "$consumer_where" "$@" ||
        { fail "$name: the example's configure"; return; }
    eval "set x $scan_args"
    shift
    run $name-scan.log sh -c 'cd "$1" && shift && "$@"' sh "$d/scan" \
        "$scan" -q --output=results.txt "$@" || { fail "$name: mmapc-scan"; return; }
    test -s "$d/ours/probe-results.txt" || { fail "$name: no results"; return; }
    if cmp "$d/ours/probe-results.txt" "$d/consumer/mmap_consts-results.txt" &&
        cmp "$d/ours/probe-results.txt" "$d/scan/results.txt"; then
        ok "$name: configure, MMAPC_CONSTANTS and mmapc-scan agree byte for byte (`sed -n 's/^target //p' "$d/scan/results.txt"`)"
    else
        fail "$name: the three results differ"
        diff "$d/ours/probe-results.txt" "$d/consumer/mmap_consts-results.txt" | sed 10q
        diff "$d/ours/probe-results.txt" "$d/scan/results.txt" | sed 10q
    fi
}

# ------------------------------------------------ native, as this build
eval "set x `config_args consumer`"
shift
compare native "$@"
want=`grep '^symbol MAP_SHARED ' "$top/probe-results.txt"`
grep -x "$want" "$scratch/native/scan/results.txt" >/dev/null ||
    fail "mmapc-scan's MAP_SHARED is not this build's ($want)"

# ------------------------------------------------------------- presets
compare presets "$@" mmapc_cv_sym_MAP_POPULATE=0x1234 mmapc_cv_func_mlock2=no \
    mmapc_cv_madvise_addr_type=caddr_t mmapc_cv_libc='testlibc 9.9'
for want in 'symbol MAP_POPULATE 0x1234' 'function mlock2 no' \
    'madvise_addr_type caddr_t' 'libc testlibc 9.9'; do
    grep -x "$want" "$scratch/presets/scan/results.txt" >/dev/null ||
        fail "presets: no '$want' in mmapc-scan's results"
done

# --------------------------------------------------------------- cross
unset CC CFLAGS CPPFLAGS LDFLAGS LIBS
crossed=
for t in aarch64-linux-gnu mips-linux-gnu; do
    if command -v $t-gcc >/dev/null 2>&1; then
        compare $t --host=$t
        crossed="$crossed $t"
    else
        echo "$me: note: no $t-gcc, $t left out"
    fi
done
test -n "$crossed" || echo "$me: note: no cross compiler: nothing compared cross"

# ---------------------------------------------------- errors of mmapc-scan
d=$scratch/errors
mkdir "$d" && echo keep >"$d/results.txt" || hard_error mkdir
printf '%s\n' '%family XTEST Test names' \
    'XTEST_ONE	XTEST	flag	-	Fine.' \
    'XTEST_TWO	XTEST	flag,archdep,archdep	-	An attribute twice.' \
    >"$d/bad.def"
(cd "$d" && "$scan" -q --output=results.txt --catalog=bad.def) \
    >"$d/out" 2>"$d/err"
st=$?
if test $st -ne 1; then
    fail "a bad catalog: exit $st, want 1"
elif grep "^$d/bad.def:3: " "$d/err" >/dev/null; then
    ok "a bad catalog: `grep "^$d/bad.def:3: " "$d/err" | sed 's|.*/||'`, exit 1"
else
    fail "a bad catalog: no bad.def:3: message"
    cat "$d/err"
fi
test "x`cat "$d/results.txt"`" = xkeep || fail "a bad catalog: the output was touched"
(cd "$d" && "$scan" --output=results.txt --no-such-option) >"$d/out" 2>"$d/err"
st=$?
test $st -eq 2 || fail "an unknown option: exit $st, want 2"
(cd "$d" && "$scan" --output=bad.def --catalog=bad.def) >"$d/out" 2>"$d/err"
st=$?
test $st -eq 2 || fail "--output naming a --catalog: exit $st, want 2"
"$scan" --help | grep '^Usage: mmapc-scan ' >/dev/null || fail "mmapc-scan --help"
got=`"$scan" --version`
test "x$got" = "xmmapc-scan (mmap-consts) `sed -n 's/^PACKAGE_VERSION = //p' "$top/Makefile"`" ||
    fail "mmapc-scan --version: $got"
test $failures -eq 0 && ok "mmapc-scan's errors and options"
finish
