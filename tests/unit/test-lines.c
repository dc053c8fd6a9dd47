/* test-lines.c: the checked line reader (gen/core/lines.c). */
#include <string.h>

#include "diag.h"
#include "lines.h"
#include "testutil.h"

/* Read DATA (LEN bytes) to the end or the first error; return the last
 * result of mmapc_lines_next and the diagnostics in *diag. */
static int read_all(const char *data, size_t len, unsigned long *nlines,
                    const char **diag)
{
    struct mmapc_lines lr;
    FILE *fp = tu_stream(data, len);
    const char *line;
    size_t n;
    int rc;

    tu_diag_begin();
    mmapc_lines_attach(&lr, fp, "in.txt");
    *nlines = 0;
    while ((rc = mmapc_lines_next(&lr, &line, &n)) == 1)
        (*nlines)++;
    mmapc_lines_close(&lr);
    fclose(fp);
    *diag = tu_diag_end();
    return rc;
}

START_TEST(test_good_lines)
{
    static const char data[] = "first\n\tsecond  line\t\n\n~ !\"#\n";
    struct mmapc_lines lr;
    FILE *fp = tu_stream(data, sizeof data - 1);
    const char *line;
    size_t len;

    mmapc_lines_attach(&lr, fp, "in.txt");
    ck_assert_int_eq(mmapc_lines_next(&lr, &line, &len), 1);
    ck_assert_str_eq(line, "first");
    ck_assert_uint_eq(len, 5);
    ck_assert_uint_eq(lr.lineno, 1);
    ck_assert_int_eq(mmapc_lines_next(&lr, &line, &len), 1);
    ck_assert_str_eq(line, "\tsecond  line\t");
    ck_assert_int_eq(mmapc_lines_next(&lr, &line, &len), 1);
    ck_assert_str_eq(line, "");
    ck_assert_uint_eq(len, 0);
    ck_assert_int_eq(mmapc_lines_next(&lr, &line, &len), 1);
    ck_assert_str_eq(line, "~ !\"#");
    ck_assert_uint_eq(lr.lineno, 4);
    ck_assert_int_eq(mmapc_lines_next(&lr, &line, &len), 0);
    ck_assert_int_eq(mmapc_lines_next(&lr, &line, &len), 0);
    mmapc_lines_close(&lr);
    fclose(fp);
}
END_TEST

START_TEST(test_empty_file)
{
    unsigned long n;
    const char *diag;

    ck_assert_int_eq(read_all("", 0, &n, &diag), 0);
    ck_assert_uint_eq(n, 0);
    ck_assert_str_eq(diag, "");
}
END_TEST

/* read_all of the LEN bytes DATA fails with the message WANT, after
 * LINES good lines (not checked when LINES is -1). */
static void rejects(const char *data, size_t len, long lines, const char *want)
{
    unsigned long n;
    const char *diag;

    ck_assert_int_eq(read_all(data, len, &n, &diag), MMAPC_ERR);
    if (lines >= 0)
        ck_assert_uint_eq(n, (unsigned long)lines);
    ck_assert_str_eq(diag, want);
}

START_TEST(test_nul_byte)
{
    rejects("ok\nx\0y\n", 7, 1, "in.txt:2: NUL byte at column 2\n");
}
END_TEST

START_TEST(test_carriage_return)
{
    rejects("a\r\nb\n", 5, 0,
            "in.txt:1: carriage return (CR) at column 2; "
            "only LF line ends are accepted\n");
}
END_TEST

START_TEST(test_non_ascii)
{
    rejects("one\ntwo\ncaf\xc3\xa9\n", 14, 2,
            "in.txt:3: byte 0xc3 at "
            "column 4 is not printable ASCII or TAB\n");
}
END_TEST

START_TEST(test_control_bytes)
{
    rejects("a\x01\n", 3, -1,
            "in.txt:1: byte 0x01 at column 2 is not "
            "printable ASCII or TAB\n");
    rejects("\x7f\n", 2, -1,
            "in.txt:1: byte 0x7f at column 1 is not "
            "printable ASCII or TAB\n");
    rejects("a\fb\n", 4, -1,
            "in.txt:1: byte 0x0c at column 2 is not "
            "printable ASCII or TAB\n");
}
END_TEST

START_TEST(test_line_length)
{
    char buf[2 * MMAPC_LINE_MAX];
    unsigned long n;
    const char *diag;

    /* 1023 bytes: the longest line allowed */
    memset(buf, 'x', MMAPC_LINE_MAX);
    buf[MMAPC_LINE_MAX] = '\n';
    ck_assert_int_eq(read_all(buf, MMAPC_LINE_MAX + 1, &n, &diag), 0);
    ck_assert_uint_eq(n, 1);
    ck_assert_str_eq(diag, "");
    /* 1024 bytes, on line 2 */
    buf[0] = '\n';
    memset(buf + 1, 'x', MMAPC_LINE_MAX + 1);
    buf[MMAPC_LINE_MAX + 2] = '\n';
    ck_assert_int_eq(read_all(buf, MMAPC_LINE_MAX + 3, &n, &diag), MMAPC_ERR);
    ck_assert_uint_eq(n, 1);
    ck_assert_str_eq(diag, "in.txt:2: line longer than 1023 bytes\n");
}
END_TEST

START_TEST(test_truncated)
{
    rejects("a\nb\nlast", 8, 2,
            "in.txt:3: no newline at end of file "
            "(truncated line)\n");
}
END_TEST

START_TEST(test_open_missing)
{
    struct mmapc_lines lr;
    const char *diag;
    const char *line;
    size_t len;

    tu_diag_begin();
    ck_assert_int_eq(mmapc_lines_open(&lr, "no/such/file.def"), MMAPC_ERR);
    diag = tu_diag_end();
    ck_assert_str_eq(diag, "no/such/file.def: cannot open for reading: "
                           "No such file or directory\n");
    ck_assert_int_eq(mmapc_lines_next(&lr, &line, &len), 0);
    mmapc_lines_close(&lr);
}
END_TEST

START_TEST(test_open_real_file)
{
    struct mmapc_lines lr;
    const char *line;
    size_t len;
    unsigned long n = 0;
    int rc;

    ck_assert_int_eq(mmapc_lines_open(&lr, tu_data("catalog-small.def")),
                     MMAPC_OK);
    while ((rc = mmapc_lines_next(&lr, &line, &len)) == 1)
        n++;
    ck_assert_int_eq(rc, 0);
    ck_assert_uint_gt(n, 10);
    ck_assert_uint_eq(lr.lineno, n);
    mmapc_lines_close(&lr);
}
END_TEST

/* The tests of the suite, in order. */
/* clang-format off */
#define TESTS(X) \
    X(test_good_lines) \
    X(test_empty_file) \
    X(test_nul_byte) \
    X(test_carriage_return) \
    X(test_non_ascii) \
    X(test_control_bytes) \
    X(test_line_length) \
    X(test_truncated) \
    X(test_open_missing) \
    X(test_open_real_file)
/* clang-format on */

TU_SUITE(lines)
