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
 * posix_madvise, which glibc passes on to madvise), on Linux the kernel's
 * numbers of those two whatever the headers say, and MADV_PROTECT, which
 * acts on the whole process rather than on the range.
 *
 * After an accepted call, the probe looks for the advice at work (rules[]
 * below; observe.c has the methods): a VmFlags letter pair set or
 * cleared, what a forked child reads, pages that read back as zero, pages
 * made resident, a huge page. The "other" advice of a row is applied
 * first, to give the advice something to undo (MADV_DODUMP after
 * MADV_DONTDUMP), except for MADV_FREE, whose pages MADV_PAGEOUT reclaims
 * afterwards: only then do freed pages read back as zero. */
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

/* The numbers of MADV_HWPOISON (100) and MADV_SOFT_OFFLINE (101) in the
 * Linux kernel's ABI: include/uapi/asm-generic/mman-common.h, and the same
 * in the mman.h of the architectures that have their own (alpha, mips,
 * parisc, xtensa). They are not values the probe reports: they are
 * refused. Target headers can lack those names (glibc without
 * <linux/mman.h> has no MADV_SOFT_OFFLINE; a configure preset can remove
 * them), and then the table gives the probe no value to refuse, while
 * applying them as root poisons or offlines physical memory of the
 * machine. */
static const int linux_refused_advice[] = { 100, 101 };

/* Built for Linux, or running on it: the kernel's numbers are refused. */
static int on_linux(const struct probe_system *sys)
{
#if defined __linux__
    (void)sys;
    return 1;
#else
    return sys->linux_kernel;
#endif
}

/* How the effect of an advice is looked for. */
enum look {
    LOOK_NONE,
    LOOK_FLAG_SET,     /* the VmFlags gain FLAG */
    LOOK_FLAG_CLEARED, /* OTHER set FLAG; the advice clears it */
    LOOK_FORK_GONE,    /* a forked child finds nothing mapped there */
    LOOK_FORK_BACK,    /* OTHER hid it from children; a child reads it */
    LOOK_FORK_ZERO,    /* a forked child reads zero, not the data */
    LOOK_FORK_KEPT,    /* OTHER wiped it for children; a child reads it */
    LOOK_ZEROED,       /* the written pages read back as zero */
    LOOK_FREED,        /* the same, once OTHER reclaimed what was freed */
    LOOK_POPULATED,    /* untouched pages become resident (mincore) */
    LOOK_COLLAPSED     /* smaps AnonHugePages covers the huge page */
};

/* What the probe knows of an advice by its name: a reason never to apply
 * it, or how to look for its effect. */
struct rule {
    const char *name;
    const char *never; /* why it is never applied, or NULL */
    enum look look;
    const char *flag;  /* VmFlags letters */
    const char *other; /* the advice applied with it */
};

