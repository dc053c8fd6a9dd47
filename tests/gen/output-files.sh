#! /bin/sh
# output-files.sh: what mmapc-gen leaves behind when writing its output
# fails or is interrupted.
#
# - A write that fails in the middle (here: over the file size limit, which
#   binds root too) is reported with its own reason, "File too large", not
#   as an I/O error; the existing output stays and no temporary file is
#   left.
# - SIGINT, SIGTERM and SIGHUP while the output is written remove the
#   temporary .NAME.tmp-XXXXXX file, leave the existing output as it was,
#   and end the generator by that signal.

. "${top_srcdir:-.}/tests/lib/prelude.sh"
need_gen

data=`cd "$top_srcdir/tests/data" && pwd` || hard_error "no tests/data"
cd "$tmp" || hard_error cd
echo 'an existing output' >out.h || hard_error "cannot write out.h"
cp out.h saved.h || hard_error cp

# leftovers: the temporary files in the current directory
leftovers() { ls -A | grep '\.tmp-' ; }

# ------------------------------------------------------------ a failed write
# the header of the test data is larger than one block of the file size
# limit; SIGXFSZ ignored, the write fails with EFBIG instead
(
    trap '' XFSZ
    ulimit -f 1 || exit 77
    exec "$MMAPC_GEN" --catalog "$data/catalog-small.def" \
        --catalog "$data/catalog-extra.def" \
        --results "$data/results-lp64.txt" --format header --output out.h
) >stdout.txt 2>stderr.txt
status=$?
if test $status -eq 77; then
    skip "cannot set a file size limit (ulimit -f)"
elif test $status -ne 1; then
    fail "over the file size limit: exit status $status, not 1"
elif grep '^out\.h: cannot write: File too large$' stderr.txt >/dev/null; then
    echo "$me: ok: over the file size limit: `sed 1q stderr.txt`"
else
    fail "over the file size limit: wrong message: `sed 1q stderr.txt`"
fi
cmp -s out.h saved.h || fail "over the file size limit: out.h changed"
test -z "`leftovers`" || fail "over the file size limit: left `leftovers`"

# ------------------------------------------------------------ signals
# A catalog large enough that the header takes a while to write.
make_input() {  # make_input NSYMBOLS
    awk -v n="$1" 'BEGIN {
        print "%family BIG A large catalog"
        for (i = 0; i < n; i++)
            printf "BIG_%d\tBIG\tint\t-\tA constant of a large catalog.\n", i
    }' >big.def &&
    { cat "$data/results-lp64.txt" &&
      awk -v n="$1" 'BEGIN {
          for (i = 0; i < n; i++) printf "symbol BIG_%d %d\n", i, i
      }'; } >big.txt || hard_error "cannot write the large catalog"
}

# A command started with & by a shell without job control ignores SIGINT:
# the generator is started with every signal at its default action.
test -n "${PYTHON3:-}" || skip "no Python 3 to start the generator with"
default_signals='import os, signal, sys
for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
    signal.signal(s, signal.SIG_DFL)
os.execv(sys.argv[1], sys.argv[1:])'

# interrupt SIGNAL: send SIGNAL while the temporary file exists. Prints
# the exit status, or "missed" when the generator was done first.
interrupt() {
    "$PYTHON3" -c "$default_signals" "$MMAPC_GEN" --catalog "$data/catalog-small.def" \
        --catalog "$data/catalog-extra.def" --catalog big.def \
        --results big.txt --format header --output out.h \
        >/dev/null 2>stderr.txt &
    pid=$!
    while test -z "`leftovers`" && kill -0 $pid 2>/dev/null; do
        :
    done
    # kill fails when the generator finished between the look and the
    # signal: missed too.
    if test -n "`leftovers`" && kill -$1 $pid 2>/dev/null; then
        wait $pid
        echo $?
    else
        wait $pid
        echo missed
    fi
}

n=20000
for sig in INT TERM HUP; do
    case $sig in INT) num=2 ;; TERM) num=15 ;; HUP) num=1 ;; esac
    tries=0
    while :; do
        make_input $n
        status=`interrupt $sig`
        test "x$status" = xmissed || break
        # the generator wrote everything before the signal: a larger input
        cp saved.h out.h || hard_error cp
        tries=`expr $tries + 1`
        test $tries -lt 4 || break
        n=`expr $n \* 2`
    done
    if test "x$status" = xmissed; then
        fail "SIG$sig: the generator was always done before the signal"
        continue
    fi
    if test "$status" -ne `expr 128 + $num`; then
        fail "SIG$sig: exit status $status, want `expr 128 + $num` (killed by it)"
        sed 5q stderr.txt
    fi
    if test -n "`leftovers`"; then
        fail "SIG$sig: left `leftovers`"
        rm -f .out.h.tmp-*
    else
        echo "$me: ok: SIG$sig removed the temporary file ($n symbols)"
    fi
    cmp -s out.h saved.h || fail "SIG$sig: out.h changed"
done
finish
