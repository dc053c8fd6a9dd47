/* template.h: fill the skeletons of templates/ (embedded by gen/embed.awk).
 *
 * Template syntax (also described at the top of each template):
 * - a line starting with "@@#" is a template comment and is dropped;
 * - @@NAME@@ (NAME of A-Z, 0-9 and _) is a placeholder. Alone on its line it
 *   is a block: the whole line is replaced by what the filler writes, zero or
 *   more complete lines. Anywhere else it is inline: replaced within the line,
 *   and the filler must not write a newline;
 * - everything else is copied as it is.
 */
#ifndef MMAPC_GEN_TEMPLATE_H
#define MMAPC_GEN_TEMPLATE_H

#include <stdio.h>

/* An embedded template: its file name and its lines, without newlines,
 * ending with NULL. */
struct mmapc_template {
    const char *name;
    const char *const *lines;
};

/* Generated from templates/ (gen/templates.c in the build tree). */
extern const struct mmapc_template mmapc_templates[];
extern const unsigned mmapc_ntemplates;

/* The template called NAME ("mmap_consts.h.in"), or NULL. */
const struct mmapc_template *mmapc_template_find(const char *name);

/* The same for a template the generator needs: NULL only after reporting
 * the internal error of one that is not built in. */
const struct mmapc_template *mmapc_template_get(const char *name);

/* What a filler returns. */
#define MMAPC_FILL_OK 0
#define MMAPC_FILL_UNKNOWN 1  /* no such placeholder: reported by caller */
#define MMAPC_FILL_ERROR (-1) /* an error, already reported */

/* Writes the text for placeholder NAME; BLOCK says whether it stands alone
 * on its line. */
typedef int (*mmapc_filler)(FILE *out, const char *name, int block, void *ctx);

/* Write TMPL to OUT, filling its placeholders. MMAPC_OK, or MMAPC_ERR after
 * reporting. */
int mmapc_template_fill(FILE *out, const struct mmapc_template *tmpl,
                        mmapc_filler fill, void *ctx);

/* mmapc_template_fill of the template called NAME (mmapc_template_get). */
int mmapc_template_fill_named(FILE *out, const char *name, mmapc_filler fill,
                              void *ctx);

#endif
