# Running the first probes ahead of AC_PROG_CC.
#
# AC_PROG_CC's checks are a chain of small compiles, links and runs, one at
# a time: a second CPU has nothing to do meanwhile. The headers' compile,
# the constants' preprocessor pass and their compile need only the compiler
# AC_PROG_CC will choose, its flags and the catalog, and that compiler is
# nearly always known before: the user's CC, or the first of HOST-gcc and
# gcc on the PATH, with the user's CFLAGS or AC_PROG_CC's `-g -O2'.
# MMAPC_PROBES_AHEAD runs those steps on that guess in the background, in a
# directory of their own. MMAPC_CHECK_HEADERS and MMAPC_PROBE_CONSTANTS
# take their results only when CC, the probes' flags, CPPFLAGS, the names
# asked and the items compiled turned out as guessed, and otherwise do the
# work themselves, as they do without this macro. The results are the same
# either way; only the time differs (docs/benchmarks.md).

# MMAPC_PROBES_AHEAD(HEADERS)
# ---------------------------
# Call after MMAPC_CATALOG_START and before AC_PROG_CC, with the headers of
# MMAPC_CHECK_HEADERS. Sets mmapc_ahead_key (the compiler, flags and
# CPPFLAGS guessed) and mmapc_ahead_pid; the work is in $mmapc_ahead.
AC_DEFUN([MMAPC_PROBES_AHEAD],
[AC_REQUIRE([_MMAPC_PROBE_SHELL_FUNCTIONS])dnl
m4_provide_if([MMAPC_CATALOG_START], [],
  [m4_fatal([$0 needs MMAPC_CATALOG_START before it])])dnl
AC_BEFORE([$0], [AC_PROG_CC])dnl
mmapc_ahead=$mmapc_tmp/ahead mmapc_ahead_pid= mmapc_ahead_key=
mmapc_ahead_cc=$CC
AS_IF([test -z "$mmapc_ahead_cc"],
  [for mmapc_p in ${ac_tool_prefix}gcc gcc; do
     _MMAPC_AHEAD_IN_PATH([$mmapc_p]) && { mmapc_ahead_cc=$mmapc_p; break; }
   done])
AS_IF([test -n "$mmapc_ahead_cc" && mkdir "$mmapc_ahead" 2>/dev/null],
  [AS_IF([test "${CFLAGS+set}" = set],
     [mmapc_filter_cflags $CFLAGS], [mmapc_filter_cflags -g -O2])
   mmapc_ahead_key="$mmapc_ahead_cc|$mmapc_filtered|$CPPFLAGS"
   (mmapc_catalog_dir=$mmapc_tmp
    CC=$mmapc_ahead_cc mmapc_probe_cflags=$mmapc_filtered mmapc_tmp=$mmapc_ahead
    exec AS_MESSAGE_LOG_FD>"$mmapc_tmp/config.log"
    _MMAPC_AHEAD_JOB([$1])) </dev/null >/dev/null 2>&1 &
   mmapc_ahead_pid=$!])
])

# _MMAPC_AHEAD_IN_PATH(PROGRAM)
# -----------------------------
# Whether PROGRAM is an executable in a directory of PATH, by the test
# AC_PROG_CC's search uses (AS_EXECUTABLE_P).
m4_define([_MMAPC_AHEAD_IN_PATH],
[{ mmapc_found=no
   mmapc_save_IFS=$IFS; IFS=$PATH_SEPARATOR
   for mmapc_d in $PATH; do
     test -n "$mmapc_d" || mmapc_d=.
     AS_IF([AS_EXECUTABLE_P(["$mmapc_d/$1"])], [mmapc_found=yes; break])
   done
   IFS=$mmapc_save_IFS
   test $mmapc_found = yes; }])

# _MMAPC_AHEAD_JOB(HEADERS)
# -------------------------
# The background job, in a subshell whose mmapc_tmp, CC and
# mmapc_probe_cflags are the guesses: the headers' compile (with the
# feature macros as prologue), then the catalog's names and the functions
# to ask about, once the catalog's validation has made catalog.lst (its
# last file, catalog.count, exists), then the preprocessor pass and the
# constants' compile. Each step leaves its
# outputs under the names the macros use; headers.done (the headers
# found), scan.done and compile.done say which steps finished.
m4_define([_MMAPC_AHEAD_JOB],
[_MMAPC_WRITE_FEATURES_PROLOGUE
_MMAPC_HEADERS_AT_ONCE([$1])
test $mmapc_headers_at_once = yes || exit 0
{
m4_foreach_w([_mmapc_hdr], [$1],
  [echo "[mmapc_at_once_]AS_TR_SH(_mmapc_hdr) $[mmapc_at_once_]AS_TR_SH(_mmapc_hdr)"
   dnl As MMAPC_CHECK_HEADERS will decide: a preset, else the compile's answer.
   AS_VAR_SET_IF([ac_cv_header_]AS_TR_SH(_mmapc_hdr), [],
     [AS_VAR_COPY([ac_cv_header_]AS_TR_SH(_mmapc_hdr), [mmapc_at_once_]AS_TR_SH(_mmapc_hdr))])
])dnl
} >"$mmapc_tmp/headers.done"
_MMAPC_PROLOGUE_INCLUDES([$1])
mmapc_n=0
while test ! -f "$mmapc_catalog_dir/catalog.count"; do
  test $mmapc_n -lt 200 || exit 0
  sleep 0.01 2>/dev/null || sleep 1
  AS_VAR_ARITH([mmapc_n], [$mmapc_n + 1])
done
_MMAPC_NAMES_TO_ASK([$mmapc_catalog_dir/catalog.lst])
mmapc_preprocess mmapc_runs_constants "$mmapc_tmp/asked.lst" \
  "$mmapc_probe_dir/target-macros.def" "$mmapc_tmp/scan.out"
: >"$mmapc_tmp/scan.done"
mmapc_scan=$mmapc_tmp/scan.out
_MMAPC_PLAN_COMPILE
: >"$mmapc_tmp/records"
mmapc_try cc "$mmapc_tmp/items.lst" && : >"$mmapc_tmp/compile.done"
])

