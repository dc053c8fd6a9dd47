/* json_lex.h: the tokens of JSON, for the reader (json_read.c), which
 * builds the tree from them. Each function reads at the parser's position
 * and moves it past what it read; errors are reported as FILE:LINE:
 * message through diag.h and return MMAPC_ERR. */
#ifndef MMAPC_GEN_JSON_LEX_H
#define MMAPC_GEN_JSON_LEX_H

#include <stddef.h>

#include "json_read.h"

struct mmapc_jparser {
    struct mmapc_json *doc;
    const unsigned char *pos, *end;
    unsigned long line;
    char *str; /* doc->strings */
    size_t str_used, str_cap;
};

/* Report MSG at the current line. Returns MMAPC_ERR. */
int mmapc_jlex_error(struct mmapc_jparser *p, const char *msg);

/* What the byte at the current position is, for a message. */
const char *mmapc_jlex_describe(const struct mmapc_jparser *p, char *buf,
                                size_t size);

/* "expected WANTED, found ...". Returns MMAPC_ERR. */
int mmapc_jlex_unexpected(struct mmapc_jparser *p, const char *wanted);

/* Skip blanks, counting lines. */
void mmapc_jlex_skip_blanks(struct mmapc_jparser *p);

/* A string, at its opening quote: *OUT is the decoded text in the string
 * buffer, *LEN its length. */
int mmapc_jlex_string(struct mmapc_jparser *p, const char **out, size_t *len);

/* A number, into V (text as written; the integer when it is one). */
int mmapc_jlex_number(struct mmapc_jparser *p, struct mmapc_jvalue *v);

/* true, false or null, into V. */
int mmapc_jlex_literal(struct mmapc_jparser *p, struct mmapc_jvalue *v);

#endif
