# Whether mmapc-probe, the run-time program built for the target, can be
# built there. Only mmap-consts's own configure asks: the installed macros
# leave it out (Makefile.am).

# MMAPC_CHECK_PROBE_PROGRAM
# -------------------------
# After MMAPC_CHECK_FUNCS. mmapc-probe is built when the toolchain links
# for the target and, where the target has <sys/mman.h>, mmap and munmap
# (where mmapc-probe does its work), its headers declare and its C library
# has the POSIX functions mmapc-probe then calls (runtime/sysinfo.c,
# runtime/mapping.c): WASI has mmap but neither geteuid nor mkstemp. One
# link. Cache variable mmapc_cv_probe_program (yes or no); the reason it is
# not built in mmapc_probe_program_why; the Automake conditional
# MMAPC_BUILD_PROBE.
AC_DEFUN([MMAPC_CHECK_PROBE_PROGRAM],
[AC_REQUIRE([MMAPC_CHECK_FUNCS])dnl
AC_CACHE_CHECK([whether mmapc-probe can be built for the target],
  [mmapc_cv_probe_program],
  [AS_IF([test "x$ac_no_link" = xyes || test "x$mmapc_cv_target_links" = xno],
     [mmapc_cv_probe_program=no],
   [test "x$ac_cv_header_sys_mman_h" = xyes && test "x$mmapc_cv_func_mmap" = xyes &&
    test "x$mmapc_cv_func_munmap" = xyes],
     [AC_LINK_IFELSE([AC_LANG_PROGRAM([[#include <sys/types.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>
typedef void (*mmapc_fn) (void);
static mmapc_fn const volatile mmapc_needs[] = {
  (mmapc_fn) uname, (mmapc_fn) sysconf, (mmapc_fn) geteuid,
  (mmapc_fn) mkstemp, (mmapc_fn) ftruncate, (mmapc_fn) unlink,
  (mmapc_fn) open, (mmapc_fn) close, 0
};]], [[int n = 0;
while (mmapc_needs[n] != 0)
  n++;
return n == 0;]])],
        [mmapc_cv_probe_program=yes], [mmapc_cv_probe_program=no])],
     [mmapc_cv_probe_program=yes])])
mmapc_probe_program_why=
AS_IF([test "x$mmapc_cv_probe_program" = xno],
  [AS_IF([test "x$ac_no_link" = xyes || test "x$mmapc_cv_target_links" = xno],
     [mmapc_probe_program_why="the toolchain cannot link for the target"],
     [mmapc_probe_program_why="the target lacks one of uname, sysconf, geteuid, mkstemp, ftruncate, unlink, open, close"])])
AM_CONDITIONAL([MMAPC_BUILD_PROBE], [test "x$mmapc_cv_probe_program" = xyes])
])
