#!/usr/bin/env bash
# bench/run.sh: what configure costs, against stock per-symbol Autoconf probing.
#
# Usage: bench/run.sh [OPTIONS]        (make bench runs it; BENCH_FLAGS=...)
#
#   --runs=N          timed runs of each configure (default 5, or $BENCH_RUNS)
#   --baseline-scaled-runs=N
#                     timed runs of the baseline with the larger catalog;
#                     default 0: it is slow, so only its counting run is
#                     timed (marked * in the table: the wrapper costs it a
#                     little, about 2 ms per compiler run)
#   --extra=N         the larger catalog: the shipped one plus N synthetic
#                     names, about half of them defined (default 10000)
#   --no-scale        measure the shipped catalog only
#   --no-baseline     leave the stock baseline out (its speed-up targets
#                     are then not checked): the other figures in minutes
#   --huge=N          also one run of ours with N synthetic names (default
#                     0: none; the issue asks for 100000), reported only
#   --engine          also the engine alone, as a CMake or Meson build runs
#                     it (mmapc-scan from a scratch installation of this
#                     build), beside an empty CMake and Meson configure
#                     (needs MMAPC_BENCH_BUILDDIR, which make bench sets)
#   --host=TRIPLET    cross target (default mips-linux-gnu); skipped when
#                     TRIPLET-gcc is not installed
#   --no-cross        native only
#   --cc=CC           the native compiler (default: gcc, else cc)
#   --workdir=DIR     scratch directory (default: a new one under $TMPDIR)
#   --keep            keep the scratch directory
#
# Three configures are compared, run alternately (ours, baseline, empty,
# ours, baseline, empty, ...) in fresh build directories:
#   ours      the project's configure ($srcdir/configure);
#   baseline  generated from the same catalog with stock macros
#             (bench/baseline.awk: AC_CHECK_DECL per name, AC_COMPUTE_INT
#             per present integer, AC_CHECK_FUNCS, ...);
#   empty     AC_INIT + AC_PROG_CC + AC_OUTPUT, the floor.
# Each is also run once, untimed, with CC set to a wrapper that counts the
# compiler's runs. Reports the median wall time, the ratios and the
# compiler runs; checks that ours and the baseline find the same values.
# Exit status: 0 all targets met, 1 a target missed or a result wrong,
# 77 cannot run here (no autoconf), 2 usage error.
#
# Targets (docs/benchmarks.md): constants cost at most 3 compiler runs whatever the catalog's
# size; the whole configure at most 1.6x the empty one; with the larger
# catalog at most 1.5x the configure with the shipped one; at least 20x
# faster than the baseline natively and 50x when cross-compiling. The
# baseline with the larger catalog runs only with --baseline-scaled-runs.

set -u
export LC_ALL=C

runs=${BENCH_RUNS:-5}
baseline_scaled_runs=0
baseline=yes
extra=10000
huge=0
engine=no
host=mips-linux-gnu
cross=yes
native_cc=
workdir=
keep=no

for arg; do
  case $arg in
    --runs=*) runs=${arg#*=} ;;
    --baseline-scaled-runs=*) baseline_scaled_runs=${arg#*=} ;;
    --extra=*) extra=${arg#*=} ;;
    --no-scale) extra=0 ;;
    --no-baseline) baseline=no ;;
    --huge=*) huge=${arg#*=} ;;
    --engine) engine=yes ;;
    --host=*) host=${arg#*=} ;;
    --no-cross) cross=no ;;
    --cc=*) native_cc=${arg#*=} ;;
    --workdir=*) workdir=${arg#*=} ;;
    --keep) keep=yes ;;
    -h | --help) sed -n '2,/^$/s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) echo "$0: unknown option $arg (see --help)" >&2; exit 2 ;;
  esac
done
for v in "$runs" "x$extra" "x$huge" "x$baseline_scaled_runs"; do
  case $v in
    x[0-9] | x[0-9]*[0-9]) ;;
    '' | *[!0-9]* | 0) echo "$0: --runs needs a positive number, --extra, --huge and --baseline-scaled-runs a number" >&2; exit 2 ;;
  esac
