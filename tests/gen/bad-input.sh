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
# newline, lines of 100 KB and more, empty files, directories) are made here.
#
# Environment, besides lib-gen.sh's:
#   BAD_INPUT_CASES    only these cases (names, blank-separated)
#   BAD_INPUT_FORMATS  only these formats (default: all of --help)
#   BAD_INPUT_ALL_FORMATS=yes  every case for every format
#   MMAPC_GEN_WRAPPER  a command to run the generator under (valgrind ...);
#                      it must exit with a status other than 0 and 1 when it
#                      finds an error
#   BAD_INPUT_TIMEOUT  seconds a case may take (default 120; needs timeout(1))

. "${top_srcdir:-.}/tests/lib/lib-gen.sh"

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
root=no
test "`id -u 2>/dev/null`" = 0 && root=yes

mkdir "$tmp/work" || hard_error mkdir
cd "$tmp/work" || hard_error cd

# ------------------------------------------------------------ the inputs
cp "$corpus"/*.def "$corpus"/*.txt . || hard_error "cannot copy the corpus"
for f in "$data"/*.def "$data"/*.txt; do
    cp "$f" "data-${f##*/}" || hard_error "cannot copy $f"
done

# line N FILE: line N of FILE, with its newline
line() { sed -n "$1p" "$2"; }
# lines M N FILE: lines M to N of FILE
lines() { sed -n "$1,$2p" "$3"; }
# repeat N TEXT: TEXT N times, no newline
repeat() { awk -v n="$1" -v t="$2" 'BEGIN { while (n-- > 0) printf "%s", t }'; }

: >g-empty.def
printf '\n' >g-newline.def
printf ' \n\t\n \t \n' >g-blanks.def
{ printf '#'; repeat 1022 x; echo; lines 2 11 good.def; } >g-long-1023.def
{ printf '#'; repeat 1023 x; echo; lines 2 11 good.def; } >g-long-1024.def
{ lines 1 10 good.def; printf 'MADV_FREE\tMADV\tint\t3.8\t'; repeat 20480 'long '; echo; } >g-long-100k.def
{ lines 1 10 good.def; repeat 16384 'a line of one megabyte, without a newline at the end '; } >g-long-1m.def
{ line 1 good.def; printf '#'; repeat 25600 ' long'; echo; lines 2 11 good.def; } >g-long-comment.def
{ lines 1 5 good.def; printf 'MAP\303\251_SHARED\tMAP\tflag\t2.x\tShare the mapping.\n'; lines 7 11 good.def; } >g-ident-utf8.def
{ lines 1 10 good.def; printf 'MADV_FREE\tMADV\tint\t3.8\t \t  \n'; } >g-descr-blanks.def
{ printf '\000'; cat good.def; } >g-nul-first.def
{ lines 1 8 good.def; printf 'MAP_ALIGNED\tMAP\tmacro\t-\tAlign\000the mapping.\n'; lines 10 11 good.def; } >g-nul-mid.def
{ cat good.def; printf '\000'; } >g-nul-end.def
printf '\000\000\000\000' >g-nul-only.def
{ lines 1 5 good.def; printf 'MAP_SHARED\tMAP\tflag\t2.x\tShare the mapping \342\200\223 or not.\n'; lines 7 11 good.def; } >g-utf8.def
{ lines 1 9 good.def; printf 'MADV_NORMAL\tMADV\tint\t3.8\tNo special caf\351 treatment.\n'; line 11 good.def; } >g-latin1.def
{ printf '\357\273\277'; cat good.def; } >g-bom.def
printf '\377\376#\000 \000u\000t\000f\000-\0001\0006\000\n\000' >g-utf16.def
{ lines 1 6 good.def; printf 'MAP_ANONYMOUS\tMAP\tflag,archdep\t2.x\tNot\001backed by a file.\n'; lines 8 11 good.def; } >g-ctrl.def
{ lines 1 7 good.def; printf '\177'; lines 8 11 good.def; } >g-del.def
{ lines 1 9 good.def; printf 'MADV_NORMAL\tMADV\tint\t3.8\tNo \033[1mspecial\033[0m treatment.\n'; line 11 good.def; } >g-esc.def
{ lines 1 4 good.def; printf '\f\n'; lines 6 11 good.def; } >g-ff.def
{ lines 1 5 good.def; printf 'MAP_SHARED\vMAP\tflag\t2.x\tShare the mapping.\n'; lines 7 11 good.def; } >g-vtab.def
printf '\177ELF\002\001\001\000\000\000\000\000\000\000\000\000\003\000>\000' >g-binary.def
awk '{ printf "%s\r\n", $0 }' good.def >g-crlf.def
{ lines 1 10 good.def; line 11 good.def | awk '{ printf "%s\r\n", $0 }'; } >g-crlf-last.def
awk '{ printf "%s\r", $0 }' good.def >g-cr-mac.def
{ lines 1 9 good.def; printf 'MADV_NORMAL\tMADV\tint\t3.8\tNo special\rtreatment.\n'; line 11 good.def; } >g-cr-mid.def
awk '{ printf "%s%s", sep, $0; sep = "\n" }' good.def >g-trunc.def
{ lines 1 7 good.def; printf 'MAP_FAILED\tMAP\tpoi'; } >g-trunc-mid.def
{ cat good.def; printf '# the end'; } >g-trunc-comment.def
{ cat good.def; awk 'BEGIN { for (i = 0; i < 100000; i++) printf "%%family F%d t\n", i
    print "%family F99999 again" }'; } >g-many-families.def
{ cat good.def; awk 'BEGIN { for (i = 0; i < 100000; i++) printf "S%d\tMAP\tflag\t-\tx\n", i
    printf "S99999\tMAP\tflag\t-\tagain\n" }'; } >g-many-symbols.def

