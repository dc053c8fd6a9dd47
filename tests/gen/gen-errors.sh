#! /bin/sh
# gen-errors.sh: bad input and bad command lines through the real
# mmapc-gen. Each case must exit with status 1, report FILE:LINE: message
# (FILE as given; FILE: message when a whole file is at fault) and leave
# an existing output file untouched, with no temporary file left behind.

. "${top_srcdir:-.}/tests/lib/prelude.sh"
need_gen

cd "$tmp" || hard_error "cd $tmp"
mkdir out || hard_error mkdir
printf '%%family T Test names\nA T flag - a flag\nB T int - an int\nP T pointer - a pointer\n' >good.def
cat >good.txt <<'_EOF'
mmapc-results 1
target t-u-v
os v
cpu t
libc unknown
cc cc 1.0
cross_compiling no
sizeof int 4
sizeof long 8
sizeof long_long 8
sizeof pointer 8
madvise_addr_type none
symbol A 0x1
symbol B no
symbol P yes
_EOF

# expect WANT CATALOG RESULTS [ARGS...]: run the generator, which must fail
# with a first diagnostic line equal to WANT.
n=0
expect() {
    want=$1 cat=$2 res=$3
    shift 3
    n=`expr $n + 1`
    echo sentinel >out/mmap_consts.h
    "$MMAPC_GEN" --catalog "$cat" --results "$res" --format header \
        --output out/mmap_consts.h "$@" >stdout 2>stderr
    status=$?
    got=`sed 1q stderr`
    if test $status -ne 1; then
        fail "case $n ($want): exit status $status, not 1"
    elif test "x$got" != "x$want"; then
        fail "case $n: got '$got', want '$want'"
    elif test "x`cat out/mmap_consts.h`" != xsentinel; then
        fail "case $n ($want): the existing output was changed"
    elif test "x`ls -A out`" != xmmap_consts.h; then
        fail "case $n ($want): files left behind: `ls -A out`"
    else
        echo "$me: ok: $got"
    fi
}

# the good input works, as a control
"$MMAPC_GEN" --catalog good.def --results good.txt --format header \
    --output out/mmap_consts.h || fail "the good input fails"
grep '^#define MMAPC_A 0x1$' out/mmap_consts.h >/dev/null ||
    fail "the good input gives a wrong header"

# catalog: bytes, lines, fields
printf '%%family T t\nA T flag - a\000b\n' >nul.def
expect "nul.def:2: NUL byte at column 13" nul.def good.txt
printf '%%family T t\r\n' >cr.def
expect "cr.def:1: carriage return (CR) at column 12; only LF line ends are accepted" cr.def good.txt
printf '%%family T t\nA T flag - caf\303\251\n' >utf8.def
expect "utf8.def:2: byte 0xc3 at column 15 is not printable ASCII or TAB" utf8.def good.txt
{ printf '%%family T t\n# '; awk 'BEGIN { for (i = 0; i < 1100; i++) printf "x"; print "" }'; } >long.def
expect "long.def:2: line longer than 1023 bytes" long.def good.txt
printf '%%family T t\nA T flag - a' >trunc.def
expect "trunc.def:2: no newline at end of file (truncated line)" trunc.def good.txt
printf '%%family T t\n%%colour T red\n' >dir.def
expect "dir.def:2: unknown directive '%colour'" dir.def good.txt
printf '%%family T t\nA-1 T flag - a\n' >name.def
expect "name.def:2: name 'A-1' is not a C identifier" name.def good.txt
printf '%%family T t\nA U flag - a\n' >fam.def
expect "fam.def:2: A: family 'U' is not declared (declare it first with %family)" fam.def good.txt
printf '%%family T t\nA T bits - a\n' >kind.def
expect "kind.def:2: unknown kind 'bits' (want flag, int, pointer or macro)" kind.def good.txt
printf '# nothing\n%%family U u\n' >empty.def
expect "empty.def:1: no symbols in this file" good.def good.txt --catalog empty.def
printf 'A T flag - again\n' >dup.def
expect "dup.def:1: A already listed at good.def:2" good.def good.txt --catalog dup.def

