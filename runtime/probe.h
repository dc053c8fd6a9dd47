/* runtime/probe.h: what the parts of mmapc-probe share.
 *
 * Include this first in every file of runtime/: it sets the feature macros
 * (the same ones configure's probes use, so that the system headers show
 * the same functions) before any system header is read.
 *
 * The files, one responsibility each:
 *   mmapc-probe.c  command line, the order of the run, exit status
 *   table.c        the catalog table of the generated mmap_consts.h
 *   sysinfo.c      kernel name and release, page size, THP mode
 *   mapping.c      test mappings: anonymous, temporary file, unmapping
 *   advice.c       madvise / posix_madvise tests
 *   mapflags.c     mmap flag tests
 *   observe.c      ways to see an effect: smaps VmFlags, mincore, fork,
 *                  read-back, and whether smaps describes this program
 *   values.c       the numbers of --advice and --map-flag, read by the
 *                  generator's parser (gen/model/intval.c, built in too)
 *   results.c      the list of results, statuses and classes
 *   errnames.c     errno names, and the class of a rejection
 *   output.c       the table and the JSON document
 *
 * Every advice and flag value comes from mmap_consts.h (MMAPC_*); the
 * system's <sys/mman.h> is used only for the functions and MAP_FAILED.
 */
#ifndef MMAPC_PROBE_H
#define MMAPC_PROBE_H 1

/* The feature macros the probes use, from probes/ (-I$(srcdir)/probes). */
#include "feature-macros.h"

#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#include <stddef.h>
#include <stdio.h>

#include "mmap_consts.h"

/* PROBE_HAVE_MMAP: 1 on a target with <sys/mman.h>, mmap and munmap,
 * which the probe takes to be a POSIX system (uname, sysconf, mkstemp).
 * Elsewhere (x86_64-w64-mingw32) mmapc-probe only says that there is
 * nothing to probe. */
#if MMAPC_HAVE_SYS_MMAN_H && MMAPC_HAVE_MMAP && MMAPC_HAVE_MUNMAP
#define PROBE_HAVE_MMAP 1
#else
#define PROBE_HAVE_MMAP 0
#endif

#ifdef PACKAGE_VERSION
#define PROBE_VERSION PACKAGE_VERSION
#else
#define PROBE_VERSION MMAPC_VERSION
#endif

/* ------------------------------------------------------------ table.c */

enum probe_kind {
    PROBE_KIND_FLAG = 1,
    PROBE_KIND_INT = 2,
    PROBE_KIND_POINTER = 3,
    PROBE_KIND_MACRO = 4
};

/* One symbol of the catalog, as mmap_consts.h describes it. */
struct probe_const {
    const char *name;   /* "MADV_FREE" */
    const char *family; /* "MADV" */
    enum probe_kind kind;
    int present;
    int has_value;
    int negative;
    unsigned long value; /* two's complement when negative */
};

/* The number of catalog symbols, and symbol I (0-based, catalog order). */
size_t probe_const_count(void);
void probe_const_get(size_t i, struct probe_const *out);
/* The symbol called NAME: 1 when the catalog has it, else 0. */
int probe_const_find(const char *name, struct probe_const *out);

/* A table value (NEGATIVE, VALUE) as an int (advice), when it lies in
 * INT_MIN..INT_MAX: returns 1 and sets *OUT, else returns 0. */
int probe_value_as_int(int negative, unsigned long value, int *out);
/* A table value as the bits of an int (mmap flags, which may lie above
 * INT_MAX, as MAP_HUGE_16GB does): a value up to UINT_MAX keeps its bits
 * and returns 1; anything else returns 0. */
int probe_value_as_flags(int negative, unsigned long value, int *out);
/* The name of the first present symbol of FAMILY (of kind KIND, or of
 * any kind when KIND is 0) whose value, read by AS, is V; NULL if none. */
const char *probe_const_named(const char *family, enum probe_kind kind,
                              int (*as)(int, unsigned long, int *), int v);

/* ---------------------------------------------------------- sysinfo.c */

struct probe_system {
    int have_uname;
    char sysname[128];
    char release[128];
    char machine[128];
    long page_size;           /* 0 when unknown */
    char thp[64];             /* selected THP mode, or "unavailable" */
    unsigned long pmd_size;   /* THP size (hpage_pmd_size), 0 when unknown */
    int root;                 /* effective user id 0 */
    int linux_kernel;         /* uname says "Linux" */
    int observe;              /* PROBE_OBSERVE_*: set by probe_observe_setup */
    const char *observe_note; /* why observation is limited, or NULL */
};

void probe_system_read(struct probe_system *sys);

/* ----------------------------------------------------------- results.c */

