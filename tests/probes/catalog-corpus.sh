#! /bin/sh
# catalog-corpus.sh: configure judges a catalog as mmapc-gen does. Every
# catalog case of the shared bad-input corpus (tests/bad-input/cases: the
# cat-* lines, and the ok-* lines with a catalog of their own) runs through
# configure, its inputs made as for tests/gen/bad-input.sh (make-inputs.sh:
# the text files, and the g-* ones with NUL, CR and non-ASCII bytes, long
# lines, missing final newlines): the first catalog as catalog/symbols.def
# of a scratch source tree, a second one as --with-extra-symbols. A bad
# case must stop configure with exit 1 and, as the first line on standard
# error, the FILE:LINE and message the corpus expects of mmapc-gen, and no
# other line about that file (a case flagged other-first: a FILE:LINE:
# message about the file); a good one must pass the catalog check.
#
# Environment, besides tests/lib/prelude.sh's:
#   BAD_INPUT_CASES    only these cases (names, blank-separated)
. "${top_srcdir:-.}/tests/lib/prelude.sh"
scratch_tree probes/catalog-corpus
corpus=`cd "$top_srcdir/tests/bad-input" && pwd` || exit 99
data=`cd "$top_srcdir/tests/data" && pwd` || exit 99
src=$scratch/src.case
mkdir "$src" "$src/catalog" "$scratch/work" || exit 99
cp -p "$vpath_srcdir/configure" "$src/configure" || exit 99
ln -s "$vpath_srcdir/build-aux" "$src/build-aux" &&
    ln -s "$vpath_srcdir/probes" "$src/probes" || exit 99
(cd "$scratch/work" && . "$corpus/make-inputs.sh") || exit 99
work=$scratch/work
ran=0 good_seen=

# ere_escape TEXT: TEXT as an extended regular expression matching itself.
ere_escape() { printf '%s\n' "$1" | sed 's/[].[\\*^$+?(){}|]/\\&/g'; }

while read -r name catalogs results output flags location message; do
    case $name in
        cat-* | ok-*) ;;
        *) continue ;;
    esac
    if test -n "${BAD_INPUT_CASES:-}"; then
        case " $BAD_INPUT_CASES " in *" $name "*) ;; *) continue ;; esac
    fi
    case ,$catalogs, in
        *,/*) continue ;;
    esac
    old_ifs=$IFS IFS=,
    set x $catalogs
    IFS=$old_ifs
    shift
    test $# -le 2 || continue
    test $# -eq 1 || test "x$1" != "x$2" || continue
    # A good catalog costs a whole configure: each once.
    case $name:" $good_seen " in
        ok-*:*" $catalogs "*) continue ;;
        ok-*) good_seen="$good_seen $catalogs" ;;
    esac
    first=$1 extra=${2:-}
    cp "$work/$first" "$src/catalog/symbols.def" || exit 99
    ran=`expr $ran + 1`
    rm -rf "$scratch/build" && mkdir "$scratch/build" || exit 99
    (cd "$scratch/build" && "$src/configure" -q \
        ${extra:+--with-extra-symbols="$work/$extra"} </dev/null \
        >"$scratch/out" 2>"$scratch/err")
    st=$?
    if test "x$location" = x-; then
        if grep 'catalog has errors' "$scratch/err" >/dev/null; then
            fail "$name: configure refused a good catalog:"
            sed 's/^/  | /' "$scratch/err" | sed 5q
        else
            ok "$name: accepted"
        fi
        continue
    fi
    # The corpus names files as given; configure, its first catalog as
    # catalog/symbols.def of the source tree and the extra one in full.
    file=$src/catalog/symbols.def
    case $location in
        "$extra":*) file=$work/$extra ;;
    esac
    where=$file:${location##*:}
    # file names in the message too
    first_re=`ere_escape "$first"` src_re=`ere_escape "$src/catalog/symbols.def"`
    msg_re=`printf '%s\n' "$message" | sed "s|$first_re|$src_re|g"`
    if test -n "$extra"; then
        extra_re=`ere_escape "$extra"` work_re=`ere_escape "$work/$extra"`
        msg_re=`printf '%s\n' "$msg_re" | sed "s|$extra_re|$work_re|g"`
    fi
    want="^`ere_escape "$where"`: $msg_re"
    got=`sed 1q "$scratch/err"`
    case ,$flags, in
        *,other-first,*) want="^`ere_escape "$file"`:[1-9][0-9]*: " ;;
    esac
    if test $st -ne 1; then
        fail "$name: configure exit $st, want 1"
    elif ! printf '%s\n' "$got" | grep -E "$want" >/dev/null; then
        fail "$name: first line on stderr:"
        echo "  got:  $got"
        echo "  want: $want"
    elif test "`grep -c -F "$file:" "$scratch/err"`" -ne 1; then
        fail "$name: more than one message about the file:"
        sed 's/^/  | /' "$scratch/err" | sed 10q
    else
        ok "$name: `printf '%s\n' "$got" | sed 's|.*/||'`"
    fi
done <"$corpus/cases"
test "`id -u 2>/dev/null`" = 0 ||
    chmod 700 "$work/g-ro-dir" "$work/g-unreadable.def" "$work/g-unreadable.txt"
test -n "${BAD_INPUT_CASES:-}" || test $ran -gt 60 ||
    fail "only $ran cases ran"
finish
