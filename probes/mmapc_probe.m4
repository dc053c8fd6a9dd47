# Batch probes of the target: every catalog name in one preprocessor run and
# one compile, every function in one link. Nothing built here is ever run,
# so the answers are the same when cross-compiling. How it works:
#
# 1. Preprocess a file that includes the target's headers and then asks
#    `#ifdef NAME` of every name. The output says which names are macros, and
#    which occur as identifiers in the preprocessed headers (enumerators,
#    extern objects, functions: candidates the next pass confirms). It also
#    carries the target's predefined macros and its C library.
# 2. Compile one file that stores each candidate integer constant in an
#    array in the object file, after a marker, and read the array back out
#    of the object's bytes (probe-source.awk, read-records.awk).
# 3. Only when a batch fails to build (a name that is not what it seemed), it
#    is split in halves and each half tried again, down to the names at fault.
#    A normal target never gets here; an odd one costs a few runs per bad name.
#
# The other macros ride along: MMAPC_CHECK_FUNCS and
# MMAPC_CHECK_MADVISE_ADDR_TYPE announce themselves at the top of configure
# (the DEFAULTS diversion), so the preprocessor pass of the constants also
# asks which functions are declared, and their compile pass also tells
# whether madvise takes a `void *'. What is left to them is one link. The
# headers cost one compile for all of them (MMAPC_CHECK_HEADERS). In all,
# a normal target costs four compiler runs (docs/benchmarks.md).

# _MMAPC_FEATURES
# ---------------
# The feature macros that make every platform show all its names, from
# their one source, probes/feature-macros.h (read into mmapc_features by
# _MMAPC_WRITE_FEATURES_PROLOGUE), then the two headers every probe needs.
m4_define([_MMAPC_FEATURES],
[$mmapc_features
@%:@include <sys/types.h>
@%:@include <limits.h>])

# _MMAPC_FIRST_WORD(LIST), _MMAPC_OTHER_WORDS(LIST)
# -------------------------------------------------
# The first word of a blank-separated LIST, and the others: the main header
# of MMAPC_CHECK_HEADERS and the extra ones, when all come in one list
# (MMAPC_HEADERS).
m4_define([_MMAPC_FIRST_WORD], [m4_bpatsubst(m4_normalize([$1]), [ .*])])
m4_define([_MMAPC_OTHER_WORDS], [m4_bpatsubst(m4_normalize([$1]), [^[^ ]* *])])

# _MMAPC_WRITE_FEATURES_PROLOGUE
# ------------------------------
# Read probes/feature-macros.h into mmapc_features, and start
# $mmapc_tmp/prologue.h with _MMAPC_FEATURES.
m4_define([_MMAPC_WRITE_FEATURES_PROLOGUE],
[mmapc_features=`cat "$mmapc_probe_dir/feature-macros.h"` ||
  AC_MSG_ERROR([cannot read $mmapc_probe_dir/feature-macros.h])
cat >"$mmapc_tmp/prologue.h" <<_MMAPC_EOF
_MMAPC_FEATURES
_MMAPC_EOF
])

# MMAPC_CHECK_HEADERS(MAIN-HEADER, [EXTRA-HEADERS])
# -------------------------------------------------
# Check MAIN-HEADER with the feature macros on, then each of EXTRA-HEADERS
# together with it (a kernel header that clashes with the C library's is
# not usable). Given one list, its first word is MAIN-HEADER. Results:
# ac_cv_header_* cache variables and HAVE_* in config.h. Leaves the feature
# macros and the #include lines of the headers found in
# $mmapc_tmp/prologue.h, the start of every probe.
#
# Where the compiler has __has_include (GCC 5, Clang), one compile does it
# all: it includes every header that exists, in order, so they are known to
# work together. A compiler without it, or headers that do not compile
# together, get the stock AC_CHECK_HEADERS, one compile per header.
AC_DEFUN([MMAPC_CHECK_HEADERS],
[AC_REQUIRE([_MMAPC_PROBE_SHELL_FUNCTIONS])dnl
AC_REQUIRE([_MMAPC_PROBE_CFLAGS])dnl
_MMAPC_WRITE_FEATURES_PROLOGUE
_MMAPC_HEADERS_AT_ONCE([$1 $2])
AS_IF([test "x$mmapc_headers_at_once" = xyes],
[m4_foreach_w([mmapc_h], [$1 $2],
[AC_CACHE_CHECK([for ]mmapc_h, [ac_cv_header_]AS_TR_SH(mmapc_h),
  [AS_VAR_COPY([ac_cv_header_]AS_TR_SH(mmapc_h), [mmapc_at_once_]AS_TR_SH(mmapc_h))])
AS_VAR_IF([ac_cv_header_]AS_TR_SH(mmapc_h), [yes],
  [AC_DEFINE(AS_TR_CPP([HAVE_]mmapc_h), [1])])
])],
[AC_CHECK_HEADERS(_MMAPC_FIRST_WORD([$1 $2]), [], [], [_MMAPC_FEATURES])
AC_CHECK_HEADERS(_MMAPC_OTHER_WORDS([$1 $2]), [], [], [_MMAPC_FEATURES
@%:@ifdef ]AS_TR_CPP([HAVE_]_MMAPC_FIRST_WORD([$1 $2]))[
@%:@ include <]_MMAPC_FIRST_WORD([$1 $2])[>
@%:@endif])])
mmapc_headers="m4_normalize([$1 $2])"
_MMAPC_PROLOGUE_INCLUDES([$1 $2])
_MMAPC_HEADER_WHY_NOT(_MMAPC_FIRST_WORD([$1 $2]))
])

