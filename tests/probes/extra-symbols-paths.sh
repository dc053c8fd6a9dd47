#!/bin/sh
# --with-extra-symbols with a path that holds a blank, #, $, ' and glob
# characters: configure probes that very file (not another one the glob
# would match) and make builds mmap_consts.h with its names.
. "${top_srcdir:-.}/tests/lib/prelude.sh"
scratch_dir probes/extrapaths
vpath_srcdir "$scratch"   # a clean source tree, also in an in-tree build
abs_srcdir=$vpath_srcdir
dir="$scratch/a b#c\$d'e"
file="$dir/ex[t]*?.def"
mkdir "$dir" "$scratch/build" || exit 99
printf '%%family MMAPCT\tTest names\nMMAPC_T_REAL\tMMAPCT\tflag\t-\tin the file named\n' >"$file" || exit 99
# A file the glob matches, which must not be read.
printf '%%family MMAPCT\tTest names\nMMAPC_T_DECOY\tMMAPCT\tflag\t-\tin a file the glob matches\n' >"$dir/ext1x.def" || exit 99
fail=0
(cd "$scratch/build" && "$abs_srcdir/configure" -q --with-extra-symbols="$file" &&
 unset MAKEFLAGS MFLAGS MAKELEVEL && ${MAKE:-make} mmap_consts.h) \
  >"$scratch/out" 2>&1 || { echo "FAIL: configure or make failed:"; tail -20 "$scratch/out"; exit 1; }
grep '^symbol MMAPC_T_REAL ' "$scratch/build/probe-results.txt" >/dev/null &&
  echo "ok: the named file is probed" || { echo "FAIL: MMAPC_T_REAL not probed"; fail=1; }
grep 'MMAPC_T_DECOY' "$scratch/build/probe-results.txt" >/dev/null &&
  { echo "FAIL: the file the glob matches was read"; fail=1; } || echo "ok: no other file read"
grep 'MMAPC_HAVE_MMAPC_T_REAL' "$scratch/build/mmap_consts.h" >/dev/null &&
  echo "ok: make put the name in mmap_consts.h" ||
  { echo "FAIL: MMAPC_T_REAL is not in mmap_consts.h"; fail=1; }
# make sees a change of the file.
sleep 1
printf 'MMAPC_T_MORE\tMMAPCT\tflag\t-\tadded later\n' >>"$file"
(cd "$scratch/build" && unset MAKEFLAGS MFLAGS MAKELEVEL && ${MAKE:-make} mmap_consts.h) \
  >"$scratch/out2" 2>&1 || { echo "FAIL: make after a change failed:"; tail -20 "$scratch/out2"; fail=1; }
grep 'MMAPC_HAVE_MMAPC_T_MORE' "$scratch/build/mmap_consts.h" >/dev/null &&
  echo "ok: a change of the file reaches mmap_consts.h" ||
  { echo "FAIL: the change did not reach mmap_consts.h"; fail=1; }
exit $fail
