/* json_lex.c: the tokens of JSON for the reader (json_lex.h): blanks,
 * strings (escapes and UTF-8 checked), numbers and literals, and the
 * messages about them. */
#include "json_lex.h"

#include <stdio.h>
#include <string.h>

#include "diag.h"

int mmapc_jlex_error(struct mmapc_jparser *p, const char *msg)
{
    return mmapc_error_at(p->doc->file, p->line, "%s", msg);
}

/* What the byte at the current position is, for a message. */
const char *mmapc_jlex_describe(const struct mmapc_jparser *p, char *buf,
                                size_t size)
{
    int c;

    if (p->pos >= p->end)
        return "the end of the file";
    c = *p->pos;
    if (c > 0x20 && c < 0x7f)
        snprintf(buf, size, "'%c'", c);
    else
        snprintf(buf, size, "byte 0x%02x", (unsigned)c);
    return buf;
}

int mmapc_jlex_unexpected(struct mmapc_jparser *p, const char *wanted)
{
    char buf[32], msg[160];

    snprintf(msg, sizeof msg, "expected %s, found %s", wanted,
             mmapc_jlex_describe(p, buf, sizeof buf));
    return mmapc_jlex_error(p, msg);
}

void mmapc_jlex_skip_blanks(struct mmapc_jparser *p)
{
    while (p->pos < p->end) {
        unsigned char c = *p->pos;

        if (c == '\n')
            p->line++;
        else if (c != ' ' && c != '\t' && c != '\r')
            break;
        p->pos++;
    }
}

static int put_byte(struct mmapc_jparser *p, unsigned c)
{
    /* The buffer holds len + 2 bytes, more than any decoded input needs
     * (json_read.h); this check only keeps a mistake from overflowing. */
    if (p->str_used >= p->str_cap)
        return mmapc_jlex_error(p, "internal error: string buffer full");
    p->str[p->str_used++] = (char)c;
    return MMAPC_OK;
}

static int put_utf8(struct mmapc_jparser *p, unsigned long cp)
{
    int rc = MMAPC_OK;

    if (cp < 0x80) {
        rc |= put_byte(p, (unsigned)cp);
    } else if (cp < 0x800) {
        rc |= put_byte(p, 0xc0 | (unsigned)(cp >> 6));
        rc |= put_byte(p, 0x80 | (unsigned)(cp & 0x3f));
    } else if (cp < 0x10000) {
        rc |= put_byte(p, 0xe0 | (unsigned)(cp >> 12));
        rc |= put_byte(p, 0x80 | (unsigned)((cp >> 6) & 0x3f));
        rc |= put_byte(p, 0x80 | (unsigned)(cp & 0x3f));
    } else {
        rc |= put_byte(p, 0xf0 | (unsigned)(cp >> 18));
        rc |= put_byte(p, 0x80 | (unsigned)((cp >> 12) & 0x3f));
        rc |= put_byte(p, 0x80 | (unsigned)((cp >> 6) & 0x3f));
        rc |= put_byte(p, 0x80 | (unsigned)(cp & 0x3f));
    }
    return rc == MMAPC_OK ? MMAPC_OK : MMAPC_ERR;
}

/* The length of the valid UTF-8 sequence at S (at most N bytes), or 0. */
static size_t utf8_length(const unsigned char *s, size_t n)
{
    unsigned long cp;
    size_t len, i;

    if (s[0] < 0x80)
        return 1;
    if (s[0] >= 0xc2 && s[0] <= 0xdf) {
        len = 2;
        cp = s[0] & 0x1f;
    } else if (s[0] >= 0xe0 && s[0] <= 0xef) {
        len = 3;
        cp = s[0] & 0x0f;
    } else if (s[0] >= 0xf0 && s[0] <= 0xf4) {
        len = 4;
        cp = s[0] & 0x07;
    } else {
        return 0;
    }
    if (n < len)
        return 0;
    for (i = 1; i < len; i++) {
        if ((s[i] & 0xc0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i] & 0x3f);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10ffff
        || (cp >= 0xd800 && cp <= 0xdfff))
        return 0; /* overlong, beyond Unicode, or a surrogate */
    return len;
}

/* Four hex digits after "\u"; -1 when they are not. */
static long hex4(const struct mmapc_jparser *p)
{
    long v = 0;
    int i;

    if (p->end - p->pos < 4)
        return -1;
    for (i = 0; i < 4; i++) {
        unsigned char c = p->pos[i];

        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= c - '0';
        else if (c >= 'a' && c <= 'f')
            v |= c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            v |= c - 'A' + 10;
        else
            return -1;
    }
    return v;
}

/* A \u escape, the position after the "\u". */
static int unicode_escape(struct mmapc_jparser *p)
{
    long hi = hex4(p), lo;

    if (hi < 0)
        return mmapc_jlex_error(p, "bad \\u escape (want four hex digits)");
    p->pos += 4;
    if (hi == 0)
        return mmapc_jlex_error(p,
                                "\\u0000 in a string (NUL is not supported)");
    if (hi >= 0xdc00 && hi <= 0xdfff)
        return mmapc_jlex_error(p, "\\u escape of a lone low surrogate");
    if (hi < 0xd800 || hi > 0xdbff)
        return put_utf8(p, (unsigned long)hi);
    if (p->end - p->pos < 2 || p->pos[0] != '\\' || p->pos[1] != 'u')
        return mmapc_jlex_error(p, "\\u escape of a high surrogate without a "
                                   "low one after it");
    p->pos += 2;
    lo = hex4(p);
    if (lo < 0xdc00 || lo > 0xdfff)
        return mmapc_jlex_error(p, "\\u escape of a high surrogate without a "
                                   "low one after it");
    p->pos += 4;
    return put_utf8(p, 0x10000 + (((unsigned long)hi - 0xd800) << 10)
                           + ((unsigned long)lo - 0xdc00));
}

