/* diag.h: error reporting for mmapc-gen.
 *
 * Every error goes to one stream (stderr unless a test redirects it) as
 *   FILE:LINE: message        an error at a line of an input file
 *   FILE: message             an error about a whole file (cannot open, ...)
 *   mmapc-gen: message        an error with no file (command line)
 * FILE is spelled as the user gave it on the command line.
 * The functions return MMAPC_ERR so a caller can write
 *   return mmapc_error_at(file, line, "...");
 */
#ifndef MMAPC_GEN_DIAG_H
#define MMAPC_GEN_DIAG_H

#include <stdio.h>

#define MMAPC_OK 0
#define MMAPC_ERR (-1)

#if defined(__GNUC__)
#define MMAPC_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define MMAPC_PRINTF(f, a)
#endif

/* The program name used when there is no file ("mmapc-gen"). */
void mmapc_diag_set_program(const char *name);

/* Where diagnostics go; NULL restores stderr. Used by the unit tests. */
void mmapc_diag_set_stream(FILE *stream);

/* How many errors were reported so far. */
unsigned long mmapc_diag_count(void);

int mmapc_error_at(const char *file, unsigned long line, const char *fmt, ...)
    MMAPC_PRINTF(3, 4);
int mmapc_error_file(const char *file, const char *fmt, ...)
    MMAPC_PRINTF(2, 3);
int mmapc_error(const char *fmt, ...) MMAPC_PRINTF(1, 2);
/* "mmapc-gen: out of memory": no input is to blame. */
int mmapc_out_of_memory(void);

#endif
