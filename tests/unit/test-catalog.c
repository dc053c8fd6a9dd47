/* test-catalog.c: the catalog parser (gen/model/catalog.c), good and bad input. */
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "diag.h"
#include "testutil.h"

#define FAM "%family MAP mmap flags\n"
/* The same as a printf format. */
#define FAM_FMT "%%family MAP mmap flags\n"

START_TEST(test_small_catalog)
{
    struct mmapc_catalog cat;
    const struct mmapc_symdef *s;
    size_t i;

    mmapc_catalog_init(&cat);
    ck_assert_int_eq(mmapc_catalog_load(&cat, tu_data("catalog-small.def")),
                     MMAPC_OK);
    ck_assert_uint_eq(cat.nfamilies, 4);
    ck_assert_str_eq(cat.families[0].name, "PROT");
    ck_assert_str_eq(cat.families[0].title,
                     "Memory protection (mmap, mprotect)");
    ck_assert_str_eq(cat.families[3].name, "OTHER");
    ck_assert_uint_eq(cat.nsymbols, 10);

    s = &cat.symbols[0];
    ck_assert_str_eq(s->name, "PROT_NONE");
    ck_assert_str_eq(cat.families[s->family].name, "PROT");
    ck_assert_int_eq(s->kind, MMAPC_K_FLAG);
    ck_assert_int_eq(s->archdep, 0);
    ck_assert_ptr_null(s->python);
    ck_assert_str_eq(s->description, "Pages may not be accessed at all.");
    ck_assert_str_eq(s->file, tu_data("catalog-small.def"));
    ck_assert_uint_eq(s->line, 10);

    /* indented line, kind with attribute, trailing blanks trimmed */
    i = mmapc_catalog_find(&cat, "MAP_ANONYMOUS");
    ck_assert_uint_eq(i, 3);
    s = &cat.symbols[i];
    ck_assert_int_eq(s->kind, MMAPC_K_FLAG);
    ck_assert_int_eq(s->archdep, 1);
    ck_assert_str_eq(s->python, "2.x");
    ck_assert_str_eq(s->description,
                     "Not backed by a file; \"zero-filled\" "
                     "\\ (quote and backslash for the escapers), */ /* ?\?/ "
                     "too.");

    ck_assert_int_eq(cat.symbols[mmapc_catalog_find(&cat, "MAP_ALIGNED")].kind,
                     MMAPC_K_MACRO);
    ck_assert_int_eq(cat.symbols[mmapc_catalog_find(&cat, "MADV_FREE")].kind,
                     MMAPC_K_INT);
    ck_assert_int_eq(cat.symbols[mmapc_catalog_find(&cat, "MAP_FAILED")].kind,
                     MMAPC_K_POINTER);
    ck_assert_uint_eq(mmapc_catalog_find(&cat, "MAP_NOPE"), (size_t)-1);
    ck_assert_uint_eq(mmapc_catalog_find(&cat, "MAP_"), (size_t)-1);
    mmapc_catalog_free(&cat);
}
END_TEST

START_TEST(test_two_files)
{
    struct mmapc_catalog cat;
    char small[4096], extra[4096];
    size_t i;

    /* the catalog keeps the file names: each needs its own buffer */
    strcpy(small, tu_data("catalog-small.def"));
    strcpy(extra, tu_data("catalog-extra.def"));
    mmapc_catalog_init(&cat);
    ck_assert_int_eq(mmapc_catalog_load(&cat, small), MMAPC_OK);
    ck_assert_int_eq(mmapc_catalog_load(&cat, extra), MMAPC_OK);
    ck_assert_uint_eq(cat.nsymbols, 20);
    ck_assert_uint_eq(cat.nfamilies, 5);
    /* a name of the second file, in a family of the first */
    i = mmapc_catalog_find(&cat, "MAP_EXTRA_ONE");
    ck_assert_uint_eq(i, 19);
    ck_assert_str_eq(cat.families[cat.symbols[i].family].name, "MAP");
    ck_assert_ptr_eq(cat.symbols[i].file, extra);
    ck_assert_ptr_eq(cat.symbols[0].file, small);
    ck_assert_uint_eq(cat.symbols[i].line, 16);
    for (i = 0; i < cat.nsymbols; i++)
        ck_assert_uint_eq(mmapc_catalog_find(&cat, cat.symbols[i].name), i);
    mmapc_catalog_free(&cat);
}
END_TEST

START_TEST(test_duplicate_across_files)
{
    struct mmapc_catalog cat;
    const char *diag;

    mmapc_catalog_init(&cat);
    ck_assert_int_eq(tu_catalog(&cat, "a.def", FAM "MAP_X MAP flag - x\n"),
                     MMAPC_OK);
    tu_diag_begin();
    ck_assert_int_eq(tu_catalog(&cat, "b.def", "\n\nMAP_X MAP int - again\n"),
                     MMAPC_ERR);
    diag = tu_diag_end();
    ck_assert_str_eq(diag, "b.def:3: MAP_X already listed at a.def:2\n");
    /* and a family declared in both */
    tu_diag_begin();
    ck_assert_int_eq(tu_catalog(&cat, "c.def", "%family MAP again\n"),
                     MMAPC_ERR);
    diag = tu_diag_end();
    ck_assert_str_eq(diag,
                     "c.def:1: family MAP already declared at a.def:1\n");
    mmapc_catalog_free(&cat);
}
END_TEST

