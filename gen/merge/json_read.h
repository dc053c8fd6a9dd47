/* json_read.h: a small, strict JSON reader (RFC 8259) for mmapc-gen merge,
 * which reads the mmap_consts.json files of several targets.
 *
 * The whole text is parsed into a tree before anyone looks at it. Strict:
 * one value and nothing after it but blanks; no comments, no trailing
 * commas, no duplicate keys in an object, no control characters in
 * strings, valid UTF-8 only, every escape checked (a lone surrogate is an
 * error). Strings may not hold U+0000, so every string is a C string.
 * Integers are read exactly over -2^63 .. 2^64-1 (as mmapc_intval), not as
 * doubles. Safe on any input: no recursion (nesting is tracked on a bounded
 * stack, MMAPC_JSON_DEPTH_MAX), bounded file size, every access checked.
 * Errors are reported as FILE:LINE: message through diag.h.
 */
#ifndef MMAPC_GEN_JSON_READ_H
#define MMAPC_GEN_JSON_READ_H

#include <stddef.h>

#include "intval.h"

#define MMAPC_JSON_DEPTH_MAX 64
#define MMAPC_JSON_SIZE_MAX (64UL * 1024 * 1024)

enum mmapc_jtype {
    MMAPC_J_NULL,
    MMAPC_J_FALSE,
    MMAPC_J_TRUE,
    MMAPC_J_NUMBER,
    MMAPC_J_STRING,
    MMAPC_J_ARRAY,
    MMAPC_J_OBJECT
};

struct mmapc_jvalue {
    enum mmapc_jtype type;
    unsigned long line; /* where the value starts */
    const char *key;    /* its name when it is a member, else NULL */
    const char *text;   /* STRING: decoded (UTF-8, no NUL inside);
                                    NUMBER: as written; else NULL */
    size_t len;         /* strlen(text) */
    int integer;        /* NUMBER: no fraction or exponent, and in
                                    -2^63 .. 2^64-1; then ival holds it */
    struct mmapc_intval ival;
    struct mmapc_jvalue *first; /* ARRAY, OBJECT: first element or member */
    struct mmapc_jvalue *next;  /* next element or member of the parent */
    size_t count;               /* ARRAY, OBJECT: how many */
};

struct mmapc_jchunk;

struct mmapc_json {
    const char *file;            /* the name errors are reported under */
    struct mmapc_jvalue *root;   /* NULL until a parse succeeded */
    struct mmapc_jchunk *chunks; /* private: the nodes */
    char *strings;               /* private: the decoded strings */
};

void mmapc_json_init(struct mmapc_json *doc);
void mmapc_json_free(struct mmapc_json *doc);

/* Parse the LEN bytes of TEXT (need not be NUL-terminated), reporting
 * errors under NAME, which must outlive DOC. MMAPC_OK, or MMAPC_ERR after
 * reporting (DOC then holds nothing). */
int mmapc_json_parse(struct mmapc_json *doc, const char *text, size_t len,
                     const char *name);

/* Read and parse the file PATH (at most MMAPC_JSON_SIZE_MAX bytes); errors
 * are reported under PATH, which must outlive DOC. */
int mmapc_json_load(struct mmapc_json *doc, const char *path);

/* The member KEY of object OBJ, or NULL (also when OBJ is no object). */
const struct mmapc_jvalue *mmapc_json_member(const struct mmapc_jvalue *obj,
                                             const char *key);

/* "null", "false", "true", "a number", "a string", "an array",
 * "an object": for messages. */
const char *mmapc_json_type_name(enum mmapc_jtype type);

#endif
