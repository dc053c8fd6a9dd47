/* runtime/advice.c: apply each MADV_* (madvise) and POSIX_MADV_*
 * (posix_madvise) value to a fresh mapping and record what the kernel
 * says.
 *
 * The mapping, per advice:
 *   MADV_REMOVE    shared anonymous memory (shmem on Linux): it punches a
 *                  hole in the object behind the mapping, and private
 *                  memory has none (EINVAL).
 *   MADV_COLLAPSE  private anonymous memory covering one whole, aligned
 *                  transparent huge page (hpage_pmd_size) whose pages
 *                  have been touched: on anything smaller Linux answers
 *                  EINVAL even though it knows the advice.
 *   anything else  TEST_PAGES pages of private anonymous memory, touched.
 * Each test gets its own mapping, unmapped afterwards.
 *
 * Never applied (reported "skipped" with the reason, also as root):
 * MADV_HWPOISON and MADV_SOFT_OFFLINE, which poison or offline physical
 * memory of the machine, any advice with one of their values (including
 * posix_madvise, which glibc passes on to madvise), and MADV_PROTECT,
 * which acts on the whole process rather than on the range. */
#include "probe.h"

#if PROBE_HAVE_MMAP

#include <sys/types.h>
#include <sys/mman.h>
#include <errno.h>
#include <stdint.h>
#include <string.h>

#define TEST_PAGES 4

#if MMAPC_HAVE_MADVISE && MMAPC_HAVE_MADVISE_DECL
#define HAVE_MADVISE_CALL 1
#else
#define HAVE_MADVISE_CALL 0
#endif

/* Advice whose names alone rule them out. */
static const struct {
    const char *name;
    const char *reason;
} never[] = {
    { "MADV_HWPOISON", "poisons the physical pages as a hardware memory "
      "error would (a kernel test aid): never applied, also not as root" },
    { "MADV_SOFT_OFFLINE", "takes the physical pages out of service for "
      "the whole machine (a kernel test aid): never applied, also not as "
      "root" },
    { "MADV_PROTECT", "acts on the whole process (protection from the "
      "out-of-swap killer, root only), not on the range: not applied" },
};

/* The values of the destructive advice on this target, from the table. */
struct danger {
    int have;
    int value;
    const char *name;
};

static void
danger_load(struct danger d[2])
{
    static const char *const names[2] = { "MADV_HWPOISON",
                                          "MADV_SOFT_OFFLINE" };
    struct probe_const c;
    int i;

    for (i = 0; i < 2; i++) {
        d[i].name = names[i];
        d[i].have = probe_const_find(names[i], &c) && c.present
            && c.has_value
            && probe_value_as_int(c.negative, c.value, &d[i].value);
    }
}

/* The reason to leave advice NAME (may be NULL) with value V alone, or
 * NULL to apply it. Sets a note naming the advice V equals. */
static const char *
never_reason(const char *name, int v, const struct danger d[2],
             struct probe_result *r)
{
    size_t i;

    if (name)
        for (i = 0; i < sizeof never / sizeof never[0]; i++)
            if (strcmp(name, never[i].name) == 0)
                return never[i].reason;
    for (i = 0; i < 2; i++)
        if (d[i].have && d[i].value == v) {
            probe_note(r, "the value of ");
            strncat(r->note, d[i].name,
                    sizeof r->note - strlen(r->note) - 1);
            return "has the value of an advice that poisons or offlines "
                "physical memory: never applied, also not as root";
        }
    return NULL;
}

static size_t
page_of(const struct probe_system *sys)
{
    return sys->page_size > 0 ? (size_t) sys->page_size : 4096;
}

/* Map, touch, advise, unmap: fills R's status. POSIX selects
 * posix_madvise, else madvise. */
