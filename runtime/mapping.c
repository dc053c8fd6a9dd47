/* runtime/mapping.c: the mappings the tests work on.
 *
 * Anonymous memory (MAP_ANONYMOUS or MAP_ANON from mmap_consts.h, or
 * /dev/zero on a target with neither), one temporary file for the tests
 * that need a file, and the unmapping of hugetlb mappings whose page
 * size the probe does not know. */
#include "probe.h"

#if PROBE_HAVE_MMAP

#include <sys/types.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int probe_anon_flag(void)
{
#if MMAPC_HAVE_MAP_ANONYMOUS
    return (int)MMAPC_MAP_ANONYMOUS;
#elif MMAPC_HAVE_MAP_ANON
    return (int)MMAPC_MAP_ANON;
#else
    return 0;
#endif
}

int probe_map_anon(size_t len, int shared, void **out)
{
    int flags = (int)(shared ? MMAPC_MAP_SHARED : MMAPC_MAP_PRIVATE);
    int anon = probe_anon_flag(), fd = -1, err = 0;
    void *p;

    if (anon)
        flags |= anon;
    else if ((fd = open("/dev/zero", O_RDWR)) < 0)
        return errno;
    p = mmap(NULL, len, (int)(MMAPC_PROT_READ | MMAPC_PROT_WRITE), flags, fd,
             0);
    if (p == MAP_FAILED)
        err = errno;
    if (fd >= 0)
        close(fd);
    if (err)
        return err;
    *out = p;
    return 0;
}

static int tmp_fd = -1;
static off_t tmp_size;
static char tmp_where[256];

/* mkstemp in DIR, unlinked at once: the descriptor, or -1. */
static int tmpfile_in(const char *dir)
{
    static const char name[] = "/mmapc-probe.XXXXXX";
    char path[512];
    int fd;

    if (strlen(dir) + sizeof name > sizeof path)
        return -1;
    strcpy(path, dir);
    strcat(path, name);
    fd = mkstemp(path);
    if (fd >= 0)
        unlink(path);
    return fd;
}

int probe_tmpfile(size_t len, const char **where, int *err)
{
    if (tmp_fd < 0) {
        const char *dir = getenv("TMPDIR");

        if (!dir || !*dir)
            dir = "/tmp";
        tmp_fd = tmpfile_in(dir);
        *err = errno;
        if (tmp_fd >= 0) {
            strncpy(tmp_where, dir, sizeof tmp_where - 1);
            tmp_where[sizeof tmp_where - 1] = '\0';
        }
#if MMAPC_HAVE_MEMFD_CREATE
        if (tmp_fd < 0 && (tmp_fd = memfd_create("mmapc-probe", 0)) >= 0)
            strcpy(tmp_where, "memfd");
#endif
        if (tmp_fd < 0)
            return -1;
        tmp_size = 0;
    }
    if ((off_t)len > tmp_size) {
        if (ftruncate(tmp_fd, (off_t)len) < 0) {
            *err = errno;
            return -1;
        }
        tmp_size = (off_t)len;
    }
    *where = tmp_where;
    return tmp_fd;
}

void probe_tmpfile_close(void)
{
    if (tmp_fd >= 0)
        close(tmp_fd);
    tmp_fd = -1;
}

int probe_unmap_huge(void *p, size_t page)
{
    size_t len;

    /* A length shorter than the huge page ends inside it, which munmap
     * refuses with EINVAL before it unmaps anything; the first length it
     * accepts is the huge page size, so nothing beyond is touched. */
    for (len = page; len != 0; len = len <= SIZE_MAX / 2 ? 2 * len : 0) {
        if (munmap(p, len) == 0)
            return 0;
        if (errno != EINVAL)
            return -1;
    }
    return -1;
}

#endif /* PROBE_HAVE_MMAP */
