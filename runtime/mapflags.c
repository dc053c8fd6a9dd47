/* runtime/mapflags.c: try each MAP_* flag of the catalog (or each
 * --map-flag value) with mmap, on a mapping that suits it, look for the
 * flag at work, and unmap the mapping again.
 *
 * Only names of kind "flag" with a nonzero value are tried (a value of 0
 * adds no bit, so there is nothing to learn). How each is tried (rules[]
 * below; anything not listed gets the default; an unnamed --map-flag
 * value within MAP_TYPE's bits is tried as a mapping type):
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
 *                        places the second mapping elsewhere: not seen
 *   MAP_EXCL             with MAP_FIXED, at a free address
 *   MAP_TRYFIXED         with a free address as the hint
 *   MAP_32BIT, _MAP_LOW32
 *                        the default, then the mapping must end below
 *                        4 GiB (on 64-bit targets), else not seen
 *   MAP_ABOVE4G          the default, then the mapping must start at or
 *                        above 4 GiB (on 64-bit targets), else not seen
 *   MAP_GUARD            FLAG alone, PROT_NONE, no file (FreeBSD)
 *   MAP_NOSYNC, MAP_NOEXTEND
 *                        MAP_SHARED | FLAG on the temporary file
 *   MAP_FILE, MAP_RESILIENT_CODESIGN, MAP_RESILIENT_MEDIA
 *                        MAP_PRIVATE | FLAG on the temporary file
 *   MAP_TYPE, MAP_FLAGMASK  skipped: masks, not flags
 *   MAP_REMAPDUP         skipped: a flag of mremap, not of mmap
 * Linux ignores flags it does not know on MAP_PRIVATE and MAP_SHARED
 * mappings, so "accepted" says only that mmap succeeded. The effect says
 * more: besides the addresses above, on Linux the VmFlags of smaps
 * (the letters in rules[]), resident pages (MAP_POPULATE), what a forked child
 * writes (MAP_SHARED, MAP_SHARED_VALIDATE, MAP_PRIVATE), whether new pages
 * read as zero (MAP_UNINITIALIZED), and for any other flag on the default
 * mapping whether its VmFlags differ from those of a mapping made without
 * it (for an unnamed mapping type: from those of a MAP_PRIVATE one). */
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

/* What the probe knows of a flag by its name: how to try it (anything not
 * listed gets R_PRIVATE_ANON), and the VmFlags letters that show it at work
 * on Linux. */
struct rule {
    const char *name;
    enum recipe recipe;
    const char *vmflag; /* NULL: no VmFlags letters of its own */
};

static const struct rule rules[] = {
    { "MAP_SHARED", R_TYPE_ANON, NULL },
    { "MAP_PRIVATE", R_TYPE_ANON, NULL },
    { "MAP_DROPPABLE", R_TYPE_ANON, "dp" },
    { "MAP_SHARED_VALIDATE", R_TYPE_FILE, NULL },
    { "MAP_SYNC", R_SYNC, "sf" },
    { "MAP_HUGETLB", R_HUGETLB, "ht" },
    { "MAP_FIXED", R_FIXED, NULL },
    { "MAP_FIXED_NOREPLACE", R_NOREPLACE, NULL },
    { "MAP_EXCL", R_FIXED_FREE, NULL },
    { "MAP_TRYFIXED", R_HINT_FREE, NULL },
    { "MAP_32BIT", R_LOW, NULL },
    { "_MAP_LOW32", R_LOW, NULL },
    { "MAP_ABOVE4G", R_HIGH, NULL },
    { "MAP_GUARD", R_GUARD, NULL },
    { "MAP_NOSYNC", R_SHARED_FILE, NULL },
    { "MAP_NOEXTEND", R_SHARED_FILE, NULL },
    { "MAP_FILE", R_PRIVATE_FILE, NULL },
    { "MAP_RESILIENT_CODESIGN", R_PRIVATE_FILE, NULL },
    { "MAP_RESILIENT_MEDIA", R_PRIVATE_FILE, NULL },
    { "MAP_TYPE", R_SKIP_MASK, NULL },
    { "MAP_FLAGMASK", R_SKIP_MASK, NULL },
    { "MAP_REMAPDUP", R_SKIP_MREMAP, NULL },
    { "MAP_LOCKED", R_PRIVATE_ANON, "lo" },
    { "MAP_NORESERVE", R_PRIVATE_ANON, "nr" },
    { "MAP_GROWSDOWN", R_PRIVATE_ANON, "gd" },
    { "MAP_STACK", R_PRIVATE_ANON, "nh" }, /* Linux 6.7+: no huge pages */
};