# results
sed 's/^symbol A 0x1$/symbol A 0x10000000000000000/' good.txt >range.txt
expect "range.txt:13: symbol A: bad result '0x10000000000000000': a number above 2^64-1 (want yes, no or an integer from -2^63 to 2^64-1)" good.def range.txt
sed 's/^symbol B no$/symbol B -0x8000000000000001/' good.txt >neg.txt
expect "neg.txt:14: symbol B: bad result '-0x8000000000000001': a number below -2^63 (want yes, no or an integer from -2^63 to 2^64-1)" good.def neg.txt
{ cat good.txt; echo 'symbol Z no'; } >unknown.txt
expect "unknown.txt:16: symbol Z is not in the catalog (results from another catalog? rerun configure)" good.def unknown.txt
grep -v '^symbol B' good.txt >missing.txt
expect "missing.txt:14: no result for symbol B (good.def:3); rerun configure after a catalog change" good.def missing.txt
sed 's/^symbol P yes$/symbol P 0x0/' good.txt >ptr.txt
expect "ptr.txt:15: symbol P is of kind pointer in the catalog (good.def:4) and cannot have a value" good.def ptr.txt
sed 's/^os v$/colour blue/' good.txt >field.txt
expect "field.txt:3: unknown keyword 'colour'" good.def field.txt
sed 's/^mmapc-results 1$/mmapc-results 2/' good.txt >version.txt
expect "version.txt:1: unsupported results format version '2' (this generator reads version 1)" good.def version.txt
printf 'mmapc-results 1\ntarget t\n' >short.txt
expect "short.txt:2: no 'os' line in the file" good.def short.txt

# files
expect "no-such.def: cannot open for reading: No such file or directory" no-such.def good.txt
expect "no-such.txt: cannot open for reading: No such file or directory" good.def no-such.txt
if test "`id -u 2>/dev/null`" != 0; then
    cp good.def unreadable.def && chmod 000 unreadable.def
    expect "unreadable.def: cannot open for reading: Permission denied" unreadable.def good.txt
    chmod 600 unreadable.def
else
    echo "$me: note: running as root, the permission case is skipped"
fi

# unwritable outputs
"$MMAPC_GEN" --catalog good.def --results good.txt --format json \
    --output no/such/dir/out.json 2>stderr
status=$?
test $status -eq 1 || fail "output in a missing directory: status $status"
test "x`cat stderr`" = "xno/such/dir/out.json: cannot create a temporary file beside it: No such file or directory" ||
    fail "output in a missing directory: `cat stderr`"
mkdir out/dir
"$MMAPC_GEN" --catalog good.def --results good.txt --format json \
    --output out/dir 2>stderr
status=$?
test $status -eq 1 || fail "output onto a directory: status $status"
grep '^out/dir: cannot write: ' stderr >/dev/null ||
    fail "output onto a directory: `cat stderr`"
test "x`ls -A out`" = "xdir
mmap_consts.h" || fail "output onto a directory: left `ls -A out`"

# the command line
usage() {
    want=$1
    shift
    "$MMAPC_GEN" "$@" >stdout 2>stderr
    status=$?
    got=`sed 1q stderr`
    if test $status -ne 1 || test "x$got" != "x$want"; then
        fail "mmapc-gen $*: status $status, '$got'"
    else
        echo "$me: ok: $got"
    fi
}
usage "mmapc-gen: no --catalog given"
usage "mmapc-gen: no --results given" --catalog good.def
usage "mmapc-gen: no --format given" --catalog good.def --results good.txt
usage "mmapc-gen: unknown format 'yaml' (see --help)" --catalog good.def \
    --results good.txt --format yaml --output x
usage "mmapc-gen: unknown option '--colour'" --colour
usage "mmapc-gen: option --results given twice" --results a --results b
usage "mmapc-gen: option --output needs a value" --output
usage "mmapc-gen: unexpected argument 'stray'" stray
"$MMAPC_GEN" --help >stdout || fail "--help fails"
grep '^Usage: mmapc-gen --catalog FILE' stdout >/dev/null || fail "--help"
"$MMAPC_GEN" --version >stdout || fail "--version fails"
grep '^mmapc-gen (mmap-consts) [0-9]' stdout >/dev/null || fail "--version"
"$MMAPC_GEN" --catalog=good.def --results=good.txt --format=json \
    --output=- >stdout || fail "--opt=value and --output -"
grep '"schema_version": 1' stdout >/dev/null || fail "json to stdout"
finish
