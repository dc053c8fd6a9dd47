/* test-merge.c: mmapc-gen merge (gen/merge*.c): the inputs read back into
 * the results they came from, the branches and their conditions, conflicts
 * and --prefer, glibc against another C library, schema errors, and the
 * three outputs. The inputs are made by the JSON emitter from the test
 * data (tests/data/results-*.txt), then edited as text. */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "emit.h"
#include "merge.h"
#include "testutil.h"

#define HAS(text, s)                                                          \
    ck_assert_msg(strstr(text, s) != NULL, "missing \"%s\" in:\n%.3000s", s,  \
                  text)
#define LACKS(text, s)                                                        \
    ck_assert_msg(strstr(text, s) == NULL, "unexpected \"%s\"", s)

/* mmap_consts.json of tests/data/RESULTS, as the emitter writes it. */
static char *json_of(const char *results)
{
    struct mmapc_catalog cat;
    struct mmapc_results res;
    struct mmapc_input in;
    char *out;
    int rc;

    tu_load_data(&cat, &res, results, &in);
    out = tu_emit(mmapc_emit_json, &in, &rc);
    ck_assert_int_eq(rc, MMAPC_OK);
    mmapc_results_free(&res);
    mmapc_catalog_free(&cat);
    return out;
}

/* TEXT with its one occurrence of OLD replaced by NEW (TEXT is freed). */
static char *edit(char *text, const char *old, const char *new_text)
{
    char *p = strstr(text, old), *r;
    size_t a, b = strlen(old), c = strlen(new_text);

    ck_assert_msg(p != NULL, "no \"%s\" to edit", old);
    ck_assert_msg(strstr(p + 1, old) == NULL, "\"%s\" twice", old);
    a = (size_t)(p - text);
    r = malloc(strlen(text) - b + c + 1);
    ck_assert_ptr_nonnull(r);
    memcpy(r, text, a);
    memcpy(r + a, new_text, c);
    strcpy(r + a + c, p + b);
    free(text);
    return r;
}

/* Write TEXT (freed) to the temporary directory as NAME; the path. */
static char *file_of(char *text, const char *name)
{
    char *path = malloc(strlen(tu_tmppath(name)) + 1);

    ck_assert_ptr_nonnull(path);
    strcpy(path, tu_tmppath(name));
    ck_assert_int_eq(tu_write(path, text), 0);
    free(text);
    return path;
}

static char *lp64, *ilp32;

static void setup(void)
{
    tu_tmpdir();
    lp64 = file_of(json_of("results-lp64.txt"), "lp64.json");
    ilp32 = file_of(json_of("results-ilp32.txt"), "ilp32.json");
}

static void teardown(void)
{
    free(lp64);
    free(ilp32);
}

/* Load FILES (N) and, with PLAN, plan the header with PREFER. Returns what
 * failed first (MMAPC_OK if nothing); *DIAG: the messages. */
static int merge(struct mmapc_merge *m, const char **files, size_t n, int plan,
                 const char **prefer, size_t nprefer, const char **diag)
{
    int rc;

    mmapc_merge_init(m, "9.9-test");
    tu_diag_begin();
    rc = mmapc_merge_load(m, files, n, plan);
    if (rc == MMAPC_OK && plan)
        rc = mmapc_merge_plan(m, prefer, nprefer);
    *diag = tu_diag_end();
    return rc;
}

/* merge() of the two files A and B, without --prefer. */
static int merge_pair(struct mmapc_merge *m, const char *a, const char *b,
                      int plan, const char **diag)
{
    const char *files[2];

    files[0] = a;
    files[1] = b;
    return merge(m, files, 2, plan, NULL, 0, diag);
}

/* What EMIT writes for M (malloc'd). */
static char *output(int (*emit)(FILE *, const struct mmapc_merge *),
                    const struct mmapc_merge *m, int *rc)
{
    FILE *fp = tmpfile();
    char *s;
    long n;

    ck_assert_ptr_nonnull(fp);
    *rc = emit(fp, m);
    n = ftell(fp);
    ck_assert(n >= 0);
    rewind(fp);
    s = malloc((size_t)n + 1);
    ck_assert_ptr_nonnull(s);
    ck_assert_uint_eq(fread(s, 1, (size_t)n, fp), (size_t)n);
    s[n] = '\0';
    fclose(fp);
    return s;
}

