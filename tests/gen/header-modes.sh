#! /bin/sh
# header-modes.sh: the build's mmap_consts.h compiles quietly with the
# target's compiler (and gcc and clang when present and not cross-compiling)
# as C89, C99, C11, C2x and C++98, 11, 17, 20, with -pedantic -Wall -Wextra
# -Wundef -Werror; again with MMAPC_VERIFY (values checked against the
# system headers) and MMAPC_WANT_TABLE (the table left unused on purpose).
# Then a program that uses the table runs, and what it prints must match
# configure's results.

. "${top_srcdir:-.}/tests/lib/prelude.sh"
need_outputs
cross=`results_field cross_compiling`

cat >"$tmp/plain.c" <<'_EOF'
#include "mmap_consts.h"
int mmapc_t_use(void);
int mmapc_t_use(void) { return (int) sizeof (MMAPC_TARGET); }
_EOF
cat >"$tmp/full.c" <<'_EOF'
#define MMAPC_VERIFY 1
#define MMAPC_WANT_TABLE 1
#include "mmap_consts.h"
int mmapc_t_use(void);
int mmapc_t_use(void) { return (int) sizeof (MMAPC_TARGET); }
_EOF

# sys_types_path CC: the file <sys/types.h> is for compiler CC.
sys_types_path() {
    printf '#include <sys/types.h>\n' >"$tmp/st.c"
    $1 -E "$tmp/st.c" 2>/dev/null |
        sed -n 's/^# *[0-9][0-9]* "\(.*\/sys\/types\.h\)".*/\1/p' | sed 1q
}

# compile_modes CC: plain.c, and full.c where MMAPC_VERIFY applies, in
# every mode of CC.
compile_modes() {
    compile_all plain "$1" "$tmp/plain.c" -I"$top_builddir"
    # MMAPC_VERIFY compares with the system headers the compiler sees:
    # another compiler only when it finds the same ones as CC (not, say,
    # gcc beside musl-gcc)
    if test "x$1" = "x$CC" ||
        test "x`sys_types_path "$1"`" = "x`sys_types_path "$CC"`"; then
        compile_all verify+table "$1" "$tmp/full.c" -I"$top_builddir"
    else
        say "note: $1 sees other system headers than $CC; no MMAPC_VERIFY with it"
    fi
}

compilers=$CC
test "x$cross" = xno && compilers="$CC
`other_compilers`"
each_line "$compilers" compile_modes

# The program that uses the table, built and run natively only.
if test "x$cross" = xyes; then
    echo "$me: note: cross-compiling, the table program is compiled only"
    $CC $CPPFLAGS $CFLAGS -I"$top_builddir" -c -o "$tmp/table.o" \
        "$top_srcdir/tests/gen/table-check.c" || fail "table-check.c compile"
    finish
fi
if ! $CC $CPPFLAGS $CFLAGS -I"$top_builddir" -o "$tmp/table-check" \
    "$top_srcdir/tests/gen/table-check.c" >"$tmp/err" 2>&1; then
    fail "table-check.c does not build"
    cat "$tmp/err"
    finish
fi
"$tmp/table-check" >"$tmp/table.out" || {
    fail "table-check reports an inconsistent table"
    grep '^error' "$tmp/table.out"
}
# Normalise configure's results to the program's form: hex in lower case
# without leading zeros; decimal values (a preset cache variable) of up to
# 15 digits converted to hex.
grep '^symbol ' "$results" | awk '
    {
        v = tolower($3)
        if (v ~ /^-?0x[0-9a-f]+$/) {
            sign = (v ~ /^-/) ? "-" : ""
            d = v; sub(/^-?0x0*/, "", d)
            if (d == "") { d = "0"; sign = "" }
            v = sign "0x" d
        } else if (v ~ /^-?[0-9]+$/ && length(v) <= 15) {
            sign = (v ~ /^-/) ? "-" : ""
            n = v; sub(/^-/, "", n)
            v = (n + 0 == 0) ? "0x0" : sign sprintf("0x%x", n + 0)
        }
        print $1, $2, v
    }' >"$tmp/results.out"
if cmp -s "$tmp/results.out" "$tmp/table.out"; then
    echo "$me: ok: the table matches probe-results.txt (`wc -l <"$tmp/table.out"` symbols)"
else
    fail "the table differs from probe-results.txt"
    diff "$tmp/results.out" "$tmp/table.out" | sed 20q
fi
finish