static const struct rule rules[] = {
    { "MADV_HWPOISON",
      "poisons the physical pages as a hardware memory error would (a "
      "kernel test aid): never applied, also not as root",
      LOOK_NONE, NULL, NULL },
    { "MADV_SOFT_OFFLINE",
      "takes the physical pages out of service for the whole machine (a "
      "kernel test aid): never applied, also not as root",
      LOOK_NONE, NULL, NULL },
    { "MADV_PROTECT",
      "acts on the whole process (protection from the out-of-swap killer, "
      "root only), not on the range: not applied",
      LOOK_NONE, NULL, NULL },
    { "MADV_NORMAL", NULL, LOOK_FLAG_CLEARED, "rr", "MADV_RANDOM" },
    { "MADV_RANDOM", NULL, LOOK_FLAG_SET, "rr", NULL },
    { "MADV_SEQUENTIAL", NULL, LOOK_FLAG_SET, "sr", NULL },
    { "MADV_DONTNEED", NULL, LOOK_ZEROED, NULL, NULL },
    { "MADV_DONTNEED_LOCKED", NULL, LOOK_ZEROED, NULL, NULL },
    { "MADV_FREE", NULL, LOOK_FREED, NULL, "MADV_PAGEOUT" },
    { "MADV_REMOVE", NULL, LOOK_ZEROED, NULL, NULL },
    { "MADV_DONTFORK", NULL, LOOK_FORK_GONE, NULL, NULL },
    { "MADV_DOFORK", NULL, LOOK_FORK_BACK, NULL, "MADV_DONTFORK" },
    { "MADV_MERGEABLE", NULL, LOOK_FLAG_SET, "mg", NULL },
    { "MADV_UNMERGEABLE", NULL, LOOK_FLAG_CLEARED, "mg", "MADV_MERGEABLE" },
    { "MADV_HUGEPAGE", NULL, LOOK_FLAG_SET, "hg", NULL },
    { "MADV_NOHUGEPAGE", NULL, LOOK_FLAG_SET, "nh", NULL },
    { "MADV_DONTDUMP", NULL, LOOK_FLAG_SET, "dd", NULL },
    { "MADV_DODUMP", NULL, LOOK_FLAG_CLEARED, "dd", "MADV_DONTDUMP" },
    { "MADV_WIPEONFORK", NULL, LOOK_FORK_ZERO, NULL, NULL },
    { "MADV_KEEPONFORK", NULL, LOOK_FORK_KEPT, NULL, "MADV_WIPEONFORK" },
    { "MADV_POPULATE_READ", NULL, LOOK_POPULATED, NULL, NULL },
    { "MADV_POPULATE_WRITE", NULL, LOOK_POPULATED, NULL, NULL },
    { "MADV_COLLAPSE", NULL, LOOK_COLLAPSED, NULL, NULL },
    { "POSIX_MADV_NORMAL", NULL, LOOK_FLAG_CLEARED, "rr",
      "POSIX_MADV_RANDOM" },
    { "POSIX_MADV_RANDOM", NULL, LOOK_FLAG_SET, "rr", NULL },
    { "POSIX_MADV_SEQUENTIAL", NULL, LOOK_FLAG_SET, "sr", NULL },
};

/* The rule of advice NAME (may be NULL), or NULL. */
static const struct rule *rule_for(const char *name)
{
    size_t i;

    if (name)
        for (i = 0; i < sizeof rules / sizeof rules[0]; i++)
            if (strcmp(rules[i].name, name) == 0)
                return &rules[i];
    return NULL;
}

/* The values of the destructive advice on this target, from the table. */
struct danger {
    int have;
    int value;
    const char *name;
};

static void danger_load(struct danger d[2])
{
    static const char *const names[2] = { "MADV_HWPOISON",
                                          "MADV_SOFT_OFFLINE" };
    struct probe_const c;
    int i;

    for (i = 0; i < 2; i++) {
        d[i].name = names[i];
        d[i].have = probe_const_find(names[i], &c) && c.present && c.has_value
                    && probe_value_as_int(c.negative, c.value, &d[i].value);
    }
}

/* The reason to leave advice V with rule RULE (may be NULL) alone, or NULL
 * to apply it. Sets a note naming the advice V equals. */
static const char *never_reason(const struct rule *rule, int v,
                                const struct danger d[2],
                                const struct probe_system *sys,
                                struct probe_result *r)
{
    size_t i;

    if (rule && rule->never)
        return rule->never;
    for (i = 0; i < 2; i++)
        if (d[i].have && d[i].value == v) {
            probe_note(r, "the value of ");
            strncat(r->note, d[i].name, sizeof r->note - strlen(r->note) - 1);
            return "has the value of an advice that poisons or offlines "
                   "physical memory: never applied, also not as root";
        }
    if (on_linux(sys))
        for (i = 0;
             i < sizeof linux_refused_advice / sizeof linux_refused_advice[0];
             i++)
            if (v == linux_refused_advice[i])
                return "Linux's number of MADV_HWPOISON or "
                       "MADV_SOFT_OFFLINE, which poison or offline physical "
                       "memory: never applied on Linux, also not as root";
    return NULL;
}

