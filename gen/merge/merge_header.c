/* merge_header.c: one mmap_consts.h for several targets (mmapc-gen merge
 * --format header).
 *
 * templates/mmap_consts_merged.h.in has the head; its @@BODY@@ is the
 * single-target template, mmap_consts.h.in, from its include guard on. Each
 * placeholder of the body is filled by the single-target code
 * (mmapc_header_part) once per branch; when every branch gives the same
 * text it is written once, otherwise in an #if MMAPC_BRANCH_ == N cascade.
 * TARGET_GUARD becomes the choice of the branch (gen/merge/merge_choice.c);
 * MMAPC_TARGET becomes MMAPC_TARGET_, defined per branch. The branches
 * come from mmapc_merge_plan.
 */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "emit_header.h"
#include "lines.h"
#include "merge.h"
#include "template.h"

/* Where the body starts in mmap_consts.h.in: at MMAPC_INCLUDE_SYSTEM's
 * feature macros, which must come before the <limits.h> of the branch
 * choice. */
#define BODY_ANCHOR                                                           \
    "#if defined(MMAPC_VERIFY) && !defined(MMAPC_INCLUDE_SYSTEM)"

/* Macros of the header itself that the single-target header does not have:
 * a catalog name must not define them. */
static const char *const merge_macros[] = { "MMAPC_BRANCH_", "MMAPC_TARGET_",
                                            "MMAPC_FALLBACK_TARGET" };

#define COUNT(a) (sizeof(a) / sizeof(a)[0])

struct mctx {
    const struct mmapc_merge *m;
};

/* ------------------------------------------------------------- helpers */

/* What mmapc_header_part writes for placeholder NAME of branch B, as a
 * malloc'd string; NULL after reporting. */
static char *capture(const struct mmapc_merge *m, size_t b, const char *name,
                     int block, unsigned flags)
{
    struct mmapc_input in;
    FILE *fp = tmpfile();
    char *s = NULL;
    long size;
    int rc;

    if (fp == NULL) {
        mmapc_error("cannot create a temporary file");
        return NULL;
    }
    mmapc_merge_input(m, m->branches[b].primary, &in);
    rc = mmapc_header_part(fp, name, block, &in, flags);
    if (rc == MMAPC_FILL_UNKNOWN) {
        mmapc_error("internal error: mmap_consts.h.in has a placeholder "
                    "@@%s@@ that the header code does not know",
                    name);
        goto out;
    }
    if (rc != MMAPC_FILL_OK)
        goto out; /* reported */
    if (fflush(fp) != 0 || (size = ftell(fp)) < 0)
        goto fail;
    rewind(fp);
    s = malloc((size_t)size + 1);
    if (s == NULL) {
        mmapc_out_of_memory();
        goto out;
    }
    if (fread(s, 1, (size_t)size, fp) != (size_t)size) {
        free(s);
        s = NULL;
        goto fail;
    }
    s[size] = '\0';
    goto out;
fail:
    mmapc_error("cannot write or read a temporary file");
out:
    fclose(fp);
    return s;
}

/* ----------------------------------------------------------- the filler */

static int put_branches(FILE *out, const struct mmapc_merge *m,
                        const char *name)
{
    char **text;
    size_t b, n = m->nbranches;
    int same = 1, rc = MMAPC_ERR;

    text = calloc(n + 1, sizeof *text);
    if (text == NULL)
        return mmapc_out_of_memory();
    /* compared without descriptions, which are the same everywhere */
    for (b = 0; b < n; b++) {
        text[b] = capture(m, b, name, 1, MMAPC_HEADER_BRIEF);
        if (text[b] == NULL)
            goto out;
        if (b > 0 && strcmp(text[b], text[0]) != 0)
            same = 0;
    }
    /* the first branch (or the only text) with the descriptions */
    free(text[0]);
    text[0] = capture(m, 0, name, 1, 0);
    if (text[0] == NULL)
        goto out;
    if (same) {
        fputs(text[0], out);
    } else {
        for (b = 0; b < n; b++) {
            fprintf(out, "#%s MMAPC_BRANCH_ == %lu /* %s */\n",
                    b == 0 ? "if" : "elif", (unsigned long)b + 1,
                    mmapc_merge_branch_target(m, b)->id);
            if (b == 1 && strcmp(name, "SYMBOLS") == 0)
                fputs("/* The descriptions are in branch 1. */\n", out);
            fputs(text[b], out);
        }
        fputs("#endif /* MMAPC_BRANCH_ */\n", out);
    }
    rc = MMAPC_OK;
out:
    for (b = 0; b < n; b++)
        free(text[b]);
    free(text);
    return rc;
}