# _MMAPC_HEADER_WHY_NOT(HEADER)
# -----------------------------
# When HEADER was not found: if it exists but stops the compile (WASI's
# <sys/mman.h> has an #error unless _WASI_EMULATED_MMAN is defined), warn
# with the first line of the error, and the flags to use where the error
# names them. Sets mmapc_header_problem to that line (else empty). One
# preprocessor run, only when HEADER is missing.
m4_define([_MMAPC_HEADER_WHY_NOT],
[mmapc_header_problem=
AS_VAR_IF([ac_cv_header_]AS_TR_SH([$1]), [no],
  [echo '@%:@include <$1>' >"$mmapc_tmp/why.c"
   echo "$as_me:$LINENO: $CC -E $mmapc_probe_cflags $CPPFLAGS $mmapc_tmp/why.c" >&AS_MESSAGE_LOG_FD
   AS_VAR_ARITH([mmapc_runs_headers], [$mmapc_runs_headers + 1])
   AS_IF([$CC -E $mmapc_probe_cflags $CPPFLAGS "$mmapc_tmp/why.c" \
            >/dev/null 2>"$mmapc_tmp/why.err"], [],
     [mmapc_header_problem=`grep 'error' "$mmapc_tmp/why.err" | sed 1q`
      cat "$mmapc_tmp/why.err" >&AS_MESSAGE_LOG_FD
      AS_CASE([$mmapc_header_problem],
        [*"No such file"* | *"file not found"* | *"cannot open"*], [mmapc_header_problem=])])
   AS_IF([test -n "$mmapc_header_problem"],
     [AC_MSG_WARN([<$1> exists but stops the compile: $mmapc_header_problem])
      AS_CASE([$mmapc_header_problem],
        [*_WASI_EMULATED_MMAN*],
        [AC_MSG_WARN([WASI emulates mmap only on request: configure again with CPPFLAGS=-D_WASI_EMULATED_MMAN LIBS=-lwasi-emulated-mman])])])])
])

