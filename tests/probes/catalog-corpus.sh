#! /bin/sh
# catalog-corpus.sh: configure judges a catalog as mmapc-gen does. Every
# catalog case of the shared bad-input corpus (tests/bad-input/cases, the
# cat-* and ok-* lines whose catalogs are the text files c-*.def, good.def
# and ok-*.def) runs through configure: the first catalog as
# catalog/symbols.def of a scratch source tree, a second one as
# --with-extra-symbols. A bad case must stop configure with exit 1 and, as
# the first line on standard error, the FILE:LINE and message the corpus
# expects of mmapc-gen; a good one must pass the catalog check. The cases
# made by tests/gen/bad-input.sh (g-*: bytes awk cannot hold) are left to
# it.
. "${top_srcdir:-.}/tests/lib/prelude.sh"
scratch_dir probes/catalog-corpus
vpath_srcdir "$scratch"
corpus=`cd "$top_srcdir/tests/bad-input" && pwd` || exit 99
src=$scratch/src.case
mkdir "$src" "$src/catalog" || exit 99
cp -p "$vpath_srcdir/configure" "$src/configure" || exit 99
ln -s "$vpath_srcdir/build-aux" "$src/build-aux" &&
    ln -s "$vpath_srcdir/probes" "$src/probes" || exit 99
ran=0 good_seen=

# ere_escape TEXT: TEXT as an extended regular expression matching itself.
ere_escape() { printf '%s\n' "$1" | sed 's/[].[\\*^$+?(){}|]/\\&/g'; }

while read -r name catalogs results output flags location message; do
    case $name in
        cat-* | ok-*) ;;
        *) continue ;;
    esac
    case ,$catalogs, in
        *,g-* | *,/* | *,data-*) continue ;;
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
    cp "$corpus/$first" "$src/catalog/symbols.def" || exit 99
    ran=`expr $ran + 1`
    rm -rf "$scratch/build" && mkdir "$scratch/build" || exit 99
    (cd "$scratch/build" && "$src/configure" -q \
        ${extra:+--with-extra-symbols="$corpus/$extra"} </dev/null \
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
    first_re=`ere_escape "$first"`
    src_re=`ere_escape "$src/catalog/symbols.def"`
    where=`printf '%s\n' "$location" | sed "s|^$first_re:|$src/catalog/symbols.def:|"`
    test -z "$extra" || case $location in
        "$extra":*) where=$corpus/$location ;;
    esac
    msg_re=`printf '%s\n' "$message" | sed "s|$first_re|$src_re|g"`
    want="^`ere_escape "$where"`: $msg_re"
    got=`sed 1q "$scratch/err"`
    if test $st -ne 1; then
        fail "$name: configure exit $st, want 1"
    elif printf '%s\n' "$got" | grep -E "$want" >/dev/null; then
        ok "$name: `printf '%s\n' "$got" | sed 's|.*/||'`"
    else
        fail "$name: first line on stderr:"
        echo "  got:  $got"
        echo "  want: $want"
    fi
done <"$corpus/cases"
test $ran -gt 20 || fail "only $ran cases ran"
finish
