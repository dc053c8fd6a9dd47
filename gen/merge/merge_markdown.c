/* merge_markdown.c: the portability matrix of several targets (mmapc-gen
 * merge --format markdown): the targets, a summary with the most and the
 * least portable constants, and per family a table with one row per
 * constant and one column per target. docs/generator.md describes it.
 */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "merge.h"

/* How many of the least portable constants are listed, and how many of
 * the most portable of each family. */
#define LEAST_MAX 20
#define MOST_PER_FAMILY 8

static int is_alnum(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
           || (c >= '0' && c <= '9');
}

/* Text in Markdown: the characters that would format or end a table cell
 * are escaped; '_' only where it could start or end emphasis (not inside
 * a word such as x86_64, which stays readable). */
static void put_md(FILE *out, const char *s)
{
    const char *p;

    for (p = s; *p != '\0'; p++) {
        if (strchr("\\`*[]<>|", *p) != NULL
            || (*p == '_'
                && (p == s || !is_alnum((unsigned char)p[-1])
                    || !is_alnum((unsigned char)p[1]))))
            fputc('\\', out);
        fputc(*p, out);
    }
}

/* What a constant looks like across the targets. */
struct row {
    size_t index;   /* in the catalog */
    size_t present; /* on how many targets */
    size_t values;  /* how many different values (or states) among them */
    size_t mode;    /* a target with the most common value, if present */
};

/* 0 when target T's configure found no <sys/mman.h> (no mmap at all, as
 * on mingw): the summary leaves it out. 1 when found, or not checked. */
static int has_mman(const struct mmapc_merge *m, size_t t)
{
    const struct mmapc_facts *h = &m->targets[t].res.headers;
    size_t i;

    for (i = 0; i < h->count; i++)
        if (strcmp(h->items[i].name, "sys/mman.h") == 0)
            return mmapc_fact_yes(&h->items[i]);
    return 1;
}

/* Row I over the targets T with COUNTED[T] (all when COUNTED is NULL). */
static void analyse(const struct mmapc_merge *m, size_t i, struct row *r,
                    const int *counted)
{
    size_t t, u, best = 0;

    r->index = i;
    r->present = 0;
    r->values = 0;
    r->mode = 0;
    for (t = 0; t < m->ntargets; t++) {
        size_t same = 0, first = 1;

        if ((counted != NULL && !counted[t]) || !mmapc_merge_present(m, t, i))
            continue;
        r->present++;
        for (u = 0; u < m->ntargets; u++)
            if ((counted == NULL || counted[u]) && mmapc_merge_present(m, u, i)
                && mmapc_merge_same(m, t, u, i)) {
                same++;
                if (u < t)
                    first = 0; /* counted with an earlier target */
            }
        if (first)
            r->values++;
        if (same > best) {
            best = same;
            r->mode = t;
        }
    }
}

static void put_cell(FILE *out, const struct mmapc_merge *m, size_t t,
                     const struct row *r)
{
    const struct mmapc_symres *s = &m->targets[t].res.symbols[r->index];
    char hex[MMAPC_INTVAL_BUFSIZE];
    int bold;

    if (s->state == MMAPC_RES_NO || s->state == MMAPC_RES_UNSET) {
        fputs(" absent |", out);
        return;
    }
    bold = r->values > 1 && !mmapc_merge_same(m, r->mode, t, r->index);
    if (s->state == MMAPC_RES_VALUE)
        mmapc_intval_hex(&s->value, hex, sizeof hex);
    fprintf(out, " %s%s%s |", bold ? "**" : "",
            s->state == MMAPC_RES_VALUE ? hex : "present", bold ? "**" : "");
}

static void put_note(FILE *out, const struct mmapc_merge *m,
                     const struct row *r)
{
    if (r->present == 0) {
        fputs(" absent everywhere |\n", out);
        return;
    }
    if (r->values > 1)
        fputs(" differs", out);
    if (r->present < m->ntargets)
        fprintf(out, "%s on %lu of %lu", r->values > 1 ? ";" : "",
                (unsigned long)r->present, (unsigned long)m->ntargets);
    fputs(" |\n", out);
}

