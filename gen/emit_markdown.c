/* emit_markdown.c: write mmap_consts.md from templates/mmap_consts.md.in.
 *
 * CommonMark with GitHub-style tables: the target and toolchain, the
 * functions found, and one table per family (families in catalog order,
 * symbols in catalog order within each) with every catalog symbol. The
 * per-symbol facts come from gen/docnotes.c, shared with the man page.
 *
 * Escaping: catalog text (descriptions, family titles) and the results'
 * free text (compiler, C library) may hold any printable ASCII, so every
 * character that could start Markdown syntax is backslash-escaped: \ ` * [
 * ] < > | & ~ #, and _ unless it sits between two letters or digits (an
 * underscore inside a word never emphasises, so MAP_HUGE_SHIFT stays
 * readable). A '|' in a table cell must be escaped even inside a code span
 * (GitHub tables split cells before parsing inlines), so names are written
 * as code spans with '|' escaped, and text with a backtick is written as
 * plain escaped text instead. A TAB becomes a space: a table row is one
 * line. The output is deterministic: no date, no path.
 */
#include <ctype.h>
#include <string.h>

#include "diag.h"
#include "docnotes.h"
#include "emit.h"
#include "template.h"

/* Where paragraphs of lists are wrapped. */
#define MD_WIDTH 76

/* Inline text, escaped. */
static void put_md_text(FILE *out, const char *s)
{
    const char *p;

    for (p = s; *p != '\0'; p++) {
        unsigned char c = (unsigned char)*p;

        if (c == '\t') {
            fputc(' ', out);
            continue;
        }
        if (c == '_') {
            if (p == s || !isalnum((unsigned char)p[-1])
                || !isalnum((unsigned char)p[1]))
                fputc('\\', out);
        } else if (strchr("\\`*[]<>|&~#", c) != NULL) {
            fputc('\\', out);
        }
        fputc(c, out);
    }
}

/* A code span (a name, a header path); plain escaped text when S holds a
 * backtick or is empty. */
static void put_md_code(FILE *out, const char *s)
{
    const char *p;

    if (*s == '\0' || strchr(s, '`') != NULL) {
        put_md_text(out, s);
        return;
    }
    fputc('`', out);
    for (p = s; *p != '\0'; p++) {
        if (*p == '|')
            fputc('\\', out);
        fputc(*p == '\t' ? ' ' : *p, out);
    }
    fputc('`', out);
}

static void put_md_name(FILE *out, const char *name)
{
    put_md_code(out, name);
}

/* ------------------------------------------------------------ target table */

static void row_begin(FILE *out, const char *label)
{
    fprintf(out, "| %s | ", label);
}

static void row_text(FILE *out, const char *label, const char *text)
{
    row_begin(out, label);
    put_md_text(out, text[0] != '\0' ? text : "unknown");
    fputs(" |\n", out);
}

/* Comma-separated names of FACTS whose value is (or is not) "yes". */
static size_t put_fact_names(FILE *out, const struct mmapc_facts *facts,
                             int yes)
{
    size_t i, n = 0;

    for (i = 0; i < facts->count; i++) {
        if (mmapc_fact_yes(&facts->items[i]) != yes)
            continue;
        if (n++ > 0)
            fputs(", ", out);
        put_md_code(out, facts->items[i].name);
    }
    return n;
}

static size_t count_yes(const struct mmapc_facts *facts)
{
    size_t i, n = 0;

    for (i = 0; i < facts->count; i++)
        n += (size_t)mmapc_fact_yes(&facts->items[i]);
    return n;
}

static void put_target_rows(FILE *out, const struct mmapc_docnotes *dn)
{
    const struct mmapc_input *in = dn->in;
    const struct mmapc_results *res = in->res;
    size_t found = count_yes(&res->headers);

    row_begin(out, "target");
    put_md_code(out, res->target);
    fprintf(out, " (%s) |\n",
            res->cross_compiling ? "cross-compiled" : "native build");
    row_text(out, "operating system", res->os);
    row_text(out, "CPU", res->cpu);
    row_text(out, "C library", res->libc);
    row_text(out, "compiler", res->cc);
    fprintf(out, "| type sizes | int %u, long %u, long long %u, pointer %u "
            "bytes |\n", res->sizeof_int, res->sizeof_long,
            res->sizeof_long_long, res->sizeof_pointer);
    row_begin(out, "headers");
    if (res->headers.count == 0)
        fputs("none checked", out);
    put_fact_names(out, &res->headers, 1);
    if (found < res->headers.count) {
        fputs(found > 0 ? "; not found: " : "none found; checked: ", out);
        put_fact_names(out, &res->headers, 0);
    }
    fputs(" |\n", out);
    row_begin(out, "`madvise` address type");
    if (res->madvise_addr_type != NULL)
        put_md_code(out, res->madvise_addr_type);
    else
        fputs("`madvise` is not declared", out);
    fputs(" |\n", out);
    fprintf(out, "| symbols | %lu in the catalog, %lu present |\n",
            (unsigned long)in->cat->nsymbols,
            (unsigned long)mmapc_doc_present_count(dn));
    row_begin(out, "generator");
    fputs("mmapc-gen ", out);
    put_md_text(out, in->version);
    fputs(" |\n", out);
}

/* ------------------------------------------------------------- functions */

