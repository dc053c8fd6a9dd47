/* test-json-read.c: the JSON reader of mmapc-gen merge (gen/merge/json_read.c):
 * valid documents, exact 64-bit integers, escapes and UTF-8, and every kind
 * of bad input, reported as NAME:LINE: message without a crash. */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "json_read.h"
#include "testutil.h"

#define HAS(text, s)                                                          \
    ck_assert_msg(strstr(text, s) != NULL, "missing \"%s\" in: %.3000s", s,   \
                  text)

static int parse(struct mmapc_json *doc, const char *text)
{
    return mmapc_json_parse(doc, text, strlen(text), "t.json");
}

/* TEXT (LEN bytes) must fail with a message holding WANT. */
static void bad_len(const char *text, size_t len, const char *want)
{
    struct mmapc_json doc;
    const char *msg;
    int rc;

    mmapc_json_init(&doc);
    tu_diag_begin();
    rc = mmapc_json_parse(&doc, text, len, "t.json");
    msg = tu_diag_end();
    ck_assert_int_eq(rc, MMAPC_ERR);
    ck_assert_ptr_null(doc.root);
    HAS(msg, want);
    mmapc_json_free(&doc);
}

static void bad(const char *text, const char *want)
{
    bad_len(text, strlen(text), want);
}

START_TEST(test_values)
{
    struct mmapc_json doc;
    const struct mmapc_jvalue *root, *v;

    mmapc_json_init(&doc);
    ck_assert_int_eq(parse(&doc,
                           " {\"a\": [1, -2, 3.5, 1e3, true, false, "
                           "null, \"s\", {}, []],\n \"b\": {\"c\": \"d\"}}\n"),
                     MMAPC_OK);
    root = doc.root;
    ck_assert_int_eq(root->type, MMAPC_J_OBJECT);
    ck_assert_uint_eq(root->count, 2);
    v = mmapc_json_member(root, "a");
    ck_assert_ptr_nonnull(v);
    ck_assert_int_eq(v->type, MMAPC_J_ARRAY);
    ck_assert_uint_eq(v->count, 10);
    v = v->first;
    ck_assert(v->type == MMAPC_J_NUMBER && v->integer && v->ival.magnitude == 1
              && !v->ival.negative);
    v = v->next;
    ck_assert(v->integer && v->ival.magnitude == 2 && v->ival.negative);
    v = v->next;
    ck_assert(v->type == MMAPC_J_NUMBER && !v->integer);
    ck_assert_str_eq(v->text, "3.5");
    v = v->next;
    ck_assert(!v->integer);
    ck_assert_str_eq(v->text, "1e3");
    v = v->next;
    ck_assert_int_eq(v->type, MMAPC_J_TRUE);
    v = v->next;
    ck_assert_int_eq(v->type, MMAPC_J_FALSE);
    v = v->next;
    ck_assert_int_eq(v->type, MMAPC_J_NULL);
    v = v->next;
    ck_assert_int_eq(v->type, MMAPC_J_STRING);
    ck_assert_str_eq(v->text, "s");
    v = v->next;
    ck_assert(v->type == MMAPC_J_OBJECT && v->count == 0 && v->first == NULL);
    v = v->next;
    ck_assert(v->type == MMAPC_J_ARRAY && v->count == 0);
    ck_assert_ptr_null(v->next);
    v = mmapc_json_member(root, "b");
    ck_assert_uint_eq(v->line, 2);
    ck_assert_str_eq(mmapc_json_member(v, "c")->text, "d");
    ck_assert_ptr_null(mmapc_json_member(root, "c"));
    ck_assert_ptr_null(mmapc_json_member(v->first, "c")); /* no object */
    mmapc_json_free(&doc);
    mmapc_json_free(&doc); /* twice is harmless */
}
END_TEST

START_TEST(test_integers)
{
    struct mmapc_json doc;
    const struct mmapc_jvalue *v;

    mmapc_json_init(&doc);
    ck_assert_int_eq(parse(&doc, "[18446744073709551615, "
                                 "-9223372036854775808, 18446744073709551616, "
                                 "-9223372036854775809, 0, -0]"),
                     MMAPC_OK);
    v = doc.root->first;
    ck_assert(v->integer && v->ival.magnitude == UINT64_MAX
              && !v->ival.negative);
    v = v->next;
    ck_assert(v->integer && v->ival.magnitude == (UINT64_C(1) << 63)
              && v->ival.negative);
    v = v->next;
    ck_assert(!v->integer); /* 2^64: no integer of ours */
    ck_assert_str_eq(v->text, "18446744073709551616");
    v = v->next;
    ck_assert(!v->integer);
    v = v->next;
    ck_assert(v->integer && v->ival.magnitude == 0);
    v = v->next;
    ck_assert(v->integer && v->ival.magnitude == 0 && !v->ival.negative);
    mmapc_json_free(&doc);
    /* a lone scalar is a document too */
    ck_assert_int_eq(parse(&doc, "7"), MMAPC_OK);
    ck_assert(doc.root->integer && doc.root->ival.magnitude == 7);
    mmapc_json_free(&doc);
}
END_TEST

