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
 *   results.c      the list of results, statuses and classes
 *   errnames.c     errno names, and the class of a rejection
 *   output.c       the table and the JSON document
 *
 * Every advice and flag value comes from mmap_consts.h (MMAPC_*); the
 * system's <sys/mman.h> is used only for the functions and MAP_FAILED.
 */
#ifndef MMAPC_PROBE_H
#define MMAPC_PROBE_H 1

#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE 1
#endif
#ifndef _BSD_SOURCE
#define _BSD_SOURCE 1
#endif
#ifndef _NETBSD_SOURCE
#define _NETBSD_SOURCE 1
#endif
#ifndef _DARWIN_C_SOURCE
#define _DARWIN_C_SOURCE 1
#endif
#ifndef __EXTENSIONS__
#define __EXTENSIONS__ 1
#endif
#ifndef _ALL_SOURCE
#define _ALL_SOURCE 1
#endif

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
    const char *name;       /* "MADV_FREE" */
    const char *family;     /* "MADV" */
    enum probe_kind kind;
    int present;
    int has_value;
    int negative;
    unsigned long value;    /* two's complement when negative */
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

/* ---------------------------------------------------------- sysinfo.c */

struct probe_system {
    int have_uname;
    char sysname[128];
    char release[128];
    char machine[128];
    long page_size;         /* 0 when unknown */
    char thp[64];           /* selected THP mode, or "unavailable" */
    unsigned long pmd_size; /* THP size (hpage_pmd_size), 0 when unknown */
    int root;               /* effective user id 0 */
};

void probe_system_read(struct probe_system *sys);

/* ----------------------------------------------------------- results.c */

enum probe_status {
    PROBE_ACCEPTED,
    PROBE_REJECTED,
    PROBE_SKIPPED
};

/* The class of a result: for a rejection, whether the kernel does not
 * know it (unsupported: EINVAL, EOPNOTSUPP/ENOTSUP, ENOSYS) or knows it
 * but could not do it here (failed-here: ENOMEM, EPERM, EAGAIN, ...);
 * for an acceptance, "ignored" when the probe saw that the flag had no
 * effect (MAP_FIXED_NOREPLACE treated as a hint, MAP_32BIT mapped high). */
enum probe_class {
    PROBE_CLASS_NONE,
    PROBE_CLASS_UNSUPPORTED,
    PROBE_CLASS_FAILED_HERE,
    PROBE_CLASS_IGNORED
};

#define PROBE_NOTE_MAX 200

struct probe_result {
    const char *name;       /* NULL for an --advice value with no name */
    int negative;
    unsigned long value;
    const char *mapping;    /* the test mapping, NULL when none was made */
    enum probe_status status;
    int err;                /* errno of a rejection, else 0 */
    enum probe_class cls;
    const char *reason;     /* why it was skipped, else NULL */
    char note[PROBE_NOTE_MAX]; /* a remark on the result, "" when none */
};

struct probe_list {
    struct probe_result *v;
    size_t n;
    size_t cap;
};

/* A new zeroed result at the end of L, or NULL when memory ran out. */
struct probe_result *probe_list_add(struct probe_list *l);
void probe_list_free(struct probe_list *l);

/* Set R to rejected with ERR, classified by probe_classify. */
void probe_reject(struct probe_result *r, int err);
void probe_skip(struct probe_result *r, const char *reason);
/* Append a remark to R's note ("; " between remarks). */
void probe_note(struct probe_result *r, const char *text);

/* "accepted", "rejected", "skipped". */
const char *probe_status_name(enum probe_status st);
/* "unsupported", "failed-here", "ignored"; NULL for PROBE_CLASS_NONE. */
const char *probe_class_name(enum probe_class cls);

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

/* ------------------------------------------------ advice.c, mapflags.c */

/* Every present MADV_* and POSIX_MADV_* of the catalog, in catalog
 * order. Returns 0, or -1 when memory ran out. */
int probe_advice_catalog(const struct probe_system *sys,
                         struct probe_list *out);
/* The madvise advice values VALUES[0..N-1] (--advice). */
int probe_advice_values(const struct probe_system *sys, const int *values,
                        size_t n, struct probe_list *out);
/* Every present MAP_* flag of the catalog. */
int probe_map_flags(const struct probe_system *sys, struct probe_list *out);

/* ------------------------------------------------------------ output.c */

struct probe_report {
    const struct probe_system *sys;
    int available;                  /* PROBE_HAVE_MMAP */
    const struct probe_list *advice;
    const struct probe_list *map_flags;
};

void probe_print_table(FILE *f, const struct probe_report *rep);
void probe_print_json(FILE *f, const struct probe_report *rep);

#endif /* MMAPC_PROBE_H */
