/* test-results.c: the probe results parser (gen/model/results.c), read against a
 * catalog; good and bad input. */
#include <string.h>

#include "catalog.h"
#include "diag.h"
#include "results.h"
#include "testutil.h"

/* ---------------------------------------------------- the real test data */

static struct mmapc_catalog data_cat;

static void load_data_catalog(void)
{
    mmapc_catalog_init(&data_cat);
    ck_assert_int_eq(mmapc_catalog_load(&data_cat,
                                        tu_data("catalog-small.def")),
                     MMAPC_OK);
    ck_assert_int_eq(mmapc_catalog_load(&data_cat,
                                        tu_data("catalog-extra.def")),
                     MMAPC_OK);
}

static const struct mmapc_symres *sym(const struct mmapc_results *res,
                                      const char *name)
{
    size_t i = mmapc_catalog_find(&data_cat, name);

    ck_assert_msg(i != (size_t)-1, "%s not in the catalog", name);
    return &res->symbols[i];
}

START_TEST(test_lp64)
{
    struct mmapc_results res;
    const struct mmapc_symres *r;

    load_data_catalog();
    mmapc_results_init(&res);
    ck_assert_int_eq(mmapc_results_load(&res, tu_data("results-lp64.txt"),
                                        &data_cat),
                     MMAPC_OK);
    ck_assert_str_eq(res.target, "x86_64-pc-linux-gnu");
    ck_assert_str_eq(res.os, "linux-gnu");
    ck_assert_str_eq(res.cpu, "x86_64");
    ck_assert_str_eq(res.libc, "glibc 2.36");
    ck_assert_str_eq(res.cc, "gcc (Debian 12.2.0-14+deb12u1) 12.2.0");
    ck_assert_int_eq(res.cross_compiling, 0);
    ck_assert_uint_eq(res.sizeof_int, 4);
    ck_assert_uint_eq(res.sizeof_long, 8);
    ck_assert_uint_eq(res.sizeof_long_long, 8);
    ck_assert_uint_eq(res.sizeof_pointer, 8);
    ck_assert_uint_eq(res.predefs.count, 4);
    ck_assert_str_eq(res.predefs.items[0].name, "__x86_64__");
    ck_assert_str_eq(res.predefs.items[0].value, "1");
    ck_assert_str_eq(res.predefs.items[3].value, "__ORDER_LITTLE_ENDIAN__");
    ck_assert_uint_eq(res.headers.count, 3);
    ck_assert_str_eq(res.headers.items[2].name, "linux/memfd.h");
    ck_assert_int_eq(mmapc_fact_yes(&res.headers.items[0]), 1);
    ck_assert_int_eq(mmapc_fact_yes(&res.headers.items[2]), 0);
    ck_assert_uint_eq(res.functions.count, 3);
    ck_assert_str_eq(res.functions.items[1].name, "posix_madvise");
    ck_assert_str_eq(res.madvise_addr_type, "void *");
    ck_assert_uint_eq(res.nsymbols, 20);

    r = sym(&res, "PROT_NONE");
    ck_assert_int_eq(r->state, MMAPC_RES_VALUE);
    ck_assert(r->value.magnitude == 0 && !r->value.negative);
    ck_assert_int_eq(sym(&res, "MAP_ALIGNED")->state, MMAPC_RES_NO);
    ck_assert_int_eq(sym(&res, "MAP_FAILED")->state, MMAPC_RES_YES);
    ck_assert_int_eq(sym(&res, "MMAPCTEST_CONST")->state, MMAPC_RES_YES);
    r = sym(&res, "MMAPCTEST_UMAX");
    ck_assert(r->value.magnitude == UINT64_MAX && !r->value.negative);
    r = sym(&res, "MMAPCTEST_LLMIN");
    ck_assert(r->value.magnitude == UINT64_C(1) << 63 && r->value.negative);
    r = sym(&res, "MMAPCTEST_DEC");
    ck_assert(r->value.magnitude == 4096);
    ck_assert_uint_eq(sym(&res, "MAP_SHARED")->line, 25);
    mmapc_results_free(&res);
    mmapc_catalog_free(&data_cat);
}
END_TEST

