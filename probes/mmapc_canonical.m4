# Cross-compiling decided from the triplets, not by running a program.

# MMAPC_CROSS_FROM_TRIPLETS
# -------------------------
# With --host but no --build, Autoconf's AC_PROG_CC runs a test program to
# find out whether it is cross-compiling; a program for another CPU then
# runs wherever the build machine can execute it (qemu-user registered in
# binfmt_misc, i686 on x86_64), which turns cross-compiling off and builds
# the generator with the target's compiler. So a --host that differs from
# the build machine (config.guess, both through config.sub) is
# cross-compiling; a --host that names the build machine
# (x86_64-linux-gnu on x86_64-pc-linux-gnu) still gets Autoconf's test.
# The guess is kept in ac_cv_build, so AC_CANONICAL_BUILD does not run
# config.guess again. Call before AC_PROG_CC.
AC_DEFUN([MMAPC_CROSS_FROM_TRIPLETS],
[AC_REQUIRE_AUX_FILE([config.guess])dnl
AC_REQUIRE_AUX_FILE([config.sub])dnl
AC_BEFORE([$0], [AC_PROG_CC])dnl
AS_IF([test "x$cross_compiling" = xmaybe && test "${ac_cv_build+set}" != set],
  [mmapc_guess=`$SHELL "$ac_aux_dir/config.guess" 2>&AS_MESSAGE_LOG_FD` &&
   mmapc_build_canon=`$SHELL "$ac_aux_dir/config.sub" "$mmapc_guess" 2>/dev/null` &&
   ac_cv_build=$mmapc_build_canon])
AS_IF([test "x$cross_compiling" = xmaybe && test -n "$ac_cv_build"],
  [mmapc_host_canon=`$SHELL "$ac_aux_dir/config.sub" "$host_alias" 2>/dev/null`
   AS_IF([test -n "$mmapc_host_canon" && test "x$mmapc_host_canon" != "x$ac_cv_build"],
     [cross_compiling=yes])])
])