START_TEST(test_many_symbols)
{
    /* enough names to grow the arrays and the hash index several times */
    struct mmapc_catalog cat;
    char *text = malloc(2000 * 40 + 64), *p, name[32];
    int i;

    ck_assert_ptr_nonnull(text);
    p = text + sprintf(text, FAM_FMT);
    for (i = 0; i < 2000; i++)
        p += sprintf(p, "MAP_N%d MAP flag - n\n", i);
    mmapc_catalog_init(&cat);
    ck_assert_int_eq(tu_catalog(&cat, "many.def", text), MMAPC_OK);
    ck_assert_uint_eq(cat.nsymbols, 2000);
    for (i = 0; i < 2000; i++) {
        sprintf(name, "MAP_N%d", i);
        ck_assert_uint_eq(mmapc_catalog_find(&cat, name), (size_t)i);
    }
    mmapc_catalog_free(&cat);
    free(text);
}
END_TEST

START_TEST(test_comments_and_blanks)
{
    struct mmapc_catalog cat;

    mmapc_catalog_init(&cat);
    ck_assert_int_eq(tu_catalog(&cat, "c.def",
                                "# comment\n\n   \t\n"
                                "   # indented comment\n" FAM
                                "MAP_X\tMAP\tflag\t-\tTabs\tinside.\t \n"),
                     MMAPC_OK);
    ck_assert_uint_eq(cat.nsymbols, 1);
    ck_assert_str_eq(cat.symbols[0].description, "Tabs\tinside.");
    ck_assert_uint_eq(cat.symbols[0].line, 6);
    mmapc_catalog_free(&cat);
}
END_TEST

START_TEST(test_python_field)
{
    static const char *const good[] = { "-", "2.x", "3.13", "3.8", "10.0" };
    static const char *const bad[] = { "3",    "3.",   ".3",   "x.3", "3.13.1",
                                       "3.xx", "3.x1", "v3.8", "--" };
    char text[256];
    size_t i;

    for (i = 0; i < sizeof good / sizeof good[0]; i++) {
        struct mmapc_catalog cat;

        mmapc_catalog_init(&cat);
        sprintf(text, FAM_FMT "MAP_X MAP flag %s d\n", good[i]);
        ck_assert_msg(tu_catalog(&cat, "p.def", text) == MMAPC_OK,
                      "PYTHON '%s' rejected", good[i]);
        mmapc_catalog_free(&cat);
    }
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        struct mmapc_catalog cat;
        char want[256];
        const char *diag;

        mmapc_catalog_init(&cat);
        sprintf(text, FAM_FMT "MAP_X MAP flag %s d\n", bad[i]);
        tu_diag_begin();
        ck_assert_msg(tu_catalog(&cat, "p.def", text) == MMAPC_ERR,
                      "PYTHON '%s' accepted", bad[i]);
        diag = tu_diag_end();
        sprintf(want,
                "p.def:2: MAP_X: malformed PYTHON field '%s' (want '-' "
                "or a version such as 3.13 or 2.x)\n",
                bad[i]);
        ck_assert_str_eq(diag, want);
        mmapc_catalog_free(&cat);
    }
}
END_TEST