static size_t page_of(const struct probe_system *sys)
{
    return sys->page_size > 0 ? (size_t)sys->page_size : 4096;
}

/* madvise, or posix_madvise when POSIX: 0 or an errno value. */
static int advise(char *start, size_t len, int advice, int posix)
{
    if (posix) {
#if MMAPC_HAVE_POSIX_MADVISE
        return posix_madvise(start, len, advice);
#else
        return ENOSYS; /* not reached: the caller checks */
#endif
    }
#if HAVE_MADVISE_CALL
    return madvise((MMAPC_MADVISE_ADDR_TYPE)start, len, advice) == 0 ? 0
                                                                     : errno;
#else
    return ENOSYS;     /* not reached: the caller checks */
#endif
}

/* Apply the present advice NAME (its family tells the call): 0, or -1
 * when the headers lack it or the call failed. */
static int advise_named(char *start, size_t len, const char *name)
{
    struct probe_const c;
    int v, posix;

    if (!probe_const_find(name, &c) || !c.present || !c.has_value
        || !probe_value_as_int(c.negative, c.value, &v))
        return -1;
    posix = strcmp(c.family, "POSIX_MADV") == 0;
    if (posix ? !MMAPC_HAVE_POSIX_MADVISE : !HAVE_MADVISE_CALL)
        return -1;
    return advise(start, len, v, posix) == 0 ? 0 : -1;
}

/* The fork looks. MADV_DONTFORK leaves a child nothing mapped there and
 * MADV_WIPEONFORK gives it zero where the parent wrote: the advice's mark.
 * LOOK_FORK_GONE and LOOK_FORK_ZERO look for the mark; LOOK_FORK_BACK and
 * LOOK_FORK_KEPT, once OTHER made it, look for the parent's data again. */
static int fork_wipes(enum look look)
{
    return look == LOOK_FORK_ZERO || look == LOOK_FORK_KEPT;
}

/* What a child made by fork finds at START: 1 the mark (of
 * MADV_WIPEONFORK when WIPE, else of MADV_DONTFORK), 0 the parent's data,
 * -1 when that cannot be told. */
static int fork_mark(const char *start, int wipe)
{
    int byte = -1, v = probe_fork_read(start, &byte);

    if (!wipe)
        return v < 0 ? -1 : v == 1;
    return v != 0 || (byte != 0 && byte != 1) ? -1 : byte == 0;
}

/* After the accepted advice of a fork look: what the child finds. */
static void look_fork(struct probe_result *r, const struct rule *rule,
                      const char *start)
{
    /* [wipe][mark] */
    static const char *const finds[2][2] = {
        { "reads the mapping", "finds nothing mapped there" },
        { "reads the parent's data", "reads zero where the parent wrote" }
    };
    static const char *const finds_again[2][2] = {
        { "reads the mapping again", "still finds nothing" },
        { "reads the parent's data", "reads zero" }
    };
    static const char *const found_first[2] = { "found nothing mapped",
                                                "read zero" };
    int wipe = fork_wipes(rule->look), mark = fork_mark(start, wipe);

    if (mark < 0)
        probe_effect(r, PROBE_EFFECT_UNKNOWN, "fork: the child could not %s",
                     wipe ? "read the mapping" : "be asked");
    else if (rule->look == LOOK_FORK_GONE || rule->look == LOOK_FORK_ZERO)
        probe_effect(r, mark ? PROBE_EFFECT_SEEN : PROBE_EFFECT_NOT_SEEN,
                     "fork: the child %s", finds[wipe][mark]);
    else
        probe_effect(r, mark ? PROBE_EFFECT_NOT_SEEN : PROBE_EFFECT_SEEN,
                     "fork: the child, which %s after %s, %s",
                     found_first[wipe], rule->other, finds_again[wipe][mark]);
}

/* Before the advice: set up what the look of RULE needs (RULE->other
 * applied and checked). 0 when ready, else -1 with R's effect unknown and
 * the reason in R->observed. */
