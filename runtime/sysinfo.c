/* runtime/sysinfo.c: what the probe reports about the machine it runs on:
 * uname, the page size, the transparent huge page mode and size, and
 * whether it runs as root. */
#include "probe.h"

#include <stdlib.h>
#include <string.h>

#if PROBE_HAVE_MMAP
#include <sys/types.h>
#include <sys/utsname.h>
#include <unistd.h>
#endif

/* Linux's THP settings; other systems have no such files, and then the
 * mode is "unavailable". */
#define THP_ENABLED "/sys/kernel/mm/transparent_hugepage/enabled"
#define THP_PMD_SIZE "/sys/kernel/mm/transparent_hugepage/hpage_pmd_size"

static void
copy(char *dst, size_t size, const char *src)
{
    strncpy(dst, src, size - 1);
    dst[size - 1] = '\0';
}

#if PROBE_HAVE_MMAP
/* The first line of PATH into BUF, without its newline: 1, or 0 when the
 * file cannot be read. */
static int
read_line(const char *path, char *buf, size_t size)
{
    FILE *f = fopen(path, "r");
    int ok;

    if (!f)
        return 0;
    ok = fgets(buf, (int) size, f) != NULL;
    fclose(f);
    if (ok)
        buf[strcspn(buf, "\n")] = '\0';
    return ok;
}

/* "always [madvise] never" -> "madvise". */
static void
read_thp_mode(char *out, size_t size)
{
    char line[256];
    const char *open, *close;

    copy(out, size, "unavailable");
    if (!read_line(THP_ENABLED, line, sizeof line))
        return;
    open = strchr(line, '[');
    close = open ? strchr(open, ']') : NULL;
    if (open && close && close > open + 1 && (size_t) (close - open) <= size) {
        memcpy(out, open + 1, (size_t) (close - open - 1));
        out[close - open - 1] = '\0';
    }
}

static unsigned long
read_pmd_size(void)
{
    char line[64], *end;
    unsigned long v;

    if (!read_line(THP_PMD_SIZE, line, sizeof line))
        return 0;
    v = strtoul(line, &end, 10);
    return end != line && *end == '\0' ? v : 0;
}
#endif

void
probe_system_read(struct probe_system *sys)
{
    memset(sys, 0, sizeof *sys);
    copy(sys->thp, sizeof sys->thp, "unavailable");
#if PROBE_HAVE_MMAP
    {
        struct utsname u;

        if (uname(&u) >= 0) {
            sys->have_uname = 1;
            copy(sys->sysname, sizeof sys->sysname, u.sysname);
            copy(sys->release, sizeof sys->release, u.release);
            copy(sys->machine, sizeof sys->machine, u.machine);
            sys->linux_kernel = strcmp(u.sysname, "Linux") == 0;
        }
    }
    sys->page_size = sysconf(_SC_PAGESIZE);
    if (sys->page_size < 0)
        sys->page_size = 0;
    read_thp_mode(sys->thp, sizeof sys->thp);
    sys->pmd_size = read_pmd_size();
    sys->root = geteuid() == 0;
#endif
}