/* MAP_HUGE_*: the huge page sizes, with MAP_HUGETLB. */
static const struct rule huge_size = { "MAP_HUGE_", R_HUGE_SIZE, "ht" };

/* The rule of flag NAME (may be NULL), or NULL. */
static const struct rule *rule_for(const char *name)
{
    size_t i;

    if (!name)
        return NULL;
    for (i = 0; i < sizeof rules / sizeof rules[0]; i++)
        if (strcmp(rules[i].name, name) == 0)
            return &rules[i];
    if (strncmp(name, huge_size.name, strlen(huge_size.name)) == 0)
        return &huge_size;
    return NULL;
}

static enum recipe recipe_for(const char *name)
{
    const struct rule *rule = rule_for(name);

    return rule ? rule->recipe : R_PRIVATE_ANON;
}

/* The catalog value of NAME as mmap flags, 0 when absent. */
static int flag_of(const char *name)
{
    struct probe_const c;
    int v;

    if (probe_const_find(name, &c) && c.present && c.has_value
        && probe_value_as_flags(c.negative, c.value, &v))
        return v;
    return 0;
}

static const int prot_rw = (int)(MMAPC_PROT_READ | MMAPC_PROT_WRITE);

/* mmap: 0 and *OUT, or an errno value. */
static int map(void *addr, size_t len, int prot, int flags, int fd, void **out)
{
    void *p = mmap(addr, len, prot, flags, fd, 0);

    if (p == MAP_FAILED)
        return errno;
    *out = p;
    return 0;
}

/* The start of LEN bytes of address space that were free a moment ago:
 * mapped and unmapped again. 0 and *OUT, or an errno value. */
static int free_range(size_t len, void **out)
{
    int anon = probe_anon_flag(), err;

    if (!anon)
        return ENOSYS;
    err = map(NULL, len, (int)MMAPC_PROT_NONE, (int)MMAPC_MAP_PRIVATE | anon,
              -1, out);
    if (!err && munmap(*out, len) != 0)
        err = errno;
    return err;
}

static void note_errno(struct probe_result *r, const char *what, int err)
{
    char buf[64];

    probe_note(r, what);
    strncat(r->note, probe_errno_label(err, buf, sizeof buf),
            sizeof r->note - strlen(r->note) - 1);
}

static void note_address(struct probe_result *r, const char *what,
                         const void *p)
{
    char buf[96];

    snprintf(buf, sizeof buf, "%s %p", what, p);
    probe_note(r, buf);
}

static void unmap(struct probe_result *r, void *p, size_t len, int huge,
                  size_t page)
{
    if (huge ? probe_unmap_huge(p, page) != 0 : munmap(p, len) != 0)
        probe_note(r, "the test mapping could not be unmapped");
}

/* Addresses above 4 GiB exist: the checks of MAP_32BIT and MAP_ABOVE4G
 * mean something. */
static int wide_pointers(void)
{
    return sizeof(void *) > 4;
}

/* 4 GiB, where MAP_32BIT and MAP_ABOVE4G draw their lines. */
static uintmax_t four_gib(void)
{
    return (uintmax_t)1 << 32;
}

/* MAP_FIXED_NOREPLACE: a second mapping at P, where the first one lies,
 * must fail with EEXIST. */
