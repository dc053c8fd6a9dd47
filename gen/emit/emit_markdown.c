/* emit_markdown.c: write mmap_consts.md from templates/mmap_consts.md.in.
 *
 * CommonMark with GitHub-style tables: the target and toolchain, the
 * functions found, and one table per family (families in catalog order,
 * symbols in catalog order within each) with every catalog symbol. The
 * walk of the document (gen/emit/docwalk.c) and the per-symbol facts
 * (gen/emit/docnotes.c) are shared with the man page; this file is the format.
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

#include "docnotes.h"
#include "docwalk.h"
#include "emit.h"

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

static void put_target_rows(FILE *out, const struct mmapc_docnotes *dn)
{
    const struct mmapc_input *in = dn->in;
    const struct mmapc_results *res = in->res;
    size_t found = mmapc_doc_count_yes(&res->headers);

    row_begin(out, "target");
    put_md_code(out, res->target);
    fprintf(out, " (%s) |\n",
            res->cross_compiling ? "cross-compiled" : "native build");
    row_text(out, "operating system", res->os);
    row_text(out, "CPU", res->cpu);
    row_text(out, "C library", res->libc);
    row_text(out, "compiler", res->cc);
    fprintf(out,
            "| type sizes | int %u, long %u, long long %u, pointer %u "
            "bytes |\n",
            res->sizeof_int, res->sizeof_long, res->sizeof_long_long,
            res->sizeof_pointer);
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
        size_t w = strlen(name) + 3; /* backticks and the comma */

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

static void put_paragraph_break(FILE *out)
{
    fputc('\n', out);
}

/* -------------------------------------------------------------- families */

static void put_summary_row(FILE *out, const struct mmapc_family *fam,
                            size_t present, size_t total)
{
    fputs("| ", out);
    put_md_code(out, fam->name);
    fputs(" | ", out);
    put_md_text(out, fam->title);
    fprintf(out, " | %lu of %lu |\n", (unsigned long)present,
            (unsigned long)total);
}

/* A blank line between families, none before the first. */
static void put_family_heading(FILE *out, const struct mmapc_family *fam,
                               size_t f)
{
    if (f > 0)
        fputc('\n', out);
    fputs("### ", out);
    put_md_text(out, fam->name);
    fputs(": ", out);
    put_md_text(out, fam->title);
    fputs("\n\n", out);
}

static void put_table_head(FILE *out)
{
    fputs("\n| name | value | header | description | CPython | notes |\n"
          "|---|---|---|---|---|---|\n",
          out);
}

static void put_symbol_row(FILE *out, const struct mmapc_docnotes *dn,
                           size_t i)
{
    const struct mmapc_input *in = dn->in;
    const struct mmapc_symdef *s = &in->cat->symbols[i];
    char buf[MMAPC_DOCVALUE_BUFSIZE];
    const char *value = mmapc_doc_value(in, i, buf, sizeof buf);
    const char *header = mmapc_doc_header(in, i);

    fputs("| ", out);
    put_md_code(out, s->name);
    fputs(" | ", out);
    if (in->res->symbols[i].state == MMAPC_RES_VALUE)
        put_md_code(out, value);
    else
        fputs(value, out);
    fputs(" | ", out);
    if (header != NULL)
        put_md_code(out, header);
    else
        fputs("-", out);
    fputs(" | ", out);
    put_md_text(out, s->description);
    fputs(" | ", out);
    put_md_text(out, s->python != NULL ? s->python : "-");
    fputs(" | ", out);
    mmapc_doc_put_notes(out, dn, i, put_md_name);
    fputs(" |\n", out);
}

/* ---------------------------------------------------------------- format */

static const struct mmapc_docformat markdown = {
    "mmap_consts.md.in", "TARGET_ROWS",      put_md_text,
    put_target_rows,     put_wrapped_names,  put_paragraph_break,
    put_summary_row,     put_family_heading, put_table_head,
    put_symbol_row
};

int mmapc_emit_markdown(FILE *out, const struct mmapc_input *in)
{
    return mmapc_docwalk(out, in, &markdown);
}
