/* fuzz_catalog.c: libFuzzer harness for the catalog parser (gen/model/catalog.c)
 * and the line reader under it (gen/core/lines.c). `make fuzz` builds and runs
 * it; docs/robustness.md has the details.
 *
 * The input is a catalog file. Beyond the sanitizers, the harness checks
 * (fuzz_common.h) that a load fails if and only if it reports FILE:LINE:
 * errors with a line inside the input, and that a catalog that loads is
 * consistent. Then it loads the same input again as an extra catalog,
 * which must fail (every name repeats), and writes every output format for
 * the catalog with made-up results, so names, titles and descriptions that
 * the parser lets through reach the emitters too.
 */
#if !defined(_POSIX_C_SOURCE) || _POSIX_C_SOURCE < 200809L
#undef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L /* open_memstream */
#endif

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "diag.h"
#include "fuzz_common.h"
#include "results.h"

#define CATALOG_NAME "fuzz.def"
#define RESULTS_NAME "fuzz-results.txt"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char results_head[] = "mmapc-results 1\n"
                                   "target x86_64-pc-linux-gnu\n"
                                   "os linux-gnu\n"
                                   "cpu x86_64\n"
                                   "libc glibc 2.36\n"
                                   "cc fuzz 1.0\n"
                                   "cross_compiling no\n"
                                   "sizeof int 4\n"
                                   "sizeof long 8\n"
                                   "sizeof long_long 8\n"
                                   "sizeof pointer 8\n"
                                   "predef __x86_64__ 1\n"
                                   "header sys/mman.h yes\n"
                                   "function madvise yes\n"
                                   "madvise_addr_type void *\n";

/* Results for the kinds flag and int: absent, present without a value, and
 * values that need each literal form. */
static const char *const int_results[] = { "no",
                                           "yes",
                                           "0x0",
                                           "0x1",
                                           "-0x1",
                                           "0x7fffffff",
                                           "0x80000000",
                                           "0x100000000",
                                           "0xffffffffffffffff",
                                           "-0x80000000",
                                           "-0x8000000000000000",
                                           "4096" };

/* Made-up results for CAT, the choices driven by the input's bytes. */
static void make_results(const struct mmapc_catalog *cat, const uint8_t *data,
                         size_t size, char **text, size_t *len)
{
    FILE *fp = open_memstream(text, len);
    size_t i;

    if (fp == NULL)
        abort();
    fputs(results_head, fp);
    for (i = 0; i < cat->nsymbols; i++) {
        const struct mmapc_symdef *s = &cat->symbols[i];
        unsigned pick = (unsigned)(data[(i * 7) % size] + i);

        if (s->kind == MMAPC_K_POINTER || s->kind == MMAPC_K_MACRO)
            fprintf(fp, "symbol %s %s\n", s->name, pick % 2 ? "yes" : "no");
        else
            fprintf(fp, "symbol %s %s\n", s->name,
                    int_results
                        [pick % (sizeof int_results / sizeof int_results[0])]);
    }
    if (fclose(fp) != 0)
        abort();
}

static void with_results(const struct mmapc_catalog *cat, const uint8_t *data,
                         size_t size)
{
    struct mmapc_results res;
    char *text = NULL;
    size_t len = 0;
    FILE *fp;
    int rc;

    make_results(cat, data, size, &text, &len);
    fuzz_name_file(RESULTS_NAME, (const uint8_t *)text, len);
    mmapc_results_init(&res);
    fp = fuzz_open((const uint8_t *)text, len);
    fuzz_diag_begin();
    rc = mmapc_results_load_stream(&res, fp, RESULTS_NAME, cat);
    fuzz_diag_end(rc, "loading made-up results");
    fuzz_close(fp);
    /* the results are well-formed: only a catalog name that is also a
     * results keyword could upset them, and names are never keywords */
    if (rc != MMAPC_OK) {
        fputs("fuzz: made-up results for a valid catalog fail\n", stderr);
        abort();
    }
    fuzz_check_results(&res, cat);
    fuzz_emit_all(cat, &res);
    mmapc_results_free(&res);
    free(text);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct mmapc_catalog cat;
    size_t nsymbols, nfamilies;
    FILE *fp;
    int rc;

    fuzz_name_file(CATALOG_NAME, data, size);
    mmapc_catalog_init(&cat);
    fp = fuzz_open(data, size);
    fuzz_diag_begin();
    rc = mmapc_catalog_load_stream(&cat, fp, CATALOG_NAME);
    fuzz_diag_end(rc, "loading the catalog");
    fuzz_close(fp);
    if (rc == MMAPC_OK) {
        fuzz_check_catalog(&cat);
        /* again, as an extra catalog: every name repeats */
        nsymbols = cat.nsymbols;
        nfamilies = cat.nfamilies;
        fp = fuzz_open(data, size);
        fuzz_diag_begin();
        rc = mmapc_catalog_load_stream(&cat, fp, CATALOG_NAME);
        fuzz_diag_end(rc, "loading the catalog twice");
        fuzz_close(fp);
        if (rc != MMAPC_ERR || cat.nsymbols != nsymbols
            || cat.nfamilies != nfamilies) {
            fputs("fuzz: a catalog loaded twice did not fail cleanly\n",
                  stderr);
            abort();
        }
        with_results(&cat, data, size);
    }
    mmapc_catalog_free(&cat);
    return 0;
}
