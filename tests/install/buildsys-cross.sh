#! /bin/sh
# buildsys-cross.sh: examples/cmake (with its toolchain file) and
# examples/meson (with its cross file) built for aarch64-linux-gnu and
# mips-linux-gnu with the installation that make made in
# tests/install/buildsys-dest (lib-buildsys.sh). Each program runs under
# qemu-user and prints exactly the present integer constants of the
# mmap_consts.json of that target as mmap-consts's own ./configure --host
# finds them (configured here, turned into JSON by the installed
# mmapc-gen); the results mmapc-scan wrote for it are byte-identical to
# that configure's probe-results.txt. examples/cmake is also built for
# aarch64 with Clang (toolchains/clang-aarch64-linux-gnu.cmake), whose
# target option CMake adds and mmapc-scan must be given. Skipped (77) without cmake, meson, ninja, a cross compiler or
# its qemu-user.

: "${top_srcdir:=.}" "${top_builddir:=.}" "${MMAPC_EXTRA_SYMBOLS=}"
mmapc_test_name=buildsys-cross.sh
. "$top_srcdir/tests/lib/lib-buildsys.sh"

targets="aarch64-linux-gnu:aarch64 mips-linux-gnu:mips"
need cmake meson ninja clang
for t in $targets; do
    need ${t%%:*}-gcc qemu-${t#*:}
    test -d /usr/${t%%:*} || skip "no C library for ${t%%:*} in /usr/${t%%:*}"
done
check_installed

# Nothing of this build's native compiler or flags may reach the targets.
unset CC CFLAGS CPPFLAGS LDFLAGS LIBS CPP MAKEFLAGS MFLAGS MAKELEVEL
CONFIG_SITE=/dev/null
export CONFIG_SITE

vpath_srcdir "$scratch"
gen=$dest$mmapc_bindir/mmapc-gen$BUILD_EXEEXT

# check_example ID DIR JSON LABEL [RESULTS]: DIR/print-constants, run under
# qemu, prints the present integer constants of this target's reference
# JSON and of JSON, the one the example made; RESULTS, if given, the
# results the example's mmapc-scan wrote, are configure's.
check_example() {
    if run $target-$1.out $qemu "$2/print-constants"; then
        compare "$scratch/$target-$1.out" "$d/reference.json" "$3" "$target: $4"
        test -z "${5:-}" ||
            same_results "$5" "$d/configure/probe-results.txt" "$target: $4"
    else
        fail "$target: $4's program under qemu"
    fi
}
for t in $targets; do
    target=${t%%:*}
    qemu="qemu-${t#*:} -L /usr/$target"
    d=$scratch/$target
    mkdir -p "$d/configure" || hard_error mkdir

    # The reference: mmap-consts's configure for this target.
    extra=$MMAPC_EXTRA_SYMBOLS
    if run $target-configure.log sh -c 'cd "$1" && shift && "$@"' sh \
        "$d/configure" "$vpath_srcdir/configure" --host=$target \
        ${extra:+"--with-extra-symbols=$extra"} &&
        run $target-json.log "$gen" \
            --catalog "$dest$mmapc_pkgdatadir/symbols.def" \
            ${extra:+--catalog "$extra"} \
            --results "$d/configure/probe-results.txt" \
            --format json --output "$d/reference.json"; then
        ok "$target: ./configure --host=$target"
    else
        fail "$target: configure --host=$target"
        continue
    fi

    if run $target-cmake.log cmake -S "$srcdir/examples/cmake" -B "$d/cmake" \
        -DCMAKE_TOOLCHAIN_FILE="$srcdir/examples/cmake/toolchains/$target.cmake" \
        -DCMAKE_PREFIX_PATH="$prefix" &&
        run $target-cmake-build.log cmake --build "$d/cmake"; then
        check_example cmake "$d/cmake" "$d/cmake/mmap_consts/mmap_consts.json" \
            examples/cmake "$d/cmake/mmap_consts/mmap_consts-results.txt"
    else
        fail "$target: examples/cmake with toolchains/$target.cmake"
    fi

    if test $target = aarch64-linux-gnu; then
        tc=$srcdir/examples/cmake/toolchains/clang-$target.cmake
        if run $target-clang.log cmake -S "$srcdir/examples/cmake" \
            -B "$d/clang" -DCMAKE_TOOLCHAIN_FILE="$tc" \
            -DCMAKE_PREFIX_PATH="$prefix" &&
            run $target-clang-build.log cmake --build "$d/clang"; then
            if grep -e "--cc=.*clang.* --target=$target" \
                "$d/clang/mmap_consts/mmap_consts-scan.cmd" >/dev/null; then
                ok "$target: Clang's --target reaches mmapc-scan"
            else
                fail "$target: mmapc-scan was not given Clang's --target"
            fi
            check_example clang "$d/clang" "$d/clang/mmap_consts/mmap_consts.json" \
                "examples/cmake with Clang"
        else
            fail "$target: examples/cmake with toolchains/clang-$target.cmake"
        fi
    fi

    if run $target-meson.log meson setup $meson_catalog "$d/meson" \
        "$srcdir/examples/meson" \
        --cross-file "$srcdir/examples/meson/cross/$target.ini" &&
        run $target-meson-build.log meson compile -C "$d/meson"; then
        check_example meson "$d/meson" "$d/meson/mmap_consts.json" \
            examples/meson "$d/meson/mmap_consts-results.txt"
    else
        fail "$target: examples/meson with cross/$target.ini"
    fi
done
finish
