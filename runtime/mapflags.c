/* runtime/mapflags.c: try each MAP_* flag of the catalog with mmap, on a
 * mapping that suits it, and unmap it again.
 *
 * Only names of kind "flag" with a nonzero value are tried (a value of 0
 * adds no bit, so there is nothing to learn). How each is tried (RECIPES
 * below; anything not listed gets the default):
 *   default              MAP_PRIVATE | anonymous | FLAG
 *   MAP_SHARED, MAP_PRIVATE, MAP_DROPPABLE
 *                        FLAG | anonymous: the flag is the mapping type
 *   MAP_SHARED_VALIDATE  FLAG alone, on a temporary file (Linux accepts no
 *                        anonymous MAP_SHARED_VALIDATE mapping)
 *   MAP_SYNC             MAP_SHARED_VALIDATE | FLAG on the temporary file
 *   MAP_HUGETLB, MAP_HUGE_*
 *                        MAP_PRIVATE | anonymous | MAP_HUGETLB | FLAG
 *   MAP_FIXED            over an address range the probe reserved itself
 *   MAP_FIXED_NOREPLACE  at a free address, then again at the same one,
 *                        which must fail with EEXIST; a kernel that does
 *                        not know the flag takes the address as a hint,
 *                        places the second mapping elsewhere: "ignored"
 *   MAP_EXCL             with MAP_FIXED, at a free address
 *   MAP_TRYFIXED         with a free address as the hint
 *   MAP_32BIT, _MAP_LOW32
 *                        the default, then the mapping must end below
 *                        4 GiB (on 64-bit targets), else "ignored"
 *   MAP_ABOVE4G          the default, then the mapping must start at or
 *                        above 4 GiB (on 64-bit targets), else "ignored"
 *   MAP_GUARD            FLAG alone, PROT_NONE, no file (FreeBSD)
 *   MAP_NOSYNC, MAP_NOEXTEND
 *                        MAP_SHARED | FLAG on the temporary file
 *   MAP_FILE, MAP_RESILIENT_CODESIGN, MAP_RESILIENT_MEDIA
 *                        MAP_PRIVATE | FLAG on the temporary file
 *   MAP_TYPE, MAP_FLAGMASK  skipped: masks, not flags
 *   MAP_REMAPDUP         skipped: a flag of mremap, not of mmap
 * Linux ignores flags it does not know on MAP_PRIVATE and MAP_SHARED
 * mappings, so "accepted" says only that mmap succeeded, except where a
 * check above can see the flag at work. */
#include "probe.h"

#if PROBE_HAVE_MMAP

#include <sys/types.h>
#include <sys/mman.h>
#include <errno.h>
#include <stdint.h>
#include <string.h>

#define TEST_PAGES 4

enum recipe {
    R_PRIVATE_ANON,
    R_TYPE_ANON,
    R_TYPE_FILE,
    R_PRIVATE_FILE,
    R_SHARED_FILE,
    R_SYNC,
    R_HUGETLB,
    R_HUGE_SIZE,
    R_FIXED,
    R_NOREPLACE,
    R_FIXED_FREE,
    R_HINT_FREE,
    R_LOW,
    R_HIGH,
    R_GUARD,
    R_SKIP_MASK,
    R_SKIP_MREMAP
};

