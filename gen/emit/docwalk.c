/* docwalk.c: the walk of mmap_consts.md and mmap_consts.7 (docwalk.h). */
#include "docwalk.h"

#include <string.h>

#include "diag.h"
#include "template.h"

size_t mmapc_doc_count_yes(const struct mmapc_facts *facts)
{
    size_t i, n = 0;

    for (i = 0; i < facts->count; i++)
        n += (size_t)mmapc_fact_yes(&facts->items[i]);
    return n;
}

struct walk {
    const struct mmapc_docformat *fmt;
    const struct mmapc_docnotes *dn;
};

static void put_functions(FILE *out, const struct walk *w)
{
    const struct mmapc_facts *f = &w->dn->in->res->functions;
    size_t found = mmapc_doc_count_yes(f);
    char lead[128];

    if (f->count == 0) {
        fputs("configure checked no functions.\n", out);
        return;
    }
    if (w->dn->in->res->cannot_link && found == 0) {
        w->fmt->put_fact_list(out,
                              "Unknown: the toolchain could not link "
                              "a program for the target; configure "
                              "checked:",
                              f, 0);
        return;
    }
    if (found == 0) {
        w->fmt->put_fact_list(out, "None found; configure checked:", f, 0);
        return;
    }
    snprintf(lead, sizeof lead,
             "Found on this target (declared in the "
             "headers and linkable), %lu of %lu:",
             (unsigned long)found, (unsigned long)f->count);
    w->fmt->put_fact_list(out, lead, f, 1);
    if (found < f->count) {
        w->fmt->put_paragraph_break(out);
        w->fmt->put_fact_list(out, "Not found:", f, 0);
    }
}

static void put_family_summary(FILE *out, const struct walk *w)
{
    const struct mmapc_catalog *cat = w->dn->in->cat;
    size_t f, total, present;

    for (f = 0; f < cat->nfamilies; f++) {
        mmapc_doc_family_count(w->dn, f, &total, &present);
        w->fmt->put_summary(out, &cat->families[f], present, total);
    }
}

static void put_families(FILE *out, const struct walk *w)
{
    const struct mmapc_catalog *cat = w->dn->in->cat;
    const size_t *symbols;
    size_t f, k, total, present;

    for (f = 0; f < cat->nfamilies; f++) {
        mmapc_doc_family_count(w->dn, f, &total, &present);
        w->fmt->put_family_heading(out, &cat->families[f], f);
        if (total == 0) {
            fputs("The catalog lists no names in this family.\n", out);
            continue;
        }
        fprintf(out, "%lu of %lu present on this target.\n",
                (unsigned long)present, (unsigned long)total);
        if (w->fmt->put_symbols_begin != NULL)
            w->fmt->put_symbols_begin(out);
        symbols = mmapc_doc_family_symbols(w->dn, f, &total);
        for (k = 0; k < total; k++)
            w->fmt->put_symbol(out, w->dn, symbols[k]);
    }
}

static int fill(FILE *out, const char *name, int block, void *ctx)
{
    const struct walk *w = ctx;
    const struct mmapc_input *in = w->dn->in;

    if (block) {
        if (strcmp(name, w->fmt->target_block) == 0)
            w->fmt->put_target(out, w->dn);
        else if (strcmp(name, "FUNCTIONS") == 0)
            put_functions(out, w);
        else if (strcmp(name, "FAMILY_SUMMARY") == 0)
            put_family_summary(out, w);
        else if (strcmp(name, "FAMILIES") == 0)
            put_families(out, w);
        else
            return MMAPC_FILL_UNKNOWN;
        return MMAPC_FILL_OK;
    }
    if (strcmp(name, "TARGET") == 0)
        w->fmt->put_inline(out, in->res->target);
    else if (strcmp(name, "VERSION") == 0)
        w->fmt->put_inline(out, in->version);
    else
        return MMAPC_FILL_UNKNOWN;
    return MMAPC_FILL_OK;
}

int mmapc_docwalk(FILE *out, const struct mmapc_input *in,
                  const struct mmapc_docformat *fmt)
{
    const struct mmapc_template *tmpl =
        mmapc_template_find(fmt->template_name);
    struct mmapc_docnotes dn;
    struct walk w;
    int rc;

    if (tmpl == NULL)
        return mmapc_error("internal error: template %s is not built in",
                           fmt->template_name);
    if (mmapc_docnotes_init(&dn, in) != MMAPC_OK)
        return MMAPC_ERR;
    w.fmt = fmt;
    w.dn = &dn;
    rc = mmapc_template_fill(out, tmpl, fill, &w);
    mmapc_docnotes_free(&dn);
    return rc;
}
