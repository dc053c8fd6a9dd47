#! /bin/sh
# header-literals.sh: headers generated from tests/data for an LP64 and an
# ILP32 target, whose made-up values need every literal suffix (U, L, LL,
# ULL, INT_MIN-style expressions), compile quietly in every C and C++ mode
# and have the right values and types (tests/gen/literals.c checks them at
# compile time). The ILP32 header is compiled with -m32 where that works.
# Then the target guard: a header for another target stops with #error
# naming the difference, MMAPC_NO_TARGET_CHECK turns it off, and a header
# without predefined macros has no guard.

. "${top_srcdir:-.}/tests/lib/prelude.sh"
need_gen

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

# holds CC EXPRESSION: the constant expression is true for compiler CC.
holds() {
    printf 'typedef char mmapc_t_h[(%s) ? 1 : -1];\n' "$2" >"$tmp/holds.c"
    $1 -c -o "$tmp/holds.o" "$tmp/holds.c" >/dev/null 2>&1
}

# compile_literals CC: literals.c with both headers in every mode of CC.
compile_literals() {
    c=$1
    # The LP64 header is for compilers whose long has 64 bits; the ILP32
    # one for 32-bit long: natively, or with -m32 where that works (then
    # with the target check on if that means i386), or else natively with
    # the check off (its literals are valid with a 64-bit long too).
    c32=$c
    if ! holds "$c" 'sizeof (long) == 4' && works $c -m32 &&
        holds "$c -m32" 'sizeof (long) == 4'; then
        c32="$c -m32"
    fi
    # The target check stays on where the ILP32 header's own guard (Linux
    # i386) accepts the compiler: not for another OS's i386 compiler.
    check32=-DMMAPC_NO_TARGET_CHECK
    printf '#include "mmap_consts.h"\ntypedef int mmapc_t_g;\n' >"$tmp/guard.c"
    $c32 -I"$tmp/ilp32" -c -o "$tmp/guard.o" "$tmp/guard.c" >/dev/null 2>&1 &&
        check32=
    for table in "" -DMMAPC_WANT_TABLE; do
        if holds "$c" 'sizeof (long) == 8'; then
            compile_all lp64 "$c" "$top_srcdir/tests/gen/literals.c" \
                -I"$tmp/lp64" -DMMAPC_NO_TARGET_CHECK $table
        else
            echo "$me: note: $c has no 64-bit long; the LP64 header is skipped"
        fi
        compile_all ilp32 "$c32" "$top_srcdir/tests/gen/literals.c" \
            -I"$tmp/ilp32" $check32 $table
    done
}
each_line "$CC
`other_compilers`" compile_literals

# The target guard. A macro no compiler defines:
sed -e '/^predef /d' -e 's/^sizeof pointer 8$/&\
predef __mmapc_never_defined__ 1/' "$data/results-lp64.txt" >"$tmp/never.txt"
gen "$tmp/never.txt" "$tmp/never" || hard_error "generator failed"
printf '#include "mmap_consts.h"\ntypedef int mmapc_t_x;\n' >"$tmp/use.c"
# guard_stops DIR MESSAGE WHAT: the header in DIR must stop the compile with
# the #error MESSAGE (a fixed string) about WHAT.
guard_stops() {
    if $CC $CPPFLAGS -I"$1" -c -o "$tmp/use.o" "$tmp/use.c" >"$tmp/err" 2>&1; then
        fail "the guard did not stop a header for $3"
    elif grep -F "$2" "$tmp/err" >/dev/null; then
        ok "the guard stops a header for $3"
    else
        fail "the guard's message about $3 is not '$2':"
        cat "$tmp/err"
    fi
}
guard_stops "$tmp/never" 'generated for x86_64-pc-linux-gnu, but this compiler does not define __mmapc_never_defined__' \
    "a target whose macro is missing"
$CC $CPPFLAGS -I"$tmp/never" -DMMAPC_NO_TARGET_CHECK -c -o "$tmp/use.o" \
    "$tmp/use.c" || fail "MMAPC_NO_TARGET_CHECK does not turn the guard off"

# A value that differs (only where the compiler defines __CHAR_BIT__):
printf '#ifndef __CHAR_BIT__\n#error\n#endif\n' >"$tmp/cb.c"
if $CC -c -o "$tmp/cb.o" "$tmp/cb.c" >/dev/null 2>&1; then
    sed -e '/^predef /d' -e 's/^sizeof pointer 8$/&\
predef __CHAR_BIT__ 9/' "$data/results-lp64.txt" >"$tmp/char9.txt"
    gen "$tmp/char9.txt" "$tmp/char9" || hard_error "generator failed"
    guard_stops "$tmp/char9" 'defines __CHAR_BIT__ as something other than 9' \
        "a target whose macro has another value"
fi

# No predefined macros: no guard, compiles anywhere.
sed '/^predef /d' "$data/results-lp64.txt" >"$tmp/none.txt"
gen "$tmp/none.txt" "$tmp/none" || hard_error "generator failed"
grep '^#error "mmap_consts.h was generated' "$tmp/none/mmap_consts.h" >/dev/null &&
    fail "a header without predefs has a target guard"
$CC $CPPFLAGS -I"$tmp/none" -c -o "$tmp/use.o" "$tmp/use.c" ||
    fail "a header without predefs does not compile"
finish