START_TEST(test_ilp32)
{
    struct mmapc_results res;
    struct mmapc_ctypes t;

    load_data_catalog();
    mmapc_results_init(&res);
    ck_assert_int_eq(mmapc_results_load(&res, tu_data("results-ilp32.txt"),
                                        &data_cat),
                     MMAPC_OK);
    ck_assert_int_eq(res.cross_compiling, 1);
    ck_assert_ptr_null(res.madvise_addr_type);
    mmapc_results_ctypes(&res, &t);
    ck_assert_uint_eq(t.int_bits, 32);
    ck_assert_uint_eq(t.long_bits, 32);
    ck_assert_uint_eq(t.llong_bits, 64);
    mmapc_results_free(&res);
    mmapc_catalog_free(&data_cat);
}
END_TEST

/* ------------------------------------------------------- bad results */

#define CATALOG                                                               \
    "%family T test\n"                                                        \
    "A T flag - a flag\n"                                                     \
    "B T int - an int\n"                                                      \
    "P T pointer - a pointer\n"                                               \
    "M T macro - a macro\n"

/* Lines 1-12 of a good results file. */
#define HEAD                                                                  \
    "mmapc-results 1\n"                                                       \
    "target t-u-v\n"                                                          \
    "os v\n"                                                                  \
    "cpu t\n"                                                                 \
    "libc unknown\n"                                                          \
    "cc cc 1.0\n"                                                             \
    "cross_compiling no\n"                                                    \
    "sizeof int 4\n"                                                          \
    "sizeof long 8\n"                                                         \
    "sizeof long_long 8\n"                                                    \
    "sizeof pointer 8\n"                                                      \
    "madvise_addr_type none\n"

/* Lines 13-16. */
#define SYMS                                                                  \
    "symbol A 0x1\n"                                                          \
    "symbol B no\n"                                                           \
    "symbol P yes\n"                                                          \
    "symbol M no\n"

static int load_text(const char *text, struct mmapc_results *res,
                     const char **diag)
{
    static struct mmapc_catalog cat;
    int rc;

    mmapc_catalog_init(&cat);
    ck_assert_int_eq(tu_catalog(&cat, "cat.def", CATALOG), MMAPC_OK);
    mmapc_results_init(res);
    tu_diag_begin();
    rc = tu_results(res, "res.txt", text, &cat);
    *diag = tu_diag_end();
    mmapc_results_free(res);
    mmapc_catalog_free(&cat);
    return rc;
}

START_TEST(test_minimal_good)
{
    struct mmapc_results res;
    const char *diag;

    ck_assert_int_eq(load_text(HEAD SYMS, &res, &diag), MMAPC_OK);
    ck_assert_str_eq(diag, "");
    /* blanks around values are allowed; an empty cc and libc too */
    ck_assert_int_eq(load_text("mmapc-results 1\n"
                               "target  \tt-u-v  \n"
                               "os v\ncpu t\nlibc\ncc\n"
                               "cross_compiling yes\n"
                               "sizeof int 2\nsizeof long 4\n"
                               "sizeof long_long 16\nsizeof pointer 2\n"
                               "madvise_addr_type caddr_t\n"
                               "predef __EMPTY__\n"
                               "predef __VAL__ (1 + 2)\n"
                               "symbol A yes\nsymbol B -5\n"
                               "symbol P no\nsymbol M yes\n",
                               &res, &diag),
                     MMAPC_OK);
    ck_assert_str_eq(diag, "");
}
END_TEST

/* A toolchain that cannot link: "link no", functions unknown. */
START_TEST(test_cannot_link)
{
    struct mmapc_catalog cat;
    struct mmapc_results res;

    mmapc_catalog_init(&cat);
    ck_assert_int_eq(tu_catalog(&cat, "cat.def", CATALOG), MMAPC_OK);
    mmapc_results_init(&res);
    tu_diag_begin();
    ck_assert_int_eq(tu_results(&res, "res.txt",
                                HEAD "function mmap unknown\n"
                                     "function madvise yes\nlink no\n" SYMS,
                                &cat),
                     MMAPC_OK);
    ck_assert_str_eq(tu_diag_end(), "");
    ck_assert_int_eq(res.cannot_link, 1);
    ck_assert_uint_eq(res.functions.count, 2);
    ck_assert_int_eq(mmapc_fact_unknown(&res.functions.items[0]), 1);
    ck_assert_int_eq(mmapc_fact_yes(&res.functions.items[0]), 0);
    ck_assert_int_eq(mmapc_fact_unknown(&res.functions.items[1]), 0);
    mmapc_results_free(&res);
    mmapc_catalog_free(&cat);
}
END_TEST