static const struct {
    const char *name;
    enum recipe recipe;
} recipes[] = {
    { "MAP_SHARED", R_TYPE_ANON },
    { "MAP_PRIVATE", R_TYPE_ANON },
    { "MAP_DROPPABLE", R_TYPE_ANON },
    { "MAP_SHARED_VALIDATE", R_TYPE_FILE },
    { "MAP_SYNC", R_SYNC },
    { "MAP_HUGETLB", R_HUGETLB },
    { "MAP_FIXED", R_FIXED },
    { "MAP_FIXED_NOREPLACE", R_NOREPLACE },
    { "MAP_EXCL", R_FIXED_FREE },
    { "MAP_TRYFIXED", R_HINT_FREE },
    { "MAP_32BIT", R_LOW },
    { "_MAP_LOW32", R_LOW },
    { "MAP_ABOVE4G", R_HIGH },
    { "MAP_GUARD", R_GUARD },
    { "MAP_NOSYNC", R_SHARED_FILE },
    { "MAP_NOEXTEND", R_SHARED_FILE },
    { "MAP_FILE", R_PRIVATE_FILE },
    { "MAP_RESILIENT_CODESIGN", R_PRIVATE_FILE },
    { "MAP_RESILIENT_MEDIA", R_PRIVATE_FILE },
    { "MAP_TYPE", R_SKIP_MASK },
    { "MAP_FLAGMASK", R_SKIP_MASK },
    { "MAP_REMAPDUP", R_SKIP_MREMAP },
};

static enum recipe
recipe_for(const char *name)
{
    size_t i;

    for (i = 0; i < sizeof recipes / sizeof recipes[0]; i++)
        if (strcmp(recipes[i].name, name) == 0)
            return recipes[i].recipe;
    if (strncmp(name, "MAP_HUGE_", 9) == 0)
        return R_HUGE_SIZE;
    return R_PRIVATE_ANON;
}

/* The catalog value of NAME as mmap flags, 0 when absent. */
static int
flag_of(const char *name)
{
    struct probe_const c;
    int v;

    if (probe_const_find(name, &c) && c.present && c.has_value
        && probe_value_as_flags(c.negative, c.value, &v))
        return v;
    return 0;
}

static const int prot_rw = (int) (MMAPC_PROT_READ | MMAPC_PROT_WRITE);

/* mmap: 0 and *OUT, or an errno value. */
static int
map(void *addr, size_t len, int prot, int flags, int fd, void **out)
{
    void *p = mmap(addr, len, prot, flags, fd, 0);

    if (p == MAP_FAILED)
        return errno;
    *out = p;
    return 0;
}

/* The start of LEN bytes of address space that were free a moment ago:
 * mapped and unmapped again. 0 and *OUT, or an errno value. */
static int
free_range(size_t len, void **out)
{
    int anon = probe_anon_flag(), err;

    if (!anon)
        return ENOSYS;
    err = map(NULL, len, (int) MMAPC_PROT_NONE,
              (int) MMAPC_MAP_PRIVATE | anon, -1, out);
    if (!err && munmap(*out, len) != 0)
        err = errno;
    return err;
}

static void
note_errno(struct probe_result *r, const char *what, int err)
{
    char buf[64];

    probe_note(r, what);
    strncat(r->note, probe_errno_label(err, buf, sizeof buf),
            sizeof r->note - strlen(r->note) - 1);
}

static void
note_address(struct probe_result *r, const char *what, const void *p)
{
    char buf[96];

    snprintf(buf, sizeof buf, "%s %p", what, p);
    probe_note(r, buf);
}

static void
unmap(struct probe_result *r, void *p, size_t len, int huge, size_t page)
{
    if (huge ? probe_unmap_huge(p, page) != 0 : munmap(p, len) != 0)
        probe_note(r, "the test mapping could not be unmapped");
}

/* Addresses above 4 GiB exist: the checks of MAP_32BIT and MAP_ABOVE4G
 * mean something. */
static int
wide_pointers(void)
{
    return sizeof(void *) > 4;
}

/* 4 GiB, where MAP_32BIT and MAP_ABOVE4G draw their lines. */
static uintmax_t
four_gib(void)
{
    return (uintmax_t) 1 << 32;
}

