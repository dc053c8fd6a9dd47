/* test-options.c: the generator's small shared helpers: the option parser
 * of both command lines (gen/options.c) and the growing arrays and string
 * copies (gen/core/grow.c). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "grow.h"
#include "options.h"
#include "testutil.h"

/* Option NAME at ARGV[I] (ARGC of them) is refused with MESSAGE. */
static void refused(int argc, char **argv, int i, const char *name,
                    const char *context, const char *message)
{
    const char *value = NULL;

    tu_diag_begin();
    ck_assert_int_eq(mmapc_option_value(argc, argv, &i, name, &value, context),
                     MMAPC_ERR);
    ck_assert_str_eq(tu_diag_end(), message);
}

START_TEST(test_option_forms)
{
    char *argv[] = { "prog",         "--output",  "a.h",
                     "--output=b.h", "--outputx", "--format=" };
    const char *value = NULL;
    int i = 1;

    /* --NAME VALUE: the value is the next argument, which is used up */
    ck_assert_int_eq(mmapc_option_value(6, argv, &i, "--output", &value, ""),
                     1);
    ck_assert_str_eq(value, "a.h");
    ck_assert_int_eq(i, 2);
    /* --NAME=VALUE */
    i = 3;
    ck_assert_int_eq(mmapc_option_value(6, argv, &i, "--output", &value, ""),
                     1);
    ck_assert_str_eq(value, "b.h");
    ck_assert_int_eq(i, 3);
    /* a longer name is another option */
    i = 4;
    ck_assert_int_eq(mmapc_option_value(6, argv, &i, "--output", &value, ""),
                     0);
    /* an empty value, a missing value */
    refused(6, argv, 5, "--format", "merge: ",
            "mmapc-gen: merge: option "
            "--format needs a non-empty value\n");
    refused(2, argv, 1, "--output", "",
            "mmapc-gen: option --output needs "
            "a value\n");
}
END_TEST

START_TEST(test_option_once)
{
    char *argv[] = { "prog", "--results", "r.txt", "--results=s.txt" };
    const char *slot = NULL;
    int i = 1;

    ck_assert_int_eq(mmapc_option_once(4, argv, &i, "--results", &slot, ""),
                     1);
    ck_assert_str_eq(slot, "r.txt");
    i = 3;
    tu_diag_begin();
    ck_assert_int_eq(mmapc_option_once(4, argv, &i, "--results", &slot, ""),
                     MMAPC_ERR);
    ck_assert_str_eq(tu_diag_end(), "mmapc-gen: option --results given "
                                    "twice\n");
    ck_assert_str_eq(slot, "r.txt");
}
END_TEST

START_TEST(test_grow)
{
    int *a = NULL, *p;
    size_t cap = 0, i;

    /* the first room is the minimum, then it doubles; contents are kept */
    for (i = 0; i < 1000; i++) {
        p = mmapc_grow(a, &cap, i + 1, sizeof *p, 16);
        ck_assert_ptr_nonnull(p);
        a = p;
        a[i] = (int)i;
        ck_assert_uint_ge(cap, i + 1);
        ck_assert_uint_eq(cap & (cap - 1), 0);
    }
    ck_assert_uint_eq(cap, 1024);
    for (i = 0; i < 1000; i++)
        ck_assert_int_eq(a[i], (int)i);
    /* room enough: the same array */
    ck_assert_ptr_eq(mmapc_grow(a, &cap, 10, sizeof *a, 16), a);
    /* a size that overflows: NULL, the array and its room unchanged */
    ck_assert_ptr_null(mmapc_grow(a, &cap, SIZE_MAX / 2, sizeof *a, 16));
    ck_assert_uint_eq(cap, 1024);
    ck_assert_int_eq(a[999], 999);
    free(a);
}
END_TEST

START_TEST(test_strdup)
{
    char *s = mmapc_strndup("abcdef", 3), *t = mmapc_strdup("xyz");

    ck_assert_str_eq(s, "abc");
    ck_assert_str_eq(t, "xyz");
    free(s);
    free(t);
}
END_TEST

Suite *mmapc_suite_options(void)
{
    Suite *s = suite_create("options");
    TCase *options = tcase_create("options"), *grow = tcase_create("grow");

    tcase_add_test(options, test_option_forms);
    tcase_add_test(options, test_option_once);
    tcase_add_test(grow, test_grow);
    tcase_add_test(grow, test_strdup);
    suite_add_tcase(s, options);
    suite_add_tcase(s, grow);
    return s;
}