static void look_noreplace(struct probe_result *r, void *p, size_t len,
                           int prot, int flags, size_t page)
{
    void *q = NULL;
    int err = map(p, len, prot, flags, -1, &q);

    if (err == EEXIST)
        probe_effect(r, PROBE_EFFECT_SEEN,
                     "address: a second mapping "
                     "at the same address failed with EEXIST");
    else if (err)
        probe_effect(r, PROBE_EFFECT_UNKNOWN,
                     "address: a second "
                     "mapping at the same address failed, but not "
                     "with EEXIST");
    else {
        probe_effect(r, PROBE_EFFECT_NOT_SEEN,
                     "address: a second "
                     "mapping at the same address was placed at %p: "
                     "the address was taken as a hint",
                     q);
        unmap(r, q, len, 0, page);
    }
}

/* The effect of an address recipe (MAP_FIXED, MAP_FIXED_NOREPLACE,
 * MAP_32BIT, MAP_ABOVE4G ...): 1 when RECIPE is one, else 0. */
static int look_address(struct probe_result *r, enum recipe recipe, void *addr,
                        void *p, size_t len, int prot, int flags, size_t page)
{
    switch (recipe) {
    case R_FIXED:
        if (p == addr)
            probe_effect(r, PROBE_EFFECT_SEEN,
                         "address: placed at the "
                         "address asked for, over a reserved range");
        else {
            probe_effect(r, PROBE_EFFECT_NOT_SEEN,
                         "address: placed "
                         "elsewhere than asked, at %p",
                         p);
            unmap(r, addr, len, 0, page);
        }
        return 1;
    case R_HINT_FREE:
    case R_FIXED_FREE:
    case R_NOREPLACE:
        /* A free address is usually granted as a mere hint too: where the
         * mapping lies tells nothing about the flag. */
        if (p != addr)
            note_address(r,
                         "not placed at the free address asked for, "
                         "but at",
                         p);
        if (recipe == R_NOREPLACE)
            look_noreplace(r, p, len, prot, flags, page);
        return 1;
    case R_LOW:
    case R_HIGH:
        if (!wide_pointers())
            probe_effect(r, PROBE_EFFECT_UNKNOWN,
                         "address: every address "
                         "lies below 4 GiB on this target");
        else if (recipe == R_LOW)
            probe_effect(r,
                         (uintmax_t)(uintptr_t)p + len <= four_gib()
                             ? PROBE_EFFECT_SEEN
                             : PROBE_EFFECT_NOT_SEEN,
                         "address: mapped at %p, %s 4 GiB", p,
                         (uintmax_t)(uintptr_t)p + len <= four_gib()
                             ? "below"
                             : "not below");
        else
            probe_effect(r,
                         (uintmax_t)(uintptr_t)p >= four_gib()
                             ? PROBE_EFFECT_SEEN
                             : PROBE_EFFECT_NOT_SEEN,
                         "address: mapped at %p, %s 4 GiB", p,
                         (uintmax_t)(uintptr_t)p >= four_gib() ? "above"
                                                               : "below");
        return 1;
    default:
        return 0;
    }
}

/* 1 when NAME is R's name. */
static int named(const struct probe_result *r, const char *name)
{
    return r->name && strcmp(r->name, name) == 0;
}

/* Compare the VmFlags of mapping P with those of a mapping made with
 * CONTROL, the same flags without the one tried: any difference is the
 * flag's doing. */
static void look_difference(struct probe_result *r, void *p, size_t len,
                            int prot, int control)
{
    char with[128], without[128];
    void *c = NULL;

    if (map(NULL, len, prot, control, -1, &c) != 0) {
        probe_effect(r, PROBE_EFFECT_UNKNOWN,
                     "smaps: no mapping without "
                     "the flag to compare with");
        return;
    }
    if (probe_vmflags(p, with, sizeof with) != 0
        || probe_vmflags(c, without, sizeof without) != 0)
        probe_effect(r, PROBE_EFFECT_UNKNOWN,
                     "smaps: no VmFlags for the "
                     "mappings");
    else if (strcmp(with, without) == 0)
        probe_effect(r, PROBE_EFFECT_NOT_SEEN,
                     "smaps VmFlags: \"%s\", "
                     "the same as without the flag",
                     with);
    else
        probe_effect(r, PROBE_EFFECT_SEEN,
                     "smaps VmFlags: \"%s\", "
                     "without the flag \"%s\"",
                     with, without);
    if (munmap(c, len) != 0)
        probe_note(r, "the mapping to compare with could not be unmapped");
}

