/* test-template.c: the template engine (gen/emit/template.c) and the templates
 * embedded by gen/embed.awk. */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "template.h"
#include "testutil.h"

/* Fills NAME with "<name>" inline; block BLOCK writes two lines, EMPTY
 * none, FAIL reports an error. */
static int filler(FILE *out, const char *name, int block, void *ctx)
{
    int *calls = ctx;

    (*calls)++;
    if (strcmp(name, "FAIL") == 0) {
        mmapc_error("filler failed");
        return MMAPC_FILL_ERROR;
    }
    if (block && strcmp(name, "BLOCK") == 0) {
        fputs("block line 1\nblock line 2\n", out);
        return MMAPC_FILL_OK;
    }
    if (block && strcmp(name, "EMPTY") == 0)
        return MMAPC_FILL_OK;
    if (!block && strncmp(name, "IN", 2) == 0) {
        fprintf(out, "<%s>", name);
        return MMAPC_FILL_OK;
    }
    return MMAPC_FILL_UNKNOWN;
}

static const char *fill(const char *const *lines, int *rc, int *calls,
                        const char **diag)
{
    static char text[4096];
    struct mmapc_template t;
    FILE *fp = tmpfile();
    size_t n;

    ck_assert_ptr_nonnull(fp);
    t.name = "t.in";
    t.lines = lines;
    *calls = 0;
    tu_diag_begin();
    *rc = mmapc_template_fill(fp, &t, filler, calls);
    *diag = tu_diag_end();
    rewind(fp);
    n = fread(text, 1, sizeof text - 1, fp);
    text[n] = '\0';
    fclose(fp);
    return text;
}

START_TEST(test_fill)
{
    static const char *const lines[] = {
        "@@# a template comment, dropped @@IN1@@",
        "first @@IN1@@ and @@IN2@@.",
        "@@BLOCK@@",
        "@@EMPTY@@",
        "  @@IN3@@  ",
        "not placeholders: @@ @@lower@@ @@A-B@@ @@@ @ @@X",
        "",
        "@@IN4@@@@IN5@@",
        "last",
        NULL
    };
    const char *out, *diag;
    int rc, calls;

    out = fill(lines, &rc, &calls, &diag);
    ck_assert_int_eq(rc, MMAPC_OK);
    ck_assert_str_eq(diag, "");
    ck_assert_str_eq(out, "first <IN1> and <IN2>.\n"
                          "block line 1\nblock line 2\n"
                          "  <IN3>  \n"
                          "not placeholders: @@ @@lower@@ @@A-B@@ @@@ @ @@X\n"
                          "\n"
                          "<IN4><IN5>\n"
                          "last\n");
    ck_assert_int_eq(calls, 7);
}
END_TEST

/* Templates that fail: the message each gives, after one call of the
 * filler. A block name used inline is unknown to the filler, as is a block
 * it has no text for: errors that name the template line. */
static const struct {
    const char *lines[4];
    const char *diag;
} bad_templates[] = {
    { { "ok", "x @@BLOCK@@", NULL },
      "t.in:2: unknown inline placeholder @@BLOCK@@ (internal error)\n" },
    { { "@@NOPE@@", "after", NULL },
      "t.in:1: unknown block placeholder @@NOPE@@ (internal error)\n" },
    { { "a", "@@FAIL@@", "b @@IN1@@", NULL }, "mmapc-gen: filler failed\n" },
};

START_TEST(test_bad_template)
{
    const char *diag;
    int rc, calls;

    fill(bad_templates[_i].lines, &rc, &calls, &diag);
    ck_assert_int_eq(rc, MMAPC_ERR);
    ck_assert_int_eq(calls, 1);
    ck_assert_str_eq(diag, bad_templates[_i].diag);
}
END_TEST

START_TEST(test_embedded)
{
    const struct mmapc_template *h = mmapc_template_find("mmap_consts.h.in");
    const struct mmapc_template *j =
        mmapc_template_find("mmap_consts.json.in");
    size_t i;
    int found;

    ck_assert_ptr_nonnull(h);
    ck_assert_ptr_nonnull(j);
    ck_assert_ptr_null(mmapc_template_find("nope.in"));
    ck_assert_ptr_null(mmapc_template_find("templates/mmap_consts.h.in"));
    ck_assert_uint_ge(mmapc_ntemplates, 2);
    /* the lines came through the awk script intact: quotes, backslashes
     * and the template comments are there */
    ck_assert_str_eq(h->lines[0], "@@# templates/mmap_consts.h.in: the "
                                  "skeleton of the generated mmap_consts.h.");
    for (found = 0, i = 0; h->lines[i] != NULL; i++)
        if (strcmp(h->lines[i], "#if (defined(__STDC_VERSION__) && "
                                "__STDC_VERSION__ >= 199901L) \\")
            == 0)
            found = 1;
    ck_assert_msg(found, "the backslash-continued #if line is not intact");
    for (found = 0, i = 0; j->lines[i] != NULL; i++)
        if (strcmp(j->lines[i], "  \"schema_version\": 1,") == 0)
            found = 1;
    ck_assert_msg(found, "the quoted JSON line is not intact");
}
END_TEST

/* The tests of the suite, in order. */
/* clang-format off */
#define TESTS(X) \
    X(test_fill) \
    X(test_embedded)
/* clang-format on */

TU_SUITE_WITH(template, TU_ADD_LOOP_TEST(test_bad_template, bad_templates))