/* The line reader: lines from anywhere, each with its own file and line
 * number, which messages name; the first line is the version line. */
START_TEST(test_line_api)
{
    static const char *const lines[] = { "mmapc-results 1",
                                         "target t-u-v",
                                         "os v",
                                         "cpu t",
                                         "libc unknown",
                                         "cc cc 1.0",
                                         "cross_compiling no",
                                         "sizeof int 4",
                                         "sizeof long 8",
                                         "sizeof long_long 8",
                                         "sizeof pointer 8",
                                         "madvise_addr_type none",
                                         "symbol A 0x1",
                                         "symbol B no",
                                         "symbol P yes",
                                         "symbol M no" };
    struct mmapc_results_reader r;
    struct mmapc_results res;
    struct mmapc_catalog cat;
    const char *diag;
    size_t i;

    mmapc_catalog_init(&cat);
    ck_assert_int_eq(tu_catalog(&cat, "cat.def", CATALOG), MMAPC_OK);
    mmapc_results_init(&res);
    ck_assert_int_eq(mmapc_results_begin(&r, &res, "in.json", &cat), MMAPC_OK);
    for (i = 0; i < sizeof lines / sizeof lines[0]; i++)
        ck_assert_int_eq(mmapc_results_add(&r, "in.json", 100 + 2 * i,
                                           lines[i]),
                         MMAPC_OK);
    ck_assert_int_eq(mmapc_results_end(&r), MMAPC_OK);
    ck_assert_str_eq(res.file, "in.json");
    ck_assert_uint_eq(res.symbols[0].line, 124);
    ck_assert_uint_eq(res.madvise_line, 122);
    mmapc_results_free(&res);

    /* a repeated line names both places; the version line must be first */
    mmapc_results_init(&res);
    ck_assert_int_eq(mmapc_results_begin(&r, &res, "in.json", &cat), MMAPC_OK);
    ck_assert_int_eq(mmapc_results_add(&r, "in.json", 7, lines[0]), MMAPC_OK);
    ck_assert_int_eq(mmapc_results_add(&r, "in.json", 9, lines[1]), MMAPC_OK);
    tu_diag_begin();
    ck_assert_int_eq(mmapc_results_add(&r, "in.json", 40, lines[1]),
                     MMAPC_ERR);
    diag = tu_diag_end();
    ck_assert_str_eq(diag, "in.json:40: repeated 'target' line (first at "
                           "line 9)\n");
    mmapc_results_free(&res);
    mmapc_results_init(&res);
    ck_assert_int_eq(mmapc_results_begin(&r, &res, "in.json", &cat), MMAPC_OK);
    tu_diag_begin();
    ck_assert_int_eq(mmapc_results_add(&r, "in.json", 5, lines[1]), MMAPC_ERR);
    diag = tu_diag_end();
    ck_assert_ptr_nonnull(strstr(diag, "in.json:5: not a probe results "
                                       "file"));
    mmapc_results_free(&res);
    mmapc_catalog_free(&cat);
}
END_TEST

