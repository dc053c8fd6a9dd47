/* docwalk.h: the walk of the generated docs, shared by
 * gen/emit/emit_markdown.c (mmap_consts.md) and gen/emit/emit_man.c (mmap_consts.7).
 *
 * Both fill their template's placeholders with the same sections, in the
 * same order, with the same facts and the same sentences:
 *   @@TARGET@@, @@VERSION@@   the target triplet, the generator's version;
 *   the target block          the target and toolchain (the format's own
 *                             layout: a table, tagged paragraphs);
 *   @@FUNCTIONS@@             the functions found, and those not found;
 *   @@FAMILY_SUMMARY@@        per family: its title, how many present;
 *   @@FAMILIES@@              per family: a heading, a count, then every
 *                             symbol of it in catalog order.
 * The walk decides what is said; a format (struct mmapc_docformat) only
 * says how each piece looks, escaped for it. Text the walk writes itself
 * is plain ASCII words that need no escaping in either format.
 */
#ifndef MMAPC_GEN_DOCWALK_H
#define MMAPC_GEN_DOCWALK_H

#include <stddef.h>
#include <stdio.h>

#include "catalog.h"
#include "docnotes.h"
#include "emit.h"
#include "results.h"

struct mmapc_docformat {
    const char *template_name; /* "mmap_consts.md.in" */
    const char *target_block;  /* its placeholder of the target block */
    /* @@TARGET@@ and @@VERSION@@: TEXT within a line, escaped */
    void (*put_inline)(FILE *out, const char *text);
    /* the target block: whole lines */
    void (*put_target)(FILE *out, const struct mmapc_docnotes *dn);
    /* LEAD (plain text), then the names of FACTS whose value is "yes"
     * (YES 1) or is not (YES 0), then a full stop: a paragraph */
    void (*put_fact_list)(FILE *out, const char *lead,
                          const struct mmapc_facts *facts, int yes);
    /* between two paragraphs */
    void (*put_paragraph_break)(FILE *out);
    /* the line of family FAM in the summary */
    void (*put_summary)(FILE *out, const struct mmapc_family *fam,
                        size_t present, size_t total);
    /* the heading of family FAM, the F-th of the catalog (from 0) */
    void (*put_family_heading)(FILE *out, const struct mmapc_family *fam,
                               size_t f);
    /* after a family's count, before its first symbol; may be NULL */
    void (*put_symbols_begin)(FILE *out);
    /* symbol I: its value, description, CPython version and notes */
    void (*put_symbol)(FILE *out, const struct mmapc_docnotes *dn, size_t i);
};

/* Write the document of format FMT from IN. MMAPC_OK, or MMAPC_ERR after
 * reporting. */
int mmapc_docwalk(FILE *out, const struct mmapc_input *in,
                  const struct mmapc_docformat *fmt);

/* How many of FACTS have the value "yes" (headers, functions found). */
size_t mmapc_doc_count_yes(const struct mmapc_facts *facts);

#endif
