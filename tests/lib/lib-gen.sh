# lib-gen.sh: shared by the generator's shell tests (sourced, not run).
#
# Environment, from AM_TESTS_ENVIRONMENT: top_srcdir, top_builddir, CC,
# CFLAGS, CPPFLAGS, MMAPC_GEN, PYTHON3, MMAPC_EXTRA_SYMBOLS; CXX and CXXFLAGS
# are used when set. Exit status: 0 pass, 1 fail, 77 skip, 99 hard error.

: "${top_srcdir:=.}" "${top_builddir:=.}" "${CC:=cc}" "${CFLAGS=}"
: "${CPPFLAGS=}" "${MMAPC_GEN:=$top_builddir/gen/mmapc-gen}"
: "${CXXFLAGS=}" "${MMAPC_EXTRA_SYMBOLS=}"

me=${0##*/}
failures=0
tmp=`mktemp -d "${TMPDIR:-/tmp}/mmapc-test.XXXXXX"` || exit 99
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

test -x "$MMAPC_GEN" || hard_error "no generator at $MMAPC_GEN"

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

# compile_all LABEL CC SOURCE FLAGS...: compile SOURCE as every C standard
# with CC and as every C++ standard with its C++ compiler, with -Werror;
# count a failure for each mode that fails. A standard the compiler does
# not know is reported and skipped; a missing C++ compiler too.
compile_all() {
    label=$1 ccmd=$2 src=$3
    shift 3
    for std in $c_stds; do
        if ! works $ccmd -std=$std -x c; then
            echo "$me: note: $ccmd does not know -std=$std; skipped"
            continue
        fi
        if $ccmd $CPPFLAGS $CFLAGS -std=$std $strict "$@" -x c -c \
            -o "$tmp/out.o" "$src" >"$tmp/err" 2>&1; then
            echo "$me: ok: $label: $ccmd -std=$std $*"
        else
            fail "$label: $ccmd -std=$std $*"
            sed 20q "$tmp/err"
        fi
    done
    cxx=`cxx_for "$ccmd"`
    if ! works $cxx -x c++; then
        echo "$me: note: no C++ compiler ($cxx) for $ccmd; C++ skipped"
        return
    fi
    for std in $cxx_stds; do
        if ! works $cxx -std=$std -x c++; then
            echo "$me: note: $cxx does not know -std=$std; skipped"
            continue
        fi
        if $cxx $CPPFLAGS $CXXFLAGS -std=$std $strict "$@" -x c++ -c \
            -o "$tmp/out.o" "$src" >"$tmp/err" 2>&1; then
            echo "$me: ok: $label: $cxx -std=$std $*"
        else
            fail "$label: $cxx -std=$std $*"
            sed 20q "$tmp/err"
        fi
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
