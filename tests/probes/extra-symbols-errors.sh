#!/bin/sh
# A --with-extra-symbols file that cannot be read (a directory, a file
# without read permission, a path to nothing) stops configure with
# FILE: cannot read the file and a non-zero exit, configured for the target
# of this build. The damage a readable file can hold is the bad-input
# corpus's (tests/bad-input/cases), which tests/probes/catalog-corpus.sh
# runs through configure, as a catalog and as --with-extra-symbols.
. "${top_srcdir:-.}/tests/lib/prelude.sh"
scratch_tree probes/extra-errors
# unreadable NAME: configure --with-extra-symbols=$scratch/NAME.def fails,
# saying it cannot read the file.
unreadable() {
  configure_as_build "$scratch" --cache-file="$scratch/config.cache" \
     --with-extra-symbols="$scratch/$1.def" >"$scratch/$1.out" 2>&1 &&
    fail "$1: configure succeeded"
  grep -F "$scratch/$1.def: cannot read" "$scratch/$1.out" >/dev/null &&
    ok "$1: cannot read" || { fail "$1"; cat "$scratch/$1.out"; }
}
mkdir "$scratch/directory.def"
unreadable directory
if test "`id -u 2>/dev/null`" != 0; then
  printf '%%family XTRA\tExtra test names\nMMAPC_X1\tXTRA\tflag\t-\tok\n' \
    >"$scratch/no-permission.def" && chmod 000 "$scratch/no-permission.def"
  unreadable no-permission
  chmod 600 "$scratch/no-permission.def"
else
  say "note: running as root, who can read any file: the permission case is skipped"
fi
unreadable missing
finish