# _MMAPC_PROLOGUE_INCLUDES(HEADERS)
# ---------------------------------
# From the ac_cv_header_* of HEADERS: the #include lines of those found,
# appended to $mmapc_tmp/prologue.h, the list of them in
# mmapc_headers_found, and the results' lines (MMAPC_WRITE_RESULTS) in
# mmapc_headers_results, so that no one has to turn a header's name into
# its variable's at run time.
m4_define([_MMAPC_PROLOGUE_INCLUDES],
[mmapc_headers_found= mmapc_includes= mmapc_headers_results=
m4_foreach_w([_mmapc_hdr], [$1],
[AS_VAR_IF([ac_cv_header_]AS_TR_SH(_mmapc_hdr), [yes],
  [mmapc_headers_found="$mmapc_headers_found _mmapc_hdr"
   mmapc_includes="$mmapc_includes
@%:@include <_mmapc_hdr>"])
mmapc_headers_results="${mmapc_headers_results}header _mmapc_hdr $[]AS_TR_SH([ac_cv_header_]_mmapc_hdr)
"
])dnl
echo "$mmapc_includes" >>"$mmapc_tmp/prologue.h"
])

# _MMAPC_HEADERS_AT_ONCE(HEADERS)
# -------------------------------
# Compile one file that includes each of HEADERS that __has_include finds
# (or that its cache variable presets to yes) and stores in the object file
# whether it did, like the constants (probe-source.awk). When that works,
# sets mmapc_headers_at_once=yes and mmapc_at_once_H to yes or no for each header H (AS_TR_SH of its name);
# otherwise leaves mmapc_headers_at_once=no. Compiles nothing when every
# header's cache variable is set. A linux/ header counts only for a target
# that predefines __linux__: Debian's clang also searches the build
# machine's /usr/include for wasm32-wasi.
m4_define([_MMAPC_HEADERS_AT_ONCE],
[mmapc_headers_at_once=no mmapc_headers_pending=no
: >"$mmapc_tmp/headers.items"
m4_foreach_w([_mmapc_hdr], [$1], [[mmapc_at_once_]AS_TR_SH(_mmapc_hdr)=no
AS_VAR_SET_IF([ac_cv_header_]AS_TR_SH(_mmapc_hdr), [], [mmapc_headers_pending=yes])
echo "[mmapc_at_once_]AS_TR_SH(_mmapc_hdr) value [MMAPC_AT_ONCE_]AS_TR_CPP(_mmapc_hdr)" >>"$mmapc_tmp/headers.items"
])dnl
echo "mmapc_has_include value MMAPC_HAS_INCLUDE" >>"$mmapc_tmp/headers.items"
AS_IF([test $mmapc_headers_pending = no], [mmapc_headers_at_once=yes], [
{ echo '@%:@include "prologue.h"'
m4_foreach_w([_mmapc_hdr], [$1],
[  AS_CASE([$ac_cv_header_]AS_TR_SH(_mmapc_hdr),
    [yes], [echo '@%:@include <_mmapc_hdr>'
            echo '@%:@define [MMAPC_AT_ONCE_]AS_TR_CPP(_mmapc_hdr) 1'],
    [no], [echo '@%:@define [MMAPC_AT_ONCE_]AS_TR_CPP(_mmapc_hdr) 0'],
    [printf '%s\n' '@%:@if defined __has_include' \
       '@%:@ if __has_include(<_mmapc_hdr>)'m4_bmatch(_mmapc_hdr, [^linux/], [[' && defined __linux__']]) \
       '@%:@  include <_mmapc_hdr>' \
       '@%:@  define [MMAPC_AT_ONCE_]AS_TR_CPP(_mmapc_hdr) 1' '@%:@ endif' '@%:@endif' \
       '@%:@ifndef [MMAPC_AT_ONCE_]AS_TR_CPP(_mmapc_hdr)' \
       '@%:@ define [MMAPC_AT_ONCE_]AS_TR_CPP(_mmapc_hdr) 0' '@%:@endif'])
])dnl
  printf '%s\n' '@%:@if defined __has_include' '@%:@ define MMAPC_HAS_INCLUDE 1' \
    '@%:@else' '@%:@ define MMAPC_HAS_INCLUDE 0' '@%:@endif'
  $AWK -v mode=cc -f "$mmapc_probe_dir/probe-source.awk" "$mmapc_tmp/headers.items"
} >"$mmapc_tmp/headers.c"
: >"$mmapc_tmp/headers.rec"
if mmapc_compile_records mmapc_runs_headers headers "$mmapc_tmp/headers.items" \
     "$mmapc_tmp/headers.rec"; then
  while read mmapc_tag mmapc_v; do
    AS_CASE([$mmapc_tag:$mmapc_v],
      [mmapc_has_include:0x1], [mmapc_headers_at_once=yes],
      [mmapc_at_once_*:0x1], [eval "$mmapc_tag=yes"])
  done <"$mmapc_tmp/headers.rec"
else
  echo "$as_me: failed probe source was:" >&AS_MESSAGE_LOG_FD
  sed 's/^/| /' "$mmapc_tmp/prologue.h" "$mmapc_tmp/headers.c" >&AS_MESSAGE_LOG_FD
fi])
])

# _MMAPC_PROBE_SHELL_FUNCTIONS
# ----------------------------
# Shell functions shared by the batch probes.
AC_DEFUN([_MMAPC_PROBE_SHELL_FUNCTIONS],
[AC_REQUIRE([_MMAPC_TMPDIR])dnl
mmapc_runs_constants=0
mmapc_runs_functions=0
mmapc_runs_headers=0
mmapc_funcs_scanned=

# mmapc_filter_cflags FLAGS...: set mmapc_filtered to FLAGS without the
# ones that would hide the values (-flto...), turn the probe's harmless
# warnings into errors (-Werror..., -pedantic-errors) or only cost time (-g...: a fifth of
# the constants' compile went to debugging information nobody reads).
mmapc_filter_cflags ()
{
  mmapc_filtered=
  for mmapc_flag
  do
    AS_CASE([$mmapc_flag],
      [-flto* | -fwhole-program | -ffat-lto-objects | -Werror* | -pedantic-errors | -g*], [],
      [mmapc_filtered="$mmapc_filtered $mmapc_flag"])
  done
}

# mmapc_run COUNTER COMMAND...: run a compiler command, log it, count it.
mmapc_run ()
{
  mmapc_counter=$[]1; shift
  AS_VAR_COPY([mmapc_n], [$mmapc_counter])
  AS_VAR_ARITH([$mmapc_counter], [$mmapc_n + 1])
  echo "$as_me:$LINENO: $[]*" >&AS_MESSAGE_LOG_FD
  "$[]@" 2>&AS_MESSAGE_LOG_FD
  mmapc_status=$?
  return $mmapc_status
}

# mmapc_compile_records COUNTER BASE ITEMS OUT: compile $mmapc_tmp/BASE.c
# and append the records of ITEMS read from the object to OUT. Returns 1
# when the compile fails, 2 when the object holds no records. An object
# without them is link-time optimisation's bitcode (zig cc at -O2, -flto in
# CC, which the filter of CFLAGS cannot reach): it is compiled once more
# with -fno-lto (or, where LTO comes after it, GCC's -ffat-lto-objects),
# and the first that works stays for every later probe.
mmapc_compile_records ()
{
  mmapc_run $[]1 $CC -c $mmapc_probe_cflags $CPPFLAGS \
    "$mmapc_tmp/$[]2.c" -o "$mmapc_tmp/$[]2.o" || return 1
  dnl read-records.awk exits 2 when the object holds no array at all, 1
  dnl when its array is not what the items asked for, as when a definition
  dnl brings its own commas: the batch failed, and bisection finds the name.
  mmapc_read_records "$mmapc_tmp/$[]2.o" "$[]3" "$[]4"
  AS_CASE([$?], [0], [return 0], [2], [],
    [echo "$as_me: the probe's object file holds other values than asked for:" \
       "a definition above is not a single expression" >&AS_MESSAGE_LOG_FD
     return 1])
  AS_CASE([" $mmapc_probe_cflags "], [*" -fno-lto "* | *" -ffat-lto-objects "*], [return 2])
  for mmapc_lto_off in -fno-lto "-fno-lto -ffat-lto-objects"; do
    mmapc_run $[]1 $CC -c $mmapc_probe_cflags $mmapc_lto_off $CPPFLAGS \
      "$mmapc_tmp/$[]2.c" -o "$mmapc_tmp/$[]2.o" &&
      mmapc_read_records "$mmapc_tmp/$[]2.o" "$[]3" "$[]4" || continue
    echo "$as_me: the compiler writes bitcode: the probes add $mmapc_lto_off" >&AS_MESSAGE_LOG_FD
    mmapc_probe_cflags="$mmapc_probe_cflags $mmapc_lto_off"
    return 0
  done
  return 2
}
mmapc_read_records ()
{
  od -An -v -tx1 "$[]1" |
    $AWK -f "$mmapc_probe_dir/read-records.awk" "$[]2" - \
      >"$mmapc_tmp/records.new" 2>&AS_MESSAGE_LOG_FD || return $?
  cat "$mmapc_tmp/records.new" >>"$[]3"
}

# mmapc_try MODE LIST: build the items of LIST in one go (MODE cc: compile
# and append the records read from the object to $mmapc_tmp/records; MODE
# ld: compile and link).
mmapc_try ()
{
  { echo '@%:@include "prologue.h"'
    $AWK -v mode=$[]1 -f "$mmapc_probe_dir/probe-source.awk" "$[]2"
  } >"$mmapc_tmp/probe.c"
  AS_CASE([$[]1],
  [cc], [mmapc_compile_records mmapc_runs_constants probe "$[]2" "$mmapc_tmp/records"
         mmapc_status=$?
         test $mmapc_status -eq 2 &&
           AC_MSG_ERROR([cannot read the values out of the probe's object file,
even with -fno-lto (see config.log)])],
  [mmapc_run mmapc_runs_functions $CC $mmapc_probe_cflags $CPPFLAGS $LDFLAGS \
     -o "$mmapc_tmp/probe$EXEEXT" "$mmapc_tmp/probe.c" $LIBS])
  AS_IF([test $mmapc_status -ne 0],
    [echo "$as_me: failed probe source was:" >&AS_MESSAGE_LOG_FD
     sed 's/^/| /' "$mmapc_tmp/prologue.h" "$mmapc_tmp/probe.c" >&AS_MESSAGE_LOG_FD
     return 1])
  return 0
}

# mmapc_control_link: whether a program calling exit, which every C
# library has, links for the target. Tells "no C library to link" from
# "function missing" before a failed link of functions is bisected; sets
# mmapc_cv_target_links to yes or no unless preset.
mmapc_control_link ()
{
  AS_VAR_SET_IF([mmapc_cv_target_links], [],
    [printf '%s\n' '@%:@include <stdlib.h>' 'int main(void) { exit(0); }' \
       >"$mmapc_tmp/control.c"
     AS_IF([test "x$ac_no_link" = xyes],
       [mmapc_cv_target_links=no],
       [mmapc_run mmapc_runs_functions $CC $mmapc_probe_cflags $CPPFLAGS $LDFLAGS \
          -o "$mmapc_tmp/control$EXEEXT" "$mmapc_tmp/control.c" $LIBS],
       [mmapc_cv_target_links=yes], [mmapc_cv_target_links=no])])
  test "x$mmapc_cv_target_links" = xyes
}

# mmapc_bisect MODE LIST PREFIX [failed]: try LIST; when it fails, split it
# in halves and try those, down to single items. Items that built go to
# PREFIX.good, items that fail alone to PREFIX.bad. `failed': LIST is known
# to fail as a whole, split it at once.
mmapc_bisect ()
{
  mmapc_mode=$[]1 mmapc_queue=$[]2 mmapc_prefix=$[]3 mmapc_split=0
  mmapc_known_bad=${4:+$[]2}
  : >"$mmapc_prefix.good"
  : >"$mmapc_prefix.bad"
  while test -n "$mmapc_queue"; do
    set x $mmapc_queue; shift
    mmapc_list=$[]1; shift
    mmapc_queue=$[]*
    test -s "$mmapc_list" || continue
    if test "x$mmapc_list" != "x$mmapc_known_bad" &&
       mmapc_try $mmapc_mode "$mmapc_list"; then
      cat "$mmapc_list" >>"$mmapc_prefix.good"
    else
      mmapc_n=`wc -l <"$mmapc_list" | tr -d ' '`
      if test "$mmapc_n" -le 1; then
        cat "$mmapc_list" >>"$mmapc_prefix.bad"
      else
        mmapc_split=`expr $mmapc_split + 1`
        mmapc_half=`expr $mmapc_n / 2`
        sed -n "1,${mmapc_half}p" "$mmapc_list" >"$mmapc_prefix.$mmapc_split.a"
        sed "1,${mmapc_half}d" "$mmapc_list" >"$mmapc_prefix.$mmapc_split.b"
        mmapc_queue="$mmapc_prefix.$mmapc_split.a $mmapc_prefix.$mmapc_split.b $mmapc_queue"
      fi
    fi
    mmapc_known_bad=
  done
}

# mmapc_preprocess COUNTER NAMES MACROS OUT: run the preprocessor pass for
# the names in NAMES and the target macros in MACROS; scan its output to OUT.
# With -dD (GCC, Clang) the output also keeps the #define lines, which tell
# through which probed header each name was defined; a preprocessor that
# refuses -dD runs once more without it, and its names get no header.
mmapc_preprocess ()
{
  { echo '@%:@include "prologue.h"'
    $AWK -v mode=cpp -f "$mmapc_probe_dir/probe-source.awk" "$[]2" "$[]3"
  } >"$mmapc_tmp/pass1.c"
  mmapc_run $[]1 $CC -E -dD $mmapc_probe_cflags $CPPFLAGS "$mmapc_tmp/pass1.c" \
    >"$mmapc_tmp/pass1.i" ||
  mmapc_run $[]1 $CC -E $mmapc_probe_cflags $CPPFLAGS "$mmapc_tmp/pass1.c" \
    >"$mmapc_tmp/pass1.i" ||
    AC_MSG_ERROR([cannot preprocess the target's headers with $CC -E (see config.log)])
  $AWK -v names="$[]2" -v prologue="$mmapc_tmp/prologue.h" \
    -f "$mmapc_probe_dir/scan-cpp.awk" "$mmapc_tmp/pass1.i" >"$[]4"
}
])

# _MMAPC_PROBE_CFLAGS
# -------------------
# The flags of the probe compiles: CFLAGS, as AC_PROG_CC left them, through
# mmapc_filter_cflags.
AC_DEFUN([_MMAPC_PROBE_CFLAGS],
[AC_REQUIRE([AC_PROG_CC])dnl
AC_REQUIRE([_MMAPC_PROBE_SHELL_FUNCTIONS])dnl
mmapc_filter_cflags $CFLAGS
mmapc_probe_cflags=$mmapc_filtered
])

# MMAPC_PROBE_CONSTANTS
# ---------------------
# Probe every catalog name not preset by the user. Cache variables:
#   mmapc_cv_sym_NAME        no, yes (present, no integer value) or the value
#   mmapc_cv_from_NAME       the header of its definition, when known
#   mmapc_cv_conflicts_NAME  HEADER=RESULT of other headers' definitions
#   mmapc_cv_libc            the C library ("glibc 2.36", "musl", ...)
#   mmapc_cv_predefs         NAME=VALUE of each target macro defined
#   mmapc_cv_sizeof_int, mmapc_cv_sizeof_long, mmapc_cv_sizeof_long_long,
#   mmapc_cv_sizeof_pointer  sizes of those types on the target
# The per-name ones are kept in a file ($mmapc_cache_entries), not in shell
# variables: the cache dump (mmapc_cache_dump.m4) prints them.
AC_DEFUN([MMAPC_PROBE_CONSTANTS],
[AC_REQUIRE([_MMAPC_PROBE_SHELL_FUNCTIONS])dnl
dnl The cache dump that prints the per-name entries ($mmapc_cache_entries).
AC_REQUIRE([MMAPC_LINEAR_CACHE_DUMP])dnl
AC_REQUIRE([_MMAPC_PROBE_CFLAGS])dnl
_MMAPC_CHECK_PRESETS
AC_MSG_CHECKING([values of the catalog's constants])
_MMAPC_NAMES_TO_ASK(["$mmapc_tmp/catalog.lst"])
: >"$mmapc_tmp/scan.out"
mmapc_scan=$mmapc_tmp/scan.out
AS_IF([test -s "$mmapc_tmp/asked.lst" ||
       test "${mmapc_cv_libc+set}" != set || test "${mmapc_cv_predefs+set}" != set],
  [mmapc_preprocess mmapc_runs_constants "$mmapc_tmp/asked.lst" \
     "$mmapc_probe_dir/target-macros.def" "$mmapc_tmp/scan.out"
   mmapc_funcs_scanned=$mmapc_funcs])
_MMAPC_PLAN_COMPILE
mmapc_records=$mmapc_tmp/records mmapc_value_good=$mmapc_tmp/value.good
: >"$mmapc_records"
mmapc_bisect cc "$mmapc_tmp/items.lst" "$mmapc_tmp/value"
dnl A declared integer that is no constant expression (an extern const
dnl object) is present without a value: try it again as a mere use. A
dnl macro that failed alone is present without a value: config.log says why.
: >"$mmapc_tmp/use.good"
AS_IF([test -s "$mmapc_tmp/value.bad"],
  [$AWK 'FILENAME == ARGV@<:@1@:>@ { if ($[]1 == "macro") macro@<:@$[]2@:>@ = 1; next }
     $[]2 != "value" || $[]1 ~ /^mmapc_/ { next }
     !($[]1 in macro) { print $[]1, "use", $[]1; next }
     { print $[]1 ": present, without a value: its definition is no integer" \
         "constant expression whose value fits in 64 bits (a string, a pointer," \
         "a function, a floating value, a wider integer, an overflow, or no" \
         "single expression; the compiler says which above)" >"/dev/stderr" }' \
     "$mmapc_scan" "$mmapc_tmp/value.bad" >"$mmapc_tmp/uses.lst" 2>&AS_MESSAGE_LOG_FD
   mmapc_bisect cc "$mmapc_tmp/uses.lst" "$mmapc_tmp/use"])
$AWK -f "$mmapc_probe_dir/combine.awk" "$mmapc_scan" "$mmapc_records" \
  "$mmapc_value_good" "$mmapc_tmp/use.good" "$mmapc_tmp/conflicts.lst" \
  "$mmapc_tmp/todo.lst" >"$mmapc_tmp/results.lst"
_MMAPC_CACHE_ENTRIES(["$mmapc_tmp/results.lst"])
dnl The target's own records (type sizes, madvise's type) among the
dnl names': a shell loop over every record would read them a byte at a time.
sed -n '/^mmapc_/p' "$mmapc_records" >"$mmapc_tmp/target-records"
while read mmapc_tag mmapc_v; do
  AS_CASE([$mmapc_tag],
    [mmapc_sizeof_*], [eval "mmapc_$mmapc_tag=\$mmapc_v"],
    [mmapc_madvise_voidp], [mmapc_madvise_voidp=$mmapc_v])
done <"$mmapc_tmp/target-records"
for mmapc_t in int long long_long pointer; do
  AS_VAR_SET_IF([mmapc_cv_sizeof_$mmapc_t], [],
    [AS_VAR_COPY([mmapc_v], [mmapc_mmapc_sizeof_$mmapc_t])
     AS_IF([test -n "$mmapc_v"], [AS_VAR_ARITH([mmapc_v], [$mmapc_v])],
       [AC_MSG_ERROR([the size of $mmapc_t on the target is not known: the
probes' C, which needs `long long' (C99, or GCC's and Clang's __extension__
in C89), does not compile with $CC $mmapc_probe_cflags $CPPFLAGS (see
config.log)])])
     AS_VAR_SET([mmapc_cv_sizeof_$mmapc_t], [$mmapc_v])])
done
AC_MSG_RESULT([done, $mmapc_runs_constants compiler runs])
dnl Each name's result, probed or preset, in catalog order: final.lst
dnl (FAMILY NAME RESULT) for the summary and config.log, and the symbol and
dnl conflict lines of the results file (MMAPC_WRITE_RESULTS) in symbols.lst.
$AWK -v symbols="$mmapc_tmp/symbols.lst" '
  FILENAME != ARGV@<:@3@:>@ {
    if ($[]1 == "sym") { v@<:@$[]2@:>@ = $[]3; line@<:@$[]2@:>@ = "symbol " substr($[]0, 5) }
    else line@<:@$[]2@:>@ = line@<:@$[]2@:>@ "\n" $[]0
    next }
  $[]1 == "sym" { print $[]3, $[]2, v@<:@$[]2@:>@; print line@<:@$[]2@:>@ >symbols }' \
  "$mmapc_tmp/results.lst" "$mmapc_tmp/presets.lst" "$mmapc_tmp/catalog.lst" \
  >"$mmapc_tmp/final.lst"
: >>"$mmapc_tmp/symbols.lst"
sed "s/^/$as_me: constant /" "$mmapc_tmp/final.lst" >&AS_MESSAGE_LOG_FD
$AWK '{ total@<:@$[]1@:>@++; if ($[]3 != "no") found@<:@$[]1@:>@++
        if (!($[]1 in order)) { order@<:@$[]1@:>@ = ++n; fam@<:@n@:>@ = $[]1 } }
  END { for (i = 1; i <= n; i++) print fam@<:@i@:>@, found@<:@fam@<:@i@:>@@:>@ + 0, total@<:@fam@<:@i@:>@@:>@ }' \
  "$mmapc_tmp/final.lst" >"$mmapc_tmp/families.lst"
mmapc_found_total=0
while read mmapc_family mmapc_found mmapc_total; do
  AC_MSG_CHECKING([for ${mmapc_family}_* names])
  AC_MSG_RESULT([$mmapc_found of $mmapc_total])
  AS_VAR_ARITH([mmapc_found_total], [$mmapc_found_total + $mmapc_found])
done <"$mmapc_tmp/families.lst"
])

# _MMAPC_CHECK_PRESETS
# --------------------
# Stop configure on a preset of the target's identity that would not make a
# valid results file, naming the cache variable: a C library's name with a
# byte outside printable ASCII (a newline would add a line of its own),
# predefined macros that are not NAME=VALUE words (a glob would be
# expanded), a type size outside 1..16. The names' presets are checked in
# _MMAPC_NAMES_TO_ASK, the functions' and madvise's in their macros.
m4_define([_MMAPC_CHECK_PRESETS],
[AS_VAR_SET_IF([mmapc_cv_libc],
  [AS_CASE([$mmapc_cv_libc],
     [*[[!\ -~]]*],
       [AC_MSG_ERROR([mmapc_cv_libc holds a byte outside printable ASCII (a newline?)])])
   test ${@%:@mmapc_cv_libc} -le 200 ||
     AC_MSG_ERROR([mmapc_cv_libc is longer than 200 bytes])])
AS_VAR_SET_IF([mmapc_cv_predefs],
  [AS_CASE([$mmapc_cv_predefs],
     [*[[!\ -~]]* | *\** | *\?* | *\@<:@* | *\@:>@* | *\\* | *\'* | *\"* | *\@S|@* | *\`*],
       [AC_MSG_ERROR([mmapc_cv_predefs holds a character that is not allowed (want NAME=VALUE words of letters, digits and _ . + -, separated by blanks)])])
   for mmapc_p in $mmapc_cv_predefs; do
     AS_CASE([${mmapc_p%%=*}:${mmapc_p@%:@*=}],
       [$mmapc_p:* | :* | [[0-9]]*:* | *[[!A-Za-z0-9_]]*:* | *: | *:*[[!A-Za-z0-9_.+-]]*],
         [AC_MSG_ERROR([mmapc_cv_predefs: '$mmapc_p' is not NAME=VALUE (a C identifier, then letters, digits and _ . + -)])])
   done])
for mmapc_t in int long long_long pointer; do
  AS_VAR_SET_IF([mmapc_cv_sizeof_$mmapc_t],
    [AS_VAR_COPY([mmapc_v], [mmapc_cv_sizeof_$mmapc_t])
     AS_CASE([$mmapc_v],
       [[[1-9]] | 1[[0-6]]], [],
       [AC_MSG_ERROR([mmapc_cv_sizeof_$mmapc_t='$mmapc_v' is not a size in bytes from 1 to 16])])])
done
])

# _MMAPC_PLAN_COMPILE
# -------------------
# After the preprocessor pass (its output in $mmapc_scan): the compile
# pass's items in $mmapc_tmp/items.lst, the declared functions in fdecl.lst,
# and mmapc_cv_libc, mmapc_cv_predefs and mmapc_madvise_declared_scan.
m4_define([_MMAPC_PLAN_COMPILE],
[dnl The items of the compile pass (the value of every integer name that is
dnl a macro or declared; mere use of the other kinds when only declared),
dnl the declared functions, the C library and the target's macros: one awk.
mmapc_madvise_declared_scan=no
$AWK -v items="$mmapc_tmp/items.lst" -v fdecl="$mmapc_tmp/fdecl.lst" \
  -v conflicts="$mmapc_tmp/conflicts.lst" -f "$mmapc_probe_dir/plan.awk" "$mmapc_scan" "$mmapc_tmp/todo.lst" \
  "$mmapc_tmp/fnames.lst" >"$mmapc_tmp/plan.out" ||
  AC_MSG_ERROR([cannot read the preprocessor pass's output (see config.log)])
while read mmapc_tag mmapc_v; do
  AS_CASE([$mmapc_tag],
    [libc], [AS_VAR_SET_IF([mmapc_cv_libc], [], [mmapc_cv_libc=$mmapc_v])],
    [predefs], [AS_VAR_SET_IF([mmapc_cv_predefs], [], [mmapc_cv_predefs=$mmapc_v])],
    [madvise_declared], [mmapc_madvise_declared_scan=$mmapc_v])
done <"$mmapc_tmp/plan.out"
dnl And the type sizes.
for mmapc_t in int long long_long pointer; do
  dnl MMAPC_EXT (probe-source.awk): C89 compilers know long long as an extension.
  AS_CASE([$mmapc_t], [long_long], [mmapc_type='MMAPC_EXT sizeof (long long)'],
    [pointer], [mmapc_type='sizeof (void *)'], [mmapc_type="sizeof ($mmapc_t)"])
  AS_VAR_SET_IF([mmapc_cv_sizeof_$mmapc_t], [],
    [echo "mmapc_sizeof_$mmapc_t value $mmapc_type" >>"$mmapc_tmp/items.lst"])
done
dnl For MMAPC_CHECK_MADVISE_ADDR_TYPE, when madvise is declared: 1 if it
dnl takes a `void *', as C11's _Generic tells; 0 if not, 2 if the compiler
dnl cannot tell (that macro then compiles its candidates one by one).
mmapc_madvise_voidp=
AS_IF([test "x$mmapc_madvise_type_wanted" = xyes &&
       test "${mmapc_cv_madvise_addr_type+set}" != set &&
       test $mmapc_madvise_declared_scan = yes],
  [printf '%s\n' '@%:@if defined __STDC_VERSION__ && __STDC_VERSION__ >= 201112L' \
     '@%:@ define MMAPC_MADVISE_VOIDP \' \
     '  _Generic (&madvise, int (*) (void *, size_t, int): 1, default: 0)' \
     '@%:@else' '@%:@ define MMAPC_MADVISE_VOIDP 2' '@%:@endif' >>"$mmapc_tmp/prologue.h"
   echo "mmapc_madvise_voidp value MMAPC_MADVISE_VOIDP" >>"$mmapc_tmp/items.lst"])
])

# _MMAPC_NAMES_TO_ASK(CATALOG-LIST)
# ---------------------------------
# From CATALOG-LIST (MMAPC_CATALOG's catalog.lst), the names whose cache
# variable is not set, with their family and kind, in $mmapc_tmp/todo.lst
# (presets.awk); the functions of MMAPC_CHECK_FUNCS likewise in
# fnames.lst; both lists of names in asked.lst, for the preprocessor pass. The preset names' results
# go to presets.lst (presets.awk) and their variables are unset: from here
# on a name's result lives in files, and in the cache through
# $mmapc_cache_entries (_MMAPC_CACHE_ENTRIES). A preset that is no valid
# result stops configure.
m4_define([_MMAPC_NAMES_TO_ASK],
[dnl One `set' for all presets: a lookup per catalog name would cost time
dnl in proportion to the number of variables in shells whose variable table
dnl does not grow (dash), the square of the catalog in all.
: >"$mmapc_tmp/unset.sh"
(set) 2>&1 | $AWK -v unset="$mmapc_tmp/unset.sh" -v todo="$mmapc_tmp/todo.lst" \
  -v asked="$mmapc_tmp/asked.lst" -f "$mmapc_probe_dir/presets.awk" \
  $1 - >"$mmapc_tmp/presets.lst" ||
  { mmapc_v=`cat "$mmapc_tmp/presets.lst"`; AC_MSG_ERROR([$mmapc_v]); }
. "$mmapc_tmp/unset.sh"
_MMAPC_CACHE_ENTRIES(["$mmapc_tmp/presets.lst"])
: >>"$mmapc_tmp/todo.lst"
: >>"$mmapc_tmp/asked.lst"
dnl The functions of MMAPC_CHECK_FUNCS are asked in the same run.
_MMAPC_FUNCS_TODO
while read mmapc_name; do
  echo "$mmapc_name" >>"$mmapc_tmp/asked.lst"
done <"$mmapc_tmp/fnames.lst"
])

# _MMAPC_CACHE_ENTRIES(RESULTS-LIST)
# ----------------------------------
# Add the names of RESULTS-LIST ("sym NAME RESULT [HEADER]", "conflict NAME
# HEADER RESULT") to the cache entries, the mmapc_cv_sym_NAME,
# mmapc_cv_from_NAME and mmapc_cv_conflicts_NAME assignments that the
# cache dump (mmapc_cache_dump.m4) prints with the shell's variables.
m4_define([_MMAPC_CACHE_ENTRIES],
[dnl Results are yes, no or numbers and headers are paths: only a list of
dnl conflicts needs quotes, as `set' in bash writes them.
$AWK -v q="'" '$[]1 == "sym" {
        print "mmapc_cv_sym_" $[]2 "=" $[]3
        if ($[]4 != "") print "mmapc_cv_from_" $[]2 "=" $[]4
        next }
      $[]1 == "conflict" {
        w = $[]3 "=" $[]4
        if ($[]2 in c) c@<:@$[]2@:>@ = c@<:@$[]2@:>@ " " w; else { c@<:@$[]2@:>@ = w; o@<:@++n@:>@ = $[]2 } }
      END { for (i = 1; i <= n; i++) {
          v = c@<:@o@<:@i@:>@@:>@
          print "mmapc_cv_conflicts_" o@<:@i@:>@ "=" (v ~ / / ? q v q : v) } }' \
  $1 >>"$mmapc_tmp/cache.sh"
mmapc_cache_entries=$mmapc_tmp/cache.sh
])

# _MMAPC_FUNCS_TODO
# -----------------
# List in $mmapc_tmp/fnames.lst the functions of $mmapc_funcs whose cache
# variable is not set.
m4_define([_MMAPC_FUNCS_TODO],
[: >"$mmapc_tmp/fnames.lst"
for mmapc_name in $mmapc_funcs; do
  AS_VAR_SET_IF([mmapc_cv_func_$mmapc_name], [],
    [echo "$mmapc_name" >>"$mmapc_tmp/fnames.lst"])
done
])

# MMAPC_HEADERS
# -------------
# The headers configure checks, sys/mman.h first (MMAPC_CHECK_HEADERS): the
# list of configure.ac and of the installed MMAPC_CONSTANTS, so a consumer
# probes with the same #include lines as we do. bench/run.sh reads it too.
# The kernel's linux/ headers on Linux; on macOS mach/vm_inherit.h, whose
# VM_INHERIT_* values are those minherit takes there.
m4_define([MMAPC_HEADERS],
[sys/mman.h linux/mman.h linux/memfd.h mach/vm_inherit.h])

# MMAPC_FUNCTIONS
# ---------------
# The mmap family of functions configure checks: the list of configure.ac,
# and the default of the installed MMAPC_CONSTANTS (probes/mmapc_consumer.m4),
# so a consumer's header says what ours says.
m4_define([MMAPC_FUNCTIONS],
[mmap munmap mprotect msync madvise posix_madvise
  mlock munlock mlockall munlockall mlock2 mremap remap_file_pages
  memfd_create mincore minherit mquery mseal pkey_alloc pkey_free
  pkey_mprotect pkey_get pkey_set process_madvise process_mrelease
  shm_open shm_unlink])

# _MMAPC_FUNCS_DECLARED(SCAN)
# ---------------------------
# List in $mmapc_tmp/fdecl.lst the functions of $mmapc_tmp/fnames.lst that
# the preprocessor pass whose output is SCAN found declared (or macros).
m4_define([_MMAPC_FUNCS_DECLARED],
[$AWK 'NR == FNR { want@<:@$[]1@:>@ = 1; next }
  ($[]1 == "macro" || $[]1 == "decl") && ($[]2 in want) { print $[]2 }' \
  "$mmapc_tmp/fnames.lst" $1 | sort -u >"$mmapc_tmp/fdecl.lst"
])

# MMAPC_CHECK_FUNCS(FUNCTIONS)
# ----------------------------
# Which FUNCTIONS the headers declare and a program can link: one
# preprocessor run and one link for all. Cache variables mmapc_cv_func_NAME
# (yes, no, or unknown when the toolchain cannot link for the target) and
# mmapc_cv_target_links (yes or no: whether a program calling exit links,
# asked only when the functions do not link together).
AC_DEFUN([MMAPC_CHECK_FUNCS],
[AC_REQUIRE([_MMAPC_PROBE_SHELL_FUNCTIONS])dnl
AC_REQUIRE([_MMAPC_PROBE_CFLAGS])dnl
m4_divert_text([DEFAULTS], [mmapc_funcs="m4_normalize([$1])"])dnl
mmapc_funcs="m4_normalize([$1])"
AC_MSG_CHECKING([for the mmap family of functions])
_MMAPC_FUNCS_TODO
mmapc_madvise_declared=
AS_IF([test -s "$mmapc_tmp/fnames.lst"],
  [dnl Normally MMAPC_PROBE_CONSTANTS has asked already.
   AS_IF([test "x$mmapc_funcs_scanned" != "x$mmapc_funcs"],
     [mmapc_preprocess mmapc_runs_functions "$mmapc_tmp/fnames.lst" /dev/null \
        "$mmapc_tmp/fscan.out"
      _MMAPC_FUNCS_DECLARED(["$mmapc_tmp/fscan.out"])])
   while read mmapc_name; do
     test "x$mmapc_name" = xmadvise && mmapc_madvise_declared=yes
   done <"$mmapc_tmp/fdecl.lst"
   dnl All at once; when that fails, the control link before any bisection.
   dnl A toolchain that cannot link leaves the functions unknown.
   AS_IF([test "x$ac_no_link" != xyes && mmapc_try ld "$mmapc_tmp/fdecl.lst"],
     [mmapc_linked="$mmapc_tmp/fdecl.lst"
      AS_VAR_SET_IF([mmapc_cv_target_links], [], [mmapc_cv_target_links=yes])],
     [mmapc_control_link],
     [mmapc_bisect ld "$mmapc_tmp/fdecl.lst" "$mmapc_tmp/link" failed
      mmapc_linked="$mmapc_tmp/link.good"],
     [mmapc_linked=/dev/null])
   AS_IF([test "x$mmapc_cv_target_links" = xno], [mmapc_v=unknown], [mmapc_v=no])
   while read mmapc_name; do
     AS_VAR_SET([mmapc_cv_func_$mmapc_name], [$mmapc_v])
   done <"$mmapc_tmp/fnames.lst"
   while read mmapc_name; do
     AS_VAR_SET([mmapc_cv_func_$mmapc_name], [yes])
   done <"$mmapc_linked"])
mmapc_funcs_found= mmapc_funcs_missing= mmapc_funcs_unknown=
mmapc_funcs_count=0 mmapc_funcs_all=0
for mmapc_name in $mmapc_funcs; do
  AS_VAR_COPY([mmapc_v], [mmapc_cv_func_$mmapc_name])
  echo "$as_me: function $mmapc_name $mmapc_v" >&AS_MESSAGE_LOG_FD
  AS_VAR_ARITH([mmapc_funcs_all], [$mmapc_funcs_all + 1])
  AS_CASE([$mmapc_v],
    [yes], [mmapc_funcs_found="$mmapc_funcs_found $mmapc_name"
            AS_VAR_ARITH([mmapc_funcs_count], [$mmapc_funcs_count + 1])],
    [unknown], [mmapc_funcs_unknown="$mmapc_funcs_unknown $mmapc_name"],
    [mmapc_funcs_missing="$mmapc_funcs_missing $mmapc_name"])
done
AS_IF([test "x$mmapc_cv_target_links" = xno],
  [AC_MSG_RESULT([unknown: the toolchain cannot link a program for the target])],
  [AC_MSG_RESULT([$mmapc_funcs_count of $mmapc_funcs_all])])
AS_IF([test -n "$mmapc_funcs_missing"],
  [AC_MSG_NOTICE([not found:$mmapc_funcs_missing])])
])

# MMAPC_CHECK_MADVISE_ADDR_TYPE
# -----------------------------
# The type of madvise's first parameter: `void *` (POSIX, Linux, the BSDs)
# or `caddr_t` (illumos, Solaris, old BSD), or another of the candidates
# below; `none` when madvise is not declared (on Solaris and illumos: not
# even without _XOPEN_SOURCE), or declared with a type none of them matches
# (the header then names no type). A preset must be a C type as the results
# file takes it. Cache variable mmapc_cv_madvise_addr_type.
AC_DEFUN([MMAPC_CHECK_MADVISE_ADDR_TYPE],
[AC_REQUIRE([MMAPC_CHECK_FUNCS])dnl
m4_divert_text([DEFAULTS], [mmapc_madvise_type_wanted=yes])dnl
AS_VAR_SET_IF([mmapc_cv_madvise_addr_type],
  [AS_CASE([$mmapc_cv_madvise_addr_type],
     ["" | *[[!A-Za-z0-9_*\ ]]* | unknown],
       [AC_MSG_ERROR([mmapc_cv_madvise_addr_type='$mmapc_cv_madvise_addr_type' is not a C type such as `void *' or `caddr_t', nor none])])])
AC_CACHE_CHECK([the type of madvise's address parameter],
  [mmapc_cv_madvise_addr_type],
  [mmapc_cv_madvise_addr_type=none
   AS_IF([test "x$mmapc_madvise_voidp" = x0x1],
     [mmapc_cv_madvise_addr_type='void *'],
   [test "x$mmapc_madvise_declared" = xyes || test "x$mmapc_cv_func_madvise" = xyes],
     [for mmapc_t in 'void *' caddr_t 'char *' 'const void *' 'const char *' \
         'volatile void *' 'const volatile void *'; do
        AC_COMPILE_IFELSE([AC_LANG_PROGRAM([_MMAPC_FEATURES
$mmapc_includes
extern int madvise ($mmapc_t, size_t, int);])],
          [mmapc_cv_madvise_addr_type=$mmapc_t; break])
      done
      AS_IF([test "x$mmapc_cv_madvise_addr_type" = xnone],
        [AC_MSG_WARN([madvise is declared with an address type none of the candidates matches; reported as none])])],
   [AS_CASE([" $mmapc_cv_predefs "], [*" __sun="*], [:], [false])],
     [dnl Solaris and illumos declare madvise, with a caddr_t, only outside
      dnl X/Open modes, and clang's Solaris target predefines _XOPEN_SOURCE:
      dnl ask again without it. The use before the declaration fails unless
      dnl the headers declare madvise.
      for mmapc_t in caddr_t 'void *' 'char *'; do
        AC_COMPILE_IFELSE([AC_LANG_PROGRAM([@%:@ifdef _XOPEN_SOURCE
@%:@ undef _XOPEN_SOURCE
@%:@endif
_MMAPC_FEATURES
$mmapc_includes
int mmapc_madvise_declared (void) { return madvise != 0; }
extern int madvise ($mmapc_t, size_t, int);])],
          [mmapc_cv_madvise_addr_type=$mmapc_t; break])
      done])])
])