/* Bad catalogs: the text and the exact diagnostic. */
static const struct tu_bad_text bad_catalogs[] = {
    { "%family map lower case\n",
      "bad.def:1: %family: bad family name 'map' (want [A-Z][A-Z0-9_]*, at "
      "most 63 characters)\n" },
    { "%family 1MAP t\n",
      "bad.def:1: %family: bad family name '1MAP' (want [A-Z][A-Z0-9_]*, at "
      "most 63 characters)\n" },
    { "%family MAP\n", "bad.def:1: %family MAP: missing title\n" },
    { "%family MAP   \n", "bad.def:1: %family MAP: missing title\n" },
    { "%family\n", "bad.def:1: %family: missing family name\n" },
    { FAM "%family MAP twice\n",
      "bad.def:2: family MAP already declared at bad.def:1\n" },
    { "%famly MAP t\n", "bad.def:1: unknown directive '%famly'\n" },
    { "MAP_X MAP flag - d\n",
      "bad.def:1: MAP_X: family 'MAP' is not declared (declare it first "
      "with %family)\n" },
    { FAM "MAP_X MAPS flag - d\n",
      "bad.def:2: MAP_X: family 'MAPS' is not declared (declare it first "
      "with %family)\n" },
    { FAM "9MAP MAP flag - d\n",
      "bad.def:2: name '9MAP' is not a C identifier\n" },
    { FAM "MAP-X MAP flag - d\n",
      "bad.def:2: name 'MAP-X' is not a C identifier\n" },
    { FAM "MAP_X\n", "bad.def:2: MAP_X: missing FAMILY field\n" },
    { FAM "MAP_X MAP\n", "bad.def:2: MAP_X: missing KIND field\n" },
    { FAM "MAP_X MAP flag\n", "bad.def:2: MAP_X: missing PYTHON field\n" },
    { FAM "MAP_X MAP flag -\n",
      "bad.def:2: MAP_X: missing DESCRIPTION field\n" },
    { FAM "MAP_X MAP flag - \t \n",
      "bad.def:2: MAP_X: missing DESCRIPTION field\n" },
    { FAM "MAP_X MAP flg - d\n",
      "bad.def:2: unknown kind 'flg' (want flag, strict, int, pointer or macro)\n" },
    { FAM "MAP_X MAP Flag - d\n",
      "bad.def:2: unknown kind 'Flag' (want flag, strict, int, pointer or macro)\n" },
    { FAM "MAP_X MAP ,archdep - d\n",
      "bad.def:2: unknown kind '' (want flag, strict, int, pointer or macro)\n" },
    { FAM "MAP_X MAP flag,arch - d\n",
      "bad.def:2: unknown attribute 'arch' in kind 'flag,arch' (the only "
      "attribute is archdep)\n" },
    { FAM "MAP_X MAP flag, - d\n",
      "bad.def:2: unknown attribute '' in kind 'flag,' (the only attribute "
      "is archdep)\n" },
    { FAM "MAP_X MAP flag,archdep,archdep - d\n",
      "bad.def:2: attribute archdep given twice\n" },
    { FAM "MAP_X MAP flag - d\nMAP_Y MAP int - e\nMAP_X MAP int - f\n",
      "bad.def:4: MAP_X already listed at bad.def:2\n" },
    { FAM "MAP_X MAP flag - no newline",
      "bad.def:2: no newline at end of file (truncated line)\n" },
    { FAM "MAP_X MAP flag - d\r\n",
      "bad.def:2: carriage return (CR) at column 19; only LF line ends are "
      "accepted\n" },
};

START_TEST(test_bad_catalog)
{
    struct mmapc_catalog cat;
    const char *diag;

    mmapc_catalog_init(&cat);
    tu_diag_begin();
    ck_assert_int_eq(tu_catalog(&cat, "bad.def", bad_catalogs[_i].text),
                     MMAPC_ERR);
    diag = tu_diag_end();
    ck_assert_str_eq(diag, bad_catalogs[_i].diag);
    mmapc_catalog_free(&cat);
}
END_TEST

START_TEST(test_name_length)
{
    struct mmapc_catalog cat;
    char text[256], name[70];
    const char *diag;

    memset(name, 'A', 63);
    name[63] = '\0';
    sprintf(text, FAM_FMT "%s MAP flag - d\n", name);
    mmapc_catalog_init(&cat);
    ck_assert_int_eq(tu_catalog(&cat, "len.def", text), MMAPC_OK);
    mmapc_catalog_free(&cat);

    strcat(name, "B");
    sprintf(text, FAM_FMT "%s MAP flag - d\n", name);
    mmapc_catalog_init(&cat);
    tu_diag_begin();
    ck_assert_int_eq(tu_catalog(&cat, "len.def", text), MMAPC_ERR);
    diag = tu_diag_end();
    ck_assert_ptr_nonnull(strstr(diag, "len.def:2: name 'AAAA"));
    ck_assert_ptr_nonnull(strstr(diag, "AB' is longer than 63 characters\n"));
    mmapc_catalog_free(&cat);
}
END_TEST

START_TEST(test_empty_and_missing)
{
    struct mmapc_catalog cat;
    const char *diag;

    mmapc_catalog_init(&cat);
    tu_diag_begin();
    ck_assert_int_eq(tu_catalog(&cat, "empty.def", ""), MMAPC_ERR);
    ck_assert_str_eq(tu_diag_end(), "empty.def:1: no symbols in this file\n");
    tu_diag_begin();
    ck_assert_int_eq(tu_catalog(&cat, "fam.def",
                                "# only a family\n"
                                "%family NEW t\n"),
                     MMAPC_ERR);
    ck_assert_str_eq(tu_diag_end(), "fam.def:1: no symbols in this file\n");
    tu_diag_begin();
    ck_assert_int_eq(mmapc_catalog_load(&cat, "missing.def"), MMAPC_ERR);
    diag = tu_diag_end();
    ck_assert_str_eq(diag, "missing.def: cannot open for reading: No such "
                           "file or directory\n");
    mmapc_catalog_free(&cat);
}
END_TEST

/* The tests of the suite, in order. */
/* clang-format off */
#define TESTS(X) \
    X(test_small_catalog) \
    X(test_two_files) \
    X(test_duplicate_across_files) \
    X(test_many_symbols) \
    X(test_comments_and_blanks) \
    X(test_python_field) \
    X(test_name_length) \
    X(test_empty_and_missing)
/* clang-format on */

TU_SUITE_WITH(catalog, TU_ADD_LOOP_TEST(test_bad_catalog, bad_catalogs))