done

srcdir=${srcdir:-$(cd "$(dirname "$0")/.." && pwd)}
srcdir=$(cd "$srcdir" && pwd)
AUTOCONF=${AUTOCONF_FOR_BENCH:-autoconf}
AWK=${AWK:-awk}

skip () { echo "bench: SKIP: $*"; exit 77; }
die () { echo "bench: error: $*" >&2; exit 2; }

$AUTOCONF --version >/dev/null 2>&1 ||
  skip "autoconf is not installed; the baseline and the empty configure are made with it"
test -x "$srcdir/configure" || die "$srcdir/configure is missing (run autoreconf -fi)"
if test -z "$native_cc"; then
  for c in gcc cc; do
    command -v $c >/dev/null 2>&1 && { native_cc=$c; break; }
  done
  test -n "$native_cc" || skip "no native C compiler (gcc or cc) found"
fi
if test $cross = yes && ! command -v "$host-gcc" >/dev/null 2>&1; then
  echo "bench: $host-gcc is not installed: skipping the cross measurements"
  cross=no
fi

if test -z "$workdir"; then
  workdir=$(mktemp -d "${TMPDIR:-/tmp}/mmapc-bench.XXXXXX") || die "cannot create a scratch directory"
else
  mkdir -p "$workdir" || die "cannot create $workdir"
fi
workdir=$(cd "$workdir" && pwd)
if test $keep = no; then
  trap 'rm -rf "$workdir"' EXIT
fi
echo "bench: scratch directory $workdir"

now () { echo "${EPOCHREALTIME:-$(date +%s.%N)}"; }

# ------------------------------------------------------------- inputs
# The catalog as configure reads it, the feature macros, the headers and the
# functions of configure.ac (MMAPC_HEADERS and MMAPC_FUNCTIONS of
# probes/mmapc_probe.m4), all taken from the sources so the baseline probes
# exactly what ours does.
$AWK -f "$srcdir/probes/catalog.awk" "$srcdir/catalog/symbols.def" >"$workdir/catalog.lst" ||
  die "catalog/symbols.def does not validate"
