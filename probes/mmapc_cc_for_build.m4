# MMAPC_PROG_CC_FOR_BUILD
# -----------------------
# Find the C compiler of the build machine, which builds mmapc-gen (it runs
# during `make`). Natively that is CC with its flags. When cross-compiling it
# is the user's CC_FOR_BUILD, or the first of cc, gcc, clang that compiles and
# links a program. Substitutes CC_FOR_BUILD, CFLAGS_FOR_BUILD,
# CPPFLAGS_FOR_BUILD, LDFLAGS_FOR_BUILD and BUILD_EXEEXT.
#
# Written for mmap-consts instead of AX_PROG_CC_FOR_BUILD, which runs a
# second full AC_PROG_CC even for native builds and so doubles the cost of a
# fast configure.
AC_DEFUN([MMAPC_PROG_CC_FOR_BUILD],
[AC_REQUIRE([AC_PROG_CC])dnl
AC_REQUIRE([AC_CANONICAL_HOST])dnl
AC_ARG_VAR([CC_FOR_BUILD],
  [C compiler for the build machine (default: CC when not cross-compiling)])dnl
AC_ARG_VAR([CFLAGS_FOR_BUILD], [C compiler flags for CC_FOR_BUILD])dnl
AC_ARG_VAR([CPPFLAGS_FOR_BUILD], [preprocessor flags for CC_FOR_BUILD])dnl
AC_ARG_VAR([LDFLAGS_FOR_BUILD], [linker flags for CC_FOR_BUILD])dnl
AS_IF([test "x$cross_compiling" = xno],
[: "${CC_FOR_BUILD=$CC}" "${CFLAGS_FOR_BUILD=$CFLAGS}"
 : "${CPPFLAGS_FOR_BUILD=$CPPFLAGS}" "${LDFLAGS_FOR_BUILD=$LDFLAGS}"
 BUILD_EXEEXT=$EXEEXT],
[: "${CFLAGS_FOR_BUILD=-g -O2}"
 AC_CACHE_CHECK([for a C compiler for the build machine],
   [mmapc_cv_cc_for_build],
   [mmapc_cv_cc_for_build=no
    cat > conftest_build.c <<'_MMAPC_EOF'
#include <stdio.h>
int main(void) { puts("ok"); return 0; }
_MMAPC_EOF
    for mmapc_cand in ${CC_FOR_BUILD:+"$CC_FOR_BUILD"} cc gcc clang; do
      rm -f conftest_build conftest_build.exe
      AS_IF([$mmapc_cand $CFLAGS_FOR_BUILD $CPPFLAGS_FOR_BUILD $LDFLAGS_FOR_BUILD \
               -o conftest_build conftest_build.c >&AS_MESSAGE_LOG_FD 2>&1 &&
             { test -f conftest_build || test -f conftest_build.exe; }],
            [mmapc_cv_cc_for_build=$mmapc_cand; break])
    done
    rm -f conftest_build conftest_build.exe conftest_build.c])
 AS_IF([test "x$mmapc_cv_cc_for_build" = xno],
   [AC_MSG_ERROR([no C compiler for the build machine found; set CC_FOR_BUILD])])
 CC_FOR_BUILD=$mmapc_cv_cc_for_build
 BUILD_EXEEXT=
 case $build_os in
   mingw* | cygwin* | msys*) BUILD_EXEEXT=.exe ;;
 esac])
AC_SUBST([BUILD_EXEEXT])dnl
])