static void
run(struct probe_result *r, enum recipe recipe, int flag,
    const struct probe_system *sys)
{
    size_t page = sys->page_size > 0 ? (size_t) sys->page_size : 4096;
    size_t len = TEST_PAGES * page;
    int anon = probe_anon_flag(), huge = 0, err = 0, fd = -1, ferr = 0;
    int flags = 0, prot = prot_rw;
    void *addr = NULL, *p = NULL, *q = NULL;
    const char *where = NULL;

    r->mapping = PROBE_MAP_PRIVATE_ANON;
    switch (recipe) {
    case R_SKIP_MASK:
        r->mapping = NULL;
        probe_skip(r, "a mask of several bits, not a flag");
        return;
    case R_SKIP_MREMAP:
        r->mapping = NULL;
        probe_skip(r, "a flag of mremap, not of mmap");
        return;
    case R_TYPE_FILE:
    case R_PRIVATE_FILE:
    case R_SHARED_FILE:
    case R_SYNC:
        fd = probe_tmpfile(len, &where, &ferr);
        if (fd < 0) {
            r->mapping = NULL;
            probe_skip(r, "no temporary file for a file mapping");
            note_errno(r, "", ferr);
            return;
        }
        break;
    default:
        if (!anon && recipe != R_GUARD) {
            r->mapping = NULL;
            probe_skip(r, "the headers have no MAP_ANONYMOUS or MAP_ANON");
            return;
        }
        break;
    }

    switch (recipe) {
    case R_TYPE_ANON:
        r->mapping = "type-anon";
        flags = flag | anon;
        break;
    case R_TYPE_FILE:
        r->mapping = "type-file";
        flags = flag;
        break;
    case R_PRIVATE_FILE:
        r->mapping = PROBE_MAP_PRIVATE_FILE;
        flags = (int) MMAPC_MAP_PRIVATE | flag;
        break;
    case R_SHARED_FILE:
        r->mapping = PROBE_MAP_SHARED_FILE;
        flags = (int) MMAPC_MAP_SHARED | flag;
        break;
    case R_SYNC:
        r->mapping = "validate-file";
        if (!flag_of("MAP_SHARED_VALIDATE")) {
            r->mapping = NULL;
            probe_skip(r, "needs MAP_SHARED_VALIDATE, which the headers "
                       "lack");
            return;
        }
        flags = flag_of("MAP_SHARED_VALIDATE") | flag;
        break;
    case R_HUGE_SIZE:
        if (!flag_of("MAP_HUGETLB")) {
            r->mapping = NULL;
            probe_skip(r, "needs MAP_HUGETLB, which the headers lack");
            return;
        }
        r->mapping = "hugetlb-anon";
        flags = (int) MMAPC_MAP_PRIVATE | anon | flag_of("MAP_HUGETLB")
            | flag;
        huge = 1;
        break;
    case R_HUGETLB:
        r->mapping = "hugetlb-anon";
        flags = (int) MMAPC_MAP_PRIVATE | anon | flag;
        huge = 1;
        break;
    case R_FIXED:
        err = map(NULL, len, (int) MMAPC_PROT_NONE,
                  (int) MMAPC_MAP_PRIVATE | anon, -1, &addr);
        if (err) {
            r->mapping = NULL;
            probe_skip(r, "no address range could be reserved");
            note_errno(r, "mmap: ", err);
            return;
        }
        flags = (int) MMAPC_MAP_PRIVATE | anon | flag;
        break;
    case R_NOREPLACE:
    case R_FIXED_FREE:
    case R_HINT_FREE:
        if (recipe == R_FIXED_FREE && !flag_of("MAP_FIXED")) {
            r->mapping = NULL;
            probe_skip(r, "needs MAP_FIXED, which the headers lack");
            return;
        }
        err = free_range(len, &addr);
        if (err) {
            r->mapping = NULL;
            probe_skip(r, "no free address range was found");
            note_errno(r, "mmap: ", err);
            return;
        }
        flags = (int) MMAPC_MAP_PRIVATE | anon | flag
            | (recipe == R_FIXED_FREE ? flag_of("MAP_FIXED") : 0);
        break;
    case R_GUARD:
        r->mapping = "guard";
        prot = (int) MMAPC_PROT_NONE;
        flags = flag;
        break;
    default:
        flags = (int) MMAPC_MAP_PRIVATE | anon | flag;
        break;
    }

    err = map(addr, len, prot, flags, fd, &p);
    if (err) {
        probe_reject(r, err);
        if (recipe == R_SYNC && err != EINVAL
            && r->cls == PROBE_CLASS_UNSUPPORTED) {
            probe_note(r, "only files on a DAX file system take MAP_SYNC; "
                       "the test file was in");
            strncat(r->note, " ", sizeof r->note - strlen(r->note) - 1);
            strncat(r->note, where, sizeof r->note - strlen(r->note) - 1);
        }
        if (huge && err == ENOMEM)
            probe_note(r, "no free huge pages of that size");
        if (recipe == R_FIXED && munmap(addr, len) != 0)
            probe_note(r, "the reserved range could not be unmapped");
        return;
    }
    r->status = PROBE_ACCEPTED;

    switch (recipe) {
    case R_FIXED:
        if (p != addr) {
            r->cls = PROBE_CLASS_IGNORED;
            note_address(r, "placed elsewhere than asked, at", p);
            unmap(r, addr, len, 0, page);
        }
        break;
    case R_HINT_FREE:
    case R_FIXED_FREE:
        if (p != addr)
            note_address(r, "not placed at the free address asked for, "
                         "but at", p);
        break;
    case R_NOREPLACE:
        if (p != addr)
            note_address(r, "not placed at the free address asked for, "
                         "but at", p);
        err = map(p, len, prot, flags, -1, &q);
        if (err == EEXIST)
            break;
        if (err) {
            note_errno(r, "a second mapping at the same address failed "
                       "with ", err);
            probe_note(r, "not EEXIST");
            break;
        }
        r->cls = PROBE_CLASS_IGNORED;
        probe_note(r, "a second mapping at the same address was placed "
                   "elsewhere: the address was taken as a hint");
        unmap(r, q, len, 0, page);
        break;
    case R_LOW:
        if (wide_pointers()
            && (uintmax_t) (uintptr_t) p + len > four_gib()) {
            r->cls = PROBE_CLASS_IGNORED;
            note_address(r, "mapped above 4 GiB, at", p);
        }
        break;
    case R_HIGH:
        if (wide_pointers() && (uintmax_t) (uintptr_t) p < four_gib()) {
            r->cls = PROBE_CLASS_IGNORED;
            note_address(r, "mapped below 4 GiB, at", p);
        }
        break;
    default:
        break;
    }
    unmap(r, p, len, huge, page);
}

