#! /bin/sh
# gen-errors.sh: bad command lines through the real mmapc-gen: each must
# exit with status 1 and say what is wrong on the first line of standard
# error; --help, --version and the --opt=value form work. Bad input files
# are the bad-input corpus's (tests/bad-input/cases, run by
# tests/gen/bad-input.sh).

. "${top_srcdir:-.}/tests/lib/prelude.sh"
need_gen

cp "$top_srcdir/tests/bad-input/good.def" "$top_srcdir/tests/bad-input/good.txt" \
    "$tmp" && cd "$tmp" || hard_error "cannot copy the good inputs to $tmp"

usage() {
    want=$1
    shift
    "$MMAPC_GEN" "$@" >stdout 2>stderr
    status=$?
    got=`sed 1q stderr`
    if test $status -ne 1 || test "x$got" != "x$want"; then
        fail "mmapc-gen $*: status $status, '$got'"
    else
        ok "$got"
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