static void put_targets(FILE *out, const struct mmapc_merge *m)
{
    size_t t;

    fputs("| target | triplet | C library | compiler | build |\n"
          "|---|---|---|---|---|\n",
          out);
    for (t = 0; t < m->ntargets; t++) {
        const struct mmapc_results *r = &m->targets[t].res;

        fputs("| ", out);
        put_md(out, m->targets[t].id);
        fputs(" | ", out);
        put_md(out, r->target);
        fputs(" | ", out);
        put_md(out, r->libc[0] != '\0' ? r->libc : "unknown");
        fputs(" | ", out);
        put_md(out, r->cc[0] != '\0' ? r->cc : "unknown");
        fprintf(out, " | %s |\n", r->cross_compiling ? "cross" : "native");
    }
}

/* Fewest targets first, then most values, then catalog order. */
static int least_cmp(const void *a, const void *b)
{
    const struct row *x = a, *y = b;

    if (x->present != y->present)
        return x->present < y->present ? -1 : 1;
    if (x->values != y->values)
        return x->values > y->values ? -1 : 1;
    return x->index < y->index ? -1 : x->index > y->index;
}

/* The summary counts only the targets with <sys/mman.h>: a constant that
 * a target without mmap lacks is no less portable where mmap exists. Its
 * rows are over those targets (NTARGETS of them, COUNTED[T]). */
static int put_summary(FILE *out, const struct mmapc_merge *m,
                       const struct row *rows, const int *counted,
                       size_t ntargets)
{
    const struct mmapc_catalog *cat = &m->cat;
    unsigned long portable = 0, differ = 0, some = 0, none = 0;
    struct row *least;
    size_t i, f, t, nleast = 0;
    int first_out = 1;

    for (i = 0; i < cat->nsymbols; i++) {
        if (rows[i].present == 0)
            none++;
        else if (rows[i].present < ntargets)
            some++;
        else if (rows[i].values > 1)
            differ++;
        else
            portable++;
    }
    fprintf(out,
            "## Portability\n\nThe %lu constants of the catalog:\n\n"
            "- present on every target, with one value: %lu\n"
            "- present on every target, with values that differ: %lu\n"
            "- present on some targets only: %lu\n"
            "- present on none: %lu\n\n",
            (unsigned long)cat->nsymbols, portable, differ, some, none);
    for (t = 0; t < m->ntargets; t++) {
        if (counted[t])
            continue;
        fputs(first_out ? "Left out of this summary, as their headers have "
                          "no `sys/mman.h` (no mmap):"
                        : ",",
              out);
        fputc(' ', out);
        put_md(out, m->targets[t].id);
        first_out = 0;
    }
    if (!first_out)
        fprintf(out, ". \"Every target\" means the other %lu.\n\n",
                (unsigned long)ntargets);
    fputs("**Most portable**, present on every target with one value, by "
          "family:\n\n",
          out);
    if (portable == 0)
        fputs("- none\n", out);
    for (f = 0; f < cat->nfamilies; f++) {
        size_t shown = 0, total = 0, all = 0;

        for (i = 0; i < cat->nsymbols; i++)
            if (cat->symbols[i].family == f) {
                all++;
                if (rows[i].present == ntargets && rows[i].values == 1)
                    total++;
            }
        if (total == 0)
            continue;
        fputs("- ", out);
        put_md(out, cat->families[f].name);
        fprintf(out, " (%lu of %lu):", (unsigned long)total,
                (unsigned long)all);
        for (i = 0; i < cat->nsymbols && shown < MOST_PER_FAMILY; i++)
            if (cat->symbols[i].family == f && rows[i].present == ntargets
                && rows[i].values == 1)
                fprintf(out, "%s `%s`", shown++ > 0 ? "," : "",
                        cat->symbols[i].name);
        if (total > shown)
            fprintf(out, " and %lu more", (unsigned long)(total - shown));
        fputs("\n", out);
    }
    least = malloc((cat->nsymbols + 1) * sizeof *least);
    if (least == NULL)
        return mmapc_out_of_memory();
    for (i = 0; i < cat->nsymbols; i++)
        if (rows[i].present > 0
            && (rows[i].present < ntargets || rows[i].values > 1))
            least[nleast++] = rows[i];
    qsort(least, nleast, sizeof *least, least_cmp);
    fputs("\n**Least portable**, present on the fewest targets, then with "
          "the most values:\n\n",
          out);
    if (nleast == 0)
        fputs("- none: every constant is present on every target with one "
              "value, or on none\n",
              out);
    for (i = 0; i < nleast && i < LEAST_MAX; i++) {
        const struct row *r = &least[i];
        int first = 1;

        fprintf(out, "- `%s`: on %lu of %lu", cat->symbols[r->index].name,
                (unsigned long)r->present, (unsigned long)ntargets);
        if (r->values > 1)
            fprintf(out, ", %lu values", (unsigned long)r->values);
        if (r->present * 2 <= ntargets) {
            fputs(" (", out);
            for (t = 0; t < m->ntargets; t++)
                if (counted[t] && mmapc_merge_present(m, t, r->index)) {
                    fputs(first ? "" : ", ", out);
                    put_md(out, m->targets[t].id);
                    first = 0;
                }
            fputs(")", out);
        }
        fputs("\n", out);
    }
    if (nleast > LEAST_MAX)
        fprintf(out, "- ... and %lu more (see the tables)\n",
                (unsigned long)(nleast - LEAST_MAX));
    free(least);
    return MMAPC_OK;
}

