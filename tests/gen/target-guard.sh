#! /bin/sh
# target-guard.sh: the target check of mmap_consts.h.
# - An operating-system macro is checked for being defined, not for its
#   value: a header made with __FreeBSD__ 13 works where __FreeBSD__ is 14.
# - An operating-system macro that the target's compiler did not define
#   marks another platform: the build's header stops with an #error naming
#   __ANDROID__ when the compiler defines it (and, for an x86_64 glibc
#   build, under clang --target=x86_64-linux-android).
# - A merged header names the real difference for a compiler of the same
#   system, CPU, word size and byte order as a branch: here a _MIPS_SIM that
#   the branch has and the compiler lacks.

. "${top_srcdir:-.}/tests/lib/prelude.sh"
need_gen

results=$top_builddir/probe-results.txt
test -f "$results" || hard_error "no $results"
echo '#include "mmap_consts.h"
int mmapc_t_nonempty;' >"$tmp/use.c"

# gen RESULTS DIR: DIR/mmap_consts.h from the build's catalogs.
gen() {
    mkdir -p "$2" &&
    "$MMAPC_GEN" $catalog_args --results "$1" --format header \
        --output "$2/mmap_consts.h"
}

# The operating-system macros CC defines, as -U options.
undef_os=
$CC $CPPFLAGS -dM -E - </dev/null >"$tmp/predefs.h" 2>/dev/null ||
    hard_error "$CC -dM -E fails"
for m in __ANDROID__ __linux__ __gnu_hurd__ __FreeBSD__ __NetBSD__ \
         __OpenBSD__ __DragonFly__ __APPLE__ __illumos__ __sun _AIX \
         __HAIKU__ __CYGWIN__ _WIN32 __QNX__ __Fuchsia__ __EMSCRIPTEN__ \
         __wasi__; do
    grep "^#define $m " "$tmp/predefs.h" >/dev/null && undef_os="$undef_os -U$m"
done

# expect LABEL ok|error PATTERN DIR FLAGS...: compile use.c against
# DIR/mmap_consts.h; it must compile, or stop at an #error matching PATTERN.
expect() {
    label=$1 want=$2 pattern=$3 dir=$4
    shift 4
    if $CC $CPPFLAGS "$@" -I"$dir" -c -o "$tmp/use.o" "$tmp/use.c" \
        >"$tmp/err" 2>&1; then
        test $want = ok && echo "$me: ok: $label" ||
            fail "$label: compiles"
    elif test $want = error && grep "$pattern" "$tmp/err" >/dev/null; then
        echo "$me: ok: $label"
    else
        fail "$label"
        sed 10q "$tmp/err"
    fi
}

# A FreeBSD 13 header, a FreeBSD 14 compiler (CC, posing as one).
{
    grep -v '^predef ' "$results"
    echo 'predef __FreeBSD__ 13'
} >"$tmp/freebsd.txt"
gen "$tmp/freebsd.txt" "$tmp/freebsd" || hard_error "mmapc-gen (FreeBSD)"
expect "a __FreeBSD__ 13 header, __FreeBSD__ 14" ok "" "$tmp/freebsd" \
    $undef_os -D__FreeBSD__=14
expect "a __FreeBSD__ 13 header without __FreeBSD__" error \
    'does not define __FreeBSD__' "$tmp/freebsd" $undef_os

# The build's header under a compiler that adds __ANDROID__.
if grep '^predef __ANDROID__ ' "$results" >/dev/null; then
    echo "$me: note: the build is for Android; no __ANDROID__ check"
else
    expect "the build's header with -D__ANDROID__" error \
        'this compiler defines __ANDROID__, which the target' \
        "$top_builddir" -D__ANDROID__=1
    case `results_field target`:`results_field libc` in
    x86_64-*-linux-gnu:glibc*)
        if command -v clang >/dev/null 2>&1 &&
            clang --target=x86_64-linux-android -E -x c /dev/null \
                >/dev/null 2>&1; then
            if clang --target=x86_64-linux-android -I"$top_builddir" -E \
                "$tmp/use.c" >"$tmp/out.i" 2>"$tmp/err"; then
                fail "clang --target=x86_64-linux-android takes the glibc header"
            elif grep 'defines __ANDROID__' "$tmp/err" >/dev/null; then
                echo "$me: ok: clang --target=x86_64-linux-android stops at the #error"
            else
                fail "clang --target=x86_64-linux-android: not the #error"
                sed 10q "$tmp/err"
            fi
        else
            echo "$me: note: no clang for x86_64-linux-android"
        fi ;;
    esac
fi

# The merged header: the build's JSON with one more predef, _MIPS_SIM.
json=$top_builddir/mmap_consts.json
if grep '"_MIPS_SIM"' "$json" >/dev/null; then
    echo "$me: note: the build has _MIPS_SIM; no merged-header check"
else
    sed 's/"predefs": {/"predefs": {\
    "_MIPS_SIM": "2",/' "$json" >"$tmp/abi.json"
    mkdir "$tmp/merged"
    "$MMAPC_GEN" merge --format header --output "$tmp/merged/mmap_consts.h" \
        "$tmp/abi.json" || hard_error "mmapc-gen merge"
    expect "merged: a compiler without the branch's _MIPS_SIM" error \
        'like branch 1 [^,]*, but does not define _MIPS_SIM' "$tmp/merged"
fi
finish
