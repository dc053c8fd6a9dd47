#! /bin/sh
# install-consumer.sh: `make install` into a scratch DESTDIR puts each file
# where docs/install.md says; the installed mmap-consts.m4 holds
# MMAPC_CONSTANTS and what it uses, none of the macros only our configure
# calls, and the lists it shares with configure.ac (headers, functions) are
# written once; pkg-config reads the installed mmap-consts.pc;
# the installed Autoconf macro, generator and catalog build
# examples/consumer (autoreconf with ACLOCAL_PATH, configure, make), whose
# mmap_consts.h, written by its config.status (MMAPC_CONSTANTS's OUTPUTS),
# is byte-identical to this build's (same target, same catalog, same
# probes) and whose program runs; without ACLOCAL_PATH, autoreconf stops
# with a clear message; `make uninstall` leaves no file behind. Skipped (77) without autoreconf and automake.
#
# Scratch directory: tests/install/install-consumer.tmp in the build tree, removed
# when the test passes, kept for a look when it fails.

. "${top_srcdir:-.}/tests/lib/prelude.sh"

install_test install-consumer
cross=`sed -n 's/^cross_compiling //p' "$top/probe-results.txt"`

# The consumer must find the installed generator, not this build's.
unset MMAPC_GEN MMAPC_DATADIR

# ------------------------------------------------------------ 1. install
run install.log sub_make "$top" install DESTDIR="$dest" ||
    { fail "make install"; finish; }
for f in \
    "$mmapc_includedir/mmap_consts.h" \
    "$mmapc_pkgdatadir/mmap_consts.json" \
    "$mmapc_pkgdatadir/symbols.def" "$mmapc_pkgdatadir/feature-macros.h" \
    "$mmapc_pkgdatadir/target-macros.def" \
    "$mmapc_pkgdatadir/catalog.awk" "$mmapc_pkgdatadir/probe-source.awk" \
    "$mmapc_pkgdatadir/scan-cpp.awk" "$mmapc_pkgdatadir/read-records.awk" \
    "$mmapc_pkgdatadir/plan.awk" "$mmapc_pkgdatadir/presets.awk" "$mmapc_pkgdatadir/combine.awk" \
    "$mmapc_docdir/mmap_consts.md" \
    "$mmapc_man7dir/mmap_consts.7" \
    "$mmapc_pkgconfigdir/mmap-consts.pc" \
    "$mmapc_aclocaldir/mmap-consts.m4" \
    "$mmapc_bindir/mmapc-gen$BUILD_EXEEXT" "$mmapc_bindir/mmapc-scan" \
    "$mmapc_pkgdatadir/mmapc-scan-probe" "$mmapc_pkgdatadir/config.guess" \
    "$mmapc_pkgdatadir/config.sub"; do
    if test -f "$dest$f"; then
        ok "installed $f"
    else
        fail "not installed: $f"
    fi
done
for f in mmap_consts.h mmap_consts.json mmap_consts.md mmap_consts.7; do
    case $f in
        *.h) d=$mmapc_includedir ;; *.json) d=$mmapc_pkgdatadir ;;
        *.md) d=$mmapc_docdir ;; *.7) d=$mmapc_man7dir ;;
    esac
    cmp "$dest$d/$f" "$top/$f" || fail "the installed $f is not the build's"
done
cmp "$dest$mmapc_pkgdatadir/symbols.def" "$srcdir/catalog/symbols.def" ||
    fail "the installed catalog is not catalog/symbols.def"
test -x "$dest$mmapc_bindir/mmapc-gen$BUILD_EXEEXT" ||
    fail "the installed mmapc-gen is not executable"
echo "$me: installed files:"
(cd "$dest" && find . ! -type d -print | sort | sed 's/^/  /')

