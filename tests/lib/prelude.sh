# prelude.sh: sourced first by every shell test:
#
#   . "${top_srcdir:-.}/tests/lib/prelude.sh"
#
# It gives the environment of AM_TESTS_ENVIRONMENT defaults for a run by
# hand, a private directory $tmp, the report helpers, and the helpers that
# tests of several areas share: the generator's (need_gen, catalog_args,
# compile_all...), mmapc-probe's (need_native, header_value, cross_build...)
# and those of the tests that configure again in a scratch directory
# (scratch_dir, vpath_srcdir, config_args, configure_as_build, sub_make).
#
# Exit status of a test: 0 pass, 1 fail, 77 skip, 99 hard error. At exit
# $tmp is removed, and so is the scratch directory, unless the test failed
# or MMAPC_KEEP_SCRATCH is set: it is then kept for a look (make clean
# removes it).

: "${top_srcdir:=.}" "${top_builddir:=.}" "${AWK:=awk}" "${CC:=cc}"
: "${CFLAGS=}" "${CPPFLAGS=}" "${CXXFLAGS=}" "${MMAPC_EXTRA_SYMBOLS=}"
: "${MMAPC_GEN:=$top_builddir/gen/mmapc-gen}"
: "${MMAPC_PROBE:=$top_builddir/mmapc-probe}"

me=${0##*/}
failures=0
scratch=
tmp=`mktemp -d "${TMPDIR:-/tmp}/mmapc-test.XXXXXX"` || exit 99
trap 'mmapc_status=$?
  rm -rf "$tmp"
  if test -n "$scratch"; then
    if test -n "${MMAPC_KEEP_SCRATCH:-}" ||
        { test $mmapc_status != 0 && test $mmapc_status != 77; }; then
      echo "$me: scratch directory kept: $scratch"
    else
      rm -rf "$scratch"
    fi
  fi
  exit $mmapc_status' 0
trap 'exit 99' 1 2 13 15

# ---------------------------------------------------------------- reports
say() { echo "$me: $*"; }
ok() { say "ok: $*"; }
fail() { say "FAIL: $*"; failures=`expr $failures + 1`; }
skip() { say "SKIP: $*"; exit 77; }
hard_error() { say "ERROR: $*" >&2; exit 99; }
# finish: exit 1 when a check failed, else 0.
finish() {
    if test $failures -ne 0; then
        say "$failures failure(s)"
        exit 1
    fi
    exit 0
}

# need_gnu_cc WHAT: skip unless $CC is GCC or Clang, whose options the
# test needs (WHAT says which).
need_gnu_cc() {
    case `$CC --version 2>/dev/null | sed 1q` in
        *gcc* | *GCC* | *clang*) ;;
        *) skip "needs GCC or Clang ($1)" ;;
    esac
}

# each_line LIST COMMAND...: run COMMAND... LINE for each line of LIST, a
# line being one argument; COMMAND runs with the usual IFS.
each_line() {
    el_list=$1
    shift
    el_ifs=$IFS
    IFS='
'
    for el_line in $el_list; do
        IFS=$el_ifs
        "$@" "$el_line"
    done
    IFS=$el_ifs
}

# need_python: set $py to python3, or skip.
need_python() {
    py=${PYTHON3:-}
    test -n "$py" || py=`command -v python3 2>/dev/null`
    test -n "$py" || skip "python3 not found"
}

# ---------------------------------------------------------------- generator
# need_gen: this build's generator must be there.
need_gen() {
    test -x "$MMAPC_GEN" || hard_error "no generator at $MMAPC_GEN"
}

# need_outputs: this build's generator, mmap_consts.h (as $header) and
# probe-results.txt (as $results) must be there.
need_outputs() {
    need_gen
    header=$top_builddir/mmap_consts.h
    results=$top_builddir/probe-results.txt
    test -f "$header" || hard_error "no $header (run make first)"
    test -f "$results" || hard_error "no $results"
}