static int look_before(struct probe_result *r, const struct rule *rule,
                       char *start, size_t len, size_t page)
{
    const char *other = rule->other;

    if (rule->look == LOOK_POPULATED) {
        long n = probe_resident(start, len, page);

        if (n != 0) {
            probe_effect(r, PROBE_EFFECT_UNKNOWN, "mincore: %s",
                         n < 0 ? "cannot tell which pages are resident"
                               : "pages were resident before the advice");
            return -1;
        }
        return 0;
    }
    if (!other || rule->look == LOOK_FREED)
        return 0;
    if (advise_named(start, len, other) != 0) {
        probe_effect(r, PROBE_EFFECT_UNKNOWN,
                     "%s, needed first, is "
                     "absent or refused",
                     other);
        return -1;
    }
    switch (rule->look) {
    case LOOK_FLAG_CLEARED:
        if (probe_vmflag(start, rule->flag) == 1)
            return 0;
        probe_effect(r, PROBE_EFFECT_UNKNOWN,
                     "smaps VmFlags: %s did not "
                     "set %s, so its removal cannot be seen",
                     other, rule->flag);
        return -1;
    case LOOK_FORK_BACK:
    case LOOK_FORK_KEPT:
        if (fork_mark(start, fork_wipes(rule->look)) == 1)
            return 0;
        probe_effect(r, PROBE_EFFECT_UNKNOWN, "fork: %s did not %s", other,
                     fork_wipes(rule->look) ? "wipe the mapping for a child"
                                            : "hide the mapping from a child");
        return -1;
    default:
        return 0;
    }
}

/* After the accepted advice: look for its effect as RULE says. */
static void look_after(struct probe_result *r, const struct rule *rule,
                       char *start, size_t len, size_t page,
                       const struct probe_system *sys)
{
    const char *other = rule->other;
    int v;
    long n, want;

    switch (rule->look) {
    case LOOK_FLAG_SET:
        probe_look_vmflag(r, start, rule->flag, NULL);
        break;
    case LOOK_FLAG_CLEARED:
        probe_look_vmflag(r, start, rule->flag, other);
        break;
    case LOOK_FORK_GONE:
    case LOOK_FORK_BACK:
    case LOOK_FORK_ZERO:
    case LOOK_FORK_KEPT:
        look_fork(r, rule, start);
        break;
    case LOOK_FREED:
        if (advise_named(start, len, other) != 0) {
            probe_effect(r, PROBE_EFFECT_UNKNOWN,
                         "read-back: %s, needed "
                         "to reclaim the freed pages, is absent or refused",
                         other);
            break;
        }
        /* fall through */
    case LOOK_ZEROED:
        v = probe_all_zero(start, len);
        probe_effect(r, v ? PROBE_EFFECT_SEEN : PROBE_EFFECT_NOT_SEEN,
                     "read-back: the written pages %s%s%s",
                     v ? "read back as zero" : "keep their data",
                     rule->look == LOOK_FREED ? " after " : "",
                     rule->look == LOOK_FREED ? other : "");
        break;
    case LOOK_POPULATED:
        probe_look_resident(r, start, len, page);
        break;
    case LOOK_COLLAPSED:
        n = probe_smaps_kb(start, "AnonHugePages");
        want = (long)(sys->pmd_size / 1024);
        if (n < 0 || want <= 0)
            probe_effect(r, PROBE_EFFECT_UNKNOWN,
                         "smaps: no AnonHugePages "
                         "for the mapping");
        else
            probe_effect(r,
                         n >= want ? PROBE_EFFECT_SEEN : PROBE_EFFECT_NOT_SEEN,
                         "smaps AnonHugePages: "
                         "%ld kB",
                         n);
        break;
    case LOOK_NONE:
        break;
    }
}

/* Map, touch, advise, look as RULE says (may be NULL), unmap: fills R's
 * status and effect. POSIX selects posix_madvise, else madvise. */
