#! /bin/sh
# merge-strict.sh: a merged header of an x86_64 glibc build (this one) and
# an x86_64 musl build (configure CC=musl-gcc in
# tests/merge/merge-strict.tmp) verifies in a strict mode: with
# MMAPC_VERIFY, -std=c99 -pedantic -Wall -Wextra -Werror, by gcc (glibc's
# branch) and by musl-gcc (musl's). The feature macros must come before
# the <limits.h> that tells glibc from musl. Skips (77) unless this build
# is x86_64 glibc and musl-gcc works.

set -u
: "${top_srcdir:?}" "${top_builddir:=.}" "${CC:=cc}"
: "${MMAPC_GEN:=$top_builddir/gen/mmapc-gen}" "${MMAPC_EXTRA_SYMBOLS:=}"
me=merge-strict
abs_srcdir=`cd "$top_srcdir" && pwd` || exit 99
abs_builddir=`cd "$top_builddir" && pwd` || exit 99
fail=0
say() { echo "$me: $*"; }
failed() { say "FAIL: $*"; fail=1; }

test -x "$MMAPC_GEN" || { say "ERROR: no generator"; exit 99; }
results=$abs_builddir/probe-results.txt
test -f "$abs_builddir/mmap_consts.json" || { say "ERROR: run make first"; exit 99; }
case `sed -n 's/^target //p' "$results"`:`sed -n 's/^libc //p' "$results"` in
x86_64-*-linux-gnu:glibc*) ;;
*) say "SKIP: this build is not x86_64 glibc"; exit 77 ;;
esac
command -v musl-gcc >/dev/null 2>&1 || { say "SKIP: no musl-gcc"; exit 77; }
extra=
if test -n "$MMAPC_EXTRA_SYMBOLS"; then
  case $MMAPC_EXTRA_SYMBOLS in
    /*) extra=$MMAPC_EXTRA_SYMBOLS ;;
    *) extra=$abs_builddir/$MMAPC_EXTRA_SYMBOLS ;;
  esac
fi
catalog_args="--catalog $abs_srcdir/catalog/symbols.def"
test -n "$extra" && catalog_args="$catalog_args --catalog $extra"

cd "$abs_builddir" || exit 99
. "$abs_srcdir/tests/lib/prelude.sh"
scratch_dir merge/merge-strict
s=$scratch
vpath_srcdir "$s"
unset CFLAGS CPPFLAGS LDFLAGS LIBS CPP CC_FOR_BUILD CFLAGS_FOR_BUILD \
  CPPFLAGS_FOR_BUILD LDFLAGS_FOR_BUILD MAKEFLAGS MFLAGS MAKELEVEL
CONFIG_SITE=/dev/null
export CONFIG_SITE

mkdir "$s/musl" || exit 99
extra_arg=
test -n "$extra" && extra_arg=--with-extra-symbols=$extra
(cd "$s/musl" && CC=musl-gcc "$vpath_srcdir/configure" $extra_arg \
   >configure.out 2>&1) || {
  failed "configure CC=musl-gcc:"; tail -15 "$s/musl/configure.out"; exit 1; }
"$MMAPC_GEN" $catalog_args --results "$s/musl/probe-results.txt" \
  --format json --output "$s/musl.json" || { failed "mmapc-gen for musl"; exit 1; }
cp mmap_consts.json "$s/glibc.json" || exit 99
mkdir "$s/inc" || exit 99
"$MMAPC_GEN" merge --format header --output "$s/inc/mmap_consts.h" \
  "$s/glibc.json" "$s/musl.json" || { failed "merge"; exit 1; }
grep 'defined(__GLIBC__)' "$s/inc/mmap_consts.h" >/dev/null ||
  failed "the merged header does not tell glibc from musl"

printf '#define MMAPC_VERIFY 1\n#include "mmap_consts.h"\nint mmapc_t_nonempty;\n' \
  >"$s/verify.c"
for cc in gcc musl-gcc; do
  if $cc -std=c99 -pedantic -Wall -Wextra -Werror -I"$s/inc" -c \
      -o "$s/verify.o" "$s/verify.c" >"$s/cc.err" 2>&1; then
    say "ok: $cc -std=c99 -pedantic -Werror with MMAPC_VERIFY"
  else
    failed "$cc -std=c99 -pedantic -Werror with MMAPC_VERIFY:"
    grep error "$s/cc.err" | head -10
  fi
done
exit $fail