/* The effect of an accepted flag on Linux, where smaps, mincore and fork
 * can show it. */
static void look_full(struct probe_result *r, enum recipe recipe, int flag,
                      void *p, size_t len, int prot, int flags, int fd,
                      size_t page)
{
    const struct rule *rule = rule_for(r->name);
    const char *vmflag = rule ? rule->vmflag : NULL;
    unsigned char *bytes = p;
    int v, anon = probe_anon_flag();

    if (vmflag) {
        probe_look_vmflag(r, p, vmflag, NULL);
    } else if (named(r, "MAP_POPULATE")) {
        probe_look_resident(r, p, len, page);
    } else if (named(r, "MAP_UNINITIALIZED")) {
        v = probe_all_zero(p, len);
        probe_effect(r, v ? PROBE_EFFECT_NOT_SEEN : PROBE_EFFECT_SEEN,
                     "read-back: the new pages %s",
                     v ? "read as zero, "
                         "as initialized pages do"
                       : "hold data: they were not "
                         "cleared");
    } else if (named(r, "MAP_SHARED") || named(r, "MAP_SHARED_VALIDATE")
               || named(r, "MAP_PRIVATE")) {
        int shared = !named(r, "MAP_PRIVATE");

        bytes[0] = 1;
        if (probe_fork_write(p, 2) != 0)
            probe_effect(r, PROBE_EFFECT_UNKNOWN,
                         "fork: the child could "
                         "not write");
        else
            probe_effect(r,
                         (bytes[0] == 2) == shared ? PROBE_EFFECT_SEEN
                                                   : PROBE_EFFECT_NOT_SEEN,
                         "fork: the parent %s the "
                         "child's write",
                         bytes[0] == 2 ? "sees"
                                       : "does not "
                                         "see");
    } else if (recipe == R_PRIVATE_ANON && fd < 0) {
        if ((flag & ~((int)MMAPC_MAP_PRIVATE | anon)) == 0)
            probe_effect(r, PROBE_EFFECT_UNKNOWN,
                         "its bits are in every "
                         "test mapping: nothing to compare with");
        else
            look_difference(r, p, len, prot, flags & ~flag);
    } else if (recipe == R_TYPE_ANON && !r->name && anon)
        /* an unnamed mapping type, against MAP_PRIVATE */
        look_difference(r, p, len, prot, (int)MMAPC_MAP_PRIVATE | anon);
}