static int body_fill(FILE *out, const char *name, int block, void *ctx)
{
    const struct mmapc_merge *m = ((struct mctx *)ctx)->m;
    char *first;
    size_t b;

    if (block && strcmp(name, "TARGET_GUARD") == 0) {
        mmapc_merge_put_choice(out, m);
        return MMAPC_FILL_OK;
    }
    if (block)
        return put_branches(out, m, name) == MMAPC_OK ? MMAPC_FILL_OK
                                                      : MMAPC_FILL_ERROR;
    if (strcmp(name, "TARGET_STRING") == 0) {
        fputs("MMAPC_TARGET_", out);
        return MMAPC_FILL_OK;
    }
    /* inline: must be the same for every branch */
    first = capture(m, 0, name, 0, 0);
    if (first == NULL)
        return MMAPC_FILL_ERROR;
    for (b = 1; b < m->nbranches; b++) {
        char *other = capture(m, b, name, 0, 0);
        int differ = other == NULL || strcmp(other, first) != 0;

        if (other != NULL && differ)
            mmapc_error("internal error: placeholder @@%s@@ of "
                        "mmap_consts.h.in differs between targets, which "
                        "the merged header cannot express",
                        name);
        free(other);
        if (differ) {
            free(first);
            return MMAPC_FILL_ERROR;
        }
    }
    fputs(first, out);
    free(first);
    return MMAPC_FILL_OK;
}

static void put_provenance(FILE *out, const struct mmapc_merge *m)
{
    char text[4 * MMAPC_LINE_MAX], lead[64];
    size_t b, k;

    snprintf(text, sizeof text,
             "mmapc-gen %s, merge of %lu targets in %lu "
             "branches",
             m->version, (unsigned long)m->ntargets,
             (unsigned long)m->nbranches);
    mmapc_header_comment(out, " * Generator:  ", text);
    fputs("\n * Branches (the number is MMAPC_FALLBACK_TARGET's):", out);
    for (b = 0; b < m->nbranches; b++) {
        const struct mmapc_branch *br = &m->branches[b];
        const struct mmapc_target *t = mmapc_merge_branch_target(m, b);

        snprintf(lead, sizeof lead, "\n *   %lu ", (unsigned long)b + 1);
        snprintf(text, sizeof text,
                 "%s: %s (%s), C library %s, compiler "
                 "%s; sizes int %u, long %u, long long %u, pointer %u; "
                 "input by mmapc-gen %s",
                 t->id, t->res.target,
                 t->res.cross_compiling ? "cross-compiled" : "native build",
                 t->res.libc[0] != '\0' ? t->res.libc : "(unknown)",
                 t->res.cc[0] != '\0' ? t->res.cc : "(unknown)",
                 t->res.sizeof_int, t->res.sizeof_long,
                 t->res.sizeof_long_long, t->res.sizeof_pointer,
                 t->generator_version);
        mmapc_header_comment(out, lead, text);
        for (k = 0; k < br->nmembers; k++) {
            const struct mmapc_target *o = &m->targets[br->members[k]];

            if (br->members[k] == br->primary)
                continue;
            snprintf(text, sizeof text,
                     "also %s (%s, C library %s), which "
                     "the compiler cannot tell from %s: %s",
                     o->id, o->res.target, o->res.libc, t->id,
                     br->by_prefer ? "where they differ, the branch has "
                                     "the values of the one named by "
                                     "--prefer"
                                   : "they agree on every value");
            mmapc_header_comment(out, "\n *       ", text);
        }
    }
    fputc('\n', out);
}

