# make-inputs.sh: sourced in an empty working directory by the tests that
# run the bad-input corpus (tests/gen/bad-input.sh,
# tests/probes/catalog-corpus.sh), after
# tests/lib/prelude.sh, with $corpus (this directory) and $data
# (tests/data) set. It copies the corpus and the test data (as data-NAME)
# here and makes the inputs that are not plain text (g-*: NUL, CR and
# non-ASCII bytes, lines of 100 KB and more, missing final newlines, empty
# files, directories, unreadable files, links), most of them from good.def and
# good.txt. It sets $root to yes when running as root (who can read
# anything: no unreadable files then); otherwise the caller makes g-ro-dir
# and the unreadable files writable again before it ends.
root=no
test "`id -u 2>/dev/null`" = 0 && root=yes
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
printf '%%family XTRA\tExtra names\nXTRA_ONE\tXTRA\tflag\t-\tNUL \000 here\n' >g-nul-extra.def
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
printf '%%family XTRA\tExtra names\nXTRA_ONE\tXTRA\tflag\t-\tno newline' >g-trunc-extra.def
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
