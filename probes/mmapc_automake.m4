# Two costs of Automake 1.16 that configure does not have to pay: the
# dependency files made one process at a time, and the second-long wait
# for the sanity check's sleep. Measured in docs/benchmarks.md.

# MMAPC_PRESEED_DEPFILES
# ----------------------
# Call after AC_PROG_CC. Create the empty dependency files (.deps/*.Po) of
# the top Makefile before config.status runs, with shell builtins, in the
# background while the probes run. Automake 1.16 has config.status run
# `make am--depfiles', which creates each one with two or three processes of
# its own: with the unit tests' objects that is hundreds of processes, more
# than the rest of configure together (docs/benchmarks.md). That make run
# still happens, but finds nothing left to do. Existing files are kept (`:
# >>FILE'), so a re-configured tree keeps its dependencies. An empty file is
# what Automake 1.17 writes itself. Does nothing when dependency tracking is
# off, or when Makefile.in has no `# am--include-marker' lines (an Automake
# older than 1.16): then config.status does it all, as before.
AC_DEFUN([MMAPC_PRESEED_DEPFILES],
[mmapc_depfiles_pid=
AS_IF([test "x$enable_dependency_tracking" != xno && test -n "$DEPDIR"],
  [(mmapc_depfiles=`sed -n -e 's|\$(DEPDIR)|'"$DEPDIR"'|g' \
      -e 's|^@AMDEP_TRUE@@am__include@ @am__quote@\(.*\)@am__quote@ *# am--include-marker$|\1|p' \
      "$srcdir/Makefile.in"`
    test -n "$mmapc_depfiles" || exit 0
    $MKDIR_P `echo "$mmapc_depfiles" | sed 's|/[[^/]]*$||' | sort -u` || exit 1
    for mmapc_f in $mmapc_depfiles; do
      : >>"$mmapc_f"
    done) </dev/null >/dev/null 2>&AS_MESSAGE_LOG_FD &
   mmapc_depfiles_pid=$!])
AC_CONFIG_COMMANDS_PRE(
[AS_IF([test -n "$mmapc_depfiles_pid"], [wait $mmapc_depfiles_pid])])
])

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
