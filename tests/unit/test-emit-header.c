/* test-emit-header.c: the header emitter (gen/emit/emit_header.c) on the data
 * of tests/data, for an LP64 and an ILP32 target, and its errors. The
 * header's compilation is tested by tests/header-*.sh. */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "emit.h"
#include "testutil.h"

static struct mmapc_catalog cat;
static struct mmapc_results res;
static struct mmapc_input in;

static char *emit(const char *results)
{
    char *out;
    int rc;

    tu_load_data(&cat, &res, results, &in);
    tu_diag_begin();
    out = tu_emit(mmapc_emit_header, &in, &rc);
    ck_assert_str_eq(tu_diag_end(), "");
    ck_assert_int_eq(rc, MMAPC_OK);
    return out;
}

static void done(char *out)
{
    free(out);
    mmapc_results_free(&res);
    mmapc_catalog_free(&cat);
}

#define HAS(out, s) ck_assert_msg(strstr(out, s) != NULL, "missing: %s", s)
#define HASNT(out, s) ck_assert_msg(strstr(out, s) == NULL, "present: %s", s)

START_TEST(test_symbols_lp64)
{
    char *out = emit("results-lp64.txt");

    /* present flags, in hex, with the suffix their value needs */
    HAS(out,
        "\n#define MMAPC_HAVE_PROT_READ 1\n#define MMAPC_PROT_READ 0x1\n");
    HAS(out, "\n#define MMAPC_PROT_NONE 0x0\n");
    HAS(out, "\n#define MMAPC_MAP_HUGE_16GB 0x88000000U\n");
    HAS(out, "\n#define MMAPC_MMAPCTEST_U32 0x80000000U\n");
    HAS(out, "\n#define MMAPC_MMAPCTEST_BIG 0x100000000L\n");
    HAS(out, "\n#define MMAPC_MMAPCTEST_UMAX 0xffffffffffffffffUL\n");
    /* int kinds in decimal, negative ones parenthesised */
    HAS(out, "\n#define MMAPC_MADV_FREE 8\n");
    HAS(out, "\n#define MMAPC_MMAPCTEST_DEC 4096\n");
    HAS(out, "\n#define MMAPC_MMAPCTEST_NEG (-1)\n");
    HAS(out, "\n#define MMAPC_MMAPCTEST_INTMIN (-2147483647 - 1)\n");
    HAS(out, "\n#define MMAPC_MMAPCTEST_LLMIN (-9223372036854775807L - 1)\n");
    /* absent flag: 0; absent int: undefined */
    HAS(out, "\n#define MMAPC_HAVE_MMAPCTEST_NOFLAG 0\n"
             "#define MMAPC_MMAPCTEST_NOFLAG 0 ");
    HAS(out, "\n#define MMAPC_HAVE_MADV_COLD 0\n");
    HASNT(out, "#define MMAPC_MADV_COLD ");
    /* pointer, macro, present non-constant int: only MMAPC_HAVE_ */
    HAS(out, "\n#define MMAPC_HAVE_MAP_FAILED 1\n");
    HASNT(out, "#define MMAPC_MAP_FAILED ");
    HAS(out, "\n#define MMAPC_HAVE_MAP_ALIGNED 0\n");
    HASNT(out, "#define MMAPC_MAP_ALIGNED ");
    HAS(out, "\n#define MMAPC_HAVE_MMAPCTEST_CONST 1\n");
    HASNT(out, "#define MMAPC_MMAPCTEST_CONST ");
    HAS(out, "/* MMAPC_MMAPCTEST_CONST: not defined: MMAPCTEST_CONST is "
             "present but not an\n");
    /* the extra catalog's symbol of a main family, after the others */
    HAS(out, "#define MMAPC_MAP_EXTRA_ONE 0x40\n");
    ck_assert(strstr(out, "MMAPC_MMAPCTEST_NOFLAG 0")
              < strstr(out, "MMAPC_MAP_EXTRA_ONE 0x40"));
    /* archdep is said, descriptions are there */
    HAS(out, "/* MAP_ANONYMOUS: Not backed by a file; \"zero-filled\" \\ "
             "(quote and backslash\n *   for the escapers), * / / * ? ?/ too. "
             "(The value differs between CPU\n *   architectures.) */\n");
    done(out);
}
END_TEST