# The catalogs the build uses, as --catalog options.
catalog_args="--catalog $top_srcdir/catalog/symbols.def"
test -n "$MMAPC_EXTRA_SYMBOLS" &&
    catalog_args="$catalog_args --catalog $MMAPC_EXTRA_SYMBOLS"

# results_field KEYWORD: the rest of probe-results.txt's KEYWORD line.
results_field() {
    sed -n "s/^$1 //p" "$top_builddir/probe-results.txt" | sed 1q
}

# cxx_for CC: the C++ compiler that goes with a C compiler: $CXX for $CC,
# else the same name with gcc -> g++, clang -> clang++, cc -> c++, and
# zig c++ for zig cc (with the same arguments). Any other name has none
# known: the build machine's c++ would compile a cross target's header.
cxx_for() {
    if test "x$1" = "x$CC" && test -n "${CXX:-}"; then
        echo "$CXX"
        return
    fi
    set x $1; shift
    prog=$1; shift
    case $prog in
        *clang*) prog=`echo "$prog" | sed 's/clang\([^/]*\)$/clang++\1/'` ;;
        *gcc*) prog=`echo "$prog" | sed 's/gcc\([^/]*\)$/g++\1/'` ;;
        zig | */zig) test "x${1:-}" = xcc && { shift; prog="$prog c++"; } ;;
        cc | *-cc | */cc) prog=`echo "$prog" | sed 's/cc$/c++/'` ;;
        *) prog=false ;;
    esac
    echo "$prog $*"
}

# works COMPILER-COMMAND...: it compiles an empty file.
works() {
    echo 'typedef int mmapc_t_works;' >"$tmp/works.src" &&
    "$@" -c -o "$tmp/works.o" "$tmp/works.src" >/dev/null 2>&1
}

c_stds="c89 c99 c11 c2x"
cxx_stds="c++98 c++11 c++17 c++20"
strict="-pedantic -Wall -Wextra -Wundef -Werror"

# compile_as LABEL COMPILER LANG STD LANG-FLAGS SOURCE FLAGS...: compile
# SOURCE as LANG (c or c++) of standard STD, strictly and with -Werror;
# count a failure when it does not compile. A standard the compiler does
# not know is noted and skipped.
compile_as() {
    ca_label=$1 ca_cc=$2 ca_lang=$3 ca_std=$4 ca_flags=$5 ca_src=$6
    shift 6
    if ! works $ca_cc -std=$ca_std -x $ca_lang; then
        echo "$me: note: $ca_cc does not know -std=$ca_std; skipped"
        return
    fi
    if $ca_cc $CPPFLAGS $ca_flags -std=$ca_std $strict "$@" -x $ca_lang -c \
        -o "$tmp/out.o" "$ca_src" >"$tmp/err" 2>&1; then
        echo "$me: ok: $ca_label: $ca_cc -std=$ca_std $*"
    else
        fail "$ca_label: $ca_cc -std=$ca_std $*"
        sed 20q "$tmp/err"
    fi
}

# compile_all LABEL CC SOURCE FLAGS...: compile SOURCE as every C standard
# with CC and as every C++ standard with its C++ compiler, with -Werror;
# count a failure for each mode that fails. A standard the compiler does
# not know is reported and skipped; a missing C++ compiler too.
compile_all() {
    label=$1 ccmd=$2 src=$3
    shift 3
    for std in $c_stds; do
        compile_as "$label" "$ccmd" c $std "$CFLAGS" "$src" "$@"
    done
    cxx=`cxx_for "$ccmd"`
    if ! works $cxx -x c++; then
        echo "$me: note: no C++ compiler ($cxx) for $ccmd; C++ skipped"
        return
    fi
    for std in $cxx_stds; do
        compile_as "$label" "$cxx" c++ $std "$CXXFLAGS" "$src" "$@"
    done
}

# other_compilers: gcc and clang when present and not CC itself, to compile
# headers that do not depend on the target (or when not cross-compiling).
other_compilers() {
    for c in gcc clang; do
        case " $CC " in *" $c "*|*/$c" "*) continue ;; esac
        command -v $c >/dev/null 2>&1 && works $c && echo $c
    done
}