START_TEST(test_strings)
{
    struct mmapc_json doc;
    const struct mmapc_jvalue *v;

    mmapc_json_init(&doc);
    ck_assert_int_eq(parse(&doc,
                           "[\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t\", "
                           "\"\\u00e9\\u20AC\\ud83d\\ude00\", "
                           "\"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\", \"\"]"),
                     MMAPC_OK);
    v = doc.root->first;
    ck_assert_str_eq(v->text, "q\" b\\ s/ \b\f\n\r\t");
    v = v->next;
    ck_assert_str_eq(v->text, "\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80");
    ck_assert_uint_eq(v->len, 9);
    v = v->next;
    ck_assert_str_eq(v->text, "\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80");
    v = v->next;
    ck_assert_str_eq(v->text, "");
    ck_assert_uint_eq(v->len, 0);
    mmapc_json_free(&doc);
}
END_TEST

START_TEST(test_syntax_errors)
{
    bad("", "t.json:1: expected a value, found the end of the file");
    bad("   \n\n", "t.json:3: expected a value");
    bad("{\"a\": 1} x", "t.json:1: expected the end of the file after the "
                        "JSON value, found 'x'");
    bad("[1, 2,]", "expected a value, found ']'");
    bad("{\"a\": 1,}", "expected a member name (a string), found '}'");
    bad("{\"a\" 1}", "expected ':' after a member name, found '1'");
    bad("{a: 1}", "expected a member name (a string), found 'a'");
    bad("[1 2]", "expected ',' or ']', found '2'");
    bad("{\"a\": 1 \"b\": 2}", "expected ',' or '}', found '\"'");
    bad("[1,\n2,\n", "t.json:3: unexpected end of the file in an array "
                     "opened at line 1");
    bad("{\"a\":\n", "t.json:2: unexpected end of the file in an object "
                     "opened at line 1");
    bad("tru", "expected a value, found 't'");
    bad("nul", "expected a value");
    bad("[truex]", "expected ',' or ']', found 'x'");
    bad("'a'", "expected a value, found '''");
    bad("// c\n1", "expected a value, found '/'");
    bad("\xef\xbb\xbf{}", "expected a value, found byte 0xef");
}
END_TEST

START_TEST(test_number_errors)
{
    bad("01", "a number with a leading zero");
    bad("-", "a '-' without digits after it");
    bad("-a", "a '-' without digits after it");
    bad("1.", "a number without digits after its '.'");
    bad("1.e5", "a number without digits after its '.'");
    bad("1e", "a number without digits in its exponent");
    bad("1e+", "a number without digits in its exponent");
    bad("+1", "expected a value, found '+'");
    bad(".5", "expected a value, found '.'");
    bad("0x10", "expected the end of the file after the JSON value, "
                "found 'x'");
}
END_TEST

START_TEST(test_string_errors)
{
    bad("\"abc", "unterminated string at the end of the file");
    bad("\"abc\\", "unterminated string at the end of the file");
    bad("\"a\nb\"", "t.json:1: byte 0x0a in a string (control characters "
                    "must be escaped)");
    bad("\"a\tb\"", "byte 0x09 in a string");
    bad("\"\\x\"", "unknown escape \\x in a string");
    bad("\"\\\x01\"", "unknown escape in a string: a backslash, then "
                      "byte 0x01");
    bad("\"\\u12\"", "bad \\u escape (want four hex digits)");
    bad("\"\\u12g4\"", "bad \\u escape");
    bad("\"\\u0000\"", "\\u0000 in a string (NUL is not supported)");
    bad("\"\\udc00\"", "\\u escape of a lone low surrogate");
    bad("\"\\ud800\"", "high surrogate without a low one after it");
    bad("\"\\ud800\\u0041\"", "high surrogate without a low one after it");
    bad("\"\\ud800x\"", "high surrogate without a low one after it");
    bad("\"\xc0\x80\"", "invalid UTF-8 in a string");         /* overlong */
    bad("\"\xed\xa0\x80\"", "invalid UTF-8 in a string");     /* surrogate */
    bad("\"\xf4\x90\x80\x80\"", "invalid UTF-8 in a string"); /* > 10FFFF */
    bad("\"\xe2\x82\"", "invalid UTF-8 in a string");         /* truncated */
    bad("\"\x80\"", "invalid UTF-8 in a string");
    bad("\"\xff\"", "invalid UTF-8 in a string");
    bad_len("\"a\0b\"", 5, "byte 0x00 in a string");
    bad_len("[1,\0]", 5, "expected a value, found byte 0x00");
}
END_TEST

