/* merge_input.h: one input of mmapc-gen merge, a mmap_consts.json, read
 * and checked against the schema of docs/generator.md (gen/merge/merge_input.c).
 * Private to the merge code.
 */
#ifndef MMAPC_GEN_MERGE_INPUT_H
#define MMAPC_GEN_MERGE_INPUT_H

#include "json_read.h"

/* Longest text taken from an input: a line of a catalog or of the results
 * holds it with room to spare. */
#define MMAPC_MERGE_TEXT_MAX 800
/* How many missing constants or differences are listed before giving up. */
#define MMAPC_MERGE_REPORT_MAX 20

/* One input while it is read. */
struct mmapc_jinput {
    const char *file;
    struct mmapc_json doc;
    const struct mmapc_jvalue *target, *sizes, *headers, *functions, *madvise,
        *constants, *predefs, *families, *version;
};

/* Read IN->file and check the schema; the members are found for later.
 * MMAPC_OK, or MMAPC_ERR after reporting. */
int mmapc_jinput_read(struct mmapc_jinput *in);

/* The string member KEY of OBJ, or NULL. */
const char *mmapc_jinput_text(const struct mmapc_jvalue *obj, const char *key);
/* 1 when the member KEY of OBJ is true. */
int mmapc_jinput_bool(const struct mmapc_jvalue *obj, const char *key);

/* 1 when C is a letter, a digit, _ or one of EXTRA. */
int mmapc_jinput_name_char(int c, const char *extra);

#endif
