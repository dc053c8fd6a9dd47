/* test-emit-json.c: the JSON emitter (gen/emit/emit_json.c): byte for byte
 * against tests/data/expected-*.json, plus escaping and null rules. The
 * output is parsed by a real JSON parser in tests/gen/json-valid.sh. */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "emit.h"
#include "testutil.h"

#define HAS(out, s) ck_assert_msg(strstr(out, s) != NULL, "missing: %s", s)

START_TEST(test_golden_lp64)
{
    tu_golden(mmapc_emit_json, "results-lp64.txt", "expected-lp64.json");
}
END_TEST

START_TEST(test_golden_ilp32)
{
    tu_golden(mmapc_emit_json, "results-ilp32.txt", "expected-ilp32.json");
}
END_TEST

START_TEST(test_values_and_nulls)
{
    struct mmapc_catalog cat;
    struct mmapc_results res;
    struct mmapc_input in;
    char *out;
    int rc;

    tu_load_data(&cat, &res, "results-lp64.txt", &in);
    out = tu_emit(mmapc_emit_json, &in, &rc);
    ck_assert_int_eq(rc, MMAPC_OK);
    HAS(out,
        "{\n  \"schema_version\": 1,\n  \"generator\": {\"name\": "
        "\"mmap-consts\", \"version\": \"9.9-test\"},\n  \"target\": {\n");
    /* the full 64-bit range, in decimal, and hex strings */
    HAS(out, "\"value\": 18446744073709551615, \"hex\": "
             "\"0xffffffffffffffff\"");
    HAS(out, "\"value\": -9223372036854775808, \"hex\": "
             "\"-0x8000000000000000\"");
    HAS(out, "\"value\": -1, \"hex\": \"-0x1\"");
    HAS(out,
        "{\"name\": \"MAP_HUGE_16GB\", \"family\": \"MAP\", \"kind\": "
        "\"int\", \"flag\": true, \"archdep\": false, \"present\": true, "
        "\"value\": 2281701376, \"hex\": \"0x88000000\", \"python\": null, ");
    /* absent, pointer, macro, present without value */
    HAS(out,
        "{\"name\": \"MADV_COLD\", \"family\": \"MADV\", \"kind\": "
        "\"int\", \"flag\": false, \"archdep\": false, \"present\": false, "
        "\"value\": null, \"hex\": null, \"python\": null, ");
    HAS(out,
        "{\"name\": \"MAP_FAILED\", \"family\": \"OTHER\", \"kind\": "
        "\"pointer\", \"flag\": false, \"archdep\": false, \"present\": true, "
        "\"value\": null, \"hex\": null, ");
    HAS(out, "\"kind\": \"macro\", \"flag\": false, \"archdep\": false, "
             "\"present\": false, \"value\": null, \"hex\": null, ");
    HAS(out,
        "{\"name\": \"MMAPCTEST_CONST\", \"family\": \"MMAPCTEST\", "
        "\"kind\": \"int\", \"flag\": false, \"archdep\": false, \"present\": "
        "true, \"value\": null, \"hex\": null, \"python\": null, ");
    /* escaping */
    HAS(out,
        "\"archdep\": true, \"present\": true, \"value\": 32, \"hex\": "
        "\"0x20\", \"python\": \"2.x\", \"description\": \"Not backed by a "
        "file; \\\"zero-filled\\\" \\\\ (quote and backslash for the "
        "escapers), */ /* ?\?/ too.\", \"header\": null}");
    /* the last constant has no comma; then the predefined macros and the
     * families, each last member without a comma */
    HAS(out, "\"description\": \"A name of a family of the main catalog.\", "
             "\"header\": null}"
             "\n  ],\n  \"predefs\": {\n    \"__x86_64__\": \"1\",\n");
    HAS(out, "\"__BYTE_ORDER__\": \"__ORDER_LITTLE_ENDIAN__\"\n  },\n"
             "  \"families\": {\n    \"PROT\": \"Memory protection (mmap, "
             "mprotect)\",\n");
    HAS(out, "\"MMAPCTEST\": \"Synthetic values for the tests\"\n  }\n}\n");
    free(out);
    mmapc_results_free(&res);
    mmapc_catalog_free(&cat);
}
END_TEST

START_TEST(test_tabs_and_empty_lists)
{
    /* A TAB inside a description, no header or function lines, an empty
     * libc: still valid JSON. */
    struct mmapc_catalog cat;
    struct mmapc_results res;
    struct mmapc_input in;
    char *out;
    int rc;

    mmapc_catalog_init(&cat);
    mmapc_results_init(&res);
    ck_assert_int_eq(tu_catalog(&cat, "c.def",
                                "%family T t\n"
                                "X T int 3.13 a\ttab\n"),
                     MMAPC_OK);
    ck_assert_int_eq(tu_results(&res, "r.txt",
                                "mmapc-results 1\ntarget t\n"
                                "os o\ncpu c\nlibc\ncc c \"q\"\n"
                                "cross_compiling no\nsizeof int 4\n"
                                "sizeof long 4\nsizeof long_long 8\n"
                                "sizeof pointer 4\nmadvise_addr_type none\n"
                                "symbol X 7\n",
                                &cat),
                     MMAPC_OK);
    in.cat = &cat;
    in.res = &res;
    in.version = "1\\2";
    out = tu_emit(mmapc_emit_json, &in, &rc);
    ck_assert_int_eq(rc, MMAPC_OK);
    HAS(out, "\"version\": \"1\\\\2\"");
    HAS(out, "\"libc\": \"\",\n    \"cc\": \"c \\\"q\\\"\",");
    HAS(out, "\"headers\": {\n  },\n  \"functions\": {\n  },\n");
    HAS(out, "\"madvise_addr_type\": null,");
    HAS(out, "\"value\": 7, \"hex\": \"0x7\", \"python\": \"3.13\", "
             "\"description\": \"a\\ttab\", \"header\": null}\n  ],\n");
    /* no predef lines: an empty object; the family's title */
    HAS(out, "\"predefs\": {\n  },\n  \"families\": {\n    \"T\": \"t\"\n"
             "  }\n}\n");
    free(out);
    mmapc_results_free(&res);
    mmapc_catalog_free(&cat);
}
END_TEST

/* The tests of the suite, in order. */
/* clang-format off */
#define TESTS(X) \
    X(test_golden_lp64) \
    X(test_golden_ilp32) \
    X(test_values_and_nulls) \
    X(test_tabs_and_empty_lists)
/* clang-format on */

TU_SUITE(emit_json)