enum probe_status { PROBE_ACCEPTED, PROBE_REJECTED, PROBE_SKIPPED };

/* The class of a rejection: whether the kernel does not know it
 * (unsupported: EINVAL, EOPNOTSUPP/ENOTSUP, ENOSYS) or knows it but could
 * not do it here (failed-here: ENOMEM, EPERM, EAGAIN, ...). */
enum probe_class {
    PROBE_CLASS_NONE,
    PROBE_CLASS_UNSUPPORTED,
    PROBE_CLASS_FAILED_HERE
};

/* The effect of an accepted call: seen at work, looked for and not seen
 * (the kernel ignored it), or unknown (no way to look: JSON null). */
enum probe_effect {
    PROBE_EFFECT_UNKNOWN,
    PROBE_EFFECT_SEEN,
    PROBE_EFFECT_NOT_SEEN
};

#define PROBE_NOTE_MAX 200

struct probe_result {
    const char *name; /* NULL for an --advice value with no name */
    int negative;
    unsigned long value;
    const char *mapping; /* the test mapping, NULL when none was made */
    enum probe_status status;
    int err; /* errno of a rejection, else 0 */
    enum probe_class cls;
    const char *reason;        /* why it was skipped, else NULL */
    char note[PROBE_NOTE_MAX]; /* a remark on the result, "" when none */
    enum probe_effect effect;
    char observed[PROBE_NOTE_MAX]; /* where the probe looked, what it
                                      found; "" when it did not look */
};

struct probe_list {
    struct probe_result *v;
    size_t n;
    size_t cap;
};

/* A new zeroed result at the end of L, or NULL when memory ran out. */
struct probe_result *probe_list_add(struct probe_list *l);
/* Adds to L the row *ROW of NAME with table value (NEGATIVE, VALUE),
 * read by AS into *V. Returns 1 when the row is to be tested, 0 when it
 * is skipped because HAS_VALUE is 0 (the headers give no integer value)
 * or AS cannot read the value (the reason: MISFIT), -1 when memory ran
 * out. */
int probe_list_add_row(struct probe_list *l, const char *name, int negative,
                       unsigned long value, int has_value,
                       int (*as)(int, unsigned long, int *),
                       const char *misfit, int *v, struct probe_result **row);
void probe_list_free(struct probe_list *l);

/* Set R to rejected with ERR, classified by probe_classify. */
void probe_reject(struct probe_result *r, int err);
void probe_skip(struct probe_result *r, const char *reason);
/* Append a remark to R's note ("; " between remarks). */
void probe_note(struct probe_result *r, const char *text);
/* Set R's effect, and say where the probe looked and what it found
 * (printf-style). */
void probe_effect(struct probe_result *r, enum probe_effect effect,
                  const char *fmt, ...)
#if defined __GNUC__
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* "accepted", "rejected", "skipped". */
const char *probe_status_name(enum probe_status st);
/* "unsupported", "failed-here"; NULL for PROBE_CLASS_NONE. */
const char *probe_class_name(enum probe_class cls);
/* "seen", "not-seen"; NULL for PROBE_EFFECT_UNKNOWN. */
const char *probe_effect_name(enum probe_effect effect);

/* ---------------------------------------------------------- errnames.c */

/* "EINVAL", or NULL for an errno the probe has no name for. */
const char *probe_errno_name(int err);
/* The name, or "E<number>" written into BUF for an unknown one. */
const char *probe_errno_label(int err, char *buf, size_t size);
/* unsupported for EINVAL, EOPNOTSUPP/ENOTSUP and ENOSYS, else
 * failed-here. */
enum probe_class probe_classify(int err);

/* ----------------------------------------------------------- mapping.c */

/* The label of each kind of test mapping, as the output shows it. */
#define PROBE_MAP_PRIVATE_ANON "private-anon"
#define PROBE_MAP_SHARED_ANON "shared-anon"
#define PROBE_MAP_PRIVATE_ANON_PMD "private-anon-pmd"
#define PROBE_MAP_PRIVATE_FILE "private-file"
#define PROBE_MAP_SHARED_FILE "shared-file"

/* Map LEN bytes of zeroed memory, readable and writable, private or
 * shared. Returns 0 and sets *OUT, or returns an errno value. */
int probe_map_anon(size_t len, int shared, void **out);
/* The flag that makes a mapping anonymous (MAP_ANONYMOUS or MAP_ANON), 0
 * when the target has neither (then probe_map_anon maps /dev/zero). */
int probe_anon_flag(void);
/* A temporary file of LEN bytes for file mappings: returns its
 * descriptor, or -1 and sets *ERR (its errno). Made once, then kept
 * until probe_tmpfile_close. *WHERE tells where it lives ("/tmp",
 * "memfd"). */
