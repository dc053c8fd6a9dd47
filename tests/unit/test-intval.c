/* test-intval.c: integer values (gen/model/intval.c): parsing over the whole
 * -2^63 .. 2^64-1 range, formatting, and the C literals of each target. */
#include <string.h>

#include "diag.h"
#include "intval.h"
#include "testutil.h"

static const struct mmapc_ctypes lp64 = { 32, 64, 64 };
static const struct mmapc_ctypes ilp32 = { 32, 32, 64 };
static const struct mmapc_ctypes i16 = { 16, 32, 64 };

static struct mmapc_intval parse_ok(const char *s)
{
    struct mmapc_intval v;
    const char *why = NULL;

    ck_assert_msg(mmapc_intval_parse(s, &v, &why) == MMAPC_OK,
                  "'%s' rejected: %s", s, why != NULL ? why : "?");
    return v;
}

static const char *parse_bad(const char *s)
{
    struct mmapc_intval v;
    const char *why = NULL;

    ck_assert_msg(mmapc_intval_parse(s, &v, &why) == MMAPC_ERR,
                  "'%s' accepted", s);
    ck_assert_ptr_nonnull(why);
    return why;
}

START_TEST(test_parse_good)
{
    struct mmapc_intval v;

    v = parse_ok("0");
    ck_assert(!v.negative && v.magnitude == 0);
    v = parse_ok("-0");
    ck_assert_msg(!v.negative, "-0 must be normalised to 0");
    v = parse_ok("4096");
    ck_assert(!v.negative && v.magnitude == 4096);
    v = parse_ok("0x8000");
    ck_assert(!v.negative && v.magnitude == 0x8000);
    v = parse_ok("0X1f");
    ck_assert(v.magnitude == 31);
    v = parse_ok("0xABCdef");
    ck_assert(v.magnitude == 0xabcdef);
    v = parse_ok("-0x1");
    ck_assert(v.negative && v.magnitude == 1);
    v = parse_ok("0x00000001");
    ck_assert(v.magnitude == 1);
    v = parse_ok("18446744073709551615");
    ck_assert(!v.negative && v.magnitude == UINT64_MAX);
    v = parse_ok("0xffffffffffffffff");
    ck_assert(v.magnitude == UINT64_MAX);
    v = parse_ok("-9223372036854775808");
    ck_assert(v.negative && v.magnitude == UINT64_C(1) << 63);
    v = parse_ok("-0x8000000000000000");
    ck_assert(v.negative && v.magnitude == UINT64_C(1) << 63);
}
END_TEST

START_TEST(test_parse_bad)
{
    ck_assert_str_eq(parse_bad("18446744073709551616"),
                     "a number above 2^64-1");
    ck_assert_str_eq(parse_bad("0x10000000000000000"),
                     "a number above 2^64-1");
    ck_assert_str_eq(parse_bad("99999999999999999999999"),
                     "a number above 2^64-1");
    ck_assert_str_eq(parse_bad("-9223372036854775809"),
                     "a number below -2^63");
    ck_assert_str_eq(parse_bad("-0x8000000000000001"), "a number below -2^63");
    ck_assert_str_eq(parse_bad("-18446744073709551615"),
                     "a number below -2^63");
    ck_assert_str_eq(parse_bad("010"),
                     "a leading zero (C would read the number as octal)");
    ck_assert_str_eq(parse_bad(""), "no digits");
    ck_assert_str_eq(parse_bad("-"), "no digits");
    ck_assert_str_eq(parse_bad("0x"), "no digits");
    ck_assert_str_eq(parse_bad("12a"),
                     "a character that is not a decimal digit");
    ck_assert_str_eq(parse_bad("0x1g"), "a character that is not a hex digit");
    parse_bad("+1");
    parse_bad(" 1");
    parse_bad("1 ");
    parse_bad("--1");
    parse_bad("1L");
    parse_bad("0x8000u");
}
END_TEST

static void check_format(const char *in, const char *dec, const char *hex)
{
    struct mmapc_intval v = parse_ok(in);
    char buf[MMAPC_INTVAL_BUFSIZE];

    mmapc_intval_decimal(&v, buf, sizeof buf);
    ck_assert_str_eq(buf, dec);
    mmapc_intval_hex(&v, buf, sizeof buf);
    ck_assert_str_eq(buf, hex);
}

START_TEST(test_format)
{
    check_format("0", "0", "0x0");
    check_format("0x8000", "32768", "0x8000");
    check_format("-1", "-1", "-0x1");
    check_format("4096", "4096", "0x1000");
    check_format("0xffffffffffffffff", "18446744073709551615",
                 "0xffffffffffffffff");
    check_format("-0x8000000000000000", "-9223372036854775808",
                 "-0x8000000000000000");
    check_format("0x00ABC", "2748", "0xabc");
}
END_TEST

START_TEST(test_truncate)
{
    struct mmapc_intval v = parse_ok("-1");

    ck_assert(mmapc_intval_truncate(&v, 32) == 0xffffffffu);
    ck_assert(mmapc_intval_truncate(&v, 64) == UINT64_MAX);
    v = parse_ok("-0x80000000");
    ck_assert(mmapc_intval_truncate(&v, 32) == 0x80000000u);
    ck_assert(mmapc_intval_truncate(&v, 64) == UINT64_C(0xffffffff80000000));
    v = parse_ok("0x100000001");
    ck_assert(mmapc_intval_truncate(&v, 32) == 1);
    ck_assert(mmapc_intval_truncate(&v, 64) == UINT64_C(0x100000001));
}
END_TEST