/* A string; the position is at its opening quote. *OUT is the decoded
 * text in the string buffer. */
/* The escapes of one character: each escape's letter, then the byte it
 * stands for. */
static const char simple_escapes[] = "\"\"\\\\//b\bf\fn\nr\rt\t";

int mmapc_jlex_string(struct mmapc_jparser *p, const char **out, size_t *len)
{
    size_t start = p->str_used;
    char buf[32], msg[96];

    p->pos++;
    for (;;) {
        unsigned char c;
        size_t n;

        if (p->pos >= p->end)
            return mmapc_jlex_error(p, "unterminated string at the end of the "
                                       "file");
        c = *p->pos;
        if (c == '"') {
            p->pos++;
            break;
        }
        if (c < 0x20) {
            snprintf(msg, sizeof msg,
                     "%s in a string (control characters "
                     "must be escaped)",
                     mmapc_jlex_describe(p, buf, sizeof buf));
            return mmapc_jlex_error(p, msg);
        }
        if (c == '\\') {
            int rc;
            const char *esc;

            if (p->end - p->pos < 2)
                return mmapc_jlex_error(p, "unterminated string at the end of "
                                           "the file");
            c = p->pos[1];
            p->pos += 2;
            esc = c != '\0' ? strchr(simple_escapes, c) : NULL;
            if (esc != NULL && (esc - simple_escapes) % 2 == 0) {
                rc = put_byte(p, (unsigned char)esc[1]);
            } else if (c == 'u') {
                rc = unicode_escape(p);
            } else {
                p->pos--;
                if (c > 0x20 && c < 0x7f)
                    snprintf(msg, sizeof msg,
                             "unknown escape \\%c in a "
                             "string",
                             c);
                else
                    snprintf(msg, sizeof msg,
                             "unknown escape in a string: "
                             "a backslash, then %s",
                             mmapc_jlex_describe(p, buf, sizeof buf));
                return mmapc_jlex_error(p, msg);
            }
            if (rc != MMAPC_OK)
                return MMAPC_ERR;
            continue;
        }
        n = utf8_length(p->pos, (size_t)(p->end - p->pos));
        if (n == 0)
            return mmapc_jlex_error(p, "invalid UTF-8 in a string");
        while (n-- > 0)
            if (put_byte(p, *p->pos++) != MMAPC_OK)
                return MMAPC_ERR;
    }
    *len = p->str_used - start;
    if (put_byte(p, '\0') != MMAPC_OK)
        return MMAPC_ERR;
    *out = p->str + start;
    return MMAPC_OK;
}

static int is_digit(int c)
{
    return c >= '0' && c <= '9';
}

int mmapc_jlex_number(struct mmapc_jparser *p, struct mmapc_jvalue *v)
{
    const unsigned char *s = p->pos;
    size_t start = p->str_used;
    const char *why;
    int integer = 1;

    if (s < p->end && *s == '-')
        s++;
    if (s >= p->end || !is_digit(*s))
        return mmapc_jlex_error(p, "a '-' without digits after it");
    if (*s == '0') {
        s++;
        if (s < p->end && is_digit(*s))
            return mmapc_jlex_error(p, "a number with a leading zero");
    } else {
        while (s < p->end && is_digit(*s))
            s++;
    }
    if (s < p->end && *s == '.') {
        integer = 0;
        s++;
        if (s >= p->end || !is_digit(*s))
            return mmapc_jlex_error(p,
                                    "a number without digits after its '.'");
        while (s < p->end && is_digit(*s))
            s++;
    }
    if (s < p->end && (*s == 'e' || *s == 'E')) {
        integer = 0;
        s++;
        if (s < p->end && (*s == '+' || *s == '-'))
            s++;
        if (s >= p->end || !is_digit(*s))
            return mmapc_jlex_error(p, "a number without digits in its "
                                       "exponent");
        while (s < p->end && is_digit(*s))
            s++;
    }
    while (p->pos < s)
        if (put_byte(p, *p->pos++) != MMAPC_OK)
            return MMAPC_ERR;
    if (put_byte(p, '\0') != MMAPC_OK)
        return MMAPC_ERR;
    v->type = MMAPC_J_NUMBER;
    v->text = p->str + start;
    v->len = p->str_used - start - 1;
    v->integer =
        integer && mmapc_intval_parse(v->text, &v->ival, &why) == MMAPC_OK;
    return MMAPC_OK;
}

int mmapc_jlex_literal(struct mmapc_jparser *p, struct mmapc_jvalue *v)
{
    static const struct {
        const char *word;
        enum mmapc_jtype type;
    } words[] = {
        { "true", MMAPC_J_TRUE },
        { "false", MMAPC_J_FALSE },
        { "null", MMAPC_J_NULL },
    };
    size_t i, n;

    for (i = 0; i < sizeof words / sizeof words[0]; i++) {
        n = strlen(words[i].word);
        if ((size_t)(p->end - p->pos) >= n
            && memcmp(p->pos, words[i].word, n) == 0) {
            p->pos += n;
            v->type = words[i].type;
            return MMAPC_OK;
        }
    }
    return mmapc_jlex_unexpected(p, "a value");
}

/* A member name and its ':'; the position is at the name's quote. */