# ------------------------------------------- 2. the installed macro file
# Only what a consumer needs (docs/install.md): MMAPC_CONSTANTS and the
# macros it uses, directly or not; so none of the macros that only our
# configure.ac calls (MMAPC_SUMMARY, the build compiler...). The lists it
# shares with configure.ac are written once, there and in the sources.
AWK=${AWK:-awk}
m4file=$dest$mmapc_aclocaldir/mmap-consts.m4
# m4_defined FILE: the macros FILE defines, one per line.
m4_defined() {
    $AWK 'match($0, /^(AC_DEFUN|AC_DEFUN_ONCE|m4_define)\(\[[A-Za-z0-9_]+\]/) {
        s = substr($0, 1, RLENGTH); sub(/^[^[]*\[/, "", s); sub(/\]$/, "", s)
        print s }' "$1" | sort
}
# m4_reached FILE: the macros of FILE that MMAPC_CONSTANTS uses, itself
# included: a word of a definition's body (comments aside) uses the macro
# of that name. Asking whether a macro ran or is defined, or ordering
# against it (m4_provide_if, m4_ifdef, AC_BEFORE), needs no definition.
m4_reached() {
    $AWK '/^[ \t]*#/ { next }
      { line = $0
        sub(/(^|[^A-Za-z0-9_])dnl([^A-Za-z0-9_].*)?$/, "", line)
        if (match(line, /^(AC_DEFUN|AC_DEFUN_ONCE|m4_define)\(\[[A-Za-z0-9_]+\]/)) {
          cur = substr(line, 1, RLENGTH); sub(/^[^[]*\[/, "", cur); sub(/\]$/, "", cur)
          def[cur] = 1; line = substr(line, RLENGTH + 1) }
        if (cur == "") next
        gsub(/(m4_provide_if|AC_PROVIDE_IFELSE|m4_ifdef)\(\[[A-Za-z0-9_]+\]/, "", line)
        gsub(/AC_BEFORE\(\[[^]]*\], *\[[A-Za-z0-9_]+\]\)/, "", line)
        while (match(line, /[A-Za-z_][A-Za-z0-9_]*/)) {
          edges[cur] = edges[cur] " " substr(line, RSTART, RLENGTH)
          line = substr(line, RSTART + RLENGTH) } }
      END { if (!("MMAPC_CONSTANTS" in def)) exit
        n = 1; queue[1] = "MMAPC_CONSTANTS"; seen["MMAPC_CONSTANTS"] = 1
        for (i = 1; i <= n; i++) {
          k = split(edges[queue[i]], w, " ")
          for (j = 1; j <= k; j++)
            if ((w[j] in def) && !(w[j] in seen)) { seen[w[j]] = 1; queue[++n] = w[j] } }
        for (m in seen) print m }' "$1" | sort
}
if test -f "$m4file"; then
    defined=`m4_defined "$m4file"`
    reached=`m4_reached "$m4file"`
    case " `echo $defined` " in
        *" MMAPC_CONSTANTS "*) ok "mmap-consts.m4 defines MMAPC_CONSTANTS" ;;
        *) fail "mmap-consts.m4 does not define MMAPC_CONSTANTS" ;;
    esac
    dups=`echo "$defined" | uniq -d`
    test -z "$dups" || fail "mmap-consts.m4 defines more than once:" $dups
    # Autoconf's own macros that it redefines (the cache dump, which prints
    # the probes' cache entries) are used by AC_INIT, not by MMAPC_CONSTANTS.
    for m in $defined; do
        case $m in _AC_*) continue ;; esac
        echo "$reached" | grep "^$m\$" >/dev/null ||
            fail "mmap-consts.m4 defines $m, which MMAPC_CONSTANTS does not use"
    done
    # The MMAPC_ macros our configure.ac calls that MMAPC_CONSTANTS does
    # not use: our own business, which must not be defined there.
    project=
    for m in `sed -n 's/^\(MMAPC_[A-Z0-9_]*\).*/\1/p' "$srcdir/configure.ac" | sort -u`; do
        echo "$reached" | grep "^$m\$" >/dev/null || project="$project $m"
    done
    case "$project " in
        *" MMAPC_SUMMARY "*) ;;
        *) fail "MMAPC_SUMMARY is not among configure.ac's own macros:$project" ;;
    esac
    for m in $project; do
        case " `echo $defined` " in
            *" $m "*) fail "mmap-consts.m4 defines $m, which only our configure uses" ;;
        esac
    done
    test $failures -eq 0 &&
        ok "mmap-consts.m4 defines none of configure.ac's own macros:$project"
else
    fail "no $m4file"
fi
# Each shared list, by every pair of neighbouring items (brackets and line
# breaks aside), occurs once: in its definition.
for list in MMAPC_HEADERS MMAPC_FUNCTIONS; do
    items=`$AWK -v m="$list" 'index($0, "m4_define([" m "],") == 1 {
        on = 1; $0 = substr($0, length(m) + 14) }
      on { line = $0; gsub(/[][()]/, " ", line); printf "%s ", line
           if (index($0, "])")) exit }' "$srcdir/probes/mmapc_probe.m4"`
    set x $items
    shift
    if test $# -lt 2; then
        fail "no list $list in probes/mmapc_probe.m4"
        continue
    fi
    for where in installed sources; do
        case $where in
            installed) files=$m4file label=mmap-consts.m4 ;;
            sources) files="$srcdir/configure.ac `echo "$srcdir"/probes/*.m4`
                $srcdir/examples/consumer/configure.ac"
                label="configure.ac, probes/*.m4 and examples/consumer" ;;
        esac
        # Every file is one line of words; a pair is " A B ".
        again=`$AWK -v items="$*" '
          { gsub(/[][\t]/, " "); text = text " " $0 " " }
          END { gsub(/  +/, " ", text); n = split(items, it, " ")
            for (i = 1; i < n; i++) {
              pair = " " it[i] " " it[i + 1] " "; count = 0; t = text
              while ((k = index(t, pair)) > 0) { count++; t = substr(t, k + 1) }
              if (count != 1) print it[i], it[i + 1], "(" count " times)" } }' $files`
        if test -n "$again"; then
            fail "$list: items side by side other than once in $label:"
            echo "$again" | sed 's/^/  /'
        else
            ok "$list ($# items) is written once in $label"
        fi
    done
