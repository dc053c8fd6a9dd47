#! /bin/sh
# bad-input.sh: run mmapc-gen on the bad-input corpus, one case per line of
# tests/bad-input/cases (its header says what the columns mean).
#
# Each case must exit with status 1 and report FILE:LINE: message (or FILE:
# message for a whole file) on the first line of standard error; every file
# beside it, the existing output in particular, must stay byte-identical and
# no temporary file may be left; nothing may come from a sanitizer or
# valgrind. A control case must succeed quietly. A failure names the case
# and the format.
#
# The formats are those of mmapc-gen --help. Controls, cases with another
# OUTPUT than '=' and header-only cases run for every format they apply to.
# The others are errors in the input, found before any output format is
# involved: each runs for one format, in turn (all of them with
# BAD_INPUT_ALL_FORMATS=yes).
#
# The inputs that are not plain text (NUL, CR and non-ASCII bytes, no final
# newline, lines of 100 KB and more, empty files, directories) are made by
# tests/bad-input/make-inputs.sh.
#
# Environment, besides tests/lib/prelude.sh's:
#   BAD_INPUT_CASES    only these cases (names, blank-separated)
#   BAD_INPUT_FORMATS  only these formats (default: all of --help)
#   BAD_INPUT_ALL_FORMATS=yes  every case for every format
#   MMAPC_GEN_WRAPPER  a command to run the generator under (valgrind ...);
#                      it must exit with a status other than 0 and 1 when it
#                      finds an error
#   BAD_INPUT_TIMEOUT  seconds a case may take (default 120; needs timeout(1))

. "${top_srcdir:-.}/tests/lib/prelude.sh"
need_gen

