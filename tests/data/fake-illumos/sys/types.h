/* A stand-in for illumos's <sys/types.h>: the types <sys/mman.h> uses. */
#ifndef FAKE_SYS_TYPES_H
#define FAKE_SYS_TYPES_H
typedef char *caddr_t;
typedef __SIZE_TYPE__ size_t;
typedef long off_t;
typedef unsigned int mode_t;
#endif