/* What EMIT writes for M (malloc'd), which it writes without error. */
static char *output_ok(int (*emit)(FILE *, const struct mmapc_merge *),
                       const struct mmapc_merge *m)
{
    int rc;
    char *s = output(emit, m, &rc);

    ck_assert_int_eq(rc, MMAPC_OK);
    return s;
}

START_TEST(test_round_trip)
{
    /* the results read back from the JSON equal the results file's */
    struct mmapc_catalog cat;
    struct mmapc_results res;
    struct mmapc_input in;
    struct mmapc_merge m;
    const char *diag;
    size_t i, k;

    ck_assert_int_eq(merge_pair(&m, lp64, ilp32, 0, &diag), MMAPC_OK);
    ck_assert_str_eq(diag, "");
    ck_assert_uint_eq(m.ntargets, 2);
    ck_assert_str_eq(m.targets[0].id, "x86_64-linux-gnu");
    ck_assert_str_eq(m.targets[1].id, "i686-linux-gnu");
    ck_assert_str_eq(m.targets[0].generator_version, "9.9-test");
    for (k = 0; k < 2; k++) {
        const struct mmapc_results *r = &m.targets[k].res;

        tu_load_data(&cat, &res,
                     k == 0 ? "results-lp64.txt" : "results-ilp32.txt", &in);
        ck_assert_uint_eq(m.cat.nsymbols, cat.nsymbols);
        ck_assert_uint_eq(m.cat.nfamilies, cat.nfamilies);
        for (i = 0; i < cat.nfamilies; i++) {
            ck_assert_str_eq(m.cat.families[i].name, cat.families[i].name);
            ck_assert_str_eq(m.cat.families[i].title, cat.families[i].title);
        }
        for (i = 0; i < cat.nsymbols; i++) {
            const struct mmapc_symdef *a = &m.cat.symbols[i];
            const struct mmapc_symdef *b = &cat.symbols[i];

            ck_assert_str_eq(a->name, b->name);
            ck_assert_uint_eq(a->family, b->family);
            ck_assert_int_eq(a->kind, b->kind);
            ck_assert_int_eq(a->archdep, b->archdep);
            ck_assert_str_eq(a->description, b->description);
            ck_assert((a->python == NULL) == (b->python == NULL));
            ck_assert_int_eq(r->symbols[i].state, res.symbols[i].state);
            ck_assert_int_eq(r->symbols[i].value.negative,
                             res.symbols[i].value.negative);
            ck_assert(r->symbols[i].value.magnitude
                      == res.symbols[i].value.magnitude);
        }
        ck_assert_str_eq(r->target, res.target);
        ck_assert_str_eq(r->libc, res.libc);
        ck_assert_str_eq(r->cc, res.cc);
        ck_assert_int_eq(r->cross_compiling, res.cross_compiling);
        ck_assert_uint_eq(r->sizeof_long, res.sizeof_long);
        ck_assert_uint_eq(r->predefs.count, res.predefs.count);
        for (i = 0; i < res.predefs.count; i++) {
            ck_assert_str_eq(r->predefs.items[i].name,
                             res.predefs.items[i].name);
            ck_assert_str_eq(r->predefs.items[i].value,
                             res.predefs.items[i].value);
        }
        ck_assert_uint_eq(r->headers.count, res.headers.count);
        ck_assert_uint_eq(r->functions.count, res.functions.count);
        ck_assert((r->madvise_addr_type == NULL)
                  == (res.madvise_addr_type == NULL));
        mmapc_results_free(&res);
        mmapc_catalog_free(&cat);
    }
    /* messages point into the JSON: the file and the constant's line */
    ck_assert_str_eq(m.cat.symbols[0].file, lp64);
    ck_assert_uint_eq(m.cat.symbols[0].line, 25);
    ck_assert_str_eq(m.targets[1].res.file, ilp32);
    mmapc_merge_free(&m);
}
END_TEST