START_TEST(test_symbols_ilp32)
{
    char *out = emit("results-ilp32.txt");

    HAS(out, "\n#define MMAPC_MMAPCTEST_U32 0x80000000U\n");
    HAS(out, "\n#define MMAPC_MMAPCTEST_BIG (MMAPC_EXTENSION_ "
             "0x100000000LL)\n");
    HAS(out, "\n#define MMAPC_MMAPCTEST_UMAX (MMAPC_EXTENSION_ "
             "0xffffffffffffffffULL)\n");
    HAS(out, "\n#define MMAPC_MMAPCTEST_INTMIN (-2147483647 - 1)\n");
    HAS(out, "\n#define MMAPC_MMAPCTEST_LLMIN (MMAPC_EXTENSION_ "
             "(-9223372036854775807LL - 1))\n");
    HAS(out, "\n#define MMAPC_MMAPCTEST_NEG (-1)\n");
    done(out);
}
END_TEST

START_TEST(test_facts)
{
    char *out = emit("results-lp64.txt");

    HAS(out, "\n#define MMAPC_VERSION \"9.9-test\"\n");
    HAS(out, "\n#define MMAPC_TARGET \"x86_64-pc-linux-gnu\"\n");
    HAS(out, "\n#define MMAPC_HAVE_SYS_MMAN_H 1\n"
             "#define MMAPC_HAVE_LINUX_MMAN_H 1\n"
             "#define MMAPC_HAVE_LINUX_MEMFD_H 0\n");
    HAS(out, "\n#define MMAPC_HAVE_MADVISE 1\n"
             "#define MMAPC_HAVE_POSIX_MADVISE 1\n"
             "#define MMAPC_HAVE_MREMAP 0\n");
    HAS(out, "\n#define MMAPC_HAVE_MADVISE_DECL 1\n"
             "#define MMAPC_MADVISE_ADDR_TYPE void *\n");
    /* provenance: version, target, compiler, libc; no path */
    HAS(out, " * Generator:  mmapc-gen 9.9-test\n"
             " * Target:     x86_64-pc-linux-gnu (native build)\n"
             " * Compiler:   gcc (Debian 12.2.0-14+deb12u1) 12.2.0\n"
             " * C library:  glibc 2.36\n");
    HAS(out, " * Symbols:    20 in the catalog, 17 present on the target\n");
    HASNT(out, "tests/data");
    HASNT(out, "catalog-small");
    done(out);

    out = emit("results-ilp32.txt");
    HAS(out, "\n#define MMAPC_HAVE_MADVISE_DECL 0\n");
    HASNT(out, "MMAPC_MADVISE_ADDR_TYPE void");
    HAS(out, " * Target:     i686-pc-linux-gnu (cross-compiled)\n");
    done(out);
}
END_TEST

START_TEST(test_target_guard)
{
    char *out = emit("results-lp64.txt");

    HAS(out,
        "\n#if !defined(MMAPC_NO_TARGET_CHECK)\n"
        "#if !defined(__x86_64__)\n"
        "#error \"mmap_consts.h was generated for x86_64-pc-linux-gnu, but "
        "this compiler does not define __x86_64__: it is meant for another "
        "target (define MMAPC_NO_TARGET_CHECK to skip this check)\"\n"
        "#elif (__x86_64__) != 1\n");
    HAS(out, "\n#elif (__SIZEOF_POINTER__) != 8\n");
    /* a value that is no integer literal is only tested for being defined */
    HAS(out, "\n#elif !defined(__BYTE_ORDER__)\n");
    HASNT(out, "(__BYTE_ORDER__) !=");
    done(out);
}
END_TEST

START_TEST(test_no_predefs)
{
    /* Without predef lines there is no guard, and a comment says why. */
    static const char *const drop = "predef ";
    char path[4096], *text, *p, *q, *out;
    FILE *fp;
    int rc;

    text = tu_slurp(tu_data("results-lp64.txt"));
    ck_assert_ptr_nonnull(text);
    tu_tmpdir();
    strcpy(path, tu_tmppath("nopredef.txt"));
    fp = fopen(path, "w");
    ck_assert_ptr_nonnull(fp);
    for (p = text; *p != '\0'; p = q + 1) {
        q = strchr(p, '\n');
        if (strncmp(p, drop, strlen(drop)) != 0)
            fwrite(p, 1, (size_t)(q - p + 1), fp);
    }
    fclose(fp);
    free(text);
    tu_load_data(&cat, &res, "results-lp64.txt", &in);
    mmapc_results_free(&res);
    mmapc_results_init(&res);
    ck_assert_int_eq(mmapc_results_load(&res, path, &cat), MMAPC_OK);
    out = tu_emit(mmapc_emit_header, &in, &rc);
    ck_assert_int_eq(rc, MMAPC_OK);
    HASNT(out, "\n#error \"mmap_consts.h was generated");
    HASNT(out, "MMAPC_NO_TARGET_CHECK)");
    HAS(out, "/* No target check: configure recorded no predefined macros");
    remove(path);
    done(out);
}
END_TEST