done

# --------------------------------------------------------- 3. pkg-config
gen_version=`"$top/gen/mmapc-gen$BUILD_EXEEXT" --version | sed 's/.* //'`
pc_prefix=$dest$mmapc_prefix
if test -z "${PKG_CONFIG:-}"; then
    echo "$me: note: no pkg-config; mmap-consts.pc not read"
elif case $mmapc_includedir in "$mmapc_prefix"/*) false ;; *) true ;; esac; then
    echo "$me: note: includedir is not under the prefix; pkg-config not tried"
else
    pc() {
        PKG_CONFIG_PATH=$dest$mmapc_pkgconfigdir "$PKG_CONFIG" \
            --define-variable=prefix="$pc_prefix" "$@" mmap-consts
    }
    got=`pc --cflags` || fail "pkg-config --cflags mmap-consts"
    want="-I$dest$mmapc_includedir"
    test "x`echo $got`" = "x$want" ||
        fail "pkg-config --cflags: '$got', want '$want'"
    got=`pc --libs` || fail "pkg-config --libs mmap-consts"
    test -z "`echo $got`" || fail "pkg-config --libs: '$got', want nothing"
    got=`pc --modversion`
    test "x$got" = "x$gen_version" ||
        fail "pkg-config --modversion: '$got', want '$gen_version'"
    got=`pc --variable=catalog`
    test "x$got" = "x$dest$mmapc_pkgdatadir/symbols.def" ||
        fail "pkg-config --variable=catalog: '$got'"
    echo '#include <mmap_consts.h>
int mmapc_pc_test = MMAPC_HAVE_MAP_SHARED;' >"$scratch/pc.c"
    run pc-compile.log ${CC:-cc} $CPPFLAGS $CFLAGS `pc --cflags` \
        -c -o "$scratch/pc.o" "$scratch/pc.c" ||
        fail "a file including <mmap_consts.h> with pkg-config --cflags"
    test $failures -eq 0 && ok "pkg-config: $want, no libs, version $gen_version"
fi

# ---------------------------------------- 4. the consumer: autoreconf
mkdir "$scratch/src" "$scratch/build" || hard_error mkdir
for f in configure.ac Makefile.am main.c; do
    cp "$srcdir/examples/consumer/$f" "$scratch/src/$f" &&
        chmod u+w "$scratch/src/$f" || hard_error "cp $f"
done
# Without the installed macro file on aclocal's path, autoreconf stops on
# the example's m4_pattern_forbid([^MMAPC_]) and names the macro.
mkdir "$scratch/nopath" || hard_error mkdir
cp "$scratch/src/configure.ac" "$scratch/src/Makefile.am" "$scratch/src/main.c" \
    "$scratch/nopath/" || hard_error cp
if (cd "$scratch/nopath" && autoreconf -fi) >"$scratch/nopath.log" 2>&1; then
    fail "autoreconf without ACLOCAL_PATH succeeded"
elif grep 'configure.ac:[0-9]*: error: possibly undefined macro: MMAPC_CONSTANTS' \
    "$scratch/nopath.log" >/dev/null; then
    ok "autoreconf without ACLOCAL_PATH: possibly undefined macro: MMAPC_CONSTANTS"
else
    fail "autoreconf without ACLOCAL_PATH: no clear message"
    sed 's/^/  | /' "$scratch/nopath.log" | tail -10
fi
ACLOCAL_PATH=$dest$mmapc_aclocaldir${ACLOCAL_PATH:+:$ACLOCAL_PATH}
export ACLOCAL_PATH
if run autoreconf.log sh -c 'cd "$1" && autoreconf -fi' sh "$scratch/src"
then
    ok "autoreconf -fi with ACLOCAL_PATH=$ACLOCAL_PATH"
else
    fail "autoreconf of the example"
    finish
fi
grep 'mmapc_probe_dir' "$scratch/src/configure" >/dev/null ||
    fail "the example's configure does not have the installed macros"

# ----------------------------------------- 5. configure, make and run
# --with-mmap-consts=PREFIX when the layout is the default one; else the
# variables.
eval "set x `config_args consumer`"
shift
case $mmapc_bindir:$mmapc_pkgdatadir in
    "$mmapc_prefix/bin:$mmapc_prefix/share/mmap-consts")
        set x "$@" --with-mmap-consts="$dest$mmapc_prefix" ;;
    *)
        set x "$@" MMAPC_GEN="$dest$mmapc_bindir/mmapc-gen$BUILD_EXEEXT" \
            MMAPC_DATADIR="$dest$mmapc_pkgdatadir" ;;
esac
shift
echo "$me: ../src/configure $*"
if run configure.log sh -c 'cd "$1" && shift && ../src/configure "$@"' sh \
    "$scratch/build" "$@"; then
    ok "the example configures"
else
    fail "the example's configure"
    finish
fi
b=$scratch/build
# The installed macros bring the cache dump that writes each catalog name's
# entry, kept in a file, not in a shell variable (docs/install.md).
grep '^mmapc_cv_sym_MAP_SHARED=' "$b/config.log" >/dev/null &&
    ok "the example's config.log lists the catalog names' cache variables" ||
    fail "the example's config.log has no mmapc_cv_sym_MAP_SHARED"
got=`sed -n 's/^MMAPC_GEN = //p' "$b/Makefile"`
test "x$got" = "x$dest$mmapc_bindir/mmapc-gen$BUILD_EXEEXT" ||
    fail "MMAPC_GEN is '$got'"
got=`sed -n 's/^MMAPC_CATALOG = //p' "$b/Makefile"`
test "x$got" = "x$dest$mmapc_pkgdatadir/symbols.def" ||
    fail "MMAPC_CATALOG is '$got'"
if grep 'mmap-consts .* configured' "$scratch/configure.log" >/dev/null; then
    fail "the example's configure printed mmap-consts's summary"
fi
run make.log sub_make "$b" || { fail "make in the example"; finish; }
if cmp "$b/mmap_consts.h" "$top/mmap_consts.h"; then
    ok "the example's mmap_consts.h is byte-identical to this build's"
else
    fail "the example's mmap_consts.h differs from this build's"
    diff "$top/probe-results.txt" "$b/mmap_consts-results.txt" | sed 20q
    diff "$top/mmap_consts.h" "$b/mmap_consts.h" | sed 20q
fi
cmp "$b/mmap_consts-results.txt" "$top/probe-results.txt" ||
    fail "the example's probe results differ from this build's"
if test "x$cross" = xyes; then
    echo "$me: note: cross-compiling: the example's program is not run"
elif run consumer.log "$b/consumer"; then
    ok "the example runs: `cat "$scratch/consumer.log" | tr '\n' ' '`"
else
    fail "the example's program"
fi

# ------------------------- 6. MMAPC_GEN alone; a wrong MMAPC_DATADIR
# A relative MMAPC_GEN: the catalog is found beside its bin directory.
rel_gen=../dest$mmapc_bindir/mmapc-gen$BUILD_EXEEXT
eval "set x `config_args consumer`"
shift
if run configure2.log sh -c 'cd "$1" && shift && ../src/configure "$@"' sh \
    "$b" "$@" MMAPC_GEN="$rel_gen"; then
    got=`sed -n 's/^MMAPC_CATALOG = //p' "$b/Makefile"`
    case $mmapc_bindir:$mmapc_pkgdatadir in
        "$mmapc_prefix/bin:$mmapc_prefix/share/mmap-consts")
            test "x$got" = "x$dest$mmapc_pkgdatadir/symbols.def" ||
                fail "MMAPC_GEN=$rel_gen: MMAPC_CATALOG is '$got'" ;;
    esac
    cmp "$b/mmap_consts-results.txt" "$top/probe-results.txt" ||
        fail "MMAPC_GEN=$rel_gen: other probe results"
    ok "MMAPC_GEN=$rel_gen finds $got"
else
    case $mmapc_bindir:$mmapc_pkgdatadir in
        "$mmapc_prefix/bin:$mmapc_prefix/share/mmap-consts")
            fail "configure with MMAPC_GEN=$rel_gen" ;;
    esac
fi
if (cd "$b" && ../src/configure "$@" MMAPC_GEN="$rel_gen" \
    MMAPC_DATADIR="$scratch/nowhere") >"$scratch/configure3.log" 2>&1; then
    fail "configure accepted MMAPC_DATADIR=$scratch/nowhere"
elif grep "no $scratch/nowhere/symbols.def: set MMAPC_DATADIR" \
    "$scratch/configure3.log" >/dev/null; then
    ok "a wrong MMAPC_DATADIR is reported"
else
    fail "a wrong MMAPC_DATADIR: no clear message"
fi

# ---------------------------------------------------------- 7. uninstall
run uninstall.log sub_make "$top" uninstall DESTDIR="$dest" ||
    fail "make uninstall"
left=`cd "$dest" && find . ! -type d -print`
if test -n "$left"; then
    fail "make uninstall left files behind:"
    echo "$left" | sed 's/^/  /'
else
    ok "make uninstall removed every file"
fi
finish