static void put_tables(FILE *out, const struct mmapc_merge *m,
                       const struct row *rows)
{
    const struct mmapc_catalog *cat = &m->cat;
    size_t f, i, t;

    fputs("\n## Values\n\nValues are in hex. **Bold** marks a value that "
          "differs from the one most targets have; *absent*: the target's "
          "headers do not define the name; *present*: they define it, but "
          "not as an integer constant.\n",
          out);
    for (f = 0; f < cat->nfamilies; f++) {
        int any = 0;

        for (i = 0; i < cat->nsymbols; i++)
            if (cat->symbols[i].family == f)
                any = 1;
        if (!any)
            continue;
        fputs("\n### ", out);
        put_md(out, cat->families[f].name);
        fputs(": ", out);
        put_md(out, cat->families[f].title);
        fputs("\n\n| constant |", out);
        for (t = 0; t < m->ntargets; t++) {
            fputc(' ', out);
            put_md(out, m->targets[t].id);
            fputs(" |", out);
        }
        fputs(" note |\n|---|", out);
        for (t = 0; t < m->ntargets; t++)
            fputs("---|", out);
        fputs("---|\n", out);
        for (i = 0; i < cat->nsymbols; i++) {
            if (cat->symbols[i].family != f)
                continue;
            fprintf(out, "| `%s` |", cat->symbols[i].name);
            for (t = 0; t < m->ntargets; t++)
                put_cell(out, m, t, &rows[i]);
            put_note(out, m, &rows[i]);
        }
    }
}

int mmapc_merge_emit_markdown(FILE *out, const struct mmapc_merge *m)
{
    struct row *rows, *srows;
    int *counted, rc;
    size_t i, t, ncounted = 0;

    rows = malloc((m->cat.nsymbols + 1) * sizeof *rows);
    srows = malloc((m->cat.nsymbols + 1) * sizeof *srows);
    counted = malloc((m->ntargets + 1) * sizeof *counted);
    if (rows == NULL || srows == NULL || counted == NULL) {
        free(rows);
        free(srows);
        free(counted);
        return mmapc_out_of_memory();
    }
    for (t = 0; t < m->ntargets; t++)
        if ((counted[t] = has_mman(m, t)) != 0)
            ncounted++;
    if (ncounted == 0) { /* none has mmap: count them all */
        for (t = 0; t < m->ntargets; t++)
            counted[t] = 1;
        ncounted = m->ntargets;
    }
    for (i = 0; i < m->cat.nsymbols; i++) {
        analyse(m, i, &rows[i], NULL);
        analyse(m, i, &srows[i], counted);
    }
    fprintf(out,
            "# mmap constants of %lu targets\n\nMade by mmapc-gen "
            "merge %s from the mmap_consts.json of each target.\n\n",
            (unsigned long)m->ntargets, m->version);
    put_targets(out, m);
    fputs("\n", out);
    rc = put_summary(out, m, srows, counted, ncounted);
    if (rc == MMAPC_OK)
        put_tables(out, m, rows);
    free(rows);
    free(srows);
    free(counted);
    return rc;
}