START_TEST(test_verify_section)
{
    char *out = emit("results-lp64.txt");

    HAS(out, "\n#include <sys/types.h>\n#include <limits.h>\n"
             "#include <sys/mman.h>\n#include <linux/mman.h>\n#endif");
    HASNT(out, "#include <linux/memfd.h>");
    HAS(out, "\ntypedef char mmapc_verify_MAP_SHARED[MMAPC_VERIFY_EQ_("
             "MAP_SHARED, MMAPC_MAP_SHARED)];\n");
    HAS(out, "\ntypedef char mmapc_verify_MMAPCTEST_NEG[MMAPC_VERIFY_EQ_("
             "MMAPCTEST_NEG, MMAPC_MMAPCTEST_NEG)];\n");
    HAS(out, "\ntypedef char mmapc_verify_MAP_FAILED[sizeof (MAP_FAILED) > 0 "
             "? 1 : -1];\n");
    HASNT(out, "mmapc_verify_MADV_COLD");
    HASNT(out, "mmapc_verify_MMAPCTEST_NOFLAG");
    HASNT(out, "#if MMAPC_LONG_LONG_\ntypedef");
    done(out);

    out = emit("results-ilp32.txt");
    /* checks of values that need long long are skipped where it is not
     * quietly available */
    HAS(out,
        "\n#if MMAPC_LONG_LONG_\ntypedef char mmapc_verify_MMAPCTEST_BIG"
        "[MMAPC_VERIFY_EQ_(MMAPCTEST_BIG, MMAPC_MMAPCTEST_BIG)];\n#endif\n");
    HAS(out, "\ntypedef char mmapc_verify_MMAPCTEST_U32[MMAPC_VERIFY_EQ_(");
    done(out);
}
END_TEST

START_TEST(test_macro_presence_check)
{
    /* A present macro kind is checked with #ifndef. */
    char *out, *text;
    int rc;

    tu_load_data(&cat, &res, "results-lp64.txt", &in);
    res.symbols[mmapc_catalog_find(&cat, "MAP_ALIGNED")].state = MMAPC_RES_YES;
    out = tu_emit(mmapc_emit_header, &in, &rc);
    ck_assert_int_eq(rc, MMAPC_OK);
    HAS(out,
        "\n#ifndef MAP_ALIGNED\n#error \"mmap_consts.h says MAP_ALIGNED "
        "is defined, but the system headers do not define it\"\n#endif\n");
    text = out;
    done(text);
}
END_TEST

START_TEST(test_table)
{
    char *out = emit("results-lp64.txt");

    HAS(out,
        "\nstatic const struct mmapc_symbol mmapc_symbols[] = {\n"
        "    { \"PROT_NONE\", \"PROT\", MMAPC_KIND_FLAG, 1, 1, 0, 0x0UL },\n");
    HAS(out, "\n    { \"MAP_ALIGNED\", \"MAP\", MMAPC_KIND_MACRO, 0, 0, 0, "
             "0x0UL },\n");
    HAS(out, "\n    { \"MAP_FAILED\", \"OTHER\", MMAPC_KIND_POINTER, 1, 0, 0, "
             "0x0UL },\n");
    HAS(out, "\n    { \"MADV_FREE\", \"MADV\", MMAPC_KIND_INT, 1, 1, 0, "
             "0x8UL },\n");
    HAS(out, "\n    { \"MADV_COLD\", \"MADV\", MMAPC_KIND_INT, 0, 0, 0, "
             "0x0UL },\n");
    HAS(out, "\n    { \"MMAPCTEST_CONST\", \"MMAPCTEST\", MMAPC_KIND_INT, 1, "
             "0, 0, 0x0UL },\n");
    HAS(out, "\n    { \"MMAPCTEST_NEG\", \"MMAPCTEST\", MMAPC_KIND_INT, 1, 1, "
             "1, 0xffffffffffffffffUL },\n");
    HAS(out, "\n    { \"MMAPCTEST_INTMIN\", \"MMAPCTEST\", MMAPC_KIND_INT, 1, "
             "1, 1, 0xffffffff80000000UL },\n");
    HAS(out, "\n    { \"MAP_EXTRA_ONE\", \"MAP\", MMAPC_KIND_FLAG, 1, 1, 0, "
             "0x40UL },\n};\n\n#define MMAPC_SYMBOL_COUNT 20\n");
    done(out);

    /* 32-bit long: two's complement in 32 bits; too-big values keep their
     * low bits (documented) */
    out = emit("results-ilp32.txt");
    HAS(out, "\n    { \"MMAPCTEST_NEG\", \"MMAPCTEST\", MMAPC_KIND_INT, 1, 1, "
             "1, 0xffffffffUL },\n");
    HAS(out, "\n    { \"MMAPCTEST_INTMIN\", \"MMAPCTEST\", MMAPC_KIND_INT, 1, "
             "1, 1, 0x80000000UL },\n");
    HAS(out,
        "\n    { \"MMAPCTEST_BIG\", \"MMAPCTEST\", MMAPC_KIND_FLAG, 1, 1, "
        "0, 0x0UL },\n");
    done(out);
}
END_TEST

