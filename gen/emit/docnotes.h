/* docnotes.h: what the generated docs (mmap_consts.md, mmap_consts.7) say
 * about each symbol, shared by gen/emit/emit_markdown.c and gen/emit/emit_man.c so
 * both formats state the same facts. docs/generator.md has the rules.
 *
 * The value column: the value in hex ("0x20", "-0x1"), "absent" when the
 * target's headers do not define the name, "present" when they do but it
 * has no integer value (pointers, function-like macros, objects).
 *
 * The notes, in this order, separated by "; ":
 *   same value as A, B    present integer names of the same family with
 *                         the same nonzero value (MAP_ANON, MAP_ANONYMOUS);
 *   defined as 0: no effect
 *                         a present flag whose value is 0, so OR-ing it
 *                         changes nothing (MAP_FILE on Linux) -- except the
 *                         flags for which 0 is the meaning itself
 *                         (mmapc_zero_is_meaningful);
 *   not an integer        a present pointer or macro;
 *   not a constant expression
 *                         a present flag or int with no integer value (an
 *                         extern const object, say);
 *   HEADER says VALUE     a present name that another probed header
 *                         defines with another value (results format 2:
 *                         conflict lines), one note per header; "HEADER
 *                         defines it otherwise, not as an integer" when
 *                         that definition has no integer value;
 *   differs between architectures
 *                         the catalog's ",archdep" attribute.
 *
 * The catalog is arranged for the docs once per output (struct
 * mmapc_docnotes): each family's symbols, the counts, and the groups of
 * names with the same value. Asking each family or each symbol in turn to
 * scan the whole catalog made a catalog of 40,000 families take seconds
 * (docs/robustness.md).
 */
#ifndef MMAPC_GEN_DOCNOTES_H
#define MMAPC_GEN_DOCNOTES_H

#include <stddef.h>
#include <stdio.h>

#include "emit.h"

/* Room for any value text. */
#define MMAPC_DOCVALUE_BUFSIZE 48

/* The catalog and results arranged for the docs. Read it through the
 * functions below. */
struct mmapc_docnotes {
    const struct mmapc_input *in;
    /* Family F's symbols, in catalog order, are by_family[family_start[F]]
     * up to by_family[family_start[F + 1]] (excluded). */
    size_t *family_start;
    size_t *by_family;
    size_t *family_present; /* per family: how many are present */
    size_t present;         /* in all */
    /* The symbols that can have aliases (an integer kind with a nonzero
     * value), sorted by family, value, then catalog order, so that a
     * group of the same value is a run; per symbol, its run in it (an
     * empty one for the others). */
    size_t *aliases;
    size_t *alias_start, *alias_end;
};

/* Arrange IN for the docs; IN must outlive DN. MMAPC_OK, or MMAPC_ERR
 * after reporting (out of memory). */
int mmapc_docnotes_init(struct mmapc_docnotes *dn,
                        const struct mmapc_input *in);
void mmapc_docnotes_free(struct mmapc_docnotes *dn);

/* 1 when symbol I is present on the target (with or without a value). */
int mmapc_doc_present(const struct mmapc_input *in, size_t i);

/* The header column of symbol I: the probed header whose definition gives
 * its value, or NULL when absent or not known (results format 1). */
const char *mmapc_doc_header(const struct mmapc_input *in, size_t i);

/* The value column of symbol I: hex, "absent" or "present". */
const char *mmapc_doc_value(const struct mmapc_input *in, size_t i, char *buf,
                            size_t size);

/* 1 for the flags whose value 0 is their meaning, not "no effect":
 * PROT_NONE (no access), MAP_PRIVATE (0 on Hurd: not shared), MAP_VARIABLE
 * (let the system choose), MS_SYNC (0 on FreeBSD: not asynchronous),
 * MS_OLDSYNC (0 by definition). */
int mmapc_zero_is_meaningful(const char *name);

/* The symbols of family FAMILY, in catalog order: *N indices. */
const size_t *mmapc_doc_family_symbols(const struct mmapc_docnotes *dn,
                                       size_t family, size_t *n);

/* How many symbols family FAMILY has, and how many of them are present. */
void mmapc_doc_family_count(const struct mmapc_docnotes *dn, size_t family,
                            size_t *total, size_t *present);

/* How many symbols are present in all. */
size_t mmapc_doc_present_count(const struct mmapc_docnotes *dn);

/* Write the notes of symbol I (see above) to OUT, names through PUT_NAME
 * and the rest as it is (plain ASCII words, ':' and ','; nothing that needs
 * escaping in Markdown or roff); nothing at all when there are none.
 * Returns the number of notes. OUT NULL: only count them. */
size_t mmapc_doc_put_notes(FILE *out, const struct mmapc_docnotes *dn,
                           size_t i,
                           void (*put_name)(FILE *out, const char *name));

#endif
