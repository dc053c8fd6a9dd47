/* emit_man.c: write the man page mmap_consts.7 from
 * templates/mmap_consts.7.in.
 *
 * The same content as mmap_consts.md (gen/emit/emit_markdown.c): the target and
 * toolchain, the functions found, one subsection per family with every
 * catalog symbol as a tagged paragraph (.TP). Only man(7) macros, no tbl.
 * The walk of the document (gen/emit/docwalk.c) and the per-symbol facts
 * (gen/emit/docnotes.c) are shared with mmap_consts.md; this file is the format.
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

#include "docnotes.h"
#include "docwalk.h"
#include "emit.h"

enum roff_mode {
    ROFF_PROSE, /* descriptions, titles */
    ROFF_TYPED  /* names, values, the compiler's version, ... */
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

/* The names of FACTS whose value is (or is not) "yes", one per line, in
 * bold, separated by commas; the last followed by END. */
static void put_fact_lines(FILE *out, const struct mmapc_facts *facts, int yes,
                           const char *end)
{
    size_t i, n = mmapc_doc_count_yes(facts), k = 0;

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
    size_t found = mmapc_doc_count_yes(&res->headers);

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

/* LEAD on a line of its own, then the names (see put_fact_lines). */
static void put_fact_list(FILE *out, const char *lead,
                          const struct mmapc_facts *facts, int yes)
{
    fputs(lead, out);
    fputc('\n', out);
    put_fact_lines(out, facts, yes, ".\n");
}

static void put_paragraph_break(FILE *out)
{
    fputs(".PP\n", out);
}

static void put_summary_item(FILE *out, const struct mmapc_family *fam,
                             size_t present, size_t total)
{
    fputs(".TP\n", out);
    put_bold(out, fam->name);
    fputc('\n', out);
    put_roff(out, fam->title, ROFF_PROSE, 1);
    fprintf(out, ": %lu of %lu present\n", (unsigned long)present,
            (unsigned long)total);
}

/* .SS starts a subsection: no separator needed between families. */
static void put_family_heading(FILE *out, const struct mmapc_family *fam,
                               size_t f)
{
    (void)f;
    fputs(".SS \"", out);
    put_roff(out, fam->name, ROFF_TYPED, 0);
    fputs(": ", out);
    put_roff(out, fam->title, ROFF_PROSE, 0);
    fputs("\"\n", out);
}

static void put_symbol(FILE *out, const struct mmapc_docnotes *dn, size_t i)
{
    const struct mmapc_input *in = dn->in;
    const struct mmapc_symdef *s = &in->cat->symbols[i];
    char buf[MMAPC_DOCVALUE_BUFSIZE];
    const char *value = mmapc_doc_value(in, i, buf, sizeof buf);
    const char *header = mmapc_doc_header(in, i);
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
     * header, CPython and notes columns, when there is something. */
    notes = mmapc_doc_put_notes(NULL, dn, i, put_bold);
    if (header != NULL || s->python != NULL || notes > 0)
        fputs(".br\n", out);
    if (header != NULL) {
        fputs("Header: ", out);
        put_bold(out, header);
        fputs(".\n", out);
    }
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

/* @@TARGET@@, @@VERSION@@: typed text, which the template never puts at
 * the start of a line. */
static void put_inline(FILE *out, const char *text)
{
    put_roff(out, text, ROFF_TYPED, 0);
}

static const struct mmapc_docformat man = {
    "mmap_consts.7.in", "TARGET_ITEMS",     put_inline,
    put_target_items,   put_fact_list,      put_paragraph_break,
    put_summary_item,   put_family_heading, NULL,
    put_symbol
};

int mmapc_emit_man(FILE *out, const struct mmapc_input *in)
{
    return mmapc_docwalk(out, in, &man);
}