int probe_tmpfile(size_t len, const char **where, int *err);
void probe_tmpfile_close(void);
/* munmap a hugetlb mapping at P whose huge page size is unknown: tries
 * lengths of PAGE, 2 PAGE, 4 PAGE, ... until one is accepted. Returns 0,
 * or -1 when none was. */
int probe_unmap_huge(void *p, size_t page);

/* ----------------------------------------------------------- observe.c */

/* How much the probe can see (probe_system.observe). */
enum probe_observe {
    PROBE_OBSERVE_NONE,    /* nothing: every effect is unknown */
    PROBE_OBSERVE_ADDRESS, /* only where a mapping lies */
    PROBE_OBSERVE_FULL     /* also smaps, mincore, fork, read-back */
};

/* Decide sys->observe and sys->observe_note. STACK_WITNESS is an address
 * on the stack the kernel gave the program (argv): /proc/self/smaps
 * describes this program only if it shows that address in [stack]. */
void probe_observe_setup(struct probe_system *sys, const void *stack_witness);
/* The names of the methods in use at LEVEL, for the report; NULL ends. */
const char *const *probe_observe_methods(int level);
/* Whether the smaps VmFlags of the mapping that holds ADDR include the
 * two-letter FLAG: 1, 0, or -1 when they cannot be read. */
int probe_vmflag(const void *addr, const char *flag);
/* The VmFlags of the mapping that holds ADDR into BUF: 0, or -1. */
int probe_vmflags(const void *addr, char *buf, size_t size);
/* The value in kB of smaps field FIELD ("AnonHugePages") of the mapping
 * that holds ADDR, or -1. */
long probe_smaps_kb(const void *addr, const char *field);
/* How many of the LEN / PAGE pages at ADDR are resident (mincore), or
 * -1 when that cannot be told. */
long probe_resident(void *addr, size_t len, size_t page);
/* What a child made by fork reads at ADDR: 0 and *BYTE; 1 when the
 * address is not mapped in the child; -1 when that cannot be told. */
int probe_fork_read(const void *addr, int *byte);
/* A child made by fork stores BYTE at ADDR: 0, or -1 when it did not. */
int probe_fork_write(void *addr, int byte);
/* 1 when the LEN bytes at ADDR are all zero, else 0. */
int probe_all_zero(const void *addr, size_t len);
/* Records on R whether smaps VmFlags show FLAG set on the mapping at
 * ADDR or, when SET_BY (the advice that set it) is not NULL, cleared
 * again (an unknown effect when they cannot be read). */
void probe_look_vmflag(struct probe_result *r, const void *addr,
                       const char *flag, const char *set_by);
/* Records on R whether all the untouched LEN / PAGE pages at ADDR are
 * resident (mincore). */
void probe_look_resident(struct probe_result *r, void *addr, size_t len,
                         size_t page);

/* ------------------------------------------------------------ values.c */

/* A number of the command line: decimal or 0x hex, optionally negative,
 * no leading zero (0100 is not read as octal). 1 and *OUT when S is one
 * and lies in MIN..MAX, else 0. */
int probe_parse_number(const char *s, long long min, long long max,
                       long long *out);
/* V as a table value (NEGATIVE, VALUE): negative values in two's
 * complement, as mmap_consts.h holds them. */
void probe_table_value(long long v, int *negative, unsigned long *value);

/* ------------------------------------------------ advice.c, mapflags.c */

/* Defined only where PROBE_HAVE_MMAP is 1. */
/* Every present MADV_* and POSIX_MADV_* of the catalog, in catalog
 * order. Returns 0, or -1 when memory ran out. */
int probe_advice_catalog(const struct probe_system *sys,
                         struct probe_list *out);
/* The madvise advice values VALUES[0..N-1] (--advice). */
int probe_advice_values(const struct probe_system *sys,
                        const long long *values, size_t n,
                        struct probe_list *out);
/* Every present MAP_* flag of the catalog. */
int probe_map_flags(const struct probe_system *sys, struct probe_list *out);
/* The mmap flag values VALUES[0..N-1] (--map-flag). */
int probe_map_flag_values(const struct probe_system *sys,
                          const long long *values, size_t n,
                          struct probe_list *out);

/* ------------------------------------------------------------ output.c */

struct probe_report {
    const struct probe_system *sys;
    int available; /* PROBE_HAVE_MMAP */
    const struct probe_list *advice;
    const struct probe_list *map_flags;
    int show_advice;    /* the table shows the advice part */
    int show_map_flags; /* the table shows the map flag part */
};

void probe_print_table(FILE *f, const struct probe_report *rep);
void probe_print_json(FILE *f, const struct probe_report *rep);

#endif /* MMAPC_PROBE_H */