START_TEST(test_header_branches)
{
    struct mmapc_merge m;
    const char *diag;
    char *h;

    ck_assert_int_eq(merge_pair(&m, lp64, ilp32, 1, &diag), MMAPC_OK);
    ck_assert_uint_eq(m.nbranches, 2);
    h = output_ok(mmapc_merge_emit_header, &m);
    HAS(h, "/* mmap_consts.h: the mmap-related constants of several "
           "targets.");
    HAS(h, " * Generator:  mmapc-gen 9.9-test, merge of 2 targets in 2 "
           "branches\n");
    HAS(h, " *   1 x86_64-linux-gnu: x86_64-pc-linux-gnu (native build), C");
    HAS(h, "\n#ifndef MMAPC_CONSTS_H\n#define MMAPC_CONSTS_H 1\n");
    /* integers compared, other definitions and OS macros only tested;
     * the OS macros the target lacked must be undefined */
    HAS(h,
        "#if defined(__x86_64__) && (__x86_64__) == 1 \\\n"
        "    && defined(__linux__) \\\n"
        "    && defined(__SIZEOF_POINTER__) && (__SIZEOF_POINTER__) == 8 \\\n"
        "    && defined(__BYTE_ORDER__) \\\n"
        "    && !defined(__ANDROID__) && !defined(__gnu_hurd__) "
        "&& !defined(__FreeBSD__) \\\n");
    HAS(h, " && !defined(__EMSCRIPTEN__) && !defined(__wasi__)\n"
           "#define MMAPC_BRANCH_ 1 /* x86_64-linux-gnu */\n"
           "#elif defined(__i386__) && (__i386__) == 1 \\\n");
    HAS(h, "#define MMAPC_BRANCH_ 2 /* i686-linux-gnu */\n"
           "#elif defined(MMAPC_NO_TARGET_CHECK) && "
           "defined(MMAPC_FALLBACK_TARGET)\n#define MMAPC_BRANCH_ "
           "MMAPC_FALLBACK_TARGET\n#elif defined(MMAPC_NO_TARGET_CHECK)\n"
           "#define MMAPC_BRANCH_ 1\n#else\n#if defined(__ANDROID__)\n");
    HAS(h, "#error \"mmap_consts.h has no branch for this compiler, which "
           "defines __linux__ and __aarch64__, a CPU that no branch for that "
           "operating system has. The branches: 1 x86_64-linux-gnu, 2 "
           "i686-linux-gnu. Define MMAPC_NO_TARGET_CHECK");
    HAS(h, "which defines __FreeBSD__, an operating system that no branch "
           "has.");
    HAS(h,
        "#define MMAPC_BRANCH_ (-1)\n#endif\n\n#if MMAPC_BRANCH_ == 1\n"
        "#define MMAPC_TARGET_ \"x86_64-pc-linux-gnu\"\n#elif MMAPC_BRANCH_ "
        "== 2\n#define MMAPC_TARGET_ \"i686-pc-linux-gnu\"\n"
        "#elif MMAPC_BRANCH_ != -1\n#error \"MMAPC_FALLBACK_TARGET is not");
    HAS(h, "#define MMAPC_TARGET MMAPC_TARGET_\n");
    HAS(h, "#define MMAPC_VERSION \"9.9-test\"\n");
    /* the same everywhere: once; different: per branch */
    HAS(h, "/* Headers that exist on the target (configure's header "
           "checks). */\n#define MMAPC_HAVE_SYS_MMAN_H 1\n");
    HAS(h,
        "#if MMAPC_BRANCH_ == 1 /* x86_64-linux-gnu */\n"
        "#define MMAPC_HAVE_MADVISE_DECL 1\n#define MMAPC_MADVISE_ADDR_TYPE "
        "void *\n#elif MMAPC_BRANCH_ == 2 /* i686-linux-gnu */\n"
        "#define MMAPC_HAVE_MADVISE_DECL 0\n#endif /* MMAPC_BRANCH_ */\n");
    /* the symbols: branch 1 with the descriptions, then brief */
    HAS(h, "/* MAP_SHARED: Share the mapping; stores reach the object and "
           "other mappers. */\n#define MMAPC_HAVE_MAP_SHARED 1\n");
    HAS(h, "#elif MMAPC_BRANCH_ == 2 /* i686-linux-gnu */\n/* The "
           "descriptions are in branch 1. */\n/* -----");
    HAS(h, "#define MMAPC_MMAPCTEST_BIG 0x100000000L\n");
    HAS(h, "#define MMAPC_MMAPCTEST_BIG (MMAPC_EXTENSION_ 0x100000000LL)\n");
    HAS(h, "#if defined(MMAPC_VERIFY) && !defined(MMAPC_VERIFY_DONE_)");
    HAS(h, "static const struct mmapc_symbol mmapc_symbols[] = {\n"
           "#if MMAPC_BRANCH_ == 1 /* x86_64-linux-gnu */\n");
    HAS(h, "#define MMAPC_SYMBOL_COUNT 20\n");
    /* no other header, no glibc test */
    LACKS(h, "#include <limits.h>\n#if defined");
    LACKS(h, "defined(__GLIBC__)\n#define MMAPC_BRANCH_");
    HAS(h, " * Without MMAPC_INCLUDE_SYSTEM or MMAPC_VERIFY this header "
           "includes no\n * other header.");
    free(h);
    mmapc_merge_free(&m);
}
END_TEST

