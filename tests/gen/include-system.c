/* include-system.c: a program as the README shows it. With
 * MMAPC_INCLUDE_SYSTEM, what mmap_consts.h says is present is declared,
 * whatever the -std and feature macros of the compile (include-system.sh). */
#define MMAPC_INCLUDE_SYSTEM 1
#include "mmap_consts.h"

int mmapc_t_use(void *addr, unsigned long len);

int mmapc_t_use(void *addr, unsigned long len)
{
    int rc = 0;
#if MMAPC_HAVE_MMAP
    void *p = mmap(addr, len, MMAPC_PROT_READ | MMAPC_PROT_WRITE,
                   MMAPC_MAP_PRIVATE | MMAPC_MAP_ANONYMOUS, -1, 0);

    if (p == MAP_FAILED)
        return -1;
#if MMAPC_HAVE_MADVISE && MMAPC_HAVE_MADV_HUGEPAGE
    rc |= madvise(p, len, MMAPC_MADV_HUGEPAGE);
#endif
#else
    (void) addr;
    (void) len;
#endif
#if MMAPC_HAVE_MEMFD_CREATE && MMAPC_HAVE_MFD_CLOEXEC
    rc |= memfd_create("mmapc", MMAPC_MFD_CLOEXEC) < 0;
#endif
    return rc;
}