: >g-empty.txt
printf '\n' >g-newline.txt
{ lines 1 11 good.txt; printf ' \t \n'; lines 12 21 good.txt; } >g-blanks-line.txt
{ lines 1 5 good.txt; printf 'cc '; repeat 20480 'long '; echo; lines 7 21 good.txt; } >g-long-100k.txt
repeat 16384 'a line of one megabyte, without a newline at the end ' >g-long-1m.txt
{ lines 1 5 good.txt; printf 'cc gcc (D\000ebian 12.2.0-14+deb12u1) 12.2.0\n'; lines 7 21 good.txt; } >g-nul.txt
{ cat good.txt; printf '\000'; } >g-nul-end.txt
{ lines 1 5 good.txt; printf 'cc gcc (Debian 12.2.0-14+deb12u1) 12.2.0 \342\200\230quoted\342\200\231\n'; lines 7 21 good.txt; } >g-utf8.txt
{ lines 1 4 good.txt; printf 'libc glibc 2.36 \351\n'; lines 6 21 good.txt; } >g-latin1.txt
printf '\377\376m\000m\000a\000p\000c\000\n\000' >g-utf16.txt
printf '\037\213\010\000\000\000\000\000\000\003' >g-binary.txt
awk '{ printf "%s\r\n", $0 }' good.txt >g-crlf.txt
{ lines 1 20 good.txt; line 21 good.txt | awk '{ printf "%s\r\n", $0 }'; } >g-crlf-last.txt
awk '{ printf "%s%s", sep, $0; sep = "\n" }' good.txt >g-trunc.txt
{ lines 1 16 good.txt; printf 'symbol MAP_ANON'; } >g-trunc-mid.txt
printf 'mmapc-results 1' >g-trunc-first.txt
{ lines 1 12 good.txt; awk 'BEGIN { for (i = 0; i < 100000; i++) printf "predef P%d 1\n", i
    print "predef P99999 2" }'; } >g-many-predefs.txt
{ lines 1 12 good.txt; awk 'BEGIN { for (i = 0; i < 100000; i++) printf "header h%d.h yes\n", i
    print "header h99999.h no" }'; } >g-many-headers.txt

ln -s good.txt g-link.txt && ln good.def g-hard.def || hard_error ln
mkdir g-dir.def g-dir.txt g-outdir g-ro-dir || hard_error mkdir
echo 'a regular file, where a directory is expected' >g-afile
if test $root = no; then
    cp good.def g-unreadable.def && cp good.txt g-unreadable.txt &&
        chmod 000 g-unreadable.def g-unreadable.txt || hard_error chmod
    chmod 555 g-ro-dir || hard_error chmod
fi

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