static int head_fill(FILE *out, const char *name, int block, void *ctx)
{
    const struct mmapc_merge *m = ((struct mctx *)ctx)->m;
    const struct mmapc_template *single;
    struct mmapc_template body;
    size_t i;

    if (!block)
        return MMAPC_FILL_UNKNOWN;
    if (strcmp(name, "PROVENANCE") == 0) {
        put_provenance(out, m);
        return MMAPC_FILL_OK;
    }
    if (strcmp(name, "INCLUDES_NOTE") == 0) {
        fputs(
            m->glibc_test
                ? " * Without MMAPC_INCLUDE_SYSTEM or MMAPC_VERIFY this header "
                  "includes only\n * <limits.h>, whose __GLIBC__ tells glibc "
                  "from the other C libraries\n * (see the choice of the "
                  "branch).\n"
                : " * Without MMAPC_INCLUDE_SYSTEM or MMAPC_VERIFY this header "
                  "includes no\n * other header.\n",
            out);
        return MMAPC_FILL_OK;
    }
    if (strcmp(name, "BODY") != 0)
        return MMAPC_FILL_UNKNOWN;
    single = mmapc_template_get("mmap_consts.h.in");
    if (single == NULL)
        return MMAPC_FILL_ERROR;
    for (i = 0; single->lines[i] != NULL; i++)
        if (strcmp(single->lines[i], BODY_ANCHOR) == 0)
            break;
    if (single->lines[i] == NULL) {
        mmapc_error("internal error: mmap_consts.h.in has no line '%s'",
                    BODY_ANCHOR);
        return MMAPC_FILL_ERROR;
    }
    body.name = single->name;
    body.lines = single->lines + i;
    return mmapc_template_fill(out, &body, body_fill, ctx) == MMAPC_OK
               ? MMAPC_FILL_OK
               : MMAPC_FILL_ERROR;
}

/* ---------------------------------------------------------------- checks */

/* What the single-target header checks, for each branch's target, and the
 * merged header's own macro names. */
static int check(const struct mmapc_merge *m)
{
    char buf[MMAPC_NAME_MAX + 16];
    size_t b, i, k;
    int rc = MMAPC_OK;

    if (m->nbranches == 0)
        return mmapc_error("internal error: no branches planned");
    for (b = 0; b < m->nbranches; b++) {
        struct mmapc_input in;

        mmapc_merge_input(m, m->branches[b].primary, &in);
        if (mmapc_header_check(&in) != MMAPC_OK)
            rc = MMAPC_ERR;
    }
    for (i = 0; i < m->cat.nsymbols; i++) {
        const struct mmapc_symdef *s = &m->cat.symbols[i];

        if (s->kind != MMAPC_K_FLAG && s->kind != MMAPC_K_INT)
            continue;
        snprintf(buf, sizeof buf, "MMAPC_%s", s->name);
        for (k = 0; k < COUNT(merge_macros); k++)
            if (strcmp(buf, merge_macros[k]) == 0)
                rc = mmapc_error_at(s->file, s->line,
                                    "symbol %s would "
                                    "define %s, a name reserved by the "
                                    "merged header",
                                    s->name, buf);
    }
    return rc;
}

int mmapc_merge_emit_header(FILE *out, const struct mmapc_merge *m)
{
    struct mctx ctx;

    if (check(m) != MMAPC_OK)
        return MMAPC_ERR;
    ctx.m = m;
    return mmapc_template_fill_named(out, "mmap_consts_merged.h.in", head_fill,
                                     &ctx);
}