/* "LEAD `a`, `b`, ...." wrapped at MD_WIDTH. */
static void put_wrapped_names(FILE *out, const char *lead,
                              const struct mmapc_facts *facts, int yes)
{
    size_t i, col = strlen(lead), n = 0;

    fputs(lead, out);
    for (i = 0; i < facts->count; i++) {
        const char *name = facts->items[i].name;
        size_t w = strlen(name) + 3;   /* backticks and the comma */

        if (mmapc_fact_yes(&facts->items[i]) != yes)
            continue;
        if (n++ > 0)
            fputc(',', out);
        if (col + 1 + w > MD_WIDTH) {
            fputc('\n', out);
            col = 0;
        } else {
            fputc(' ', out);
            col++;
        }
        put_md_code(out, name);
        col += w;
    }
    fputs(".\n", out);
}

static void put_functions(FILE *out, const struct mmapc_results *res)
{
    const struct mmapc_facts *f = &res->functions;
    size_t found = count_yes(f);
    char lead[128];

    if (f->count == 0) {
        fputs("configure checked no functions.\n", out);
        return;
    }
    if (found == 0) {
        put_wrapped_names(out, "None found; configure checked:", f, 0);
        return;
    }
    snprintf(lead, sizeof lead, "Found on this target (declared in the "
             "headers and linkable), %lu of %lu:", (unsigned long)found,
             (unsigned long)f->count);
    put_wrapped_names(out, lead, f, 1);
    if (found < f->count) {
        fputc('\n', out);
        put_wrapped_names(out, "Not found:", f, 0);
    }
}

/* -------------------------------------------------------------- families */

static void put_family_summary(FILE *out, const struct mmapc_docnotes *dn)
{
    const struct mmapc_input *in = dn->in;
    size_t f, total, present;

    for (f = 0; f < in->cat->nfamilies; f++) {
        const struct mmapc_family *fam = &in->cat->families[f];

        mmapc_doc_family_count(dn, f, &total, &present);
        fputs("| ", out);
        put_md_code(out, fam->name);
        fputs(" | ", out);
        put_md_text(out, fam->title);
        fprintf(out, " | %lu of %lu |\n", (unsigned long)present,
                (unsigned long)total);
    }
}

static void put_symbol_row(FILE *out, const struct mmapc_docnotes *dn,
                           size_t i)
{
    const struct mmapc_input *in = dn->in;
    const struct mmapc_symdef *s = &in->cat->symbols[i];
    char buf[MMAPC_DOCVALUE_BUFSIZE];
    const char *value = mmapc_doc_value(in, i, buf, sizeof buf);

    fputs("| ", out);
    put_md_code(out, s->name);
    fputs(" | ", out);
    if (in->res->symbols[i].state == MMAPC_RES_VALUE)
        put_md_code(out, value);
    else
        fputs(value, out);
    fputs(" | ", out);
    put_md_text(out, s->description);
    fputs(" | ", out);
    put_md_text(out, s->python != NULL ? s->python : "-");
    fputs(" | ", out);
    mmapc_doc_put_notes(out, dn, i, put_md_name);
    fputs(" |\n", out);
}

static void put_families(FILE *out, const struct mmapc_docnotes *dn)
{
    const struct mmapc_input *in = dn->in;
    const size_t *symbols;
    size_t f, k, total, present;

    for (f = 0; f < in->cat->nfamilies; f++) {
        const struct mmapc_family *fam = &in->cat->families[f];

        mmapc_doc_family_count(dn, f, &total, &present);
        if (f > 0)
            fputc('\n', out);
        fputs("### ", out);
        put_md_text(out, fam->name);
        fputs(": ", out);
        put_md_text(out, fam->title);
        fputs("\n\n", out);
        if (total == 0) {
            fputs("The catalog lists no names in this family.\n", out);
            continue;
        }
        fprintf(out, "%lu of %lu present on this target.\n\n",
                (unsigned long)present, (unsigned long)total);
        fputs("| name | value | description | CPython | notes |\n"
              "|---|---|---|---|---|\n", out);
        symbols = mmapc_doc_family_symbols(dn, f, &total);
        for (k = 0; k < total; k++)
            put_symbol_row(out, dn, symbols[k]);
    }
}

/* ------------------------------------------------------------------ fill */

struct mctx {
    const struct mmapc_docnotes *dn;
};

static int fill(FILE *out, const char *name, int block, void *ctx)
{
    const struct mmapc_docnotes *dn = ((const struct mctx *)ctx)->dn;
    const struct mmapc_input *in = dn->in;

    if (block) {
        if (strcmp(name, "TARGET_ROWS") == 0)
            put_target_rows(out, dn);
        else if (strcmp(name, "FUNCTIONS") == 0)
            put_functions(out, in->res);
        else if (strcmp(name, "FAMILY_SUMMARY") == 0)
            put_family_summary(out, dn);
        else if (strcmp(name, "FAMILIES") == 0)
            put_families(out, dn);
        else
            return MMAPC_FILL_UNKNOWN;
        return MMAPC_FILL_OK;
    }
    if (strcmp(name, "TARGET") == 0)
        put_md_text(out, in->res->target);
    else if (strcmp(name, "VERSION") == 0)
        put_md_text(out, in->version);
    else
        return MMAPC_FILL_UNKNOWN;
    return MMAPC_FILL_OK;
}

int mmapc_emit_markdown(FILE *out, const struct mmapc_input *in)
{
    const struct mmapc_template *tmpl =
        mmapc_template_find("mmap_consts.md.in");
    struct mmapc_docnotes dn;
    struct mctx m;
    int rc;

    if (tmpl == NULL)
        return mmapc_error("internal error: template mmap_consts.md.in is "
                           "not built in");
    if (mmapc_docnotes_init(&dn, in) != MMAPC_OK)
        return MMAPC_ERR;
    m.dn = &dn;
    rc = mmapc_template_fill(out, tmpl, fill, &m);
    mmapc_docnotes_free(&dn);
    return rc;
}