corpus=$top_srcdir/tests/bad-input
test -f "$corpus/cases" || hard_error "no $corpus/cases"
# absolute paths: the cases run in $tmp/work
case $corpus in /*) ;; *) corpus=`pwd`/$corpus ;; esac
case $MMAPC_GEN in /*) ;; *) MMAPC_GEN=`pwd`/$MMAPC_GEN ;; esac
data=`cd "$top_srcdir/tests/data" && pwd` || hard_error "no tests/data"

formats=${BAD_INPUT_FORMATS:-`"$MMAPC_GEN" --help | awk '
    /^  --format FORMAT/ { on = 1; next }
    on && /^  --/ { exit }
    on { print $1 }'`}
test -n "$formats" || hard_error "no formats in mmapc-gen --help"
nformats=`echo $formats | wc -w`
echo "$me: formats: "$formats

timeout=
if command -v timeout >/dev/null 2>&1; then
    timeout="timeout ${BAD_INPUT_TIMEOUT:-120}"
fi
mkdir "$tmp/work" || hard_error mkdir
cd "$tmp/work" || hard_error cd

# ------------------------------------------------------------ the inputs
. "$corpus/make-inputs.sh"

# The existing outputs: what good.def and good.txt give.
mkdir out || hard_error mkdir
for fmt in $formats; do
    "$MMAPC_GEN" --catalog good.def --results good.txt --format "$fmt" \
        --output "out/mmap_consts.$fmt" ||
        hard_error "the good input fails for --format $fmt"
    cp "out/mmap_consts.$fmt" "$tmp/saved.$fmt" || hard_error cp
done

# Everything the cases may not change: names (hidden ones too) everywhere,
# and the bytes of the outputs, of g-afile and of the inputs that a case
# names as its output.
snapshot() {
    ls -AR . && cksum out/* g-afile good.def good.txt ok-extra.def
}
snapshot >"$tmp/before" 2>&1 || hard_error "snapshot"

# ------------------------------------------------------------ the cases
ncases=0 nruns=0 nskips=0

# run_case NAME CATALOGS RESULTS OUTPUT FLAGS LOCATION MESSAGE FORMAT (shell
# functions share the caller's variables: these are r_*)
run_case() {
    r_name=$1 r_cats=$2 r_res=$3 r_out=$4 r_loc=$6 r_msg=$7 fmt=$8
    label="$r_name [$fmt]"
    case $r_out in
        =) r_out=out/mmap_consts.$fmt ;;
        *%*) r_out=`echo "$r_out" | sed "s/%/$fmt/g"` ;;
    esac
    case $r_loc in *%*) r_loc=`echo "$r_loc" | sed "s/%/$fmt/g"` ;; esac
    set x
    save_IFS=$IFS
    IFS=,
    for c in $r_cats; do
        set "$@" --catalog "$c"
    done
    IFS=$save_IFS
    shift
    nruns=$((nruns + 1))
    $timeout $MMAPC_GEN_WRAPPER "$MMAPC_GEN" "$@" --results "$r_res" \
        --format "$fmt" --output "$r_out" >"$tmp/stdout" 2>"$tmp/stderr"
    status=$?
    first=`sed 1q "$tmp/stderr"`
    if test $status -eq 124 && test -n "$timeout"; then
        fail "$label: timed out (a hang?)"
    elif grep -E 'Sanitizer|runtime error|^==[0-9]+==' "$tmp/stderr" >/dev/null; then
        fail "$label: a sanitizer or valgrind reported an error (status $status):"
        sed 40q "$tmp/stderr"
    elif test "x$r_loc" = x-; then
        if test $status -ne 0 || test -s "$tmp/stderr"; then
            fail "$label: the control failed with status $status: $first"
        else
            echo "$me: ok: $label: control"
        fi
    elif test $status -ne 1; then
        fail "$label: exit status $status, not 1: $first"
    else
        case $first in
            "$r_loc: "*)
                rest=${first#"$r_loc: "}
                if printf '%s\n' "$rest" | grep -E -e "^$r_msg" >/dev/null; then
                    echo "$me: ok: $label: $first"
                else
                    fail "$label: wrong message: '$first', want '$r_loc: $r_msg'"
                fi ;;
            *)
                fail "$label: wrong location: '$first', want '$r_loc: $r_msg'" ;;
        esac
    fi
    # restore what a control rewrote, then nothing else may have changed
    if test "x$r_loc" = x- && test -f "out/mmap_consts.$fmt"; then
        cp "$tmp/saved.$fmt" "out/mmap_consts.$fmt"
    fi
    snapshot >"$tmp/after" 2>&1
    if ! cmp -s "$tmp/before" "$tmp/after"; then
        fail "$label: files changed or were left behind:"
        diff "$tmp/before" "$tmp/after" | sed 20q
        # start the next case from a clean slate
        for f in $formats; do cp "$tmp/saved.$f" "out/mmap_consts.$f"; done
        find . -name '.*.tmp-*' -exec rm -f {} + 2>/dev/null
        snapshot >"$tmp/before" 2>&1
    fi
    if ! test -c /dev/null; then
        hard_error "$label: /dev/null is no longer a character device"
    fi
}

while read -r name cats res out flags loc msg; do
    case $name in ''|'#'*) continue ;; esac
    if test -z "$loc"; then
        hard_error "cases: too few columns for $name"
    fi
    if test -n "${BAD_INPUT_CASES:-}"; then
        case " $BAD_INPUT_CASES " in *" $name "*) ;; *) continue ;; esac
    fi
    ncases=$((ncases + 1))
    case ,$flags, in
        *,nonroot,*)
            if test $root = yes; then
                echo "$me: skip: $name: root can read and write anything"
                nskips=$((nskips + 1))
                continue
            fi ;;
    esac
    case ,$flags, in
        *,devfull,*)
            if ! test -c /dev/full; then
                echo "$me: skip: $name: no /dev/full"
                nskips=$((nskips + 1))
                continue
            fi ;;
    esac
    # which formats: all, or the next one in turn
    turn=no
    case $out,$loc,${BAD_INPUT_ALL_FORMATS:-no} in
        =,-,*|*,yes) ;;
        =,*) turn=yes ;;
    esac
    case ,$flags, in *,header,*) turn=no ;; esac
    i=0
    for fmt in $formats; do
        i=$((i + 1))
        case ,$flags, in
            *,header,*) test "x$fmt" = xheader || continue ;;
        esac
        if test $turn = yes && test $((ncases % nformats + 1)) -ne $i; then
            continue
        fi
        run_case "$name" "$cats" "$res" "$out" "$flags" "$loc" "$msg" "$fmt"
    done
done <"$corpus/cases"

test $root = no && chmod 700 g-ro-dir g-unreadable.def g-unreadable.txt
echo "$me: $ncases cases, $nruns runs, $nskips skipped, $failures failed"
test $ncases -gt 0 || hard_error "no cases ran"
finish
