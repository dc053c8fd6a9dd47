#! /bin/sh
# include-system.sh: with MMAPC_INCLUDE_SYSTEM, every name and function the
# build's mmap_consts.h says is present is declared, in strict modes too:
# - tests/gen/include-system.c (mmap, madvise with MMAPC_MADV_HUGEPAGE,
#   memfd_create with MMAPC_MFD_CLOEXEC) and the README's "Using the
#   header" example compile with -std=c89, -std=c99, -std=c11
#   -D_POSIX_C_SOURCE=200809L and -std=c17 -D_XOPEN_SOURCE=700, each with
#   -pedantic -Wall -Wextra -Werror;
# - in the same modes, every function configure found is declared;
# - on glibc, a system header included first without _GNU_SOURCE stops
#   the compile with the #error that says to include mmap_consts.h first,
#   and with _GNU_SOURCE it does not.

. "${top_srcdir:-.}/tests/lib/prelude.sh"
need_outputs

modes='-std=c89
-std=c99
-std=c11 -D_POSIX_C_SOURCE=200809L
-std=c17 -D_XOPEN_SOURCE=700'
werror="-pedantic -Wall -Wextra -Werror"

# The README's example, its indented lines after "## Using the header".
awk '/^## / { inside = ($0 == "## Using the header"); next }
     !inside { next }
     /^    / { seen = 1; sub(/^    /, ""); print; next }
     /^$/ { if (seen) print; next }
     seen { exit }' \
    "$top_srcdir/README.md" >"$tmp/readme.c"
grep MMAPC_INCLUDE_SYSTEM "$tmp/readme.c" >/dev/null ||
    fail "README's \"Using the header\" example does not define MMAPC_INCLUDE_SYSTEM"

# Every function configure found, declared: sizeof of its address.
{
    echo '#define MMAPC_INCLUDE_SYSTEM 1'
    echo '#include "mmap_consts.h"'
    echo 'typedef int mmapc_t_nonempty;'
    sed -n 's/^function \([A-Za-z_][A-Za-z0-9_]*\) yes$/typedef char mmapc_t_\1[sizeof (\&\1)];/p' \
        "$results"
} >"$tmp/functions.c"

# compile LABEL SOURCE FLAGS...: it must compile quietly.
compile() {
    label=$1 src=$2
    shift 2
    if $CC $CPPFLAGS $CFLAGS "$@" $werror -I"$top_builddir" -c \
        -o "$tmp/out.o" "$src" >"$tmp/err" 2>&1; then
        echo "$me: ok: $label: $*"
    else
        fail "$label: $CC $*"
        sed 20q "$tmp/err"
    fi
}

# The README's example calls mmap: only where there is one (not mingw).
readme=yes
grep '^function mmap yes$' "$results" >/dev/null || {
    readme=no
    echo "$me: note: no mmap on this target; the README's example is not compiled"
}

# compile_mode MODE: every source in MODE (compiler options).
compile_mode() {
    compile include-system.c "$top_srcdir/tests/gen/include-system.c" $1
    test $readme = no || compile README "$tmp/readme.c" $1
    compile functions "$tmp/functions.c" $1
}
each_line "$modes" compile_mode

# Too late for the feature macros: glibc tells it through __USE_GNU.
case `results_field libc` in
glibc*)
    { echo '#include <stdio.h>'
      cat "$top_srcdir/tests/gen/include-system.c"; } >"$tmp/late.c"
    if $CC $CPPFLAGS $CFLAGS -std=c99 -I"$top_builddir" -c \
        -o "$tmp/out.o" "$tmp/late.c" >"$tmp/err" 2>&1; then
        fail "<stdio.h> before mmap_consts.h in -std=c99 compiles"
    elif grep 'include mmap_consts.h first' "$tmp/err" >/dev/null; then
        echo "$me: ok: <stdio.h> first in -std=c99 stops at the #error"
    else
        fail "<stdio.h> first in -std=c99 fails, but not at the #error"
        sed 20q "$tmp/err"
    fi
    compile "<stdio.h> first with _GNU_SOURCE" "$tmp/late.c" -std=c99 \
        -D_GNU_SOURCE
    ;;
*)
    echo "$me: note: not glibc; the too-late check is glibc's only" ;;
esac
finish