START_TEST(test_duplicates)
{
    struct mmapc_json doc;

    bad("{\"a\": 1,\n\"b\": 2,\n\"a\": 3}", "t.json:3: duplicate member name "
                                            "\"a\" (first at line 1)");
    bad("[{\"x\": {\"k\": 1, \"k\": 1}}]", "duplicate member name \"k\"");
    /* the same name in different objects is fine */
    mmapc_json_init(&doc);
    ck_assert_int_eq(parse(&doc, "{\"a\": {\"a\": 1}, \"b\": {\"a\": 2}}"),
                     MMAPC_OK);
    mmapc_json_free(&doc);
}
END_TEST

/* N nested arrays. */
static char *nested(size_t n)
{
    char *s = malloc(2 * n + 1);
    size_t i;

    ck_assert_ptr_nonnull(s);
    for (i = 0; i < n; i++) {
        s[i] = '[';
        s[2 * n - 1 - i] = ']';
    }
    s[2 * n] = '\0';
    return s;
}

START_TEST(test_depth)
{
    struct mmapc_json doc;
    char *s;

    mmapc_json_init(&doc);
    s = nested(MMAPC_JSON_DEPTH_MAX);
    ck_assert_int_eq(parse(&doc, s), MMAPC_OK);
    mmapc_json_free(&doc);
    free(s);
    s = nested(MMAPC_JSON_DEPTH_MAX + 1);
    bad(s, "arrays and objects nested deeper than 64");
    free(s);
    /* far deeper: still an error, no stack overflow */
    s = nested(1000000);
    bad(s, "nested deeper than");
    free(s);
}
END_TEST

START_TEST(test_large)
{
    /* many nodes and a large object (the duplicate check sorts) */
    size_t n = 50000, i, len = 0;
    char *s = malloc(n * 24 + 16);
    struct mmapc_json doc;

    ck_assert_ptr_nonnull(s);
    s[len++] = '{';
    for (i = 0; i < n; i++)
        len += (size_t)sprintf(s + len, "%s\"k%lu\": [%lu]", i ? "," : "",
                               (unsigned long)i, (unsigned long)i);
    s[len++] = '}';
    mmapc_json_init(&doc);
    ck_assert_int_eq(mmapc_json_parse(&doc, s, len, "big"), MMAPC_OK);
    ck_assert_uint_eq(doc.root->count, n);
    ck_assert_uint_eq(mmapc_json_member(doc.root, "k49999")
                          ->first->ival.magnitude,
                      49999);
    mmapc_json_free(&doc);
    /* the same key at both ends */
    len -= 1;
    len += (size_t)sprintf(s + len, ",\"k0\": 1}");
    bad_len(s, len, "duplicate member name \"k0\" (first at line 1)");
    free(s);
}
END_TEST

START_TEST(test_load)
{
    struct mmapc_json doc;
    const char *msg;
    char path[8192];
    int rc;

    tu_tmpdir();
    snprintf(path, sizeof path, "%s", tu_tmppath("a.json"));
    mmapc_json_init(&doc);
    ck_assert_int_eq(tu_write(path, "{\"k\": [\"v\"]}\n"), 0);
    ck_assert_int_eq(mmapc_json_load(&doc, path), MMAPC_OK);
    ck_assert_str_eq(mmapc_json_member(doc.root, "k")->first->text, "v");
    ck_assert_str_eq(doc.file, path);
    mmapc_json_free(&doc);
    tu_diag_begin();
    rc = mmapc_json_load(&doc, tu_tmppath("none.json"));
    msg = tu_diag_end();
    ck_assert_int_eq(rc, MMAPC_ERR);
    HAS(msg, "none.json: cannot open for reading: ");
    ck_assert_int_eq(tu_write(path, "{\"k\": [\"v\"],\n\"k\": 1}\n"), 0);
    tu_diag_begin();
    rc = mmapc_json_load(&doc, path);
    msg = tu_diag_end();
    ck_assert_int_eq(rc, MMAPC_ERR);
    HAS(msg, "a.json:2: duplicate member name \"k\"");
}
END_TEST

START_TEST(test_type_names)
{
    ck_assert_str_eq(mmapc_json_type_name(MMAPC_J_OBJECT), "an object");
    ck_assert_str_eq(mmapc_json_type_name(MMAPC_J_ARRAY), "an array");
    ck_assert_str_eq(mmapc_json_type_name(MMAPC_J_NUMBER), "a number");
    ck_assert_str_eq(mmapc_json_type_name(MMAPC_J_NULL), "null");
}
END_TEST

/* The tests of the suite, in order. */
/* clang-format off */
#define TESTS(X) \
    X(test_values) \
    X(test_integers) \
    X(test_strings) \
    X(test_syntax_errors) \
    X(test_number_errors) \
    X(test_string_errors) \
    X(test_duplicates) \
    X(test_depth) \
    X(test_large) \
    X(test_load) \
    X(test_type_names)
/* clang-format on */

Suite *mmapc_suite_json_read(void)
{
    TCase *tc = tcase_create("json_read");

    tcase_set_timeout(tc, 30);
    TESTS(TU_ADD_TEST)
    return tu_suite("json_read", tc);
}
