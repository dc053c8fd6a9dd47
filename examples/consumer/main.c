/* main.c: maps memory with the constants of mmap_consts.h, which the
 * installed mmapc-gen generated for this target (see configure.ac). */

/* Check every value against the system's headers at compile time; the
 * header then includes them itself, so it comes first. */
#define MMAPC_VERIFY 1
#include "mmap_consts.h"

#include <stdio.h>
#include <string.h>

#if MMAPC_HAVE_SYS_MMAN_H && MMAPC_HAVE_MMAP && MMAPC_HAVE_MUNMAP \
    && (MMAPC_HAVE_MAP_ANONYMOUS || MMAPC_HAVE_MAP_ANON)
static int map_some(void)
{
    size_t len = 1 << 16;
    /* An absent flag is 0, so OR-ing both spellings is always right. */
    int flags = MMAPC_MAP_PRIVATE | MMAPC_MAP_ANONYMOUS | MMAPC_MAP_ANON;
    unsigned char *p = mmap(NULL, len, MMAPC_PROT_READ | MMAPC_PROT_WRITE,
                            flags, -1, 0);

    if ((void *)p == MAP_FAILED) {
        perror("mmap");
        return 1;
    }
    memset(p, 0x5a, len);
#if MMAPC_HAVE_MADVISE && MMAPC_HAVE_MADV_WILLNEED
    if (madvise((MMAPC_MADVISE_ADDR_TYPE)p, len, MMAPC_MADV_WILLNEED) != 0)
        perror("madvise");
#endif
#if MMAPC_HAVE_MPROTECT
    if (mprotect(p, len, MMAPC_PROT_READ) != 0) {
        perror("mprotect");
        return 1;
    }
#endif
    if (p[len - 1] != 0x5a || munmap(p, len) != 0) {
        fputs("consumer: the mapping did not work\n", stderr);
        return 1;
    }
    printf("mapped, wrote and unmapped %lu bytes with flags 0x%x\n",
           (unsigned long)len, (unsigned)flags);
    return 0;
}
#else
static int map_some(void)
{
    puts("no anonymous mappings on this target");
    return 0;
}
#endif

int main(void)
{
    printf("target %s, %s present\n", MMAPC_TARGET,
           MMAPC_HAVE_MAP_POPULATE ? "MAP_POPULATE" : "no MAP_POPULATE");
    return map_some();
}
