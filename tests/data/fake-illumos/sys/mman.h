/* A stand-in for illumos's <sys/mman.h>, reduced to what decides how
 * madvise is declared: with a caddr_t, and only outside the X/Open modes
 * (clang's Solaris target predefines _XOPEN_SOURCE). */
#ifndef FAKE_SYS_MMAN_H
#define FAKE_SYS_MMAN_H
#include <sys/types.h>
#if defined _XOPEN_SOURCE && _XOPEN_SOURCE - 0 >= 500
# define _XPG4_2
#endif
#define PROT_READ 0x1
#define MAP_SHARED 1
#define MADV_NORMAL 0
#define MADV_PURGE 9
#if defined _XPG4_2
extern void *mmap(void *, size_t, int, int, int, off_t);
extern int munmap(void *, size_t);
#else
extern caddr_t mmap(caddr_t, size_t, int, int, int, off_t);
extern int munmap(caddr_t, size_t);
extern int madvise(caddr_t, size_t, int);
#endif
#endif
