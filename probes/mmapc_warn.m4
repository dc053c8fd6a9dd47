# MMAPC_SET_WARN_CFLAGS
# ---------------------
# Warning flags for our own code: MMAPC_WARN_CFLAGS for CC and
# MMAPC_WARN_CFLAGS_FOR_BUILD for CC_FOR_BUILD. GCC-compatible compilers get
# -Wall -Wextra and friends; --enable-werror adds -Werror (CI uses it).
# Users' CFLAGS are never touched.
AC_DEFUN([MMAPC_SET_WARN_CFLAGS],
[AC_ARG_ENABLE([werror],
  [AS_HELP_STRING([--enable-werror], [treat compiler warnings as errors])],
  [], [enable_werror=no])
mmapc_warn="-Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wformat=2"
AS_IF([test "x$enable_werror" = xyes], [mmapc_warn="$mmapc_warn -Werror"])
MMAPC_WARN_CFLAGS=
AS_IF([test "x$GCC" = xyes], [MMAPC_WARN_CFLAGS=$mmapc_warn])
dnl The build compiler is GCC-compatible whenever it is the same as CC, or
dnl when it says so; anything else gets no flags rather than a failing build.
MMAPC_WARN_CFLAGS_FOR_BUILD=
AS_IF([test "x$CC_FOR_BUILD" = "x$CC"],
  [MMAPC_WARN_CFLAGS_FOR_BUILD=$MMAPC_WARN_CFLAGS],
  [AS_CASE([`$CC_FOR_BUILD --version 2>/dev/null | sed 1q`],
     [*gcc* | *GCC* | *clang*], [MMAPC_WARN_CFLAGS_FOR_BUILD=$mmapc_warn])])
AC_SUBST([MMAPC_WARN_CFLAGS])
AC_SUBST([MMAPC_WARN_CFLAGS_FOR_BUILD])
])
