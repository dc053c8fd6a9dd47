/* emit_header.h: mmap_consts.h, written by gen/emit/emit_header.c and the
 * files it shares the work with (gen/emit/emit_header_check.c,
 * gen/emit/emit_header_guard.c, gen/emit/emit_header_text.c). The merged header of
 * several targets (gen/merge/merge_header.c, gen/merge/merge_choice.c) reuses these
 * parts, so that every branch of a merged header says exactly what the
 * single-target header of that target says.
 */
#ifndef MMAPC_GEN_EMIT_HEADER_H
#define MMAPC_GEN_EMIT_HEADER_H

#include <stdio.h>

#include "emit.h"

/* Flags of mmapc_header_part. */
#define MMAPC_HEADER_BRIEF                                                    \
    1u /* SYMBOLS without the per-symbol comments
                                   that repeat the catalog's descriptions */

/* gen/emit/emit_header.c: the placeholders of templates/mmap_consts.h.in. */

/* Write what the single-target header writes for placeholder NAME of
 * templates/mmap_consts.h.in (BLOCK: alone on its line). Returns a
 * MMAPC_FILL_* code of template.h. Call mmapc_header_check first. */
int mmapc_header_part(FILE *out, const char *name, int block,
                      const struct mmapc_input *in, unsigned flags);

/* gen/emit/emit_header_check.c: the checks before anything is written. */

/* The checks mmapc_emit_header makes before writing anything: every value
 * fits a type of the target, no macro name has two sources. MMAPC_OK, or
 * MMAPC_ERR after reporting. */
int mmapc_header_check(const struct mmapc_input *in);

/* gen/emit/emit_header_guard.c: the target check. */

/* The block TARGET_GUARD: an #error for a compiler that lacks a predefined
 * macro of the target, defines one otherwise, or defines an
 * operating-system macro the target's compiler did not. */
void mmapc_header_put_target_guard(FILE *out, const struct mmapc_results *res);

/* The operating-system macros the target checks know (N of them), the
 * more specific first; 1 when NAME is one of them. The checks test them
 * for being defined only, and require those the target's compiler did not
 * define to be undefined. */
const char *const *mmapc_header_os_macros(size_t *n);
int mmapc_header_is_os_macro(const char *name);

/* 1 when PREDEFS (a results' predef lines) has NAME. */
int mmapc_header_predef_has(const struct mmapc_facts *predefs,
                            const char *name);

/* 1 when the target checks compare the value of predefined macro P: an
 * integer, and P no operating-system macro (whose value is a release).
 * Then NUM holds the value in decimal, and EXPR the same as the checks
 * write it in #if, parenthesised when negative. */
int mmapc_header_predef_value(const struct mmapc_fact *p,
                              char num[MMAPC_INTVAL_BUFSIZE],
                              char expr[MMAPC_INTVAL_BUFSIZE + 2]);

/* Writes the #error after a failed test of predefined macro NAME: NUM is
 * NULL when the compiler does not define it, else the value it does not
 * have. */
typedef void (*mmapc_predef_report)(FILE *out, const char *name,
                                    const char *num, const void *ctx);

/* The #if/#elif cascade that fails unless the compiler predefines each
 * macro of PREDEFS as the target's compiler did: "#if !defined(NAME)"
 * ("#elif" after the first), then "#elif (NAME) != VALUE" where
 * mmapc_header_predef_value gives one, each followed by REPORT's #error.
 * Returns the number of macros: 0 when nothing was written (the caller's
 * cascade then still starts with #if). */
size_t mmapc_header_put_predef_tests(FILE *out,
                                     const struct mmapc_facts *predefs,
                                     mmapc_predef_report report,
                                     const void *ctx);

/* gen/emit/emit_header_text.c: how the header spells text. */

/* A C string literal, escaped as in the header (no trigraph can form). */
void mmapc_header_c_string(FILE *out, const char *s);

/* TEXT wrapped at the header's comment width after LEAD, inside an open
 * comment; no comment delimiter or trigraph can form. */
void mmapc_header_comment(FILE *out, const char *lead, const char *text);

/* MMAPC_HAVE_ + NAME in capitals, other characters as '_' (sys/mman.h ->
 * MMAPC_HAVE_SYS_MMAN_H), into BUF of SIZE bytes (room for MMAPC_LINE_MAX
 * + 16 holds any). */
void mmapc_header_have_macro(char *buf, size_t size, const char *name);

#endif