/* Every comment is closed before another opens, and no "??" is left. */
START_TEST(test_comments_and_prefixes)
{
    char *out = emit("results-lp64.txt");
    const char *p = out, *end, *line;
    int in_verify = 0;

    while ((p = strstr(p, "/*")) != NULL) {
        end = strstr(p + 2, "*/");
        ck_assert_ptr_nonnull(end);
        ck_assert_msg(strstr(p + 2, "/*") == NULL || strstr(p + 2, "/*") > end,
                      "nested comment at offset %ld", (long)(p - out));
        p = end + 2;
    }
    HASNT(out, "??");
    /* every macro and typedef has the prefix, but for the feature macros
     * of the MMAPC_VERIFY section */
    for (line = out; line != NULL && *line != '\0';
         line = strchr(line, '\n')) {
        if (*line == '\n')
            line++;
        if (strncmp(line, "#if defined(MMAPC_VERIFY)", 25) == 0)
            in_verify = 1;
        if (strncmp(line, "#endif /* MMAPC_VERIFY */", 25) == 0)
            in_verify = 0;
        if (strncmp(line, "#define ", 8) == 0 && !in_verify)
            ck_assert_msg(strncmp(line + 8, "MMAPC_", 6) == 0,
                          "unprefixed macro: %.40s", line);
        if (strncmp(line, "#define ", 8) == 0 && in_verify)
            ck_assert_msg(strncmp(line + 8, "MMAPC_", 6) == 0
                              || line[8] == '_',
                          "unexpected macro: %.40s", line);
        if (strncmp(line, "typedef ", 8) == 0)
            ck_assert_msg(strncmp(line, "typedef char mmapc_", 19) == 0,
                          "unprefixed typedef: %.40s", line);
        if (strncmp(line, "static ", 7) == 0
            || strncmp(line, "struct ", 7) == 0)
            ck_assert_msg(strstr(line, " mmapc_") != NULL,
                          "unprefixed identifier: %.40s", line);
    }
    HASNT(out, "@@");
    done(out);
}
END_TEST

START_TEST(test_deterministic)
{
    char *a = emit("results-lp64.txt"), *b;

    mmapc_results_free(&res);
    mmapc_catalog_free(&cat);
    b = emit("results-lp64.txt");
    ck_assert_str_eq(a, b);
    free(a);
    done(b);
}
END_TEST

/* The header of CATALOG and RESULTS (texts), which must end with WANT_RC
 * and the messages WANT; the output (malloc'd). */
static char *emit_texts(const char *catalog, const char *results, int want_rc,
                        const char *want)
{
    struct mmapc_catalog c;
    struct mmapc_results r;
    struct mmapc_input i;
    char *out;
    int rc;

    mmapc_catalog_init(&c);
    mmapc_results_init(&r);
    ck_assert_int_eq(tu_catalog(&c, "c.def", catalog), MMAPC_OK);
    ck_assert_int_eq(tu_results(&r, "r.txt", results, &c), MMAPC_OK);
    i.cat = &c;
    i.res = &r;
    i.version = "1";
    tu_diag_begin();
    out = tu_emit(mmapc_emit_header, &i, &rc);
    ck_assert_int_eq(rc, want_rc);
    ck_assert_str_eq(tu_diag_end(), want);
    mmapc_results_free(&r);
    mmapc_catalog_free(&c);
    return out;
}

