/* testutil.h: helpers shared by the generator's Check unit tests. */
#ifndef MMAPC_TESTUTIL_H
#define MMAPC_TESTUTIL_H

#include <check.h>
#include <stddef.h>
#include <stdio.h>

#include "catalog.h"
#include "emit.h"
#include "results.h"
#include "suites.h"

/* A temporary stream holding LEN bytes of DATA, positioned at the start. */
FILE *tu_stream(const char *data, size_t len);
/* The same for a NUL-terminated string. */
FILE *tu_stream_str(const char *text);

/* Capture the generator's diagnostics from now on. */
void tu_diag_begin(void);
/* Everything reported since tu_diag_begin (static buffer); stops capturing. */
const char *tu_diag_end(void);

/* $top_srcdir/tests/data/NAME (static buffer). */
const char *tu_data(const char *name);

/* A fresh temporary directory (static buffer), and PATH under it. The
 * directory is removed with all it holds at the next call and at exit. */
const char *tu_tmpdir(void);
const char *tu_tmppath(const char *name);

/* Whole-file helpers; tu_slurp returns a malloc'd NUL-terminated copy, or
 * NULL when the file cannot be read. */
char *tu_slurp(const char *path);
int tu_write(const char *path, const char *text);
/* Asserts that the file at PATH holds WANT. */
void tu_file_is(const char *path, const char *want);

/* Each test file lists its tests in a macro TESTS(X), X(test_a) X(test_b)
 * ..., and adds them to its test case tc with TESTS(TU_ADD_TEST). */
#define TU_ADD_TEST(test) tcase_add_test(tc, test);

/* An input text that must be refused, and the exact diagnostic. */
struct tu_bad_text {
    const char *text;
    const char *diag;
};

/* The number of elements of the array A. */
#define TU_COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* Adds the loop test TEST, run once for each element of the array CASES
 * (its index is _i), to the test case tc. */
#define TU_ADD_LOOP_TEST(test, cases)                                         \
    tcase_add_loop_test(tc, test, 0, TU_COUNT(cases));

/* Defines Suite *mmapc_suite_NAME(void): one test case NAME, given to the
 * statements SETUP (as tc: fixtures, loop tests, a timeout), then the
 * tests of the file's TESTS list. */
/* clang-format off */
#define TU_SUITE_WITH(name, setup)                                            \
    Suite *mmapc_suite_##name(void)                                           \
    {                                                                         \
        TCase *tc = tcase_create(#name);                                      \
                                                                              \
        setup                                                                 \
        TESTS(TU_ADD_TEST)                                                    \
        return tu_suite(#name, tc);                                           \
    }
/* clang-format on */

/* The same without SETUP. */
#define TU_SUITE(name) TU_SUITE_WITH(name, )

/* The suite NAME of the one test case TC, for the registry (suites.h). */
Suite *tu_suite(const char *name, TCase *tc);

/* Count the entries of directory DIR (without . and ..), or -1. */
int tu_count_entries(const char *dir);

/* Load a catalog, or catalog + results, from strings; return what the
 * loader returned. The names are used in diagnostics. */
int tu_catalog(struct mmapc_catalog *cat, const char *name, const char *text);
int tu_results(struct mmapc_results *res, const char *name, const char *text,
               const struct mmapc_catalog *cat);

/* Load tests/data/catalog-small.def, catalog-extra.def and RESULTS, and
 * set up IN with the version "9.9-test". */
void tu_load_data(struct mmapc_catalog *cat, struct mmapc_results *res,
                  const char *results, struct mmapc_input *in);

/* Load tests/data/catalog-escapes.def and results-escapes.txt (names and
 * notes that need escaping in every format), and set up IN likewise. */
void tu_load_escapes(struct mmapc_catalog *cat, struct mmapc_results *res,
                     struct mmapc_input *in);

/* EMIT on the escapes data (tu_load_escapes); the output (malloc'd). */
char *tu_emit_escapes(mmapc_emitter emit, struct mmapc_catalog *cat,
                      struct mmapc_results *res);

/* EMIT on tu_load_data's catalogs and RESULTS must give exactly the file
 * tests/data/EXPECTED. */
void tu_golden(mmapc_emitter emit, const char *results, const char *expected);

/* Run EMIT into a string (malloc'd), returning the emitter's result in *rc. */
char *tu_emit(mmapc_emitter emit, const struct mmapc_input *in, int *rc);

/* Run EMIT on a one-symbol catalog whose results have the header and
 * function lines FACTS ("function f yes\n..."); the output (malloc'd). */
char *tu_emit_facts(mmapc_emitter emit, const char *facts);

/* Run EMIT on a format 2 results file with provenance: MAP_RENAME is 0x20
 * from linux/mman.h, sys/mman.h says 2048 and asm/mman.h defines it as no
 * integer; MAP_X is 0x40 from a header not told; MAP_GONE is absent. The
 * output (malloc'd). */
char *tu_emit_provenance(mmapc_emitter emit);

#endif
