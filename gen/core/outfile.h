/* outfile.h: write an output file atomically.
 *
 * The output is collected in memory, written to a temporary file in the
 * same directory (.NAME.tmp-XXXXXX), which is renamed over the output only
 * once everything was written and closed without error. On any error the
 * temporary file is removed and an existing output stays untouched; a
 * failed write is reported with its own reason (No space left on device,
 * File too large...). SIGINT, SIGTERM and SIGHUP remove the temporary file
 * too, then end the program as they would have. The name "-" writes to
 * standard output instead (not atomic). An output that exists and is
 * neither a regular file nor a directory (/dev/null, /dev/stdout, a FIFO)
 * is written in place at the commit: a rename would replace the special
 * file itself. One output is open at a time.
 */
#ifndef MMAPC_GEN_OUTFILE_H
#define MMAPC_GEN_OUTFILE_H

#include <stdio.h>

struct mmapc_outfile {
    const char *path; /* the output, as given */
    char *tmp;        /* the temporary file, NULL for "-" */
    FILE *fp;         /* write here */
    int direct;       /* 1: an existing special file, written in place */
    int fd;           /* the temporary or special file, -1 for "-" */
    char *text;       /* what was written to fp, until the commit */
    size_t size;
};

/* Refuse an output that is one of the N INPUTS (the same device and inode,
 * also through a link): writing it would destroy the input. Call it before
 * anything is written. MMAPC_OK, or MMAPC_ERR after reporting. */
int mmapc_outfile_same_as_input(const char *path, const char *const *inputs,
                                size_t n);

/* MMAPC_OK, or MMAPC_ERR after reporting. */
int mmapc_outfile_open(struct mmapc_outfile *of, const char *path);

/* Flush, close and rename. MMAPC_OK, or MMAPC_ERR after reporting (then the
 * temporary is gone and the output untouched). */
int mmapc_outfile_commit(struct mmapc_outfile *of);

/* Give up: close and remove the temporary file. Safe after commit. */
void mmapc_outfile_abort(struct mmapc_outfile *of);

#endif