static const struct tu_bad_text bad_results[] = {
    { "", "res.txt:1: empty file (want a probe results file starting "
          "'mmapc-results 1')\n" },
    { "mmapc-results 3\n",
      "res.txt:1: unsupported results format version '3' (this generator "
      "reads versions 1 and 2)\n" },
    { "target t-u-v\n",
      "res.txt:1: not a probe results file (the first line must be "
      "'mmapc-results 1')\n" },
    { HEAD SYMS "mmapc-results 1\n",
      "res.txt:17: 'mmapc-results' line again (two results files "
      "concatenated?)\n" },
    { HEAD "target again\n" SYMS,
      "res.txt:13: repeated 'target' line (first at line 2)\n" },
    { HEAD "sizeof int 4\n" SYMS,
      "res.txt:13: repeated 'sizeof int' line (first at line 8)\n" },
    { HEAD "colour blue\n" SYMS, "res.txt:13: unknown keyword 'colour'\n" },
    { HEAD "\n" SYMS, "res.txt:13: empty line\n" },
    { HEAD "# comment\n" SYMS, "res.txt:13: unknown keyword '#'\n" },
    { "mmapc-results 1\ntarget\n", "res.txt:2: 'target' line without a "
                                   "value\n" },
    { HEAD "cross_compiling maybe\n",
      "res.txt:13: repeated 'cross_compiling' line (first at line 7)\n" },
    { "mmapc-results 1\ncross_compiling maybe\n",
      "res.txt:2: cross_compiling: want 'yes' or 'no', not 'maybe'\n" },
    { "mmapc-results 1\nsizeof int 0\n",
      "res.txt:2: sizeof int: bad size '0' (want 1 to 16 bytes)\n" },
    { "mmapc-results 1\nsizeof int 17\n",
      "res.txt:2: sizeof int: bad size '17' (want 1 to 16 bytes)\n" },
    { "mmapc-results 1\nsizeof int four\n",
      "res.txt:2: sizeof int: bad size 'four' (want 1 to 16 bytes)\n" },
    { "mmapc-results 1\nsizeof char 1\n",
      "res.txt:2: unknown type 'char' in sizeof line (want int, long, "
      "long_long or pointer)\n" },
    { "mmapc-results 1\nheader sys/mman.h maybe\n",
      "res.txt:2: header sys/mman.h: want 'yes' or 'no', not 'maybe'\n" },
    { "mmapc-results 1\nheader sys/\"mman\".h yes\n",
      "res.txt:2: bad header name 'sys/\"mman\".h'\n" },
    { "mmapc-results 1\nheader a.h yes\nheader a.h no\n",
      "res.txt:3: repeated header 'a.h' (first at line 2)\n" },
    { "mmapc-results 1\nfunction 1madvise yes\n",
      "res.txt:2: bad function name '1madvise'\n" },
    { "mmapc-results 1\nfunction madvise\n",
      "res.txt:2: function madvise: want 'yes', 'no' or 'unknown', not ''\n" },
    { "mmapc-results 1\nfunction madvise maybe\n",
      "res.txt:2: function madvise: want 'yes', 'no' or 'unknown', "
      "not 'maybe'\n" },
    { "mmapc-results 1\nlink maybe\n",
      "res.txt:2: link: want 'yes' or 'no', not 'maybe'\n" },
    { "mmapc-results 1\npredef 1bad 1\n",
      "res.txt:2: bad predefined macro name '1bad'\n" },
    { "mmapc-results 1\npredef __x__ 1\npredef __x__ 2\n",
      "res.txt:3: repeated predef '__x__' (first at line 2)\n" },
    { "mmapc-results 1\nmadvise_addr_type void (*)\n",
      "res.txt:2: bad madvise_addr_type 'void (*)' (want a C type such as "
      "'void *', or 'none')\n" },
    { HEAD "symbol Z 0x1\n" SYMS,
      "res.txt:13: symbol Z is not in the catalog (results from another "
      "catalog? rerun configure)\n" },
    { HEAD SYMS "symbol A 0x1\n",
      "res.txt:17: repeated result for A (first at line 13)\n" },
    { HEAD "symbol A\n", "res.txt:13: symbol A without a result\n" },
    { HEAD "symbol P 0x1\n",
      "res.txt:13: symbol P is of kind pointer in the catalog (cat.def:4) "
      "and cannot have a value\n" },
    { HEAD "symbol M -1\n",
      "res.txt:13: symbol M is of kind macro in the catalog (cat.def:5) and "
      "cannot have a value\n" },
    { HEAD "symbol A 0x10000000000000000\n",
      "res.txt:13: symbol A: bad result '0x10000000000000000': a number "
      "above 2^64-1 (want yes, no or an integer from -2^63 to 2^64-1)\n" },
    { HEAD "symbol B -9223372036854775809\n",
      "res.txt:13: symbol B: bad result '-9223372036854775809': a number "
      "below -2^63 (want yes, no or an integer from -2^63 to 2^64-1)\n" },
    { HEAD "symbol B 010\n",
      "res.txt:13: symbol B: bad result '010': a leading zero (C would read "
      "the number as octal) (want yes, no or an integer from -2^63 to "
      "2^64-1)\n" },
    { HEAD "symbol B maybe\n",
      "res.txt:13: symbol B: bad result 'maybe': a character that is not a "
      "decimal digit (want yes, no or an integer from -2^63 to 2^64-1)\n" },
    { HEAD "symbol A 0x1\nsymbol P yes\n",
      "res.txt:14: no result for symbol B (cat.def:3); rerun configure "
      "after a catalog change\n"
      "res.txt:14: no result for symbol M (cat.def:5); rerun configure "
      "after a catalog change\n" },
    { "mmapc-results 1\ntarget t\nos o\ncpu c\nlibc l\ncc c\n"
      "cross_compiling no\nsizeof int 4\nsizeof long 8\n"
      "sizeof long_long 8\nmadvise_addr_type none\n" SYMS,
      "res.txt:15: no 'sizeof pointer' line in the file\n" },
    { "mmapc-results 1\ntarget t\nos o\ncpu c\nlibc l\ncc c\n"
      "cross_compiling no\nsizeof int 4\nsizeof long 2\n"
      "sizeof long_long 8\nsizeof pointer 8\nmadvise_addr_type none\n" SYMS,
      "res.txt:9: sizeof long (2) is smaller than sizeof int (4)\n" },
    { "mmapc-results 1\ntarget t\nos o\ncpu c\nlibc l\ncc c\n"
      "cross_compiling no\nsizeof int 4\nsizeof long 8\n"
      "sizeof long_long 4\nsizeof pointer 8\nmadvise_addr_type none\n" SYMS,
      "res.txt:10: sizeof long_long (4) is smaller than sizeof long (8)\n" },
    { HEAD SYMS "symbol", "res.txt:17: no newline at end of file "
                          "(truncated line)\n" },
    { HEAD "symbol A 0x1\x80\n", "res.txt:13: byte 0x80 at column 13 is "
                                 "not printable ASCII or TAB\n" },
};

