/* merge_plan.c: the branches of the merged header (see merge.h).
 *
 * Targets whose predefined macros the compiler cannot tell apart share a
 * branch; each branch's condition is made to exclude the other targets.
 */
#include "merge.h"

#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "grow.h"
#include "intval.h"
#include "merge_input.h"

/* The predef P of target T's results, or NULL. */
static const struct mmapc_fact *predef(const struct mmapc_merge *m, size_t t,
                                       const char *name)
{
    const struct mmapc_facts *f = &m->targets[t].res.predefs;
    size_t i;

    for (i = 0; i < f->count; i++)
        if (strcmp(f->items[i].name, name) == 0)
            return &f->items[i];
    return NULL;
}

/* 0: the values differ for #if; 1: they may be equal (both integers and
 * equal, or one is no integer, which #if only tests for being defined). */
static int may_equal(const char *a, const char *b)
{
    struct mmapc_intval x, y;

    if (!mmapc_intval_predef(a, &x) || !mmapc_intval_predef(b, &y))
        return 1;
    return x.negative == y.negative && x.magnitude == y.magnitude;
}

/* Whether a compiler for target U may meet the positive part of T's
 * condition: each of T's macros defined, with T's value where it is an
 * integer. */
static int may_meet(const struct mmapc_merge *m, size_t t, size_t u)
{
    const struct mmapc_facts *f = &m->targets[t].res.predefs;
    size_t i;

    for (i = 0; i < f->count; i++) {
        const struct mmapc_fact *p = predef(m, u, f->items[i].name);

        if (p == NULL || !may_equal(f->items[i].value, p->value))
            return 0;
    }
    return 1;
}

/* Same signature: each meets the other's condition, and where both have an
 * integer they are equal (so nothing the header tests tells them apart). */
static int same_predefs(const struct mmapc_merge *m, size_t a, size_t b)
{
    const struct mmapc_facts *fa = &m->targets[a].res.predefs;
    const struct mmapc_facts *fb = &m->targets[b].res.predefs;
    struct mmapc_intval x, y;
    size_t i;

    if (fa->count != fb->count)
        return 0;
    for (i = 0; i < fa->count; i++) {
        const struct mmapc_fact *p = predef(m, b, fa->items[i].name);
        int xi, yi;

        if (p == NULL)
            return 0;
        xi = mmapc_intval_predef(fa->items[i].value, &x);
        yi = mmapc_intval_predef(p->value, &y);
        /* an integer on one side only: the conditions differ; two other
         * definitions are only tested for being defined */
        if (xi != yi
            || (xi
                && (x.negative != y.negative || x.magnitude != y.magnitude)))
            return 0;
    }
    return 1;
}

static int is_glibc(const struct mmapc_merge *m, size_t t)
{
    return strncmp(m->targets[t].res.libc, "glibc", 5) == 0;
}

/* By the first input of each (members are in input order). */
static int branch_cmp(const void *a, const void *b)
{
    const struct mmapc_branch *x = a, *y = b;

    return x->members[0] < y->members[0] ? -1 : x->members[0] > y->members[0];
}

static int add_branch(struct mmapc_merge *m, size_t first, int libc_test)
{
    struct mmapc_branch *b;

    b = &m->branches[m->nbranches];
    memset(b, 0, sizeof *b);
    b->members = malloc(m->ntargets * sizeof *b->members);
    if (b->members == NULL)
        return mmapc_out_of_memory();
    m->nbranches++;
    b->primary = first;
    b->libc_test = libc_test;
    return MMAPC_OK;
}

static int add_negation(struct mmapc_branch *b, const char *name)
{
    char **p;
    size_t i;

    for (i = 0; i < b->nnegate; i++)
        if (strcmp(b->negate[i], name) == 0)
            return MMAPC_OK;
    p = realloc(b->negate, (b->nnegate + 1) * sizeof *p);
    if (p == NULL)
        return mmapc_out_of_memory();
    b->negate = p;
    if ((b->negate[b->nnegate] = mmapc_strdup(name)) == NULL)
        return mmapc_out_of_memory();
    b->nnegate++;
    return MMAPC_OK;
}

/* Describe symbol I of target T for a conflict message. */
static void describe_value(const struct mmapc_merge *m, size_t t, size_t i,
                           char *buf, size_t size)
{
    const struct mmapc_symres *r = &m->targets[t].res.symbols[i];

    switch (r->state) {
    case MMAPC_RES_VALUE:
        mmapc_intval_hex(&r->value, buf, size);
        break;
    case MMAPC_RES_YES:
        snprintf(buf, size, "present without a value");
        break;
    default:
        snprintf(buf, size, "absent");
        break;
    }
}

/* Report one difference of target B from A; counts it in *N. */
static void difference(const struct mmapc_merge *m, size_t a, size_t b,
                       unsigned long *n, const char *what, const char *va,
                       const char *vb)
{
    if (++*n <= MMAPC_MERGE_REPORT_MAX)
        mmapc_error_file(m->targets[b].file, "%s: %s here, %s in %s", what, vb,
                         va, m->targets[a].file);
}