START_TEST(test_same_predefs_agree)
{
    struct mmapc_merge m;
    const char *files[3], *diag;
    char *other, *h;

    /* the same target under another triplet: agrees, one branch */
    other = file_of(edit(json_of("results-lp64.txt"),
                         "\"triplet\": \"x86_64-pc-linux-gnu\"",
                         "\"triplet\": \"x86_64-other-linux-gnu\""),
                    "other.json");
    files[0] = lp64;
    files[1] = ilp32;
    files[2] = other;
    ck_assert_int_eq(merge(&m, files, 3, 1, NULL, 0, &diag), MMAPC_OK);
    ck_assert_str_eq(diag, "");
    ck_assert_uint_eq(m.nbranches, 2);
    ck_assert_uint_eq(m.branches[0].nmembers, 2);
    ck_assert_uint_eq(m.branches[0].members[1], 2);
    ck_assert_str_eq(m.targets[0].id, "x86_64-linux-gnu/glibc");
    ck_assert_str_eq(m.targets[2].id, "x86_64-linux-gnu/glibc#2");
    h = output_ok(mmapc_merge_emit_header, &m);
    HAS(h, " *       also x86_64-linux-gnu/glibc#2 (x86_64-other-linux-gnu, "
           "C library\n *   glibc 2.36), which the compiler cannot tell from\n"
           " *   x86_64-linux-gnu/glibc: they agree on every value\n");
    free(h);
    mmapc_merge_free(&m);
    free(other);
}
END_TEST

START_TEST(test_conflict_and_prefer)
{
    struct mmapc_merge m;
    const char *files[2], *prefer[2], *diag;
    char *other, *h;

    other = file_of(edit(edit(json_of("results-lp64.txt"),
                              "\"value\": 2281701376, \"hex\": \"0x88000000\"",
                              "\"value\": 4096, \"hex\": \"0x1000\""),
                         "\"madvise\": true", "\"madvise\": false"),
                    "other.json");
    files[0] = lp64;
    files[1] = other;
    ck_assert_int_eq(merge(&m, files, 2, 1, NULL, 0, &diag), MMAPC_ERR);
    HAS(diag, "other.json: cannot be told apart from ");
    HAS(diag,
        "lp64.json at compile time (the same predefined macros), so "
        "both would be one branch of the merged header, but their values "
        "differ:\n");
    HAS(diag, "other.json: function madvise: no here, yes in ");
    HAS(diag, "other.json: MAP_HUGE_16GB: 0x1000 here, 0x88000000 in ");
    HAS(diag, "mmapc-gen: keep the values of one with --prefer ");
    mmapc_merge_free(&m);
    /* --prefer settles it */
    prefer[0] = other;
    ck_assert_int_eq(merge(&m, files, 2, 1, prefer, 1, &diag), MMAPC_OK);
    ck_assert_str_eq(diag, "");
    ck_assert_uint_eq(m.nbranches, 1);
    ck_assert_uint_eq(m.branches[0].primary, 1);
    ck_assert_int_eq(m.branches[0].by_prefer, 1);
    h = output_ok(mmapc_merge_emit_header, &m);
    HAS(h, "#define MMAPC_MAP_HUGE_16GB 0x1000\n");
    LACKS(h, "0x88000000");
    HAS(h, "where they differ, the branch has the values of the one named "
           "by\n *   --prefer\n");
    free(h);
    mmapc_merge_free(&m);
    /* both preferred; not an input */
    prefer[1] = lp64;
    ck_assert_int_eq(merge(&m, files, 2, 1, prefer, 2, &diag), MMAPC_ERR);
    HAS(diag, "both share one branch of the header; prefer one");
    mmapc_merge_free(&m);
    prefer[0] = "nowhere.json";
    ck_assert_int_eq(merge(&m, files, 2, 1, prefer, 1, &diag), MMAPC_ERR);
    HAS(diag, "mmapc-gen: --prefer nowhere.json is not one of the inputs");
    mmapc_merge_free(&m);
    free(other);
}
END_TEST

