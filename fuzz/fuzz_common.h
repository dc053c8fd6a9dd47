/* fuzz_common.h: shared by the libFuzzer harnesses of fuzz/ (fuzz_catalog.c,
 * fuzz_results.c); docs/robustness.md says how to build and run them.
 *
 * The parsers read from a stream (mmapc_catalog_load_stream,
 * mmapc_results_load_stream), so an input is parsed straight from memory
 * through fmemopen. Besides crashes, leaks and undefined behaviour (the
 * sanitizers), the harnesses check what docs/generator.md promises about
 * errors, and abort when it does not hold:
 * - a load fails if and only if it reported an error;
 * - every diagnostic line is "FILE:LINE: message" or "FILE: message" with a
 *   FILE the harness gave and a LINE within that file (at most one past its
 *   last newline), in printable ASCII;
 * - a parse that succeeded yields a consistent catalog or results;
 * - every output format can be written from what parsed.
 */
#ifndef MMAPC_FUZZ_COMMON_H
#define MMAPC_FUZZ_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "catalog.h"
#include "results.h"

/* A FILE reading SIZE bytes at DATA (copied: the harness keeps nothing). */
FILE *fuzz_open(const uint8_t *data, size_t size);
void fuzz_close(FILE *fp);

/* A file name the diagnostics may use, and its contents (the LINE bound). */
void fuzz_name_file(const char *name, const uint8_t *data, size_t size);
/* Names that stay valid across inputs (fixed catalogs); LINES lines. */
void fuzz_name_fixed(const char *name, unsigned long lines);

/* Capture diagnostics from here... */
void fuzz_diag_begin(void);
/* ...to here, and check them against the outcome: RC of the load (MMAPC_OK
 * or MMAPC_ERR). Aborts when they do not match. */
void fuzz_diag_end(int rc, const char *what);

/* Abort unless CAT is consistent (names unique and found by the index,
 * families in range, at least one symbol). */
void fuzz_check_catalog(const struct mmapc_catalog *cat);
/* Abort unless RES is consistent with CAT after a successful load. */
void fuzz_check_results(const struct mmapc_results *res,
                        const struct mmapc_catalog *cat);

/* Write every output format from CAT and RES to /dev/null. The header's
 * own checks (values that fit no type, macro clashes) may fail; those
 * failures are checked like a load's. */
void fuzz_emit_all(const struct mmapc_catalog *cat,
                   const struct mmapc_results *res);

#endif