# ---------------------------------------------------------------- mmapc-probe
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
# build, not to HOST's. A failure shows the logs' ends and is a hard error.
cross_build() {
    mkdir -p "$2" || hard_error "cannot make $2"
    vpath_srcdir "$2"   # a clean source tree, also in an in-tree build
    if ! ( cd "$2" &&
      unset CC CFLAGS CPPFLAGS LDFLAGS MAKEFLAGS MFLAGS MAKELEVEL &&
      "$vpath_srcdir/configure" --host="$1" >configure.out 2>&1 &&
      exeext=`sed -n 's/^EXEEXT = *//p' Makefile` &&
      ${MAKE:-make} "mmapc-probe$exeext" >make.out 2>&1 ); then
        tail -20 "$2/configure.out" "$2/make.out" 2>/dev/null
        hard_error "configure --host=$1 or make mmapc-probe failed"
    fi
    probe_exe=$2/mmapc-probe`sed -n 's/^EXEEXT = *//p' "$2/Makefile"`
}

# ---------------------------------------------------------------- builds
# scratch_dir NAME: make an empty directory $scratch, tests/NAME.tmp in
# the build tree (absolute); see the exit trap above.
scratch_dir() {
    scratch=`cd "$top_builddir" && pwd`/tests/$1.tmp || exit 99
    rm -rf "$scratch" && mkdir -p "$scratch" || exit 99
}

# scratch_tree NAME: scratch_dir NAME, then vpath_srcdir in it: for a test
# that configures this source tree again.
scratch_tree() {
    scratch_dir "$1"
    vpath_srcdir "$scratch"
}

# same_catalog_results RESULTS LABEL: the symbol lines of the results file
# RESULTS, without the test's own names (MMAPC_T_*), must be this build's.
same_catalog_results() {
    grep '^symbol ' "$top_builddir/probe-results.txt" >"$tmp/base.sym"
    grep '^symbol ' "$1" | grep -v ' MMAPC_T_' >"$tmp/got.sym"
    if cmp -s "$tmp/base.sym" "$tmp/got.sym"; then
        ok "$2: the catalog's results are this build's"
    else
        fail "$2: the catalog's results differ from this build's:"
        diff "$tmp/base.sym" "$tmp/got.sym" | sed 10q
    fi
}

# vpath_srcdir DIR sets $vpath_srcdir to the source tree (absolute), or, in
# an in-tree build, to DIR/src: a copy of the distributed files made by
# `make distdir`, what a release tarball holds. Exits 99 when that fails.
#
# Once the source tree is itself configured (an in-tree build, as .ci/run
# does), configure refuses any other build directory ("source directory
# already configured"), and rightly: make would take the source tree's
# build products (probe-results.txt, mmap_consts.h, gen/mmapc-gen) through
# VPATH in place of the scratch build's own.
vpath_srcdir() {
    vpath_srcdir=`cd "$top_srcdir" && pwd` || exit 99
    test -f "$vpath_srcdir/config.status" || return 0
    (cd "$top_builddir" && unset MAKEFLAGS MFLAGS MAKELEVEL &&
     ${MAKE:-make} distdir distdir="$1/src" top_distdir="$1/src") \
        >"$1/distdir.log" 2>&1 || {
        echo "vpath_srcdir: in-tree build, and make distdir failed:" >&2
        tail -20 "$1/distdir.log" >&2
        exit 99
    }
    vpath_srcdir=`cd "$1/src" && pwd` || exit 99
}

# quote_arg ARG: ARG quoted for the shell.
quote_arg() {
    printf "'%s'" "`printf '%s\n' "$1" | sed "s/'/'\\\\\\\\''/g"`"
}

