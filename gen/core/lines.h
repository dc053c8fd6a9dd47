/* lines.h: read the line-oriented input formats of docs/formats.md.
 *
 * Every line is checked against the rules all formats share: bytes 0x20-0x7e
 * and TAB only (a NUL, a CR, any other control byte or a non-ASCII byte is an
 * error), at most MMAPC_LINE_MAX bytes before the LF, and a final LF (a last
 * line without one is reported as truncated). Errors are reported as
 * FILE:LINE: message through diag.h.
 */
#ifndef MMAPC_GEN_LINES_H
#define MMAPC_GEN_LINES_H

#include <stddef.h>
#include <stdio.h>

#define MMAPC_LINE_MAX 1023

struct mmapc_lines {
    FILE *fp;
    const char *name;     /* the file's name, as given by the user */
    unsigned long lineno; /* number of the line last returned */
    int owned;            /* 1 when mmapc_lines_close must fclose fp */
    char buf[MMAPC_LINE_MAX + 1];
};

/* Open PATH for reading. MMAPC_OK, or MMAPC_ERR after reporting. */
int mmapc_lines_open(struct mmapc_lines *lr, const char *path);

/* Read from an already open stream, reporting errors under NAME. The stream
 * is not closed by mmapc_lines_close. */
void mmapc_lines_attach(struct mmapc_lines *lr, FILE *fp, const char *name);

/* Read the next line. Returns 1 and sets *line (NUL-terminated, without the
 * LF, valid until the next call) and *len, 0 at the end of the file, or
 * MMAPC_ERR after reporting an error (then stop reading). */
int mmapc_lines_next(struct mmapc_lines *lr, const char **line, size_t *len);

void mmapc_lines_close(struct mmapc_lines *lr);

#endif
