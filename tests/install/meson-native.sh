#! /bin/sh
# meson-native.sh: examples/meson (docs/install.md#meson) with the
# installation that make made in tests/install/buildsys-dest
# (lib-buildsys.sh), found in the PATH: it configures, builds and runs with
# this build's compiler and flags; its program prints exactly the present
# integer constants of this build's mmap_consts.json, NAME VALUE, its own
# mmap_consts.json lists them alike, and the results mmapc-scan wrote for
# it are byte-identical to this build's probe-results.txt. A second build
# probes nothing again. Skipped (77) without meson or ninja, or in a cross
# build (the program could not run here; tests/install/buildsys-cross.sh
# builds it for other targets).

: "${top_srcdir:=.}" "${top_builddir:=.}"
mmapc_test_name=meson-native.sh
. "$top_srcdir/tests/lib/lib-buildsys.sh"

need meson ninja
if grep '^cross_compiling yes' "$top/probe-results.txt" >/dev/null; then
    skip "a cross build: this build's constants are not this machine's"
fi
check_installed

b=$scratch/build
# Meson reads CC, CFLAGS and CPPFLAGS from the environment.
run setup.log meson setup $meson_catalog "$b" "$srcdir/examples/meson" ||
    { fail "meson setup examples/meson"; finish; }
run compile.log meson compile -C "$b" || { fail "the example's build"; finish; }
if run example.out "$b/print-constants"; then
    compare "$scratch/example.out" "$top/mmap_consts.json" \
        "$b/mmap_consts.json" "examples/meson"
    same_results "$b/mmap_consts-results.txt" "$top/probe-results.txt" \
        "examples/meson"
else
    fail "the example's program"
fi
# The example's JSON has the values its header has.
"$py" -c 'import json, sys
d = json.load(open(sys.argv[1]))
for c in d["constants"]:
    if c["present"] and c["value"] is not None:
        print("%s %d" % (c["name"], c["value"]))' "$b/mmap_consts.json" \
    >"$scratch/json.out" || fail "reading the example's mmap_consts.json"
cmp "$scratch/json.out" "$scratch/example.out" >/dev/null ||
    fail "the example's mmap_consts.json and its program disagree"
run recompile.log meson compile -C "$b" || fail "the example's second build"
if grep 'mmap_consts-results' "$scratch/recompile.log" >/dev/null; then
    fail "a second build probed the compiler again"
else
    ok "a second build probes nothing"
fi
finish
