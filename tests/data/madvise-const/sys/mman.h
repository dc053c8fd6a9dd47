/* A <sys/mman.h> that declares madvise with a `const void *' address, for
   tests/probes/madvise-addr-type.sh (found first through -isystem). */
#ifndef MMAPC_TEST_SYS_MMAN_H
#define MMAPC_TEST_SYS_MMAN_H
#include <stddef.h>
#define MADV_NORMAL 0
int madvise (const void *addr, size_t len, int advice);
#endif