/* Where B differs from A in what the header writes; reported when REPORT. */
static unsigned long differences(const struct mmapc_merge *m, size_t a,
                                 size_t b, int report)
{
    const struct mmapc_results *ra = &m->targets[a].res;
    const struct mmapc_results *rb = &m->targets[b].res;
    char va[MMAPC_INTVAL_BUFSIZE + 32], vb[MMAPC_INTVAL_BUFSIZE + 32];
    unsigned long n = 0, quiet = 0;
    unsigned long *count = report ? &n : &quiet;
    size_t i;

#define DIFF(what, x, y)                                                      \
    do {                                                                      \
        if (report)                                                           \
            difference(m, a, b, count, what, x, y);                           \
        else                                                                  \
            ++*count;                                                         \
    } while (0)
    if (ra->sizeof_int != rb->sizeof_int || ra->sizeof_long != rb->sizeof_long
        || ra->sizeof_long_long != rb->sizeof_long_long) {
        snprintf(va, sizeof va, "%u/%u/%u", ra->sizeof_int, ra->sizeof_long,
                 ra->sizeof_long_long);
        snprintf(vb, sizeof vb, "%u/%u/%u", rb->sizeof_int, rb->sizeof_long,
                 rb->sizeof_long_long);
        DIFF("sizes of int/long/long long", va, vb);
    }
    /* both have every header and function any input checked (union) */
    for (i = 0; i < ra->headers.count && i < rb->headers.count; i++)
        if (mmapc_fact_yes(&ra->headers.items[i])
            != mmapc_fact_yes(&rb->headers.items[i])) {
            snprintf(va, sizeof va, "header %.*s", MMAPC_NAME_MAX,
                     ra->headers.items[i].name);
            DIFF(va, ra->headers.items[i].value, rb->headers.items[i].value);
        }
    for (i = 0; i < ra->functions.count && i < rb->functions.count; i++)
        if (mmapc_fact_yes(&ra->functions.items[i])
            != mmapc_fact_yes(&rb->functions.items[i])) {
            snprintf(va, sizeof va, "function %.*s", MMAPC_NAME_MAX,
                     ra->functions.items[i].name);
            DIFF(va, ra->functions.items[i].value,
                 rb->functions.items[i].value);
        }
    if ((ra->madvise_addr_type == NULL) != (rb->madvise_addr_type == NULL)
        || (ra->madvise_addr_type != NULL
            && strcmp(ra->madvise_addr_type, rb->madvise_addr_type) != 0))
        DIFF("madvise_addr_type",
             ra->madvise_addr_type != NULL ? ra->madvise_addr_type : "none",
             rb->madvise_addr_type != NULL ? rb->madvise_addr_type : "none");
    for (i = 0; i < m->cat.nsymbols; i++)
        if (!mmapc_merge_same(m, a, b, i)) {
            describe_value(m, a, i, va, sizeof va);
            describe_value(m, b, i, vb, sizeof vb);
            DIFF(m->cat.symbols[i].name, va, vb);
        }
#undef DIFF
    if (report && n > MMAPC_MERGE_REPORT_MAX)
        mmapc_error_file(m->targets[b].file, "... and %lu more differences",
                         n - MMAPC_MERGE_REPORT_MAX);
    return report ? n : quiet;
}

/* The index of the input PREFER names, or (size_t)-1. */
static size_t find_input(const struct mmapc_merge *m, const char *file)
{
    size_t i;

    for (i = 0; i < m->ntargets; i++)
        if (strcmp(m->targets[i].file, file) == 0)
            return i;
    return (size_t)-1;
}

int mmapc_merge_check_prefer(const struct mmapc_merge *m,
                             const char *const *prefer, size_t nprefer)
{
    size_t k;

    for (k = 0; k < nprefer; k++)
        if (find_input(m, prefer[k]) == (size_t)-1)
            return mmapc_error("--prefer %s is not one of the inputs (name "
                               "it as the inputs are named)",
                               prefer[k]);
    return MMAPC_OK;
}

