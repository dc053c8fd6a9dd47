/* feature-macros.h: the feature macros that make every platform show all
 * its names: glibc and musl (_GNU_SOURCE, _DEFAULT_SOURCE, _BSD_SOURCE),
 * NetBSD, macOS, illumos and Solaris (__EXTENSIONS__), AIX (_ALL_SOURCE).
 * No _POSIX_C_SOURCE: on the BSDs and macOS it hides names. The probes
 * start with this block, and mmap_consts.h repeats it under
 * MMAPC_INCLUDE_SYSTEM, so a program sees what the probes saw. Each macro
 * is defined only if it is not defined already. No #include here. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE 1
#endif
#ifndef _BSD_SOURCE
#define _BSD_SOURCE 1
#endif
#ifndef _NETBSD_SOURCE
#define _NETBSD_SOURCE 1
#endif
#ifndef _DARWIN_C_SOURCE
#define _DARWIN_C_SOURCE 1
#endif
#ifndef __EXTENSIONS__
#define __EXTENSIONS__ 1
#endif
#ifndef _ALL_SOURCE
#define _ALL_SOURCE 1
#endif