# _MMAPC_AHEAD_TAKE_HEADERS
# -------------------------
# In MMAPC_CHECK_HEADERS: wait for the job, copy its log to config.log, and
# when the guess was right take the headers it found (mmapc_at_once_*):
# then mmapc_ahead_headers=yes and mmapc_headers_at_once=yes.
m4_define([_MMAPC_AHEAD_TAKE_HEADERS],
[mmapc_ahead_headers=no
AS_IF([test -n "$mmapc_ahead_pid"],
  [wait $mmapc_ahead_pid
   mmapc_ahead_pid=
   echo "$as_me:$LINENO: the probes run ahead of the compiler checks, with CC=$mmapc_ahead_key:" >&AS_MESSAGE_LOG_FD
   cat "$mmapc_ahead/config.log" >&AS_MESSAGE_LOG_FD
   AS_IF([test "x$mmapc_ahead_key" = "x$CC|$mmapc_probe_cflags|$CPPFLAGS" &&
          test -f "$mmapc_ahead/headers.done"],
     [while read mmapc_tag mmapc_v; do
        eval "$mmapc_tag=\$mmapc_v"
      done <"$mmapc_ahead/headers.done"
      mmapc_ahead_headers=yes mmapc_headers_at_once=yes
      dnl The job's compiler writes bitcode: keep its way out (mmapc_compile_records).
      test -f "$mmapc_ahead/no-lto" &&
        mmapc_probe_cflags="$mmapc_probe_cflags `cat "$mmapc_ahead/no-lto"`"
      AS_VAR_ARITH([mmapc_runs_headers], [$mmapc_runs_headers + 1])
      echo "$as_me:$LINENO: taken: the guess was right" >&AS_MESSAGE_LOG_FD],
     [echo "$as_me:$LINENO: not taken: CC=$CC|$mmapc_probe_cflags|$CPPFLAGS" >&AS_MESSAGE_LOG_FD])])
])

# _MMAPC_AHEAD_TAKE_SCAN
# ----------------------
# In MMAPC_PROBE_CONSTANTS: take the job's preprocessor pass when its
# headers were taken and it asked about the same names. Sets
# mmapc_ahead_scan to yes (and mmapc_scan to its output) or no.
m4_define([_MMAPC_AHEAD_TAKE_SCAN],
[mmapc_ahead_scan=no
AS_IF([test "x$mmapc_ahead_headers" = xyes && test -f "$mmapc_ahead/scan.done" &&
       cmp -s "$mmapc_tmp/asked.lst" "$mmapc_ahead/asked.lst"],
  [mmapc_ahead_scan=yes mmapc_scan=$mmapc_ahead/scan.out
   AS_VAR_ARITH([mmapc_runs_constants], [$mmapc_runs_constants + 1])])
])

# _MMAPC_AHEAD_TAKE_COMPILE
# -------------------------
# In MMAPC_PROBE_CONSTANTS: take the job's compile of the constants when
# its preprocessor pass was taken and it compiled the same items after the
# same prologue. Sets mmapc_ahead_compile to yes (and mmapc_records and
# mmapc_value_good to its records and items, value.bad empty) or no.
m4_define([_MMAPC_AHEAD_TAKE_COMPILE],
[mmapc_ahead_compile=no
AS_IF([test "x$mmapc_ahead_scan" = xyes && test -f "$mmapc_ahead/compile.done" &&
       cmp -s "$mmapc_tmp/items.lst" "$mmapc_ahead/items.lst" &&
       cmp -s "$mmapc_tmp/prologue.h" "$mmapc_ahead/prologue.h"],
  [mmapc_ahead_compile=yes
   mmapc_records=$mmapc_ahead/records mmapc_value_good=$mmapc_tmp/items.lst
   : >"$mmapc_tmp/value.bad"
   AS_VAR_ARITH([mmapc_runs_constants], [$mmapc_runs_constants + 1])])
])
