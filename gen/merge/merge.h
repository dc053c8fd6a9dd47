/* merge.h: mmapc-gen merge, several targets' mmap_consts.json in one output.
 *
 *   mmapc-gen merge --format header|markdown|json --output FILE
 *                   [--prefer FILE]... A.json B.json ...
 *
 * Each input is read (gen/merge/json_read.c), checked against the schema of
 * docs/generator.md (gen/merge/merge_input.c) and turned into what the
 * single-target emitters use (gen/merge/merge_load.c): one catalog, from the
 * first input (the others must list the same constants with the same
 * kinds), and one struct mmapc_results per input, made line by line by the
 * results reader itself, so every rule of probe-results.txt applies.
 * gen/merge/merge_plan.c groups the targets into the merged header's branches;
 * gen/merge/merge_header.c (with gen/merge/merge_choice.c), gen/merge/merge_markdown.c and
 * gen/merge/merge_json.c write the outputs, which docs/generator.md describes; gen/merge/merge_main.c is the
 * command line.
 */
#ifndef MMAPC_GEN_MERGE_H
#define MMAPC_GEN_MERGE_H

#include <stdio.h>

#include "catalog.h"
#include "emit.h"
#include "results.h"

struct mmapc_target {
    const char *file;         /* the input, as given */
    char *id;                 /* unique short name: CPU-OS, then /LIBC or
                                  #N when two inputs would share one; of
                                  letters, digits and _ . + - / # only */
    char *generator_version;  /* of the mmapc-gen that wrote the input */
    struct mmapc_results res; /* its facts; res.file is FILE */
    size_t branch;            /* header: index of its branch */
    int libc_test;            /* header: 1 glibc, -1 not glibc (the branch
                                  tests __GLIBC__), 0 no test */
};

/* One #if branch of the merged header: targets the compiler cannot tell
 * apart. The primary one's values are written. */
struct mmapc_branch {
    size_t primary;  /* index of a target */
    size_t *members; /* indexes of its targets, input order */
    size_t nmembers;
    char **negate; /* macros the condition requires undefined */
    size_t nnegate;
    int libc_test; /* as in mmapc_target */
    int by_prefer; /* primary named by --prefer */
};

struct mmapc_merge {
    const char *version;      /* the generator's */
    struct mmapc_catalog cat; /* the first input's constants */
    struct mmapc_target *targets;
    size_t ntargets;
    /* mmapc_merge_plan (the header only): */
    struct mmapc_branch *branches;
    size_t nbranches;
    int glibc_test; /* some branch tests __GLIBC__ */
};

void mmapc_merge_init(struct mmapc_merge *m, const char *version);
void mmapc_merge_free(struct mmapc_merge *m);

/* Read the N inputs FILES (which must outlive M). UNION_FACTS: give every
 * target every header and function any input checked ("no" where it did
 * not), as the merged header needs. MMAPC_OK, or MMAPC_ERR after
 * reporting. */
int mmapc_merge_load(struct mmapc_merge *m, const char *const *files, size_t n,
                     int union_facts);

/* Group the targets into the header's branches. Targets with the same
 * predefined macros share a branch (unless __GLIBC__ tells them apart) and
 * must agree on every value, or one of them must be named by PREFER (NPREFER
 * file names as given on the command line). MMAPC_OK, or MMAPC_ERR after
 * reporting each conflict. */
int mmapc_merge_plan(struct mmapc_merge *m, const char *const *prefer,
                     size_t nprefer);

/* Each of the NPREFER names PREFER names an input. MMAPC_OK, or MMAPC_ERR
 * after reporting. */
int mmapc_merge_check_prefer(const struct mmapc_merge *m,
                             const char *const *prefer, size_t nprefer);

/* The input for the single-target emitters' code: the catalog and target
 * T's results. */
void mmapc_merge_input(const struct mmapc_merge *m, size_t t,
                       struct mmapc_input *in);

/* 1 when symbol I is present on target T. */
int mmapc_merge_present(const struct mmapc_merge *m, size_t t, size_t i);
/* 1 when symbol I has the same state and value on targets A and B. */
int mmapc_merge_same(const struct mmapc_merge *m, size_t a, size_t b,
                     size_t i);
/* 1 when symbol I is present on every target, with one value. */
int mmapc_merge_portable(const struct mmapc_merge *m, size_t i);

/* The target whose values branch B has (its primary one). */
const struct mmapc_target *
mmapc_merge_branch_target(const struct mmapc_merge *m, size_t b);

/* The operating-system and CPU macros the merged header's #error can name
 * (N of them): a subset of probes/target-macros.def. */
const char *const *mmapc_merge_os_macros(size_t *n);
const char *const *mmapc_merge_cpu_macros(size_t *n);

/* The merged header's choice of a branch (gen/merge/merge_choice.c): what stands
 * for the single-target header's TARGET_GUARD. */
void mmapc_merge_put_choice(FILE *out, const struct mmapc_merge *m);

/* The outputs. MMAPC_OK, or MMAPC_ERR after reporting. */
int mmapc_merge_emit_header(FILE *out, const struct mmapc_merge *m);
int mmapc_merge_emit_markdown(FILE *out, const struct mmapc_merge *m);
int mmapc_merge_emit_json(FILE *out, const struct mmapc_merge *m);

/* The subcommand: ARGV[0] is "merge". The exit status. */
int mmapc_merge_main(int argc, char **argv, const char *version);

#endif
