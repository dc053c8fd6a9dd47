# A cost of Automake 1.16 that configure does not have to pay: the
# second-long wait for the sanity check's sleep. Measured in
# docs/benchmarks.md.

# MMAPC_AM_SHORTEN_SANITY_SLEEP
# -----------------------------
# Call right after AM_INIT_AUTOMAKE, and MMAPC_AM_END_SANITY_SLEEP just
# before AC_OUTPUT. Automake 1.16's sanity check (in AM_INIT_AUTOMAKE)
# starts `sleep 1' in the background, and configure waits for it before
# writing config.status, so that the files it generates are newer than
# configure even where time stamps count whole seconds. A configure that
# reaches AC_OUTPUT within that second waits for the rest of it. Where the
# build directory's time stamps tell apart files written a hundredth of a
# second apart, that wait buys nothing: stop the sleep, as Automake 1.17
# does (it sleeps only as long as the resolution it finds). The test (two
# 0.01 s sleeps and one `ls') runs in the background from here on, only
# while Automake's sleep is under way; three files, so that a whole-second
# boundary between two of them cannot pass for a fine resolution. The files
# are conf$$.ts*, which configure's other checks leave alone.
AC_DEFUN([MMAPC_AM_SHORTEN_SANITY_SLEEP],
[mmapc_stamps_pid=
AS_IF([test -n "$am_sleep_pid"],
  [(: >conf$$.ts1 && sleep 0.01 && : >conf$$.ts2 && sleep 0.01 &&
    : >conf$$.ts3 && ls -t conf$$.ts1 conf$$.ts2 conf$$.ts3 >conf$$.tsls) \
     >/dev/null 2>&1 &
   mmapc_stamps_pid=$!])
])

# MMAPC_AM_END_SANITY_SLEEP
# -------------------------
# The end of MMAPC_AM_SHORTEN_SANITY_SLEEP, just before AC_OUTPUT.
AC_DEFUN([MMAPC_AM_END_SANITY_SLEEP],
[AC_REQUIRE([MMAPC_AM_SHORTEN_SANITY_SLEEP])dnl
AS_IF([test -n "$mmapc_stamps_pid"],
  [AS_IF([kill -0 "$am_sleep_pid" 2>/dev/null],
    [AC_MSG_CHECKING([whether time stamps tell 0.01 s apart])
     mmapc_fine_stamps=no
     AS_IF([wait $mmapc_stamps_pid],
       [{ read mmapc_ts_a; read mmapc_ts_b; read mmapc_ts_c; } <conf$$.tsls
        test "$mmapc_ts_a $mmapc_ts_b $mmapc_ts_c" = \
          "conf$$.ts3 conf$$.ts2 conf$$.ts1" && mmapc_fine_stamps=yes])
     AC_MSG_RESULT([$mmapc_fine_stamps])
     AS_IF([test $mmapc_fine_stamps = yes],
       [kill "$am_sleep_pid" 2>/dev/null
        am_sleep_pid=])],
    [wait $mmapc_stamps_pid])
   rm -f conf$$.ts1 conf$$.ts2 conf$$.ts3 conf$$.tsls])
])

# _AM_PROG_CC_C_O, for a GCC-compatible compiler
# ----------------------------------------------
# Automake appends _AM_PROG_CC_C_O to AC_PROG_CC: two compiles that ask
# whether CC takes -c and -o together, and wrap CC in build-aux/compile
# when it does not. Every compiler that says it is GCC (GCC, Clang, zig
# cc, ICC) does, and the probes' own compiles use -c -o anyway; for those
# its answer is set to yes, and only another compiler is asked. A preset
# of am_cv_prog_cc_c_o still wins. Redefined when aclocal.m4 reads this
# file, after Automake's definition.
m4_define([_AM_PROG_CC_C_O],
[AS_IF([test "x$GCC" = xyes], [: "${am_cv_prog_cc_c_o=yes}"])
]m4_defn([_AM_PROG_CC_C_O]))