/* Members of branch B that agree, or the conflict reported. */
static int settle_branch(struct mmapc_merge *m, struct mmapc_branch *b,
                         const int *preferred)
{
    size_t k, chosen = (size_t)-1;
    int rc = MMAPC_OK;

    for (k = 0; k < b->nmembers; k++)
        if (preferred[b->members[k]]) {
            if (chosen != (size_t)-1)
                return mmapc_error("--prefer %s and --prefer %s: both share "
                                   "one branch of the header; prefer one",
                                   m->targets[chosen].file,
                                   m->targets[b->members[k]].file);
            chosen = b->members[k];
        }
    b->primary = chosen != (size_t)-1 ? chosen : b->members[0];
    if (chosen != (size_t)-1) {
        b->by_prefer = 1;
        return MMAPC_OK;
    }
    for (k = 1; k < b->nmembers; k++) {
        size_t a = b->members[0], o = b->members[k];

        if (differences(m, a, o, 0) == 0)
            continue;
        mmapc_error_file(m->targets[o].file,
                         "cannot be told apart from %s "
                         "at compile time (the same predefined macros%s), so "
                         "both would be one branch of the merged header, but "
                         "their values differ:",
                         m->targets[a].file,
                         b->libc_test > 0   ? ", both glibc"
                         : b->libc_test < 0 ? ", neither glibc"
                                            : "");
        differences(m, a, o, 1);
        mmapc_error("keep the values of one with --prefer %s or --prefer "
                    "%s, or merge only one of them",
                    m->targets[a].file, m->targets[o].file);
        rc = MMAPC_ERR;
    }
    return rc;
}

const struct mmapc_target *
mmapc_merge_branch_target(const struct mmapc_merge *m, size_t b)
{
    return &m->targets[m->branches[b].primary];
}

int mmapc_merge_plan(struct mmapc_merge *m, const char *const *prefer,
                     size_t nprefer)
{
    size_t n = m->ntargets, i, j, k;
    size_t *group;
    int *preferred;
    int rc = MMAPC_OK;

    group = malloc((n + 1) * sizeof *group);
    preferred = calloc(n + 1, sizeof *preferred);
    m->branches = calloc(n + 1, sizeof *m->branches);
    if (group == NULL || preferred == NULL || m->branches == NULL) {
        free(group);
        free(preferred);
        return mmapc_out_of_memory();
    }
    if (mmapc_merge_check_prefer(m, prefer, nprefer) != MMAPC_OK) {
        rc = MMAPC_ERR;
        goto done;
    }
    for (k = 0; k < nprefer; k++)
        preferred[find_input(m, prefer[k])] = 1;
    /* groups of the same predefined macros, in input order */
    for (i = 0; i < n; i++) {
        group[i] = i;
        for (j = 0; j < i; j++)
            if (group[j] == j && same_predefs(m, j, i)) {
                group[i] = j;
                break;
            }
    }
    /* a branch per group, or two when glibc and another C library share
     * one: glibc's headers define __GLIBC__, the others' do not */
    for (i = 0; i < n; i++) {
        int has_glibc = 0, has_other = 0, pass;

        if (group[i] != i)
            continue;
        for (j = i; j < n; j++)
            if (group[j] == i) {
                if (is_glibc(m, j))
                    has_glibc = 1;
                else
                    has_other = 1;
            }
        for (pass = 0; pass < 2; pass++) {
            int test = has_glibc && has_other ? (pass == 0 ? 1 : -1) : 0;
            struct mmapc_branch *b;

            if (pass == 1 && test == 0)
                break;
            for (j = i; j < n; j++)
                if (group[j] == i
                    && (test == 0 || (test > 0) == is_glibc(m, j)))
                    break;
            if (add_branch(m, j, test) != MMAPC_OK) {
                rc = MMAPC_ERR;
                goto done;
            }
            b = &m->branches[m->nbranches - 1];
            for (; j < n; j++)
                if (group[j] == i
                    && (test == 0 || (test > 0) == is_glibc(m, j))) {
                    b->members[b->nmembers++] = j;
                    m->targets[j].branch = m->nbranches - 1;
                    m->targets[j].libc_test = test;
                }
            if (test != 0)
                m->glibc_test = 1;
        }
    }
    /* branches in input order: the glibc/other pair of a group goes where
     * each one's first input is, not both at the group's first */
    qsort(m->branches, m->nbranches, sizeof *m->branches, branch_cmp);
    for (i = 0; i < m->nbranches; i++)
        for (k = 0; k < m->branches[i].nmembers; k++)
            m->targets[m->branches[i].members[k]].branch = i;
    /* keep each branch's condition from meeting another's target: require
     * a macro of the other target undefined when it has every macro of
     * this one */
    for (i = 0; i < m->nbranches; i++)
        for (j = 0; j < m->nbranches; j++) {
            size_t t = m->branches[i].members[0];
            size_t u = m->branches[j].members[0];
            const struct mmapc_facts *fu = &m->targets[u].res.predefs;

            if (i == j || group[t] == group[u] || !may_meet(m, t, u))
                continue;
            for (k = 0; k < fu->count; k++)
                if (predef(m, t, fu->items[k].name) == NULL) {
                    if (add_negation(&m->branches[i], fu->items[k].name)
                        != MMAPC_OK) {
                        rc = MMAPC_ERR;
                        goto done;
                    }
                    break;
                }
        }
    for (i = 0; i < m->nbranches; i++)
        if (settle_branch(m, &m->branches[i], preferred) != MMAPC_OK)
            rc = MMAPC_ERR;
done:
    free(group);
    free(preferred);
    return rc;
}