# The probes' prologue: probes/feature-macros.h, then the two headers
# _MMAPC_FEATURES of probes/mmapc_probe.m4 adds.
test -s "$srcdir/probes/feature-macros.h" || die "no probes/feature-macros.h"
{ echo 'm4_define([_MMAPC_FEATURES], [['
  cat "$srcdir/probes/feature-macros.h"
  printf '%s\n' '#include <sys/types.h>' '#include <limits.h>]])'
} >"$workdir/features.m4"
macro_args () {   # the first argument of the call of macro $1 in configure.ac
  $AWK -v m="$1" '
    index($0, m "(") == 1 { on = 1; $0 = substr($0, length(m) + 2) }
    on { i = index($0, ")"); if (i) { printf "%s ", substr($0, 1, i - 1); exit }
         printf "%s ", $0 }' "$srcdir/configure.ac" |
    sed 's/m4_defn(//g; s/[][]/ /g' | tr -s ' \t' '  ' | sed 's/^ //;s/ $//'
}
m4_list () {   # a list as configure.ac gives it, or the m4_define it names
  case $1 in
    *' '* | '') echo "$1" ;;
    *) list=$(cat "$srcdir"/probes/*.m4 | $AWK -v m="$1" '
         index($0, "m4_define([" m "],") == 1 { on = 1; $0 = substr($0, length(m) + 14) }
         on { line = $0; gsub(/[][()]/, " ", line); printf "%s ", line; if (index($0, "])")) exit }' |
         tr -s ' \t' '  ' | sed 's/^ //;s/ $//')
       echo "${list:-$1}" ;;
  esac
}
headers=$(m4_list "$(macro_args MMAPC_CHECK_HEADERS)")
funcs=$(m4_list "$(macro_args MMAPC_CHECK_FUNCS)")
case $headers,$funcs in
  ,* | *, | [A-Z_]*,* | *,[A-Z_]*[A-Z_]) die "cannot find the lists of MMAPC_CHECK_HEADERS and MMAPC_CHECK_FUNCS in configure.ac and probes/*.m4";;
esac
base_count=$($AWK '$1 == "sym"' "$workdir/catalog.lst" | wc -l | tr -d ' ')

# The larger catalog: the shipped one plus $extra synthetic names, half of
# them defined by a sys/mman.h wrapper (and the same for --huge).
synth () {   # DIR COUNT
  mkdir -p "$1/sys"
  $AWK -v n="$2" -v catalog="$1/extra.def" \
    -v header="$1/sys/mman.h" -v expect="$1/expected.txt" \
    -f "$srcdir/bench/synth.awk" </dev/null
}
scale=1
if test "$extra" -gt 0; then
  scale=x$extra
  synth "$workdir/synth" "$extra"
  $AWK -f "$srcdir/probes/catalog.awk" "$srcdir/catalog/symbols.def" "$workdir/synth/extra.def" \
    >"$workdir/catalog-scaled.lst" || die "the synthetic catalog does not validate"
fi
test "$huge" -gt 0 && synth "$workdir/huge" "$huge"

# ------------------------------------------------------------- configures
make_configure () {   # DIR CATALOG.lst|empty
  mkdir -p "$1"
  if test "$2" = empty; then
    printf 'AC_INIT([mmapc-empty], [1])\nAC_PROG_CC\nAC_OUTPUT\n' >"$1/configure.ac"
  else
    $AWK -v features="$workdir/features.m4" -v headers="$headers" -v funcs="$funcs" \
      -f "$srcdir/bench/baseline.awk" "$2" >"$1/configure.ac"
  fi
  (cd "$1" && $AUTOCONF) || die "autoconf failed in $1"
  rm -rf "$1/autom4te.cache"
}
echo "bench: generating the baseline and empty configures with $($AUTOCONF --version | sed 1q)"
make_configure "$workdir/empty" empty
test $baseline = yes && make_configure "$workdir/baseline" "$workdir/catalog.lst"
test "$extra" -gt 0 && test "$baseline_scaled_runs" -gt 0 &&
  make_configure "$workdir/baseline-scaled" "$workdir/catalog-scaled.lst"

# The counting wrapper: one line per compiler run, then the real compiler.
make_wrapper () {   # NAME REAL-CC
  cat >"$workdir/bin/$1" <<EOF
#!/bin/sh
echo "\$*" >>"\$MMAPC_BENCH_COUNTER"
exec $2 "\$@"
EOF
  chmod +x "$workdir/bin/$1"
}
mkdir -p "$workdir/bin"
make_wrapper cc-native "$native_cc"
test $cross = yes && make_wrapper cc-cross "$host-gcc"

# ------------------------------------------------------------- running
# run_configure ID CONFIGURE COUNT(yes|no) ARGS...: one run of CONFIGURE in a
# fresh directory; its wall time (s) goes to $workdir/times/ID, the compiler
# runs to $workdir/counts/ID when counting. Keeps the last run's directory.
mkdir -p "$workdir/times" "$workdir/counts" "$workdir/logs"
failed=no
run_configure () {
  id=$1 conf=$2 count=$3; shift 3
  dir=$workdir/run/$id
  rm -rf "$dir" && mkdir -p "$dir" || die "cannot create $dir"
  if test $count = yes; then
    : >"$workdir/counts/$id.lst"
    t0=$(now)
    (cd "$dir" && MMAPC_BENCH_COUNTER=$workdir/counts/$id.lst "$conf" "$@" >out.txt 2>&1)
    st=$?
    t1=$(now)
    echo "$t0 $t1" | $AWK '{ printf "%.3f\n", $2 - $1 }' >>"$workdir/times/$id.wrapped"
  else
    t0=$(now)
    (cd "$dir" && "$conf" "$@" >out.txt 2>&1)
    st=$?
    t1=$(now)
    echo "$t0 $t1" | $AWK '{ printf "%.3f\n", $2 - $1 }' >>"$workdir/times/$id"
  fi
  if test $st -ne 0; then
    echo "bench: $id: configure failed (exit $st); its output:" >&2
    tail -n 20 "$dir/out.txt" >&2
    cp "$dir/config.log" "$workdir/logs/$id.config.log" 2>/dev/null
    failed=yes
    return 1
  fi
}

median () {   # the median of the numbers in file $1
  test -s "$1" || { echo -; return; }
  sort -n "$1" | $AWK '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# measure SET CATALOG-ARGS...: the three configures of one set (native or
# cross, shipped or scaled catalog). Environment: a clean one, so the user's
# CFLAGS or CONFIG_SITE change nothing.
measure () {
  set_name=$1 where=$2 baseline_conf=$3 baseline_runs=$4; shift 4
  case $where in
    native) cc=$native_cc wrapper=$workdir/bin/cc-native; set -- "$@" ;;
    cross) cc=$host-gcc wrapper=$workdir/bin/cc-cross; set -- --host="$host" "$@" ;;
  esac
  echo "bench: $set_name: counting compiler runs"
  run_configure "$set_name.ours" "$srcdir/configure" yes "$@" CC="$wrapper"
  cp "$workdir/run/$set_name.ours/out.txt" "$workdir/logs/$set_name.ours.out" 2>/dev/null
  cp "$workdir/run/$set_name.ours/probe-results.txt" "$workdir/logs/$set_name.ours.results" 2>/dev/null
  test -n "$baseline_conf" && {
    run_configure "$set_name.baseline" "$baseline_conf" yes "$@" CC="$wrapper"
    cp "$workdir/run/$set_name.baseline/baseline-results.txt" "$workdir/logs/$set_name.baseline.results" 2>/dev/null; }
  run_configure "$set_name.empty" "$workdir/empty/configure" yes "$@" CC="$wrapper"
  i=1
  while test $i -le "$runs"; do
    echo "bench: $set_name: timed round $i of $runs"
    run_configure "$set_name.ours" "$srcdir/configure" no "$@" CC="$cc"
    test -n "$baseline_conf" && test $i -le "$baseline_runs" &&
      run_configure "$set_name.baseline" "$baseline_conf" no "$@" CC="$cc"
    run_configure "$set_name.empty" "$workdir/empty/configure" no "$@" CC="$cc"
    i=$((i + 1))
  done
}

# The sets. CPPFLAGS reaches the synthetic sys/mman.h for the scaled
# catalog; it is given to all three configures alike.
unset CC CFLAGS CPPFLAGS LDFLAGS LIBS CPP CONFIG_SITE CONFIG_SHELL
export CONFIG_SITE=/dev/null
loadavg () { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown; }
load_before=$(loadavg)
sets=
add_set () { sets="$sets $1"; }
base_conf=
test $baseline = yes && base_conf=$workdir/baseline/configure
measure native "native" "$base_conf" "$runs"; add_set native
test $cross = yes && { measure cross cross "$base_conf" "$runs"; add_set cross; }
if test "$extra" -gt 0; then
  scaled_args="--with-extra-symbols=$workdir/synth/extra.def CPPFLAGS=-I$workdir/synth"
  base_scaled=
  test "$baseline_scaled_runs" -gt 0 && base_scaled=$workdir/baseline-scaled/configure
  measure native-$scale native "$base_scaled" "$baseline_scaled_runs" $scaled_args
  add_set native-$scale
  test $cross = yes && {
    measure cross-$scale cross "$base_scaled" "$baseline_scaled_runs" $scaled_args
    add_set cross-$scale; }
fi
# --huge: one counting run of ours, natively.
if test "$huge" -gt 0; then
  echo "bench: native-x$huge: one run of ours with $huge extra names"
  run_configure native-x$huge.ours "$srcdir/configure" yes \
    --with-extra-symbols="$workdir/huge/extra.def" CPPFLAGS=-I"$workdir/huge" CC="$workdir/bin/cc-native"
  cp "$workdir/run/native-x$huge.ours/out.txt" "$workdir/logs/native-x$huge.ours.out" 2>/dev/null
  cp "$workdir/run/native-x$huge.ours/probe-results.txt" "$workdir/logs/native-x$huge.ours.results" 2>/dev/null
fi

# ------------------------------------------------------------- the engine
# --engine: mmapc-scan from a scratch installation of this build, as a CMake
# or Meson build would run it, beside an empty CMake and Meson configure and
# beside what their users write by hand for the same catalog: CMake's
# check_symbol_exists per name (presence only: CMake has no compile-only
# way to read a value back), Meson's has_header_symbol per name and
# compute_int per present integer (by compiles, also when cross-compiling).
engine_sets=
if test $engine = yes; then
  test -n "${MMAPC_BENCH_BUILDDIR:-}" || die "--engine needs MMAPC_BENCH_BUILDDIR (make bench sets it)"
  (cd "$MMAPC_BENCH_BUILDDIR" && unset MAKEFLAGS MFLAGS MAKELEVEL &&
   ${MAKE:-make} install DESTDIR="$workdir/inst" >"$workdir/logs/install.log" 2>&1) ||
    die "make install into $workdir/inst failed"
  scan=$(find "$workdir/inst" -name mmapc-scan -type f | sed 1q)
  test -n "$scan" || die "no mmapc-scan in the scratch installation"
  names=$($AWK '$1 == "sym" { printf "%s ", $2 }' "$workdir/catalog.lst")
  ints=$($AWK '$1 == "sym" && ($4 == "flag" || $4 == "int") { printf "%s ", $2 }' "$workdir/catalog.lst")
  make_build_dirs () {   # WHERE(native|cross) CC
    d=$workdir/engine-$1
    mkdir -p "$d/cmake-empty" "$d/cmake-names" "$d/meson-empty" "$d/meson-names"
    printf 'cmake_minimum_required(VERSION 3.13)\nproject(empty C)\n' >"$d/cmake-empty/CMakeLists.txt"
    { printf 'cmake_minimum_required(VERSION 3.13)\nproject(names C)\ninclude(CheckSymbolExists)\n'
      printf 'set(CMAKE_REQUIRED_DEFINITIONS -D_GNU_SOURCE -D_DEFAULT_SOURCE)\n'
      printf 'foreach(n %s)\n  check_symbol_exists(${n} "sys/mman.h;linux/mman.h;linux/memfd.h" HAVE_${n})\nendforeach()\n' "$names"
    } >"$d/cmake-names/CMakeLists.txt"
    printf "project('empty', 'c')\n" >"$d/meson-empty/meson.build"
    if test $1 = cross; then
      printf 'set(CMAKE_SYSTEM_NAME Linux)\nset(CMAKE_SYSTEM_PROCESSOR mips)\nset(CMAKE_C_COMPILER %s)\n' "$2" >"$d/toolchain.cmake"
      printf "[binaries]\nc = '%s'\n[host_machine]\nsystem = 'linux'\ncpu_family = 'mips'\ncpu = 'mips'\nendian = 'big'\n" "$2" >"$d/cross.ini"
    fi
  }
  # meson_names WHERE RESULTS: the per-name Meson project. compute_int
  # gives an int: cross-compiling, Meson stops on a value beyond 2^31-1
  # ("Cross-compile check overflowed"), so the integers whose value in
  # RESULTS (mmapc-scan's, for the same target) does not fit are left out,
  # as a user would have to; how many goes to the log.
  meson_names () {
    d=$workdir/engine-$1
    wide=$($AWK '$1 == "symbol" && $3 ~ /^-?(0[xX])?[0-9a-fA-F]+$/ {
        v = $3; neg = sub(/^-/, "", v)
        if (v ~ /^0[xX]/) { h = tolower(substr(v, 3)); x = 0
          for (i = 1; i <= length(h); i++) x = x * 16 + index("0123456789abcdef", substr(h, i, 1)) - 1
        } else x = v + 0
        if ((!neg && x > 2147483647) || (neg && x > 2147483648)) printf "%s ", $2 }' "$2")
    echo "bench: engine $1: Meson's compute_int left out for the values beyond int: ${wide:-none}"
    { printf "project('names', 'c')\ncc = meson.get_compiler('c')\n"
      printf "pre = '#define _GNU_SOURCE 1\\\\n#include <sys/mman.h>\\\\n#include <linux/mman.h>\\\\n#include <linux/memfd.h>\\\\n'\n"
      printf "ints = [%s]\n" "$(for n in $ints; do case " $wide " in *" $n "*) ;; *) printf '%s ' "$n" ;; esac; done |
        sed "s/\([A-Za-z0-9_]*\) /'\1',/g")"
      printf "foreach n : [%s]\n" "$(echo $names | sed "s/\([A-Za-z0-9_]*\)/'\1',/g")"
      printf "  if cc.has_header_symbol('sys/mman.h', n, prefix: pre) and ints.contains(n)\n"
      printf "    v = cc.compute_int(n, prefix: pre)\n  endif\nendforeach\n"
    } >"$d/meson-names/meson.build"
  }
  # engine_run ID WHERE TOOL DIR COUNT(yes|no): one timed run.
  engine_run () {
    id=$1 where=$2 tool=$3 src=$4 count=$5
    out=$workdir/run/$id
    rm -rf "$out" && mkdir -p "$out"
    case $where in
      native) ecc=$native_cc ;; cross) ecc=$host-gcc ;;
    esac
    test $count = yes && { ecc=$workdir/bin/cc-$where; : >"$workdir/counts/$id.lst"; }
    d=$workdir/engine-$where
    # The counting wrapper writes where MMAPC_BENCH_COUNTER says.
    MMAPC_BENCH_COUNTER=$workdir/counts/$id.lst; export MMAPC_BENCH_COUNTER
    t0=$(now)
    case $tool:$where in
      scan:native) (cd "$out" && "$scan" -q --cc="$ecc") ;;
      scan:cross) (cd "$out" && "$scan" -q --cc="$ecc" --host="$host") ;;
      cmake:native) (cd "$out" && CC=$ecc cmake -G Ninja "$src" >log.txt 2>&1) ;;
      cmake:cross) (cd "$out" && sed "s|^set(CMAKE_C_COMPILER .*|set(CMAKE_C_COMPILER $ecc)|" "$d/toolchain.cmake" >tc.cmake &&
                    cmake -G Ninja -DCMAKE_TOOLCHAIN_FILE="$out/tc.cmake" "$src" >log.txt 2>&1) ;;
      meson:native) (cd "$out" && CC=$ecc meson setup build "$src" >log.txt 2>&1) ;;
      meson:cross) (cd "$out" && sed "s|^c = .*|c = '$ecc'|" "$d/cross.ini" >cross.ini &&
                    meson setup --cross-file cross.ini build "$src" >log.txt 2>&1) ;;
    esac
    st=$?
    t1=$(now)
    if test $st -ne 0; then
      echo "bench: $id failed (exit $st)"; tail -5 "$out/log.txt" 2>/dev/null; failed=yes; return 1
    fi
    suffix=; test $count = yes && suffix=.wrapped
    echo "$t0 $t1" | $AWK '{ printf "%.3f\n", $2 - $1 }' >>"$workdir/times/$id$suffix"
  }
  engine_wheres=native
  test $cross = yes && engine_wheres="native cross"
  for w in $engine_wheres; do
    make_build_dirs $w "$( test $w = native && echo $native_cc || echo $host-gcc)"
    d=$workdir/engine-$w
    tools="scan"
    command -v cmake >/dev/null 2>&1 && command -v ninja >/dev/null 2>&1 && tools="$tools cmake-empty cmake-names"
    command -v meson >/dev/null 2>&1 && command -v ninja >/dev/null 2>&1 && tools="$tools meson-empty meson-names"
    for t in $tools; do
      echo "bench: engine $w: counting $t"
      test $t = meson-names && meson_names $w "$workdir/run/engine-$w.scan/probe-results.txt"
      engine_run engine-$w.$t $w ${t%%-*} "$d/$t" yes
      engine_sets="$engine_sets engine-$w.$t"
    done
    i=1
    while test $i -le "$runs"; do
      echo "bench: engine $w: timed round $i of $runs"
      for t in $tools; do
        case $t in *-names) test $i -le 1 || continue ;; esac
        engine_run engine-$w.$t $w ${t%%-*} "$d/$t" no
      done
      i=$((i + 1))
    done
  done
fi

# ------------------------------------------------------------- checking
# Ours and the baseline must agree on every name (the baseline's values are
# decimal, ours hex); ours must report the synthetic names as generated.
to_hex () {
  while read -r kw name v; do
    case $v in
      yes | no) ;;
      -*) v=$(printf -- '-0x%x' "${v#-}") ;;
      *) v=$(printf '0x%x' "$v") ;;
    esac
    echo "$kw $name $v"
  done
}
wrong=
check_synth () {   # SET EXPECTED
  ours=$workdir/logs/$1.ours.results
  test -s "$ours" || return 0
  # the value only: the results' header field is not compared
  $AWK '/^symbol MMAPC_BENCH_SYM_/ { print $1, $2, $3 }' "$ours" | sort >"$workdir/logs/$1.synth.got"
  sort "$2" >"$workdir/logs/$1.synth.want"
  cmp -s "$workdir/logs/$1.synth.got" "$workdir/logs/$1.synth.want" || {
    echo "bench: $1: ours reports synthetic names wrongly (< got, > expected):"
    diff "$workdir/logs/$1.synth.got" "$workdir/logs/$1.synth.want" | grep '^[<>]' | sed 20q
    wrong="$wrong $1"; }
}
for s in $sets; do
  case $s in
    *-x*) check_synth $s "$workdir/synth/expected.txt" ;;
  esac
  ours=$workdir/logs/$s.ours.results base=$workdir/logs/$s.baseline.results
  test -s "$ours" && test -s "$base" || continue
  $AWK '/^symbol / { print $1, $2, $3 }' "$ours" | sort >"$workdir/logs/$s.ours.sym"
  to_hex <"$base" | sort >"$workdir/logs/$s.baseline.sym"
  if ! cmp -s "$workdir/logs/$s.ours.sym" "$workdir/logs/$s.baseline.sym"; then
    echo "bench: $s: ours and the baseline disagree (< ours, > baseline):"
    diff "$workdir/logs/$s.ours.sym" "$workdir/logs/$s.baseline.sym" | grep '^[<>]' | sed 20q
    wrong="$wrong $s"
  fi
done
test "$huge" -gt 0 && check_synth native-x$huge "$workdir/huge/expected.txt"

# ------------------------------------------------------------- report
count_of () { test -f "$workdir/counts/$1.lst" && wc -l <"$workdir/counts/$1.lst" | tr -d ' ' || echo -; }
constants_of () {
  sed -n "s/^checking values of the catalog's constants\.\.\. done, \([0-9]*\) compiler runs*$/\1/p" \
    "$workdir/logs/$1.ours.out" 2>/dev/null
}
names_of () { sed -n 's/^checking the symbol catalog\.\.\. \([0-9]*\) names$/\1/p' "$workdir/logs/$1.ours.out" 2>/dev/null; }
ratio () { $AWK -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b == 0) print "-"; else printf "%.1f\n", a / b }'; }
le () { $AWK -v a="$1" -v b="$2" 'BEGIN { exit !(a != "-" && a != "" && a + 0 <= b + 0) }'; }

missed=
note () { missed="$missed
  $*"; }
echo
echo "mmap-consts configure benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc 2>/dev/null || echo '?') CPUs"
echo "native compiler: $($native_cc --version 2>/dev/null | sed 1q)"
test $cross = yes && echo "cross compiler:  $($host-gcc --version 2>/dev/null | sed 1q)"
echo "runs per configure: $runs (baseline with the scaled catalog: $baseline_scaled_runs); medians of wall time"
echo "load average: $load_before before, $(loadavg) after (other work on the machine makes the figures noisy)"
echo
printf '%-14s %-9s %6s %10s %9s %10s %11s %14s\n' set configure names "median s" "cc runs" constants ours/empty baseline/ours
for s in $sets; do
  n=$(names_of $s); c=$(constants_of $s)
  mo=$(median "$workdir/times/$s.ours") mb=$(median "$workdir/times/$s.baseline") me=$(median "$workdir/times/$s.empty")
  r1=$(ratio "$mo" "$me") r2=$(ratio "$mb" "$mo")
  if test "$mb" = - && test -s "$workdir/times/$s.baseline.wrapped"; then
    mb=$(median "$workdir/times/$s.baseline.wrapped"); r2=$(ratio "$mb" "$mo")*; mb=$mb*
  fi
  printf '%-14s %-9s %6s %10s %9s %10s %11s %14s\n' $s ours "${n:--}" "$mo" "$(count_of $s.ours)" "${c:--}" "$r1" "$r2"
  printf '%-14s %-9s %6s %10s %9s %10s\n' "" baseline "${n:--}" "$mb" "$(count_of $s.baseline)" ""
  printf '%-14s %-9s %6s %10s %9s %10s\n' "" empty 0 "$me" "$(count_of $s.empty)" ""
  # The targets.
  le "${c:--}" 3 || note "$s: constants took ${c:-?} compiler runs (target: at most 3)"
  case $s in
    *-x*) ;;   # the whole-configure and speed-up targets are for the shipped catalog
    *) le "$r1" 1.6 || note "$s: ours takes ${r1}x the empty configure (target: at most 1.6x)"
       case $s in
         native) want=20 ;;
         *) want=50 ;;
       esac
       test $baseline = no ||
       $AWK -v r="$r2" -v w=$want 'BEGIN { exit !(r != "-" && r + 0 >= w) }' ||
         note "$s: ours is ${r2}x faster than the baseline (target: at least ${want}x)" ;;
  esac
done
for s in $sets; do
  case $s in
    *-x*) c1=$(constants_of ${s%-x*}) c4=$(constants_of $s)
          test -n "$c1" && test -n "$c4" && test "$c1" != "$c4" &&
            note "${s%-x*}: constants took $c1 compiler runs with the shipped catalog but $c4 with $extra more names"
          m1=$(median "$workdir/times/${s%-x*}.ours") m2=$(median "$workdir/times/$s.ours")
          r=$(ratio "$m2" "$m1")
          echo "$s: ours with $extra more names takes ${r}x ours with the shipped catalog"
          le "$r" 1.5 || note "$s: ${r}x the configure with the shipped catalog (target: at most 1.5x)" ;;
  esac
done
echo
echo "compiler runs: every run of CC, version queries included (counting wrapper);"
echo "constants: the runs our configure spends on the catalog's constants."
echo "* timed in its counting run (see --baseline-scaled-runs)."
if test -n "$engine_sets"; then
  echo
  echo "the engine alone (mmapc-scan) and CMake or Meson: median s of the timed runs (per-name: one timed run), compiler runs"
  for e in $engine_sets; do
    printf '%-28s %10s %9s\n' "$e" "$(median "$workdir/times/$e")" "$(count_of $e)"
  done
  for w in native cross; do
    test -s "$workdir/counts/engine-$w.scan.lst" || continue
    n=$(grep -c -E '(^| )-(E|c)( |$)' "$workdir/counts/engine-$w.scan.lst")
    echo "engine-$w.scan: $n preprocessor runs and compiles in all (AC_PROG_CC's included)"
  done
fi
if test "$huge" -gt 0; then
  echo "native-x$huge: ours, one counting run: $(cat "$workdir/times/native-x$huge.ours.wrapped" 2>/dev/null || echo failed) s," \
    "$(count_of native-x$huge.ours) compiler runs, constants $(constants_of native-x$huge)," \
    "$(names_of native-x$huge) names"
fi
test $failed = yes && note "a configure failed (see above)"
test -n "$wrong" && note "wrong results in:$wrong"
if test -n "$missed"; then
  echo
  echo "TARGETS MISSED:$missed"
  exit 1
fi
echo "all targets met."
exit 0
