/* A <sys/mman.h> that declares madvise with an address type none of
   configure's candidates matches, for tests/probes/madvise-addr-type.sh. */
#ifndef MMAPC_TEST_SYS_MMAN_H
#define MMAPC_TEST_SYS_MMAN_H
#include <stddef.h>
#define MADV_NORMAL 0
struct mmapc_test_region;
int madvise (struct mmapc_test_region *addr, size_t len, int advice);
#endif
