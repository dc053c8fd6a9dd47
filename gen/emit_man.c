/* emit_man.c: write the man page mmap_consts.7 from
 * templates/mmap_consts.7.in.
 *
 * The same content as mmap_consts.md (gen/emit_markdown.c): the target and
 * toolchain, the functions found, one subsection per family with every
 * catalog symbol as a tagged paragraph (.TP). Only man(7) macros, no tbl.
 *
 * Escaping, for text from the catalog and the results:
 * - a backslash is \e; a double quote \(dq (safe in macro arguments too);
 *   ` ' ^ ~ in typed text become \(ga \(aq \(ha \(ti, so they come out as
 *   the ASCII characters, not as typographic quotes or accents;
 * - a line never starts with '.' or '\'' (it would be a request): such a
 *   line starts with \& (the zero-width character);
 * - '-': typed text (names, values, triplets, the compiler, versions) is
 *   written as \-, the hyphen-minus. In prose (descriptions, titles) a '-'
 *   between two letters is a hyphen (copy-on-write) and stays '-'; any
 *   other one (-1, --option, 2-3, x86-64) is \-;
 * - a TAB becomes a space.
 * The output is deterministic: the .TH date is left empty.
 */
#include <ctype.h>
#include <string.h>

#include "diag.h"
#include "docnotes.h"
#include "emit.h"
#include "template.h"

enum roff_mode {
    ROFF_PROSE,   /* descriptions, titles */
    ROFF_TYPED    /* names, values, the compiler's version, ... */
};

/* Write S escaped. BOL: S starts an input line. */
static void put_roff(FILE *out, const char *s, enum roff_mode mode, int bol)
{
    const char *p;

    if (bol && (*s == '.' || *s == '\''))
        fputs("\\&", out);
    for (p = s; *p != '\0'; p++) {
        unsigned char c = (unsigned char)*p;

        switch (c) {
        case '\\':
            fputs("\\e", out);
            break;
        case '"':
            fputs("\\(dq", out);
            break;
        case '-':
            if (mode == ROFF_PROSE && p > s && isalpha((unsigned char)p[-1])
                && isalpha((unsigned char)p[1]))
                fputc('-', out);
            else
                fputs("\\-", out);
            break;
        case '\'':
            fputs(mode == ROFF_TYPED ? "\\(aq" : "'", out);
            break;
        case '`':
            fputs("\\(ga", out);
            break;
        case '^':
            fputs("\\(ha", out);
            break;
        case '~':
            fputs("\\(ti", out);
            break;
        case '\t':
            fputc(' ', out);
            break;
        default:
            fputc(c, out);
        }
    }
}

/* \fBNAME\fR, within a line. */
static void put_bold(FILE *out, const char *name)
{
    fputs("\\fB", out);
    put_roff(out, name, ROFF_TYPED, 0);
    fputs("\\fR", out);
}

/* A tagged paragraph: .TP, the tag line LABEL, then the start of the body
 * (the caller writes it and ends the line). */
static void tp(FILE *out, const char *label)
{
    fputs(".TP\n", out);
    put_roff(out, label, ROFF_PROSE, 1);
    fputc('\n', out);
}

static void item_text(FILE *out, const char *label, const char *text,
                      enum roff_mode mode)
{
    tp(out, label);
    put_roff(out, text[0] != '\0' ? text : "unknown", mode, 1);
    fputc('\n', out);
}

static size_t count_yes(const struct mmapc_facts *facts)
{
    size_t i, n = 0;

    for (i = 0; i < facts->count; i++)
        n += (size_t)mmapc_fact_yes(&facts->items[i]);
    return n;
}

/* The names of FACTS whose value is (or is not) "yes", one per line, in
 * bold, separated by commas; the last followed by END. */
static void put_fact_lines(FILE *out, const struct mmapc_facts *facts,
                           int yes, const char *end)
{
    size_t i, n = count_yes(facts), k = 0;

    if (!yes)
        n = facts->count - n;
    for (i = 0; i < facts->count; i++) {
        if (mmapc_fact_yes(&facts->items[i]) != yes)
            continue;
        put_bold(out, facts->items[i].name);
        fputs(++k < n ? ",\n" : end, out);
    }
}

static void put_target_items(FILE *out, const struct mmapc_docnotes *dn)
{
    const struct mmapc_input *in = dn->in;
    const struct mmapc_results *res = in->res;
    size_t found = count_yes(&res->headers);

    tp(out, "target");
    put_roff(out, res->target, ROFF_TYPED, 1);
    fprintf(out, " (%s)\n",
            res->cross_compiling ? "cross-compiled" : "native build");
    item_text(out, "operating system", res->os, ROFF_TYPED);
    item_text(out, "CPU", res->cpu, ROFF_TYPED);
    item_text(out, "C library", res->libc, ROFF_TYPED);
    item_text(out, "compiler", res->cc, ROFF_TYPED);
    tp(out, "type sizes");
    fprintf(out, "int %u, long %u, long long %u, pointer %u bytes\n",
            res->sizeof_int, res->sizeof_long, res->sizeof_long_long,
            res->sizeof_pointer);
    tp(out, "headers");
    if (res->headers.count == 0)
        fputs("none checked\n", out);
    if (found > 0)
        put_fact_lines(out, &res->headers, 1,
                       found < res->headers.count ? ";\n" : "\n");
    if (found < res->headers.count) {
        fputs(found > 0 ? "not found:\n" : "none found; checked:\n", out);
        put_fact_lines(out, &res->headers, 0, "\n");
    }
    tp(out, "madvise address type");
    if (res->madvise_addr_type != NULL) {
        put_bold(out, res->madvise_addr_type);
        fputc('\n', out);
    } else {
        fputs("\\fBmadvise\\fR is not declared\n", out);
    }
    tp(out, "symbols");
    fprintf(out, "%lu in the catalog, %lu present\n",
            (unsigned long)in->cat->nsymbols,
            (unsigned long)mmapc_doc_present_count(dn));
    tp(out, "generator");
    fputs("mmapc\\-gen ", out);
    put_roff(out, in->version, ROFF_TYPED, 0);
    fputc('\n', out);
}