static void apply(struct probe_result *r, const struct probe_system *sys,
                  const struct rule *rule, int advice, int posix)
{
    size_t page = page_of(sys), len = TEST_PAGES * page, map_len, i;
    int shared = 0, pmd = 0, err, rc, ready = 0;
    void *base;
    char *start, label[64];

    if (sys->observe != PROBE_OBSERVE_FULL
        || (rule && rule->look == LOOK_NONE))
        rule = NULL;
    if (r->name && strcmp(r->name, "MADV_REMOVE") == 0)
        shared = 1;
    if (r->name && strcmp(r->name, "MADV_COLLAPSE") == 0
        && sys->pmd_size >= page && sys->pmd_size % page == 0
        && sys->pmd_size <= SIZE_MAX / 2)
        pmd = 1;
    r->mapping = shared ? PROBE_MAP_SHARED_ANON
                 : pmd  ? PROBE_MAP_PRIVATE_ANON_PMD
                        : PROBE_MAP_PRIVATE_ANON;
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
    if (pmd) /* the first aligned huge page inside the mapping */
        start +=
            (sys->pmd_size - (uintptr_t)start % sys->pmd_size) % sys->pmd_size;
    /* Touched pages give the advice something to act on, except where
     * the effect to see is that untouched pages become resident. */
    if (!rule || rule->look != LOOK_POPULATED)
        for (i = 0; i < len; i += page)
            start[i] = 1;
    if (rule)
        ready = look_before(r, rule, start, len, page) == 0;

    rc = advise(start, len, advice, posix);
    if (rc == 0) {
        r->status = PROBE_ACCEPTED;
        if (ready)
            look_after(r, rule, start, len, page, sys);
    } else {
        probe_reject(r, rc);
        probe_effect(r, PROBE_EFFECT_UNKNOWN, "%s", "");
    }
    if (munmap(base, map_len) != 0)
        probe_note(r, "the test mapping could not be unmapped");
}

/* One row for advice NAME (NULL: unnamed) with table value
 * (NEGATIVE, VALUE). */
static int one(struct probe_list *out, const struct probe_system *sys,
               const struct danger d[2], const char *name, int negative,
               unsigned long value, int has_value, int posix)
{
    struct probe_result *r;
    const struct rule *rule = rule_for(name);
    const char *why;
    int v, rc = probe_list_add_row(out, name, negative, value, has_value,
                                   probe_value_as_int,
                                   "the value does not "
                                   "fit the int advice parameter",
                                   &v, &r);

    if (rc <= 0)
        return rc;
    if ((why = never_reason(rule, v, d, sys, r)) != NULL) {
        probe_skip(r, why);
        return 0;
    }
    if (posix ? !MMAPC_HAVE_POSIX_MADVISE : !HAVE_MADVISE_CALL) {
        probe_skip(r, posix ? "posix_madvise() is not available"
                            : "madvise() is not available");
        return 0;
    }
    apply(r, sys, rule, v, posix);
    return 0;
}

int probe_advice_catalog(const struct probe_system *sys,
                         struct probe_list *out)
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
        if (one(out, sys, d, c.name, c.negative, c.value, c.has_value, posix)
            < 0)
            return -1;
    }
    return 0;
}

/* The first present MADV_* whose value is V, or NULL. */
static const char *advice_name(int v)
{
    return probe_const_named("MADV", 0, probe_value_as_int, v);
}

int probe_advice_values(const struct probe_system *sys,
                        const long long *values, size_t n,
                        struct probe_list *out)
{
    struct danger d[2];
    size_t i;

    danger_load(d);
    for (i = 0; i < n; i++) {
        int v = (int)values[i]; /* main() keeps them in int's range */
        int negative;
        unsigned long u;

        probe_table_value(values[i], &negative, &u);
        if (one(out, sys, d, advice_name(v), negative, u, 1, 0) < 0)
            return -1;
    }
    return 0;
}

#endif /* PROBE_HAVE_MMAP */
