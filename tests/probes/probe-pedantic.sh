#!/bin/sh
# `-ansi -pedantic-errors' (C90, where `long long' is an error): the probes'
# own C still compiles, in CFLAGS (which the probes filter like -Werror) and
# in CPPFLAGS (which they do not: GCC and Clang accept `long long' after
# __extension__), and every result is the one of the default build.
. "${top_srcdir:-.}/tests/lib/prelude.sh"
need_gnu_cc "-ansi -pedantic-errors"
scratch_tree probes/pedantic
abs_srcdir=$vpath_srcdir
grep -v '^cc ' "$top_builddir/probe-results.txt" >"$scratch/base"
for var in CFLAGS CPPFLAGS; do
  mkdir "$scratch/$var" || exit 99
  (cd "$scratch/$var" && "$abs_srcdir/configure" -q "$var=-ansi -pedantic-errors") \
    >"$scratch/$var/out" 2>&1 || {
    fail "$var=-ansi -pedantic-errors: configure failed:"
    tail -5 "$scratch/$var/out"; continue; }
  grep -v '^cc ' "$scratch/$var/probe-results.txt" >"$scratch/$var/got"
  if cmp -s "$scratch/base" "$scratch/$var/got"; then
    ok "$var=-ansi -pedantic-errors: the same results"
  else
    fail "$var=-ansi -pedantic-errors: other results:"
    diff "$scratch/base" "$scratch/$var/got" | head
  fi
done
finish