static void put_functions(FILE *out, const struct mmapc_results *res)
{
    const struct mmapc_facts *f = &res->functions;
    size_t found = count_yes(f);

    if (f->count == 0) {
        fputs("configure checked no functions.\n", out);
        return;
    }
    if (found == 0) {
        fputs("None found; configure checked:\n", out);
        put_fact_lines(out, f, 0, ".\n");
        return;
    }
    fprintf(out, "Found on this target (declared in the headers and "
            "linkable), %lu of %lu:\n", (unsigned long)found,
            (unsigned long)f->count);
    put_fact_lines(out, f, 1, ".\n");
    if (found < f->count) {
        fputs(".PP\nNot found:\n", out);
        put_fact_lines(out, f, 0, ".\n");
    }
}

static void put_family_summary(FILE *out, const struct mmapc_docnotes *dn)
{
    const struct mmapc_input *in = dn->in;
    size_t f, total, present;

    for (f = 0; f < in->cat->nfamilies; f++) {
        const struct mmapc_family *fam = &in->cat->families[f];

        mmapc_doc_family_count(dn, f, &total, &present);
        fputs(".TP\n", out);
        put_bold(out, fam->name);
        fputc('\n', out);
        put_roff(out, fam->title, ROFF_PROSE, 1);
        fprintf(out, ": %lu of %lu present\n", (unsigned long)present,
                (unsigned long)total);
    }
}

static void put_symbol(FILE *out, const struct mmapc_docnotes *dn, size_t i)
{
    const struct mmapc_input *in = dn->in;
    const struct mmapc_symdef *s = &in->cat->symbols[i];
    char buf[MMAPC_DOCVALUE_BUFSIZE];
    const char *value = mmapc_doc_value(in, i, buf, sizeof buf);
    size_t notes;

    fputs(".TP\n", out);
    put_bold(out, s->name);
    if (in->res->symbols[i].state == MMAPC_RES_VALUE) {
        fputs(" = ", out);
        put_roff(out, value, ROFF_TYPED, 0);
        fputc('\n', out);
    } else {
        fprintf(out, " (%s)\n", value);
    }
    put_roff(out, s->description, ROFF_PROSE, 1);
    fputc('\n', out);
    /* Then, on a line of their own, what the Markdown table has in its
     * CPython and notes columns, when there is something. */
    notes = mmapc_doc_put_notes(NULL, dn, i, put_bold);
    if (s->python != NULL || notes > 0)
        fputs(".br\n", out);
    if (s->python != NULL) {
        fputs("CPython: ", out);
        put_roff(out, s->python, ROFF_TYPED, 0);
        fputs(".\n", out);
    }
    if (notes > 0) {
        fputs("Notes: ", out);
        mmapc_doc_put_notes(out, dn, i, put_bold);
        fputs(".\n", out);
    }
}

static void put_families(FILE *out, const struct mmapc_docnotes *dn)
{
    const struct mmapc_input *in = dn->in;
    const size_t *symbols;
    size_t f, k, total, present;

    for (f = 0; f < in->cat->nfamilies; f++) {
        const struct mmapc_family *fam = &in->cat->families[f];

        mmapc_doc_family_count(dn, f, &total, &present);
        fputs(".SS \"", out);
        put_roff(out, fam->name, ROFF_TYPED, 0);
        fputs(": ", out);
        put_roff(out, fam->title, ROFF_PROSE, 0);
        fputs("\"\n", out);
        if (total == 0) {
            fputs("The catalog lists no names in this family.\n", out);
            continue;
        }
        fprintf(out, "%lu of %lu present on this target.\n",
                (unsigned long)present, (unsigned long)total);
        symbols = mmapc_doc_family_symbols(dn, f, &total);
        for (k = 0; k < total; k++)
            put_symbol(out, dn, symbols[k]);
    }
}

struct rctx {
    const struct mmapc_docnotes *dn;
};

static int fill(FILE *out, const char *name, int block, void *ctx)
{
    const struct mmapc_docnotes *dn = ((const struct rctx *)ctx)->dn;
    const struct mmapc_input *in = dn->in;

    if (block) {
        if (strcmp(name, "TARGET_ITEMS") == 0)
            put_target_items(out, dn);
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
        put_roff(out, in->res->target, ROFF_TYPED, 0);
    else if (strcmp(name, "VERSION") == 0)
        put_roff(out, in->version, ROFF_TYPED, 0);
    else
        return MMAPC_FILL_UNKNOWN;
    return MMAPC_FILL_OK;
}

int mmapc_emit_man(FILE *out, const struct mmapc_input *in)
{
    const struct mmapc_template *tmpl =
        mmapc_template_find("mmap_consts.7.in");
    struct mmapc_docnotes dn;
    struct rctx r;
    int rc;

    if (tmpl == NULL)
        return mmapc_error("internal error: template mmap_consts.7.in is "
                           "not built in");
    if (mmapc_docnotes_init(&dn, in) != MMAPC_OK)
        return MMAPC_ERR;
    r.dn = &dn;
    rc = mmapc_template_fill(out, tmpl, fill, &r);
    mmapc_docnotes_free(&dn);
    return rc;
}
