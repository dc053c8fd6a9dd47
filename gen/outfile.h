/* outfile.h: write an output file atomically.
 *
 * The output is written to a temporary file in the same directory, which is
 * renamed over the output only once everything was written and closed
 * without error. On any error the temporary file is removed and an existing
 * output stays untouched. The name "-" writes to standard output instead
 * (not atomic). So does an output that exists and is neither a regular file
 * nor a directory (/dev/null, /dev/stdout, a FIFO): a rename would replace
 * the special file itself.
 */
#ifndef MMAPC_GEN_OUTFILE_H
#define MMAPC_GEN_OUTFILE_H

#include <stdio.h>

struct mmapc_outfile {
    const char *path;   /* the output, as given */
    char *tmp;          /* the temporary file, NULL for "-" */
    FILE *fp;           /* write here */
    int direct;         /* 1: an existing special file, written in place */
};

/* MMAPC_OK, or MMAPC_ERR after reporting. */
int mmapc_outfile_open(struct mmapc_outfile *of, const char *path);

/* Flush, close and rename. MMAPC_OK, or MMAPC_ERR after reporting (then the
 * temporary is gone and the output untouched). */
int mmapc_outfile_commit(struct mmapc_outfile *of);

/* Give up: close and remove the temporary file. Safe after commit. */
void mmapc_outfile_abort(struct mmapc_outfile *of);

#endif
