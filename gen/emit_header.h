/* emit_header.h: the parts of mmap_consts.h (gen/emit_header.c) that the
 * merged header of several targets (gen/merge_header.c) reuses, so that
 * every branch of a merged header says exactly what the single-target
 * header of that target says.
 */
#ifndef MMAPC_GEN_EMIT_HEADER_H
#define MMAPC_GEN_EMIT_HEADER_H

#include <stdio.h>

#include "emit.h"

/* Flags of mmapc_header_part. */
#define MMAPC_HEADER_BRIEF 1u   /* SYMBOLS without the per-symbol comments
                                   that repeat the catalog's descriptions */

/* The checks mmapc_emit_header makes before writing anything: every value
 * fits a type of the target, no macro name has two sources. MMAPC_OK, or
 * MMAPC_ERR after reporting. */
int mmapc_header_check(const struct mmapc_input *in);

/* Write what the single-target header writes for placeholder NAME of
 * templates/mmap_consts.h.in (BLOCK: alone on its line). Returns a
 * MMAPC_FILL_* code of template.h. Call mmapc_header_check first. */
int mmapc_header_part(FILE *out, const char *name, int block,
                      const struct mmapc_input *in, unsigned flags);

/* A C string literal, escaped as in the header (no trigraph can form). */
void mmapc_header_c_string(FILE *out, const char *s);

/* TEXT wrapped at the header's comment width after LEAD, inside an open
 * comment; no comment delimiter or trigraph can form. */
void mmapc_header_comment(FILE *out, const char *lead, const char *text);

#endif
