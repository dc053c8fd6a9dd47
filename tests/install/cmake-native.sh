#! /bin/sh
# cmake-native.sh: the installed CMake package (docs/install.md#cmake).
# With the installation that make made in tests/install/buildsys-dest
# (lib-buildsys.sh), and CMAKE_PREFIX_PATH naming it:
#   1. examples/cmake configures, builds and runs with this build's
#      compiler and flags; its program prints exactly the present integer
#      constants of this build's mmap_consts.json, NAME VALUE, and the
#      results mmapc-scan wrote for it are byte-identical to this build's
#      probe-results.txt;
#   2. a second build probes nothing again; new C flags probe again;
#   3. find_package(mmap-consts) defines the imported executables and the
#      version, refuses a version it is not compatible with, and
#      mmapc_generate_header's EXTRA_CATALOG and OUTPUT_DIR reach the
#      header.
# Skipped (77) without cmake, or in a cross build (the program could not
# run here; tests/install/buildsys-cross.sh builds it for other targets).

: "${top_srcdir:=.}" "${top_builddir:=.}"
mmapc_test_name=cmake-native.sh
. "$top_srcdir/tests/lib/lib-buildsys.sh"

need cmake
if grep '^cross_compiling yes' "$top/probe-results.txt" >/dev/null; then
    skip "a cross build: this build's constants are not this machine's"
fi
check_installed

# ----------------------------------------------------------- 1. the example
b=$scratch/example
# CMake reads CC and CFLAGS from the environment; CPPFLAGS joins CFLAGS.
CFLAGS="${CPPFLAGS:+$CPPFLAGS }${CFLAGS:-}"
export CFLAGS
run example-configure.log cmake -S "$srcdir/examples/cmake" -B "$b" \
    -DCMAKE_PREFIX_PATH="$prefix" || { fail "cmake examples/cmake"; finish; }
run example-build.log cmake --build "$b" || { fail "the example's build"; finish; }
grep 'Probing the target' "$scratch/example-build.log" >/dev/null ||
    fail "the build did not say it probed the compiler"
if run example.out "$b/print-constants"; then
    compare "$scratch/example.out" "$top/mmap_consts.json" \
        "$b/mmap_consts/mmap_consts.json" "examples/cmake"
    same_results "$b/mmap_consts/mmap_consts-results.txt" \
        "$top/probe-results.txt" "examples/cmake"
else
    fail "the example's program"
fi

# ------------------------------------------------- 2. probed again only if
run rebuild.log cmake --build "$b" || fail "the example's second build"
if grep 'Probing the target' "$scratch/rebuild.log" >/dev/null; then
    fail "a second build probed the compiler again"
else
    ok "a second build probes nothing"
fi
run reconfigure.log cmake -DCMAKE_C_FLAGS="$CFLAGS -DMMAPC_TEST_FLAG=1" "$b" &&
    run rebuild2.log cmake --build "$b" || fail "the build with new flags"
if grep 'Probing the target' "$scratch/rebuild2.log" >/dev/null &&
    grep 'CFLAGS=.*-DMMAPC_TEST_FLAG=1' "$b/mmap_consts/mmap_consts-scan.cmd" \
        >/dev/null; then
    ok "new C flags probe again, with the flags"
else
    fail "new C flags did not reach mmapc-scan"
fi

# ------------------------------------------------ 3. the package's interface
version=`"$dest$mmapc_bindir/mmapc-gen$BUILD_EXEEXT" --version | sed 's/.* //'`
p=$scratch/package
mkdir "$p" || hard_error mkdir
printf '%s\t%s\t%s\t%s\t%s\n' MAP_MMAPC_TEST_ABSENT MAP flag - \
    'A name no system defines.' >"$p/extra.def"
cat >"$p/uses.c" <<'EOC'
#include "mmap_consts.h"
#if !defined(MMAPC_HAVE_MAP_MMAPC_TEST_ABSENT) || MMAPC_HAVE_MAP_MMAPC_TEST_ABSENT
#error "the extra catalog did not reach the header"
#endif
#if !MMAPC_HAVE_MAP_SHARED
#error "no MAP_SHARED"
#endif
int mmapc_uses_map_shared = MMAPC_MAP_SHARED;
EOC
cat >"$p/CMakeLists.txt" <<EOC
cmake_minimum_required(VERSION 3.10)
project(mmapc-package-check LANGUAGES C)
find_package(mmap-consts 99 QUIET)
message(STATUS "asked 99: found '\${mmap-consts_FOUND}'")
find_package(mmap-consts $version EXACT REQUIRED)
message(STATUS "asked $version: found '\${mmap-consts_FOUND}' version '\${mmap-consts_VERSION}'")
foreach(t mmap-consts::mmapc-scan mmap-consts::mmapc-gen)
  get_target_property(loc \${t} IMPORTED_LOCATION)
  message(STATUS "\${t}: \${loc}")
endforeach()
message(STATUS "catalog: \${MMAPC_CATALOG}")
mmapc_generate_header(extra EXTRA_CATALOG extra.def OUTPUT_DIR gen-extra)
message(STATUS "header: \${extra_HEADER}")
add_library(uses STATIC uses.c)
target_link_libraries(uses PRIVATE extra)
EOC
if run package-configure.log cmake -S "$p" -B "$p/build" \
    -DCMAKE_PREFIX_PATH="$prefix" &&
    run package-build.log cmake --build "$p/build"; then
    ok "mmapc_generate_header with EXTRA_CATALOG and OUTPUT_DIR builds"
else
    fail "the package check project"
fi
log=$scratch/package-configure.log
for want in \
    "asked 99: found '0'" \
    "asked $version: found '1' version '$version'" \
    "mmap-consts::mmapc-scan: $dest$mmapc_bindir/mmapc-scan" \
    "mmap-consts::mmapc-gen: $dest$mmapc_bindir/mmapc-gen$BUILD_EXEEXT" \
    "catalog: $dest$mmapc_pkgdatadir/symbols.def" \
    "header: $p/build/gen-extra/mmap_consts.h"; do
    if grep -F -e "-- $want" "$log" >/dev/null; then
        ok "$want"
    else
        fail "cmake did not say: $want"
    fi
done
finish
