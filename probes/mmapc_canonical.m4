# The build and host triplets, without waiting for config.guess and without
# running a program for the target. config.guess is one of the slowest steps
# of a short configure (twenty processes and a preprocessor run, about 70 ms
# here: docs/benchmarks.md), and its answer is needed early only to decide
# whether --host without --build means cross-compiling. So it starts in the
# background at the top of configure, and AC_CANONICAL_HOST reads its answer
# after the compiler checks.

# MMAPC_GUESS_BUILD
# -----------------
# Start config.guess in the background, unless --build or a preset
# ac_cv_build makes it unneeded. Call early, before AM_INIT_AUTOMAKE.
AC_DEFUN([MMAPC_GUESS_BUILD],
[AC_REQUIRE_AUX_FILE([config.guess])dnl
mmapc_guess_pid= mmapc_guess=
AS_IF([test -z "$build_alias" && test "${ac_cv_build+set}" != set],
  [$SHELL "$ac_aux_dir/config.guess" >conf$$.guess 2>conf$$.guess.err </dev/null &
   mmapc_guess_pid=$!])
])

# _MMAPC_GUESS_WAIT
# -----------------
# Wait for config.guess; its answer goes to mmapc_guess (empty if it
# failed: AC_CANONICAL_BUILD then runs it again and reports the error).
m4_define([_MMAPC_GUESS_WAIT],
[AS_IF([test -n "$mmapc_guess_pid"],
  [wait $mmapc_guess_pid && read mmapc_guess <conf$$.guess || mmapc_guess=
   cat conf$$.guess.err >&AS_MESSAGE_LOG_FD 2>/dev/null
   rm -f conf$$.guess conf$$.guess.err
   mmapc_guess_pid=])
])

# MMAPC_CROSS_FROM_TRIPLETS
# -------------------------
# Decide cross-compiling from the triplets, not by running a program. With
# --host but no --build, Autoconf's AC_PROG_CC runs a test program to find
# out; a program for another CPU then runs wherever the build machine can
# execute it (qemu-user registered in binfmt_misc, i686 on x86_64), which
# turns cross-compiling off and builds the generator with the target's
# compiler. A --host that differs from the build machine is cross-compiling;
# a --host that names the build machine (x86_64-linux-gnu on
# x86_64-pc-linux-gnu) still gets Autoconf's test. Call before AC_PROG_CC.
AC_DEFUN([MMAPC_CROSS_FROM_TRIPLETS],
[AC_REQUIRE([MMAPC_GUESS_BUILD])dnl
AC_REQUIRE_AUX_FILE([config.sub])dnl
AC_BEFORE([$0], [AC_PROG_CC])dnl
AS_IF([test "x$cross_compiling" = xmaybe],
  [_MMAPC_GUESS_WAIT
   AS_IF([test -n "$mmapc_guess"],
     [mmapc_build_canon=`$SHELL "$ac_aux_dir/config.sub" "$mmapc_guess" 2>/dev/null`],
     [mmapc_build_canon=$ac_cv_build])
   mmapc_host_canon=`$SHELL "$ac_aux_dir/config.sub" "$host_alias" 2>/dev/null`
   AS_IF([test -n "$mmapc_build_canon" && test -n "$mmapc_host_canon" &&
          test "x$mmapc_host_canon" != "x$mmapc_build_canon"],
     [cross_compiling=yes])])
])

# MMAPC_CANONICAL_HOST
# --------------------
# AC_CANONICAL_HOST, given the background guess as if it were --build for
# the time of the call (build_alias is restored after it, so the Makefiles
# and config.status see what the user gave). The cache variables ac_cv_build
# and ac_cv_host, and build, host and their parts, are AC_CANONICAL_HOST's.
# AC_CANONICAL_HOST is expanded once, where it is first required, so it is
# required here after the macro that lends it the guess.
AC_DEFUN([MMAPC_CANONICAL_HOST],
[AC_REQUIRE([_MMAPC_LEND_GUESS])dnl
AC_REQUIRE([AC_CANONICAL_HOST])dnl
build_alias=$mmapc_build_alias_given
])

# _MMAPC_LEND_GUESS
# -----------------
# Wait for the guess and put it in build_alias, unless --build was given.
AC_DEFUN([_MMAPC_LEND_GUESS],
[AC_REQUIRE([MMAPC_GUESS_BUILD])dnl
_MMAPC_GUESS_WAIT
mmapc_build_alias_given=$build_alias
test -n "$build_alias" || build_alias=$mmapc_guess
])