int
probe_map_flags(const struct probe_system *sys, struct probe_list *out)
{
    struct probe_const c;
    size_t i, n = probe_const_count();

    for (i = 0; i < n; i++) {
        struct probe_result *r;
        enum recipe recipe;
        int v;

        probe_const_get(i, &c);
        if (strcmp(c.family, "MAP") != 0 || c.kind != PROBE_KIND_FLAG
            || !c.present)
            continue;
        if (!(r = probe_list_add(out)))
            return -1;
        r->name = c.name;
        r->negative = c.negative;
        r->value = c.value;
        recipe = recipe_for(c.name);
        if (!c.has_value)
            probe_skip(r, "the headers give no integer value");
        else if (!probe_value_as_flags(c.negative, c.value, &v))
            probe_skip(r, "the value does not fit mmap's int flags");
        else if (v == 0 && recipe != R_TYPE_ANON)
            probe_skip(r, "the value is 0: it adds no bit, so there is "
                       "nothing to try");
        else
            run(r, recipe, v, sys);
    }
    probe_tmpfile_close();
    return 0;
}

#else /* !PROBE_HAVE_MMAP */

int
probe_map_flags(const struct probe_system *sys, struct probe_list *out)
{
    (void) sys;
    (void) out;
    return 0;
}

#endif /* PROBE_HAVE_MMAP */
