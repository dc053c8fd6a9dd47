/* results.h: configure's probe results (probe-results.txt, docs/formats.md).
 *
 * The results are read against a catalog: every catalog symbol must have
 * exactly one result, and no other symbol may appear.
 */
#ifndef MMAPC_GEN_RESULTS_H
#define MMAPC_GEN_RESULTS_H

#include <stdio.h>

#include "catalog.h"
#include "intval.h"
#include "nameindex.h"

/* A "NAME VALUE" fact: a predef, header or function line. */
struct mmapc_fact {
    char *name;
    char *value;
    unsigned long line;
};

struct mmapc_facts {
    struct mmapc_fact *items;
    size_t count, cap;
    struct mmapc_nameindex index; /* name -> index in items */
};

enum mmapc_state {
    MMAPC_RES_UNSET = 0, /* no line yet (an error once the file is read) */
    MMAPC_RES_NO,        /* absent */
    MMAPC_RES_YES,       /* present, not an integer constant */
    MMAPC_RES_VALUE      /* present with a value */
};

struct mmapc_symres {
    enum mmapc_state state;
    struct mmapc_intval value; /* when MMAPC_RES_VALUE */
    unsigned long line;
    char *header;                 /* format 2: the probed header whose
                                    definition gives the value, or NULL */
    struct mmapc_facts conflicts; /* format 2: other probed headers that
                                       define it otherwise; name: the
                                       header, value: an integer or "yes" */
};

struct mmapc_results {
    const char *file; /* as given */
    char *target, *os, *cpu, *libc, *cc;
    int cross_compiling;
    unsigned sizeof_int, sizeof_long, sizeof_long_long, sizeof_pointer;
    struct mmapc_facts predefs;   /* value: the macro's definition, maybe "" */
    struct mmapc_facts headers;   /* value: "yes" or "no" */
    struct mmapc_facts functions; /* value: "yes", "no" or "unknown" */
    int cannot_link;              /* a "link no" line: functions unknown */
    char *madvise_addr_type;      /* NULL when "none" */
    unsigned long madvise_line;
    struct mmapc_symres *symbols; /* one per catalog symbol, same order */
    size_t nsymbols;
};

void mmapc_results_init(struct mmapc_results *res);
void mmapc_results_free(struct mmapc_results *res);

/* Reading the results line by line, from any source: the text reader below
 * and merge's JSON reader alike. Each line is one line of the text format,
 * 'mmapc-results 1' first, and is checked with the same rules wherever it
 * comes from; its FILE and LINE are what messages name. */
struct mmapc_results_reader {
    struct mmapc_results *res;
    const struct mmapc_catalog *cat;
    const char *file;     /* of the line last added */
    unsigned long line;   /* of the line last added, 0 before */
    unsigned long nlines; /* lines added */
    int version;          /* of the format: 1 or 2 */
    unsigned long seen_target, seen_os, seen_cpu, seen_libc, seen_cc,
        seen_cross, seen_int, seen_long, seen_long_long, seen_pointer,
        seen_madvise; /* where each one-off line was */
};

/* Start reading RES (initialised, empty) against CAT; FILE is res->file.
 * MMAPC_OK, or MMAPC_ERR after reporting. */
int mmapc_results_begin(struct mmapc_results_reader *r,
                        struct mmapc_results *res, const char *file,
                        const struct mmapc_catalog *cat);
/* Add TEXT (NUL-terminated, without its newline) as line LINE of FILE.
 * MMAPC_OK, or MMAPC_ERR after reporting (then stop). */
int mmapc_results_add(struct mmapc_results_reader *r, const char *file,
                      unsigned long line, const char *text);
/* After the last line: every one-off line and every symbol is there.
 * MMAPC_OK, or MMAPC_ERR after reporting. */
int mmapc_results_end(struct mmapc_results_reader *r);

/* Read PATH against CAT. MMAPC_OK, or MMAPC_ERR after reporting. */
int mmapc_results_load(struct mmapc_results *res, const char *path,
                       const struct mmapc_catalog *cat);
/* The same from an open stream, reported under NAME (unit tests). */
int mmapc_results_load_stream(struct mmapc_results *res, FILE *fp,
                              const char *name,
                              const struct mmapc_catalog *cat);

/* The target's integer sizes in bits. */
void mmapc_results_ctypes(const struct mmapc_results *res,
                          struct mmapc_ctypes *t);

/* 1 when the fact's value is "yes". */
int mmapc_fact_yes(const struct mmapc_fact *f);
/* 1 when the fact's value is "unknown" (a function, when the toolchain
 * cannot link for the target). */
int mmapc_fact_unknown(const struct mmapc_fact *f);

#endif