START_TEST(test_glibc_and_musl)
{
    struct mmapc_merge m;
    const char *diag;
    char *musl, *h;

    musl = file_of(edit(edit(json_of("results-lp64.txt"),
                             "\"libc\": \"glibc 2.36\"", "\"libc\": \"musl\""),
                        "\"value\": 8, \"hex\": \"0x8\"",
                        "\"value\": 9, \"hex\": \"0x9\""),
                   "musl.json");
    ck_assert_int_eq(merge_pair(&m, lp64, musl, 1, &diag), MMAPC_OK);
    ck_assert_str_eq(diag, "");
    ck_assert_uint_eq(m.nbranches, 2);
    ck_assert_int_eq(m.glibc_test, 1);
    ck_assert_int_eq(m.branches[0].libc_test, 1);
    ck_assert_int_eq(m.branches[1].libc_test, -1);
    h = output_ok(mmapc_merge_emit_header, &m);
    HAS(h, " * Without MMAPC_INCLUDE_SYSTEM or MMAPC_VERIFY this header "
           "includes only\n * <limits.h>, whose __GLIBC__ tells glibc");
    HAS(h, "so this header includes <limits.h>. */\n#include <limits.h>\n"
           "#if defined(__x86_64__)");
    HAS(h, " && !defined(__wasi__) && defined(__GLIBC__)\n"
           "#define MMAPC_BRANCH_ 1 /* x86_64-linux-gnu/glibc */\n");
    HAS(h, " && !defined(__wasi__) && !defined(__GLIBC__)\n"
           "#define MMAPC_BRANCH_ 2 /* x86_64-linux-gnu/musl */\n");
    free(h);
    mmapc_merge_free(&m);
    free(musl);
}
END_TEST

START_TEST(test_negation)
{
    /* a target with every macro of another and more: the other's branch
     * must exclude it */
    struct mmapc_merge m;
    const char *files[2], *diag;
    char *android, *h;

    android =
        file_of(edit(edit(json_of("results-lp64.txt"), "\"predefs\": {\n",
                          "\"predefs\": {\n    \"__ANDROID__\": "
                          "\"1\",\n"),
                     "\"os\": \"linux-gnu\"", "\"os\": \"linux-android\""),
                "android.json");
    files[0] = lp64;
    files[1] = android;
    ck_assert_int_eq(merge(&m, files, 2, 1, NULL, 0, &diag), MMAPC_OK);
    ck_assert_uint_eq(m.nbranches, 2);
    h = output_ok(mmapc_merge_emit_header, &m);
    HAS(h, "    && defined(__BYTE_ORDER__) \\\n    && !defined(__ANDROID__) "
           "\\\n    && !defined(__gnu_hurd__) && !defined(__FreeBSD__)");
    HAS(h, "#define MMAPC_BRANCH_ 1 /* x86_64-linux-gnu */\n"
           "#elif defined(__ANDROID__) \\\n");
    HAS(h, "#if defined(__ANDROID__)\n#if defined(__x86_64__)\n#if "
           "defined(__SIZEOF_POINTER__) && __SIZEOF_POINTER__ == 8");
    free(h);
    mmapc_merge_free(&m);
    free(android);
}
END_TEST