static void run(struct probe_result *r, enum recipe recipe, int flag,
                const struct probe_system *sys)
{
    size_t page = sys->page_size > 0 ? (size_t)sys->page_size : 4096;
    size_t len = TEST_PAGES * page;
    int anon = probe_anon_flag(), huge = 0, err = 0, fd = -1, ferr = 0;
    int flags = 0, prot = prot_rw;
    void *addr = NULL, *p = NULL;
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
        flags = (int)MMAPC_MAP_PRIVATE | flag;
        break;
    case R_SHARED_FILE:
        r->mapping = PROBE_MAP_SHARED_FILE;
        flags = (int)MMAPC_MAP_SHARED | flag;
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
        flags = (int)MMAPC_MAP_PRIVATE | anon | flag_of("MAP_HUGETLB") | flag;
        huge = 1;
        break;
    case R_HUGETLB:
        r->mapping = "hugetlb-anon";
        flags = (int)MMAPC_MAP_PRIVATE | anon | flag;
        huge = 1;
        break;
    case R_FIXED:
        err = map(NULL, len, (int)MMAPC_PROT_NONE,
                  (int)MMAPC_MAP_PRIVATE | anon, -1, &addr);
        if (err) {
            r->mapping = NULL;
            probe_skip(r, "no address range could be reserved");
            note_errno(r, "mmap: ", err);
            return;
        }
        flags = (int)MMAPC_MAP_PRIVATE | anon | flag;
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
        flags = (int)MMAPC_MAP_PRIVATE | anon | flag
                | (recipe == R_FIXED_FREE ? flag_of("MAP_FIXED") : 0);
        break;
    case R_GUARD:
        r->mapping = "guard";
        prot = (int)MMAPC_PROT_NONE;
        flags = flag;
        break;
    default:
        flags = (int)MMAPC_MAP_PRIVATE | anon | flag;
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
    if (sys->observe == PROBE_OBSERVE_NONE) {
        /* only the notes about placement: no effect is judged */
        if ((recipe == R_FIXED || recipe == R_NOREPLACE) && p != addr)
            note_address(r, "placed elsewhere than asked, at", p);
        if (recipe == R_FIXED && p != addr)
            unmap(r, addr, len, 0, page);
    } else if (look_address(r, recipe, addr, p, len, prot, flags, page)) {
        /* an address recipe: judged by where the mapping lies */
    } else if (sys->observe == PROBE_OBSERVE_FULL)
        look_full(r, recipe, flag, p, len, prot, flags, fd, page);
    unmap(r, p, len, huge, page);
}

/* The recipe of an unnamed --map-flag value V: a value within the bits
 * of the headers' MAP_TYPE is a mapping type (MAP_DROPPABLE where the
 * headers do not name it yet), else a flag on the default mapping. */
static enum recipe recipe_for_value(int v)
{
    int type = flag_of("MAP_TYPE");

    return type && v && (v & ~type) == 0 ? R_TYPE_ANON : R_PRIVATE_ANON;
}

/* One row for flag NAME (NULL: unnamed) with table value
 * (NEGATIVE, VALUE). */
static int one(struct probe_list *out, const struct probe_system *sys,
               const char *name, int negative, unsigned long value,
               int has_value)
{
    struct probe_result *r;
    enum recipe recipe;
    int v = 0, rc = probe_list_add_row(out, name, negative, value, has_value,
                                       probe_value_as_flags,
                                       "the value does "
                                       "not fit mmap's int flags",
                                       &v, &r);

    if (rc <= 0)
        return rc;
    recipe = name ? recipe_for(name) : recipe_for_value(v);
    if (v == 0 && recipe != R_TYPE_ANON)
        probe_skip(r, "the value is 0: it adds no bit, so there is "
                      "nothing to try");
    else
        run(r, recipe, v, sys);
    return 0;
}

int probe_map_flags(const struct probe_system *sys, struct probe_list *out)
{
    struct probe_const c;
    size_t i, n = probe_const_count();
    int rc = 0;

    for (i = 0; i < n && rc == 0; i++) {
        probe_const_get(i, &c);
        if (strcmp(c.family, "MAP") != 0 || c.kind != PROBE_KIND_FLAG
            || !c.present)
            continue;
        rc = one(out, sys, c.name, c.negative, c.value, c.has_value);
    }
    probe_tmpfile_close();
    return rc;
}

/* The first present MAP_* flag whose value has the bits of V, or NULL. */
static const char *flag_name(int v)
{
    return probe_const_named("MAP", PROBE_KIND_FLAG, probe_value_as_flags, v);
}

int probe_map_flag_values(const struct probe_system *sys,
                          const long long *values, size_t n,
                          struct probe_list *out)
{
    size_t i;
    int rc = 0;

    for (i = 0; i < n && rc == 0; i++) {
        int negative, v;
        unsigned long u;

        probe_table_value(values[i], &negative, &u);
        if (!probe_value_as_flags(negative, u, &v))
            v = 0; /* not reached: main() checks the range */
        rc = one(out, sys, flag_name(v), negative, u, 1);
    }
    probe_tmpfile_close();
    return rc;
}

#endif /* PROBE_HAVE_MMAP */
