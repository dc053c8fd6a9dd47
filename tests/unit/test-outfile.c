/* test-outfile.c: atomic output files (gen/core/outfile.c): the output appears
 * whole or not at all, an existing output survives every failure, and no
 * temporary file is left behind. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>

#include "diag.h"
#include "outfile.h"
#include "testutil.h"

/* Opens OF over the file NAME of the scratch directory, which holds OLD;
 * its path in PATH. */
static void open_over(struct mmapc_outfile *of, char *path, const char *name,
                      const char *old)
{
    tu_tmpdir();
    strcpy(path, tu_tmppath(name));
    ck_assert_int_eq(tu_write(path, old), 0);
    ck_assert_int_eq(mmapc_outfile_open(of, path), MMAPC_OK);
}

START_TEST(test_new_file)
{
    struct mmapc_outfile of;
    char path[8192];
    struct stat st;
    mode_t mask;

    tu_tmpdir();
    strcpy(path, tu_tmppath("out.h"));
    ck_assert_int_eq(mmapc_outfile_open(&of, path), MMAPC_OK);
    ck_assert_ptr_nonnull(of.fp);
    /* the output does not exist before the commit */
    ck_assert_int_eq(stat(path, &st), -1);
    fputs("hello\n", of.fp);
    ck_assert_int_eq(mmapc_outfile_commit(&of), MMAPC_OK);
    tu_file_is(path, "hello\n");
    ck_assert_int_eq(tu_count_entries(tu_tmppath("")), 1);
    /* the mode a plain fopen would give, not mkstemp's 0600 */
    mask = umask(0);
    umask(mask);
    ck_assert_int_eq(stat(path, &st), 0);
    ck_assert_uint_eq((unsigned)(st.st_mode & 0777), (unsigned)(0666 & ~mask));
    remove(path);
}
END_TEST

START_TEST(test_replace_existing)
{
    struct mmapc_outfile of;
    char path[8192];

    open_over(&of, path, "out.json", "old\n");
    fputs("new\n", of.fp);
    /* until the commit, the old content is there */
    tu_file_is(path, "old\n");
    ck_assert_int_eq(mmapc_outfile_commit(&of), MMAPC_OK);
    tu_file_is(path, "new\n");
    ck_assert_int_eq(tu_count_entries(tu_tmppath("")), 1);
    remove(path);
}
END_TEST

START_TEST(test_abort_keeps_existing)
{
    struct mmapc_outfile of;
    char path[8192];

    open_over(&of, path, "out.h", "precious\n");
    ck_assert_int_eq(tu_count_entries(tu_tmppath("")), 2);
    fputs("half-written", of.fp);
    mmapc_outfile_abort(&of);
    tu_file_is(path, "precious\n");
    ck_assert_int_eq(tu_count_entries(tu_tmppath("")), 1);
    mmapc_outfile_abort(&of); /* twice is harmless */
    remove(path);
}
END_TEST

START_TEST(test_missing_directory)
{
    struct mmapc_outfile of;
    char path[8192];

    tu_tmpdir();
    strcpy(path, tu_tmppath("no/such/dir/out.h"));
    tu_diag_begin();
    ck_assert_int_eq(mmapc_outfile_open(&of, path), MMAPC_ERR);
    ck_assert_ptr_nonnull(strstr(tu_diag_end(),
                                 "/no/such/dir/out.h: cannot "
                                 "create a temporary file beside it: No such "
                                 "file or directory\n"));
    ck_assert_int_eq(tu_count_entries(tu_tmppath("")), 0);
}
END_TEST

START_TEST(test_directory_names)
{
    struct mmapc_outfile of;
    char path[8192];

    tu_diag_begin();
    ck_assert_int_eq(mmapc_outfile_open(&of, "somewhere/"), MMAPC_ERR);
    ck_assert_str_eq(tu_diag_end(), "somewhere/: output is a directory "
                                    "name\n");

    /* an existing directory as the output: the rename fails, nothing is
     * left over and the directory stays */
    tu_tmpdir();
    strcpy(path, tu_tmppath("sub"));
    ck_assert_int_eq(mkdir(path, 0777), 0);
    ck_assert_int_eq(mmapc_outfile_open(&of, path), MMAPC_OK);
    fputs("x", of.fp);
    tu_diag_begin();
    ck_assert_int_eq(mmapc_outfile_commit(&of), MMAPC_ERR);
    ck_assert_ptr_nonnull(strstr(tu_diag_end(), "/sub: cannot write: "));
    ck_assert_int_eq(tu_count_entries(tu_tmppath("")), 1);
    ck_assert_int_eq(tu_count_entries(path), 0);
}
END_TEST

START_TEST(test_relative_name)
{
    /* a name without a directory: the temporary goes to the current one */
    struct mmapc_outfile of;

    ck_assert_int_eq(mmapc_outfile_open(&of, "mmapc-outfile-test.tmp"),
                     MMAPC_OK);
    ck_assert_ptr_eq(strchr(of.tmp, '/'), NULL);
    ck_assert_int_eq(strncmp(of.tmp, ".mmapc-outfile-test.tmp.tmp-", 28), 0);
    mmapc_outfile_abort(&of);
    ck_assert_ptr_null(tu_slurp("mmapc-outfile-test.tmp"));
}
END_TEST

START_TEST(test_stdout)
{
    struct mmapc_outfile of;

    ck_assert_int_eq(mmapc_outfile_open(&of, "-"), MMAPC_OK);
    ck_assert_ptr_eq(of.fp, stdout);
    ck_assert_ptr_null(of.tmp);
    ck_assert_int_eq(mmapc_outfile_commit(&of), MMAPC_OK);
}
END_TEST

/* The tests of the suite, in order. */
/* clang-format off */
#define TESTS(X) \
    X(test_new_file) \
    X(test_replace_existing) \
    X(test_abort_keeps_existing) \
    X(test_missing_directory) \
    X(test_directory_names) \
    X(test_relative_name) \
    X(test_stdout)
/* clang-format on */

TU_SUITE(outfile)