START_TEST(test_bad_results)
{
    struct mmapc_results res;
    const char *diag;

    ck_assert_int_eq(load_text(bad_results[_i].text, &res, &diag), MMAPC_ERR);
    ck_assert_str_eq(diag, bad_results[_i].diag);
}
END_TEST

START_TEST(test_many_missing)
{
    /* A catalog of 30 names and results for none: 20 reported, then a
     * count of the rest. */
    struct mmapc_catalog cat;
    struct mmapc_results res;
    char text[4096], *p = text;
    const char *diag, *last;
    int i, n = 0;

    p += sprintf(p, "%%family T t\n");
    for (i = 0; i < 30; i++)
        p += sprintf(p, "S%d T flag - s\n", i);
    mmapc_catalog_init(&cat);
    ck_assert_int_eq(tu_catalog(&cat, "cat.def", text), MMAPC_OK);
    mmapc_results_init(&res);
    tu_diag_begin();
    ck_assert_int_eq(tu_results(&res, "res.txt", HEAD, &cat), MMAPC_ERR);
    diag = tu_diag_end();
    for (p = strchr(diag, '\n'); p != NULL; p = strchr(p + 1, '\n'))
        n++;
    ck_assert_int_eq(n, 21);
    last = strstr(diag, "res.txt:12: ... and 10 more symbols without a "
                        "result\n");
    ck_assert_ptr_nonnull(last);
    mmapc_results_free(&res);
    mmapc_catalog_free(&cat);
}
END_TEST

START_TEST(test_missing_file)
{
    struct mmapc_results res;
    struct mmapc_catalog cat;
    const char *diag;

    mmapc_catalog_init(&cat);
    mmapc_results_init(&res);
    tu_diag_begin();
    ck_assert_int_eq(mmapc_results_load(&res, "nowhere/probe-results.txt",
                                        &cat),
                     MMAPC_ERR);
    diag = tu_diag_end();
    ck_assert_str_eq(diag, "nowhere/probe-results.txt: cannot open for "
                           "reading: No such file or directory\n");
    mmapc_results_free(&res);
}
END_TEST

/* The tests of the suite, in order. */
/* clang-format off */
#define TESTS(X) \
    X(test_lp64) \
    X(test_ilp32) \
    X(test_minimal_good) \
    X(test_cannot_link) \
    X(test_line_api) \
    X(test_many_missing) \
    X(test_missing_file)
/* clang-format on */

TU_SUITE_WITH(results, TU_ADD_LOOP_TEST(test_bad_results, bad_results))