static void
apply(struct probe_result *r, const struct probe_system *sys, int advice,
      int posix)
{
    size_t page = page_of(sys), len = TEST_PAGES * page, map_len, i;
    int shared = 0, pmd = 0, err, rc;
    void *base;
    char *start, label[64];

    if (r->name && strcmp(r->name, "MADV_REMOVE") == 0)
        shared = 1;
    if (r->name && strcmp(r->name, "MADV_COLLAPSE") == 0
        && sys->pmd_size >= page && sys->pmd_size % page == 0
        && sys->pmd_size <= SIZE_MAX / 2)
        pmd = 1;
    r->mapping = shared ? PROBE_MAP_SHARED_ANON
        : pmd ? PROBE_MAP_PRIVATE_ANON_PMD : PROBE_MAP_PRIVATE_ANON;
    if (pmd)
        len = sys->pmd_size;
    map_len = pmd ? 2 * len : len;

    err = probe_map_anon(map_len, shared, &base);
    if (err) {
        probe_skip(r, "the test mapping could not be made");
        probe_note(r, "mmap: ");
        strncat(r->note, probe_errno_label(err, label, sizeof label),
                sizeof r->note - strlen(r->note) - 1);
        r->mapping = NULL;
        return;
    }
    start = base;
    if (pmd)    /* the first aligned huge page inside the mapping */
        start += (sys->pmd_size - (uintptr_t) start % sys->pmd_size)
            % sys->pmd_size;
    for (i = 0; i < len; i += page)
        start[i] = 1;

    if (posix) {
#if MMAPC_HAVE_POSIX_MADVISE
        rc = posix_madvise(start, len, advice);
#else
        rc = ENOSYS;    /* not reached: the caller checks */
#endif
    } else {
#if HAVE_MADVISE_CALL
        rc = madvise((MMAPC_MADVISE_ADDR_TYPE) start, len, advice) == 0
            ? 0 : errno;
#else
        rc = ENOSYS;    /* not reached: the caller checks */
#endif
    }
    if (rc == 0)
        r->status = PROBE_ACCEPTED;
    else
        probe_reject(r, rc);
    if (munmap(base, map_len) != 0)
        probe_note(r, "the test mapping could not be unmapped");
}

/* One row for advice NAME (NULL: unnamed) with table value
 * (NEGATIVE, VALUE). */
static int
one(struct probe_list *out, const struct probe_system *sys,
    const struct danger d[2], const char *name, int negative,
    unsigned long value, int has_value, int posix)
{
    struct probe_result *r = probe_list_add(out);
    const char *why;
    int v;

    if (!r)
        return -1;
    r->name = name;
    r->negative = negative;
    r->value = value;
    if (!has_value) {
        probe_skip(r, "the headers give no integer value");
        return 0;
    }
    if (!probe_value_as_int(negative, value, &v)) {
        probe_skip(r, "the value does not fit the int advice parameter");
        return 0;
    }
    if ((why = never_reason(name, v, d, r)) != NULL) {
        probe_skip(r, why);
        return 0;
    }
    if (posix ? !MMAPC_HAVE_POSIX_MADVISE : !HAVE_MADVISE_CALL) {
        probe_skip(r, posix ? "posix_madvise() is not available"
                   : "madvise() is not available");
        return 0;
    }
    apply(r, sys, v, posix);
    return 0;
}

int
probe_advice_catalog(const struct probe_system *sys, struct probe_list *out)
{
    struct danger d[2];
    struct probe_const c;
    size_t i, n = probe_const_count();

    danger_load(d);
    for (i = 0; i < n; i++) {
        int posix;

        probe_const_get(i, &c);
        if (strcmp(c.family, "MADV") == 0)
            posix = 0;
        else if (strcmp(c.family, "POSIX_MADV") == 0)
            posix = 1;
        else
            continue;
        if (!c.present || c.kind == PROBE_KIND_MACRO)
            continue;
        if (one(out, sys, d, c.name, c.negative, c.value, c.has_value,
                posix) < 0)
            return -1;
    }
    return 0;
}

/* The first present MADV_* whose value is V, or NULL. */
static const char *
advice_name(int v)
{
    struct probe_const c;
    size_t i, n = probe_const_count();
    int cv;

    for (i = 0; i < n; i++) {
        probe_const_get(i, &c);
        if (strcmp(c.family, "MADV") == 0 && c.present && c.has_value
            && probe_value_as_int(c.negative, c.value, &cv) && cv == v)
            return c.name;
    }
    return NULL;
}

int
probe_advice_values(const struct probe_system *sys, const int *values,
                    size_t n, struct probe_list *out)
{
    struct danger d[2];
    size_t i;

    danger_load(d);
    for (i = 0; i < n; i++) {
        int v = values[i];
        /* two's complement, as the table holds negative values */
        unsigned long u = v < 0 ? 0UL - (unsigned long) -(v + 1) - 1UL
            : (unsigned long) v;

        if (one(out, sys, d, advice_name(v), v < 0, u, 1, 0) < 0)
            return -1;
    }
    return 0;
}

#else /* !PROBE_HAVE_MMAP */

int
probe_advice_catalog(const struct probe_system *sys, struct probe_list *out)
{
    (void) sys;
    (void) out;
    return 0;
}

int
probe_advice_values(const struct probe_system *sys, const int *values,
                    size_t n, struct probe_list *out)
{
    (void) sys;
    (void) values;
    (void) n;
    (void) out;
    return 0;
}

#endif /* PROBE_HAVE_MMAP */
