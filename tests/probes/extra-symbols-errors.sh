#!/bin/sh
# A bad --with-extra-symbols file stops configure with FILE:LINE: message
# and a non-zero exit, for every kind of damage the catalog format rules
# out (docs/formats.md), in mmapc-gen's words, and with nothing else said
# about that file.
. "${top_srcdir:-.}/tests/lib/prelude.sh"
scratch_dir probes/extra-errors
vpath_srcdir "$scratch"   # a clean source tree, also in an in-tree build
hdr='%family XTRA	Extra test names'
# configure_with FILE: configure --with-extra-symbols=FILE in $scratch, for
# the target of this build.
configure_with() {
  configure_as_build "$scratch" --cache-file="$scratch/config.cache" \
     --with-extra-symbols="$1"
}
# case NAME LINE MESSAGE: $scratch/NAME.def must make configure fail at LINE
# with MESSAGE (an extended regular expression).
case_() {
  file=$scratch/$1.def
  configure_with "$file" >"$scratch/$1.out" 2>&1
  status=$?
  if test $status -eq 0; then
    fail "$1: configure succeeded"
  elif test "`grep -c "^$file:" "$scratch/$1.out"`" -ne 1; then
    fail "$1: more than one message about $file:"; cat "$scratch/$1.out"
  elif grep -E "^$file:$2: $3" "$scratch/$1.out" >/dev/null; then
    ok "$1: `grep -E "^$file:$2: " "$scratch/$1.out" | sed 1q`"
  else
    fail "$1: no '$file:$2: ...$3' in:"; cat "$scratch/$1.out"
  fi
}
printf '%s\n9MAP_BAD\tXTRA\tflag\t-\tnot an identifier\n' "$hdr" >"$scratch/bad-name.def"
case_ bad-name 2 "name '9MAP_BAD' is not a C identifier"
printf '%s\n_Pragma\tXTRA\tflag\t-\tan operator\n' "$hdr" >"$scratch/reserved.def"
case_ reserved 2 "name '_Pragma' is reserved by the compiler"
printf '%s\n__has_include\tXTRA\tflag\t-\tan operator\n' "$hdr" >"$scratch/reserved2.def"
case_ reserved2 2 "name '__has_include' is reserved by the compiler"
printf '%s\nMAP_SHARED\tXTRA\tflag\t-\talready in the catalog\n' "$hdr" >"$scratch/duplicate.def"
case_ duplicate 2 'MAP_SHARED already listed at .*/symbols.def:[0-9]+$'
printf '%s\nMMAPC_X1\tXTRA\tflag\t-\tgarbage \377\376 here\n' "$hdr" >"$scratch/garbage.def"
case_ garbage 2 'byte 0xff at column 30 is not printable ASCII or TAB'
printf '%s\nMMAPC_X1\tXTRA\tflag\t-\tok\nMMAPC_X2\tXTRA\tflag\t-\tNUL \000 here\n' "$hdr" >"$scratch/nul.def"
case_ nul 3 'NUL byte at column 26$'
printf '%s\nMMAPC_X1\tXTRA\tflag\t-\tno newline at the end' "$hdr" >"$scratch/truncated.def"
case_ truncated 2 'no newline'
printf '%s\r\nMMAPC_X1\tXTRA\tflag\t-\tcrlf\r\n' "$hdr" >"$scratch/crlf.def"
case_ crlf 1 'carriage return'
printf 'MMAPC_X1\tNOFAMILY\tflag\t-\tundeclared family\n' >"$scratch/family.def"
case_ family 1 "MMAPC_X1: family 'NOFAMILY' is not declared"
printf '%s\nMMAPC_X1\tXTRA\tfloat\t-\tunknown kind\n' "$hdr" >"$scratch/kind.def"
case_ kind 2 'unknown kind'
printf '%s\nMMAPC_X1\tXTRA\tflag\n' "$hdr" >"$scratch/fields.def"
case_ fields 2 'MMAPC_X1: missing PYTHON field'
printf '%s\nMMAPC_X1\tXTRA\tflag\tthree\tbad python version\n' "$hdr" >"$scratch/python.def"
case_ python 2 "MMAPC_X1: malformed PYTHON field 'three'"
: >"$scratch/empty.def"
case_ empty 1 'no symbols in this file'
{ echo "$hdr"; printf 'MMAPC_X1\tXTRA\tflag\t-\t'; awk 'BEGIN { for (i = 0; i < 2000; i++) printf "long "; print "" }'; } >"$scratch/long.def"
case_ long 2 'line longer than 1023 bytes'
printf '%s\nMMAPC_X1\tXTRA\tflag\t-\tonly comments follow\n%%family XTRA\tagain\n' "$hdr" >"$scratch/family2.def"
case_ family2 3 'family XTRA already declared at .*/family2.def:1$'
# More kinds of damage, from the bad-input corpus (tests/bad-input/cases):
# a line of 100 KB, valid UTF-8, a lone CR, attributes, directives, a name
# too long, no symbols, a NUL after the last newline.
{ printf '%s\nMMAPC_X1\tXTRA\tflag\t-\tok\nMMAPC_X2\tXTRA\tflag\t-\t' "$hdr"; awk 'BEGIN { for (i = 0; i < 25000; i++) printf "long "; print "" }'; } >"$scratch/long100k.def"
case_ long100k 3 'line longer than 1023 bytes'
printf '%s\nMMAPC_X1\tXTRA\tflag\t-\tcaf\303\251 au lait\n' "$hdr" >"$scratch/utf8.def"
case_ utf8 2 'byte 0xc3 at column 25 is not printable ASCII or TAB'
printf '%s\nMMAPC_X1\tXTRA\tflag\t-\ta lone\rCR\n' "$hdr" >"$scratch/cr.def"
case_ cr 2 'carriage return \(CR\) at column 28'
printf '%s\nMMAPC_X1\tXTRA\tflag,archdep,sticky\t-\tattribute\n' "$hdr" >"$scratch/attribute.def"
case_ attribute 2 "unknown attribute 'sticky'"
printf '%s\n%%include more.def\nMMAPC_X1\tXTRA\tflag\t-\tdirective\n' "$hdr" >"$scratch/directive.def"
case_ directive 2 "unknown directive '%include'"
printf '%s\nMMAPC_%s\tXTRA\tflag\t-\t64 characters\n' "$hdr" `awk 'BEGIN { for (i = 0; i < 58; i++) printf "X" }'` >"$scratch/name64.def"
case_ name64 2 "name 'MMAPC_X+' is longer than 63 characters"
printf '# a family, no symbols\n%s\n' "$hdr" >"$scratch/nosymbols.def"
case_ nosymbols 1 'no symbols'
printf '%s\nMMAPC_X1\tXTRA\tflag\t-\tok\n\000' "$hdr" >"$scratch/nul-end.def"
case_ nul-end 3 'NUL byte at column 1$'
# whole_ NAME: $scratch/NAME.def cannot be read (no line number).
whole_() {
  configure_with "$scratch/$1.def" >"$scratch/$1.out" 2>&1 &&
    fail "$1: configure succeeded"
  grep -F "$scratch/$1.def: cannot read" "$scratch/$1.out" >/dev/null &&
    ok "$1: cannot read" || { fail "$1"; cat "$scratch/$1.out"; }
}
mkdir "$scratch/directory.def"
whole_ directory
if test "`id -u 2>/dev/null`" != 0; then
  printf '%s\nMMAPC_X1\tXTRA\tflag\t-\tok\n' "$hdr" >"$scratch/unreadable.def" &&
    chmod 000 "$scratch/unreadable.def"
  whole_ unreadable
  chmod 600 "$scratch/unreadable.def"
else
  say "note: running as root, who can read any file: the unreadable case is skipped"
fi
# A file that does not exist.
whole_ missing
finish
