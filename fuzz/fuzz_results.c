/* fuzz_results.c: libFuzzer harness for the probe results parser
 * (gen/model/results.c, gen/model/intval.c) and the line reader under it. `make fuzz`
 * builds and runs it; docs/robustness.md has the details.
 *
 * The input is a probe-results.txt. It is read against three fixed
 * catalogs, so that each kind of seed can parse: the project's own
 * (catalog/symbols.def, for a real probe-results.txt), the test catalogs of
 * tests/data (catalog-small.def and catalog-extra.def, for results-*.txt)
 * and the base catalog of the bad-input corpus (tests/bad-input/good.def).
 * They are found in the source tree named by the environment variable
 * MMAPC_FUZZ_SRCDIR, or else the one this harness was built from. Beyond
 * the sanitizers, the harness checks (fuzz_common.h) that a load fails if
 * and only if it reports FILE:LINE: errors with a line inside the input,
 * and that results that load are consistent; then it writes every output
 * format from them.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "diag.h"
#include "fuzz_common.h"
#include "results.h"

#ifndef MMAPC_FUZZ_SRCDIR
#define MMAPC_FUZZ_SRCDIR "."
#endif

#define RESULTS_NAME "fuzz-results.txt"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const catalog_sets[][3] = {
    { "catalog/symbols.def", NULL, NULL },
    { "tests/data/catalog-small.def", "tests/data/catalog-extra.def", NULL },
    { "tests/bad-input/good.def", NULL, NULL },
};
#define NSETS (sizeof catalog_sets / sizeof catalog_sets[0])

static struct mmapc_catalog catalogs[NSETS];
static char *paths[NSETS][2];

/* The number of lines of PATH (for the diagnostics' line numbers). */
static unsigned long count_lines(const char *path)
{
    FILE *fp = fopen(path, "rb");
    unsigned long n = 0;
    int c;

    if (fp == NULL)
        return 0;
    while ((c = getc(fp)) != EOF)
        n += c == '\n';
    fclose(fp);
    return n;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    const char *top = getenv("MMAPC_FUZZ_SRCDIR");
    size_t s, f;

    (void)argc;
    (void)argv;
    if (top == NULL || *top == '\0')
        top = MMAPC_FUZZ_SRCDIR;
    for (s = 0; s < NSETS; s++) {
        mmapc_catalog_init(&catalogs[s]);
        for (f = 0; f < 2 && catalog_sets[s][f] != NULL; f++) {
            char *path = malloc(strlen(top) + strlen(catalog_sets[s][f]) + 2);

            if (path == NULL)
                abort();
            sprintf(path, "%s/%s", top, catalog_sets[s][f]);
            paths[s][f] = path;
            if (mmapc_catalog_load(&catalogs[s], path) != MMAPC_OK) {
                fprintf(stderr,
                        "fuzz_results: cannot load %s; set "
                        "MMAPC_FUZZ_SRCDIR to the source tree\n",
                        path);
                exit(1);
            }
            fuzz_name_fixed(path, count_lines(path));
        }
    }
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct mmapc_results res;
    size_t s;
    FILE *fp;
    int rc;

    fuzz_name_file(RESULTS_NAME, data, size);
    for (s = 0; s < NSETS; s++) {
        mmapc_results_init(&res);
        fp = fuzz_open(data, size);
        fuzz_diag_begin();
        rc = mmapc_results_load_stream(&res, fp, RESULTS_NAME, &catalogs[s]);
        fuzz_diag_end(rc, "loading the results");
        fuzz_close(fp);
        if (rc == MMAPC_OK) {
            fuzz_check_results(&res, &catalogs[s]);
            fuzz_emit_all(&catalogs[s], &res);
        }
        mmapc_results_free(&res);
    }
    return 0;
}