START_TEST(test_fits)
{
    struct mmapc_intval v = parse_ok("0x7fffffff");

    ck_assert(mmapc_intval_fits(&v, 32, 1));
    v = parse_ok("0x80000000");
    ck_assert(!mmapc_intval_fits(&v, 32, 1));
    ck_assert(mmapc_intval_fits(&v, 32, 0));
    v = parse_ok("-0x80000000");
    ck_assert(mmapc_intval_fits(&v, 32, 1));
    ck_assert(!mmapc_intval_fits(&v, 32, 0));
    v = parse_ok("-0x80000001");
    ck_assert(!mmapc_intval_fits(&v, 32, 1));
    v = parse_ok("0xffffffffffffffff");
    ck_assert(mmapc_intval_fits(&v, 64, 0));
    ck_assert(mmapc_intval_fits(&v, 128, 0));
    ck_assert(!mmapc_intval_fits(&v, 64, 1));
}
END_TEST

/* Values and the C literal each gets on a target (LP64, ILP32, or with a
 * 16-bit int), in decimal (0) or hex (1), and its type. */
static const struct {
    const struct mmapc_ctypes *types;
    const char *value;
    int hex;
    const char *literal;
    enum mmapc_ctype type;
} literals[] = {
    { &lp64, "0", 0, "0", MMAPC_CT_INT },
    { &lp64, "0", 1, "0x0", MMAPC_CT_INT },
    { &lp64, "2147483647", 0, "2147483647", MMAPC_CT_INT },
    { &lp64, "2147483648", 0, "2147483648U", MMAPC_CT_UINT },
    { &lp64, "0x88000000", 1, "0x88000000U", MMAPC_CT_UINT },
    { &lp64, "4294967295", 0, "4294967295U", MMAPC_CT_UINT },
    { &lp64, "4294967296", 0, "4294967296L", MMAPC_CT_LONG },
    { &lp64, "0x100000000", 1, "0x100000000L", MMAPC_CT_LONG },
    { &lp64, "0x8000000000000000", 1, "0x8000000000000000UL", MMAPC_CT_ULONG },
    { &lp64, "18446744073709551615", 0, "18446744073709551615UL",
      MMAPC_CT_ULONG },
    { &lp64, "-1", 0, "(-1)", MMAPC_CT_INT },
    { &lp64, "-1", 1, "(-0x1)", MMAPC_CT_INT },
    { &lp64, "-2147483647", 0, "(-2147483647)", MMAPC_CT_INT },
    { &lp64, "-2147483648", 0, "(-2147483647 - 1)", MMAPC_CT_INT },
    { &lp64, "-0x80000000", 1, "(-0x7fffffff - 1)", MMAPC_CT_INT },
    { &lp64, "-2147483649", 0, "(-2147483649L)", MMAPC_CT_LONG },
    { &lp64, "-9223372036854775808", 0, "(-9223372036854775807L - 1)",
      MMAPC_CT_LONG },
    { &ilp32, "2147483648", 0, "2147483648U", MMAPC_CT_UINT },
    { &ilp32, "4294967295", 0, "4294967295U", MMAPC_CT_UINT },
    { &ilp32, "4294967296", 0, "4294967296LL", MMAPC_CT_LLONG },
    { &ilp32, "0xffffffffffffffff", 1, "0xffffffffffffffffULL",
      MMAPC_CT_ULLONG },
    { &ilp32, "-2147483648", 0, "(-2147483647 - 1)", MMAPC_CT_INT },
    { &ilp32, "-2147483649", 0, "(-2147483649LL)", MMAPC_CT_LLONG },
    { &ilp32, "-0x8000000000000000", 1, "(-0x7fffffffffffffffLL - 1)",
      MMAPC_CT_LLONG },
    { &i16, "32767", 0, "32767", MMAPC_CT_INT },
    { &i16, "32768", 0, "32768U", MMAPC_CT_UINT },
    { &i16, "65536", 0, "65536L", MMAPC_CT_LONG },
    { &i16, "-32768", 0, "(-32767 - 1)", MMAPC_CT_INT },
    { &i16, "-32769", 0, "(-32769L)", MMAPC_CT_LONG },
    { &i16, "0x80000000", 1, "0x80000000UL", MMAPC_CT_ULONG },
};

START_TEST(test_literal)
{
    struct mmapc_intval v = parse_ok(literals[_i].value);
    char buf[MMAPC_INTVAL_BUFSIZE];
    enum mmapc_ctype got;

    ck_assert_int_eq(mmapc_intval_c_literal(&v, literals[_i].types,
                                            literals[_i].hex, buf, sizeof buf,
                                            &got),
                     MMAPC_OK);
    ck_assert_str_eq(buf, literals[_i].literal);
    ck_assert_int_eq(got, literals[_i].type);
    ck_assert_int_eq(mmapc_intval_ctype(&v, literals[_i].types),
                     literals[_i].type);
}
END_TEST

START_TEST(test_literal_fits_nothing)
{
    static const struct mmapc_ctypes small = { 16, 32, 32 };
    struct mmapc_intval v = parse_ok("0x100000000");
    char buf[MMAPC_INTVAL_BUFSIZE];
    enum mmapc_ctype got;

    ck_assert_int_eq(mmapc_intval_c_literal(&v, &small, 1, buf, sizeof buf,
                                            &got),
                     MMAPC_ERR);
    ck_assert_int_eq(got, MMAPC_CT_NONE);
}
END_TEST

/* The tests of the suite, in order. */
/* clang-format off */
#define TESTS(X) \
    X(test_parse_good) \
    X(test_parse_bad) \
    X(test_format) \
    X(test_truncate) \
    X(test_fits) \
    X(test_literal_fits_nothing)
/* clang-format on */

TU_SUITE_WITH(intval, TU_ADD_LOOP_TEST(test_literal, literals))