/* Merging LP64 with BAD (an edit of lp64's JSON) fails with WANT. */
static void bad_input(const char *old, const char *new_text, const char *want)
{
    struct mmapc_merge m;
    const char *files[2], *diag;
    char *bad;

    bad =
        file_of(edit(json_of("results-lp64.txt"), old, new_text), "bad.json");
    files[0] = lp64;
    files[1] = bad;
    ck_assert_int_eq(merge(&m, files, 2, 1, NULL, 0, &diag), MMAPC_ERR);
    HAS(diag, want);
    mmapc_merge_free(&m);
    free(bad);
}

START_TEST(test_predef_values)
{
    /* A negative predefined value is parenthesised in the condition and in
     * the diagnosis of a compiler like the branch, not in the message. */
    struct mmapc_merge m;
    const char *diag;
    char *mips, *h;

    mips =
        file_of(edit(edit(json_of("results-ilp32.txt"), "\"__i386__\": \"1\"",
                          "\"__i386__\": \"1\", \"_MIPS_SIM\": \"-1\""),
                     "\"__BYTE_ORDER__\": \"__ORDER_LITTLE_ENDIAN__\"",
                     "\"__BYTE_ORDER__\": \"1234\""),
                "mips.json");
    ck_assert_int_eq(merge_pair(&m, lp64, mips, 1, &diag), MMAPC_OK);
    h = output_ok(mmapc_merge_emit_header, &m);
    HAS(h, "#elif defined(__i386__) && (__i386__) == 1 \\\n"
           "    && defined(_MIPS_SIM) && (_MIPS_SIM) == (-1) \\\n");
    HAS(h, "#elif (_MIPS_SIM) != (-1)\n#error \"mmap_consts.h has no branch "
           "for this compiler, which defines __linux__ and __i386__ and is "
           "32-bit little-endian like branch 2 i686-linux-gnu, but defines "
           "_MIPS_SIM as something other than -1. The branches: ");
    HAS(h, "\n#elif !defined(_MIPS_SIM)\n#error ");
    LACKS(h, "(__linux__) ==");
    free(h);
    mmapc_merge_free(&m);
    remove(mips);
    free(mips);
}
END_TEST

START_TEST(test_schema_errors)
{
    bad_input("\"schema_version\": 1", "\"schema_version\": 2",
              "bad.json:2: schema_version 2: this mmapc-gen reads version 1");
    bad_input("\"predefs\": {", "\"predefz\": {",
              "bad.json:1: the top-level object has no member \"predefs\" "
              "(is this a mmap_consts.json of mmap-consts?");
    bad_input("\"cross_compiling\": false", "\"cross_compiling\": 0",
              "bad.json:10: \"target\": \"cross_compiling\": want true or "
              "false, not a number");
    bad_input("\"long\": 8", "\"long\": 2",
              "sizeof long is smaller than sizeof int");
    bad_input("\"value\": 2281701376, \"hex\": \"0x88000000\"",
              "\"value\": 2281701376, \"hex\": \"0x88\"",
              "constant MAP_HUGE_16GB: \"hex\" does not match the value "
              "(want \"0x88000000\")");
    bad_input("\"value\": 2281701376,", "\"value\": 2281701376.5,",
              "constant MAP_HUGE_16GB: value 2281701376.5 is no integer");
    bad_input("\"name\": \"MADV_COLD\"", "\"name\": \"MADV_COLDER\"",
              "constant MADV_COLDER is not in ");
    bad_input("\"name\": \"MADV_COLD\"", "\"name\": \"MADV_FREE\"",
              "constant MADV_FREE listed again (first at line ");
    bad_input("\"name\": \"MADV_COLD\", \"family\": \"MADV\", \"kind\": "
              "\"int\", \"flag\": false",
              "\"name\": \"MADV_COLD\", \"family\": \"MADV\", \"kind\": "
              "\"int\", \"flag\": true",
              "constant MADV_COLD is of kind flag here but int in ");
    bad_input("No special treatment.", "No special \\u00e9.",
              "description holds a character other than printable ASCII");
    bad_input("\"__linux__\": \"1\"", "\"__linux-\": \"1\"",
              "predefined macro \"__linux-\" is not a C identifier");
    bad_input("\"sys/mman.h\": true", "\"sys/mman.h;\": true",
              "bad header name \"sys/mman.h;\"");
    bad_input("\"cpu\": \"x86_64\"", "\"cpu\": \"x86 64\"",
              "target cpu \"x86 64\": want letters, digits");
    bad_input("\"family\": \"MADV\", \"kind\": \"int\", \"flag\": false, "
              "\"archdep\": false, \"present\": false",
              "\"family\": \"NOPE\", \"kind\": \"int\", \"flag\": false, "
              "\"archdep\": false, \"present\": false",
              "constant MADV_COLD: family \"NOPE\" is not in \"families\"");
    bad_input("\"schema_version\": 1,",
              "\"schema_version\": 1, \"targets\": "
              "[],",
              "a merged JSON: merge the mmap_consts.json of each "
              "target instead");
    bad_input("\"constants\": [", "\"constants\": [,",
              "bad.json:24: expected a value, found ','");
}
END_TEST