/* Inputs that would make a broken header. */
static void emit_error(const char *catalog, const char *results,
                       const char *want)
{
    free(emit_texts(catalog, results, MMAPC_ERR, want));
}

#define HEAD                                                                  \
    "mmapc-results 1\ntarget t\nos o\ncpu c\nlibc l\ncc c\n"                  \
    "cross_compiling no\nsizeof int 4\nsizeof long 8\nsizeof long_long 8\n"   \
    "sizeof pointer 8\nmadvise_addr_type none\n"

START_TEST(test_macro_clash)
{
    emit_error("%family T t\nFOO T flag - f\nHAVE_FOO T flag - h\n",
               HEAD "symbol FOO 0x1\nsymbol HAVE_FOO 0x2\n",
               "c.def:3: symbol HAVE_FOO would define MMAPC_HAVE_FOO, which "
               "symbol FOO (c.def:2) defines too\n");
    emit_error("%family T t\nVERSION T int - v\n", HEAD "symbol VERSION 1\n",
               "c.def:2: symbol VERSION would define MMAPC_VERSION, a name "
               "reserved by the generated header\n");
    emit_error("%family T t\nMADVISE_DECL T int - v\n",
               HEAD "symbol MADVISE_DECL no\n",
               "c.def:2: symbol MADVISE_DECL would define "
               "MMAPC_HAVE_MADVISE_DECL, a name reserved by the generated "
               "header\n");
    emit_error("%family T t\nX T pointer - x\n",
               HEAD "header madvise yes\nfunction madvise yes\nsymbol X no\n",
               "r.txt:14: function madvise would define MMAPC_HAVE_MADVISE, "
               "which header madvise (r.txt:13) defines too\n");
}
END_TEST

START_TEST(test_value_fits_no_type)
{
    emit_error("%family T t\nX T flag - x\n",
               "mmapc-results 1\ntarget t\nos o\ncpu c\nlibc l\ncc c\n"
               "cross_compiling no\nsizeof int 2\nsizeof long 4\n"
               "sizeof long_long 4\nsizeof pointer 4\n"
               "madvise_addr_type none\nsymbol X 0x100000000\n",
               "r.txt:13: value 4294967296 of X fits no integer type of the "
               "target (long long has 32 bits)\n");
}
END_TEST

START_TEST(test_target_guard_values)
{
    /* An operating-system macro is tested for being defined only (its value
     * is a release), a negative value is parenthesised in #if but not in
     * the message, and an OS macro the target lacks must stay undefined. */
    char *out = emit_texts("%family T t\nX T flag - x\n",
                           HEAD "predef __FreeBSD__ 13\npredef _MIPS_SIM -1\n"
                                "symbol X 1\n",
                           MMAPC_OK, "");

    HAS(out, "\n#if !defined(__FreeBSD__)\n#error \"mmap_consts.h was "
             "generated for t, but this compiler does not define "
             "__FreeBSD__: ");
    HASNT(out, "(__FreeBSD__) !=");
    HAS(out, "\n#elif !defined(_MIPS_SIM)\n#error ");
    HAS(out, "\n#elif (_MIPS_SIM) != (-1)\n#error \"mmap_consts.h was "
             "generated for t, but this compiler defines _MIPS_SIM as "
             "something other than -1: it is meant for another target");
    HAS(out, "\n#elif defined(__linux__)\n#error \"mmap_consts.h was "
             "generated for t, but this compiler defines __linux__, which "
             "the target's compiler did not define: ");
    HASNT(out, "#elif defined(__FreeBSD__)");
    free(out);
}
END_TEST

/* The tests of the suite, in order. */
/* clang-format off */
#define TESTS(X) \
    X(test_symbols_lp64) \
    X(test_symbols_ilp32) \
    X(test_facts) \
    X(test_target_guard) \
    X(test_no_predefs) \
    X(test_verify_section) \
    X(test_macro_presence_check) \
    X(test_table) \
    X(test_comments_and_prefixes) \
    X(test_deterministic) \
    X(test_macro_clash) \
    X(test_value_fits_no_type) \
    X(test_target_guard_values)
/* clang-format on */

TU_SUITE(emit_header)
