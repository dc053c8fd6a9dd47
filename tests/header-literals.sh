#! /bin/sh
# header-literals.sh: headers generated from tests/data for an LP64 and an
# ILP32 target, whose made-up values need every literal suffix (U, L, LL,
# ULL, INT_MIN-style expressions), compile quietly in every C and C++ mode
# and have the right values and types (tests/literals.c checks them at
# compile time). The ILP32 header is compiled with -m32 where that works.
# Then the target guard: a header for another target stops with #error
# naming the difference, MMAPC_NO_TARGET_CHECK turns it off, and a header
# without predefined macros has no guard.

. "${top_srcdir:-.}/tests/lib-gen.sh"

data=$top_srcdir/tests/data
gen() {
    # gen RESULTS DIR: generate DIR/mmap_consts.h from the test data
    mkdir -p "$2" &&
    "$MMAPC_GEN" --catalog "$data/catalog-small.def" \
        --catalog "$data/catalog-extra.def" --results "$1" \
        --format header --output "$2/mmap_consts.h"
}
gen "$data/results-lp64.txt" "$tmp/lp64" || hard_error "generator failed"
gen "$data/results-ilp32.txt" "$tmp/ilp32" || hard_error "generator failed"

compilers="$CC
`other_compilers`"
nl='
'
save_IFS=$IFS
IFS=$nl
for c in $compilers; do
    IFS=$save_IFS
    for table in "" -DMMAPC_WANT_TABLE; do
        compile_all lp64 "$c" "$top_srcdir/tests/literals.c" \
            -I"$tmp/lp64" -DMMAPC_NO_TARGET_CHECK $table
        # ILP32: with -m32 when this compiler can, and then with the target
        # check on when -m32 means i386
        m32=
        works $c -m32 && m32=-m32
        check=-DMMAPC_NO_TARGET_CHECK
        printf '#ifndef __i386__\n#error\n#endif\n' >"$tmp/i386.c"
        test -n "$m32" && $c -m32 -c -o "$tmp/i386.o" "$tmp/i386.c" \
            >/dev/null 2>&1 && check=
        test -z "$m32" && echo "$me: note: $c -m32 does not work; the ILP32 header is compiled natively"
        compile_all ilp32 "$c $m32" "$top_srcdir/tests/literals.c" \
            -I"$tmp/ilp32" $check $table
    done
done
IFS=$save_IFS

# The target guard. A macro no compiler defines:
sed -e '/^predef /d' -e 's/^sizeof pointer 8$/&\
predef __mmapc_never_defined__ 1/' "$data/results-lp64.txt" >"$tmp/never.txt"
gen "$tmp/never.txt" "$tmp/never" || hard_error "generator failed"
printf '#include "mmap_consts.h"\ntypedef int mmapc_t_x;\n' >"$tmp/use.c"
if $CC $CPPFLAGS -I"$tmp/never" -c -o "$tmp/use.o" "$tmp/use.c" >"$tmp/err" 2>&1; then
    fail "the guard did not stop a header for another target"
elif grep 'generated for x86_64-pc-linux-gnu, but this compiler does not define __mmapc_never_defined__' "$tmp/err" >/dev/null; then
    echo "$me: ok: the guard names the missing macro"
else
    fail "the guard's message is not as expected"
    cat "$tmp/err"
fi
$CC $CPPFLAGS -I"$tmp/never" -DMMAPC_NO_TARGET_CHECK -c -o "$tmp/use.o" \
    "$tmp/use.c" || fail "MMAPC_NO_TARGET_CHECK does not turn the guard off"

# A value that differs (only where the compiler defines __CHAR_BIT__):
printf '#ifndef __CHAR_BIT__\n#error\n#endif\n' >"$tmp/cb.c"
if $CC -c -o "$tmp/cb.o" "$tmp/cb.c" >/dev/null 2>&1; then
    sed -e '/^predef /d' -e 's/^sizeof pointer 8$/&\
predef __CHAR_BIT__ 9/' "$data/results-lp64.txt" >"$tmp/char9.txt"
    gen "$tmp/char9.txt" "$tmp/char9" || hard_error "generator failed"
    if $CC $CPPFLAGS -I"$tmp/char9" -c -o "$tmp/use.o" "$tmp/use.c" >"$tmp/err" 2>&1; then
        fail "the guard did not notice a different value"
    elif grep 'defines __CHAR_BIT__ as something other than 9' "$tmp/err" >/dev/null; then
        echo "$me: ok: the guard names the macro whose value differs"
    else
        fail "the guard's message is not as expected"
        cat "$tmp/err"
    fi
fi

# No predefined macros: no guard, compiles anywhere.
sed '/^predef /d' "$data/results-lp64.txt" >"$tmp/none.txt"
gen "$tmp/none.txt" "$tmp/none" || hard_error "generator failed"
grep '^#error' "$tmp/none/mmap_consts.h" >/dev/null &&
    fail "a header without predefs has a target guard"
$CC $CPPFLAGS -I"$tmp/none" -c -o "$tmp/use.o" "$tmp/use.c" ||
    fail "a header without predefs does not compile"
finish