START_TEST(test_reserved_name)
{
    struct mmapc_merge m;
    const char *files[1], *diag;
    char *bad, *h;
    int rc;

    bad = file_of(edit(json_of("results-lp64.txt"), "\"MMAPCTEST_DEC\"",
                       "\"FALLBACK_TARGET\""),
                  "bad.json");
    files[0] = bad;
    ck_assert_int_eq(merge(&m, files, 1, 1, NULL, 0, &diag), MMAPC_OK);
    tu_diag_begin();
    h = output(mmapc_merge_emit_header, &m, &rc);
    diag = tu_diag_end();
    ck_assert_int_eq(rc, MMAPC_ERR);
    HAS(diag, "bad.json:41: symbol FALLBACK_TARGET would define "
              "MMAPC_FALLBACK_TARGET, a name reserved by the merged header");
    free(h);
    mmapc_merge_free(&m);
    free(bad);
}
END_TEST

START_TEST(test_json_output)
{
    struct mmapc_merge m;
    const char *diag;
    char *j;

    ck_assert_int_eq(merge_pair(&m, lp64, ilp32, 0, &diag), MMAPC_OK);
    j = output_ok(mmapc_merge_emit_json, &m);
    HAS(j, "{\n  \"schema_version\": 1,\n  \"generator\": {\"name\": "
           "\"mmap-consts\", \"version\": \"9.9-test\"},\n  \"targets\": [\n"
           "    {\n      \"id\": \"x86_64-linux-gnu\",\n      \"triplet\": "
           "\"x86_64-pc-linux-gnu\",\n");
    HAS(j, "      \"sizeof\": {\"int\": 4, \"long\": 4, \"long_long\": 8, "
           "\"pointer\": 4},\n      \"predefs\": {\"__i386__\": \"1\", "
           "\"__linux__\": \"1\", \"__SIZEOF_POINTER__\": \"4\", "
           "\"__BYTE_ORDER__\": \"__ORDER_LITTLE_ENDIAN__\"},\n");
    HAS(j, "      \"madvise_addr_type\": null\n    }\n  ],\n  \"families\": "
           "{\n    \"PROT\": \"Memory protection (mmap, mprotect)\",\n");
    HAS(j,
        "{\"name\": \"MMAPCTEST_UMAX\", \"family\": \"MMAPCTEST\", "
        "\"kind\": \"int\", \"flag\": true, \"archdep\": false, \"python\": "
        "null, \"description\": \"2^64-1: the largest value.\", "
        "\"portable\": true, \"present\": {\"x86_64-linux-gnu\": true, "
        "\"i686-linux-gnu\": true}, \"values\": {\"x86_64-linux-gnu\": "
        "18446744073709551615, \"i686-linux-gnu\": 18446744073709551615}},\n");
    HAS(j, "\"portable\": false, \"present\": {\"x86_64-linux-gnu\": false, "
           "\"i686-linux-gnu\": false}, \"values\": {\"x86_64-linux-gnu\": "
           "null, \"i686-linux-gnu\": null}}");
    HAS(j, "  ]\n}\n");
    free(j);
    mmapc_merge_free(&m);
}
END_TEST