# config_args MODE: the arguments this build was configured with
# (config.status --config), quoted for eval, on one line; without those that
# name this build's own directories (--srcdir, --cache-file, -C), with a
# --with-extra-symbols file made absolute, and with --build added when
# --host is given without it, so the new configure decides about
# cross-compiling as this one did. MODE all keeps every other argument;
# MODE consumer keeps only variables (CC=...), --host, --build and
# --with-extra-symbols, for another package's configure.
config_args() {
    cfg_mode=$1
    cfg=`"$top_builddir/config.status" --config` || return 1
    eval "set x $cfg"
    shift
    cfg_out= cfg_skip= cfg_host= cfg_build=
    for a in "$@"; do
        if test -n "$cfg_skip"; then
            cfg_skip=
            continue
        fi
        case $a in
            --srcdir | --cache-file) cfg_skip=yes; continue ;;
            --srcdir=* | --cache-file=* | -C | --config-cache) continue ;;
            --with-extra-symbols=*)
                a="--with-extra-symbols=$MMAPC_EXTRA_SYMBOLS" ;;
            --host=*) cfg_host=yes ;;
            --build=*) cfg_build=yes ;;
        esac
        case $cfg_mode:$a in
            consumer:--host=* | consumer:--build=* | \
            consumer:--with-extra-symbols=*) ;;
            consumer:-*) continue ;;
            consumer:*=*) ;;
            consumer:*) continue ;;
        esac
        cfg_out="$cfg_out `quote_arg "$a"`"
    done
    if test -n "$cfg_host" && test -z "$cfg_build"; then
        cfg_b=`${CONFIG_SHELL-/bin/sh} "$top_srcdir/build-aux/config.guess"` || return 1
        cfg_out="$cfg_out `quote_arg "--build=$cfg_b"`"
    fi
    echo "$cfg_out"
}

# strace_probe LOG STRACE-ARGS...: run strace with STRACE-ARGS (ending
# with the program and its arguments), following every process, with the
# calls in LOG and the program's output in $tmp/out and $tmp/err. In an
# AddressSanitizer build (make check-sanitize), LeakSanitizer cannot scan
# at exit under a tracer, so only its leak check is off here; the other
# tests check for leaks.
strace_probe() {
    sp_log=$1; shift
    ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" \
    strace -f -qq -o "$sp_log" "$@" >"$tmp/out" 2>"$tmp/err"
}

# strace_madvise PROBE LOG ARGS...: mmapc-probe PROBE with ARGS under
# strace_probe, its madvise calls in LOG with raw (numeric) arguments.
# They are traced but not made (inject: each returns 0 without reaching
# the kernel), so that a broken guard shows in the log without poisoning
# memory of this machine.
strace_madvise() {
    sm_prog=$1; shift
    sm_log=$1; shift
    strace_probe "$sm_log" -e trace=madvise -e raw=madvise \
        -e inject=madvise:retval=0 "$sm_prog" "$@"
}

# install_test NAME: the start of tests/install/NAME.sh: run from make
# check (else exit 99), with autoreconf, autoconf, automake and aclocal
# (else skip). Sets top and srcdir (absolute), scratch
# (tests/install/NAME.tmp, made empty) and dest ($scratch/dest).
install_test() {
    test -n "${mmapc_prefix:-}" || hard_error "run me from make check"
    for it_p in autoreconf autoconf automake aclocal; do
        command -v $it_p >/dev/null 2>&1 || skip "$it_p is not installed"
    done
    top=`cd "$top_builddir" && pwd` || hard_error "no build directory"
    srcdir=`cd "$top_srcdir" && pwd` || hard_error "no source directory"
    scratch_dir install/$1
    dest=$scratch/dest
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

# configure_as_build DIR ARG...: run $vpath_srcdir/configure -q in DIR
# (vpath_srcdir first) with this build's own arguments (config_args all:
# the target, its compiler and flags, so a cross build configures again
# for the same target), then ARG..., which come last and so win.
configure_as_build() {
    cab_args=`config_args all` || exit 99
    (cd "$1" || exit 99
     shift
     eval "set x $cab_args"' "$@"'
     shift
     exec "$vpath_srcdir/configure" -q "$@")
}

# sub_make DIR ARGS...: run make in DIR, without the flags and the
# jobserver of the make that runs the tests.
sub_make() {
    (cd "$1" && shift && unset MAKEFLAGS MFLAGS MAKELEVEL GNUMAKEFLAGS &&
        ${MAKE:-make} "$@")
}