START_TEST(test_markdown_output)
{
    struct mmapc_merge m;
    const char *diag;
    char *other, *md;

    other = file_of(edit(edit(json_of("results-ilp32.txt"),
                              "\"value\": 2281701376, \"hex\": \"0x88000000\"",
                              "\"value\": 4096, \"hex\": \"0x1000\""),
                         "\"name\": \"MADV_FREE\", \"family\": \"MADV\", "
                         "\"kind\": \"int\", \"flag\": false, \"archdep\": "
                         "false, \"present\": true, \"value\": 8, \"hex\": "
                         "\"0x8\"",
                         "\"name\": \"MADV_FREE\", \"family\": \"MADV\", "
                         "\"kind\": \"int\", \"flag\": false, \"archdep\": "
                         "false, \"present\": false, \"value\": null, "
                         "\"hex\": null"),
                    "other.json");
    ck_assert_int_eq(merge_pair(&m, lp64, other, 0, &diag), MMAPC_OK);
    md = output_ok(mmapc_merge_emit_markdown, &m);
    HAS(md, "# mmap constants of 2 targets\n");
    HAS(md, "| x86_64-linux-gnu | x86_64-pc-linux-gnu | glibc 2.36 | gcc "
            "(Debian 12.2.0-14+deb12u1) 12.2.0 | native |\n");
    HAS(md, "The 20 constants of the catalog:\n\n"
            "- present on every target, with one value: 15\n"
            "- present on every target, with values that differ: 1\n"
            "- present on some targets only: 1\n- present on none: 3\n");
    HAS(md, "- MAP (3 of 5): `MAP_SHARED`, `MAP_ANONYMOUS`, "
            "`MAP_EXTRA_ONE`\n");
    HAS(md, "- PROT (2 of 2): `PROT_NONE`, `PROT_READ`\n");
    HAS(md, "- `MADV_FREE`: on 1 of 2 (x86_64-linux-gnu)\n"
            "- `MAP_HUGE_16GB`: on 2 of 2, 2 values\n");
    HAS(md, "### MAP: mmap flags\n\n| constant | x86_64-linux-gnu | "
            "i686-linux-gnu | note |\n|---|---|---|---|\n");
    HAS(md, "| `MAP_HUGE_16GB` | 0x88000000 | **0x1000** | differs |\n");
    HAS(md, "| `MADV_FREE` | 0x8 | absent | on 1 of 2 |\n");
    HAS(md, "| `MADV_COLD` | absent | absent | absent everywhere |\n");
    HAS(md, "| `MAP_FAILED` | present | present | |\n");
    HAS(md, "| `MMAPCTEST_NEG` | -0x1 | -0x1 | |\n");
    HAS(md, "### MMAPCTEST: Synthetic values for the tests\n");
    free(md);
    mmapc_merge_free(&m);
    free(other);
}
END_TEST

/* Every macro the #error can name is in probes/target-macros.def. */
START_TEST(test_macro_lists)
{
    char path[4096];
    const char *top = getenv("top_srcdir");
    const char *const *list;
    char *def, line[80];
    size_t n, i, pass;

    snprintf(path, sizeof path, "%s/probes/target-macros.def",
             top != NULL && *top != '\0' ? top : ".");
    def = tu_slurp(path);
    ck_assert_ptr_nonnull(def);
    for (pass = 0; pass < 2; pass++) {
        list =
            pass == 0 ? mmapc_merge_os_macros(&n) : mmapc_merge_cpu_macros(&n);
        ck_assert_uint_gt(n, 10);
        for (i = 0; i < n; i++) {
            snprintf(line, sizeof line, "\n%s\n", list[i]);
            ck_assert_msg(strstr(def, line) != NULL, "%s is not in %s",
                          list[i], path);
        }
    }
    free(def);
}
END_TEST

/* The tests of the suite, in order. */
/* clang-format off */
#define TESTS(X) \
    X(test_round_trip) \
    X(test_header_branches) \
    X(test_same_predefs_agree) \
    X(test_conflict_and_prefer) \
    X(test_glibc_and_musl) \
    X(test_negation) \
    X(test_predef_values) \
    X(test_schema_errors) \
    X(test_reserved_name) \
    X(test_json_output) \
    X(test_markdown_output) \
    X(test_macro_lists)
/* clang-format on */

Suite *mmapc_suite_merge(void)
{
    TCase *tc = tcase_create("merge");

    tcase_add_checked_fixture(tc, setup, teardown);
    TESTS(TU_ADD_TEST)
    return tu_suite("merge", tc);
}
