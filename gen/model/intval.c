/* intval.c: integer values (see intval.h). */
#include "intval.h"

#include <stdio.h>
#include <string.h>

#include "diag.h"
#include "lines.h"

static int hex_digit(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

int mmapc_intval_parse(const char *s, struct mmapc_intval *v, const char **why)
{
    uint64_t m = 0;
    unsigned base = 10;
    int negative = 0;
    int d;

    if (*s == '-') {
        negative = 1;
        s++;
    }
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        base = 16;
        s += 2;
    }
    if (*s == '\0') {
        *why = "no digits";
        return MMAPC_ERR;
    }
    if (base == 10 && s[0] == '0' && s[1] != '\0') {
        *why = "a leading zero (C would read the number as octal)";
        return MMAPC_ERR;
    }
    for (; *s != '\0'; s++) {
        d = base == 16 ? hex_digit((unsigned char)*s)
                       : (*s >= '0' && *s <= '9' ? *s - '0' : -1);
        if (d < 0) {
            *why = base == 16 ? "a character that is not a hex digit"
                              : "a character that is not a decimal digit";
            return MMAPC_ERR;
        }
        if (m > (UINT64_MAX - (unsigned)d) / base) {
            *why = negative ? "a number below -2^63" : "a number above 2^64-1";
            return MMAPC_ERR;
        }
        m = m * base + (unsigned)d;
    }
    if (negative && m > (UINT64_C(1) << 63)) {
        *why = "a number below -2^63";
        return MMAPC_ERR;
    }
    v->negative = negative && m != 0;
    v->magnitude = m;
    return MMAPC_OK;
}

/* Digits of M in BASE, most significant first, without a sign. */
int mmapc_intval_predef(const char *value, struct mmapc_intval *v)
{
    char digits[MMAPC_LINE_MAX + 1]; /* a value is at most a line */
    size_t n = strlen(value);
    const char *why;

    /* the suffixes are dropped: #if computes in intmax_t anyway */
    while (n > 0 && strchr("uUlL", value[n - 1]) != NULL)
        n--;
    if (n >= sizeof digits)
        return 0;
    memcpy(digits, value, n);
    digits[n] = '\0';
    if (mmapc_intval_parse(digits, v, &why) != MMAPC_OK)
        return 0;
    return v->magnitude <= (UINT64_C(1) << 63) - 1;
}

static void put_digits(uint64_t m, unsigned base, char *buf, size_t size)
{
    char tmp[32];
    size_t n = 0, i;

    do {
        tmp[n++] = "0123456789abcdef"[m % base];
        m /= base;
    } while (m != 0);
    for (i = 0; i < n && i + 1 < size; i++)
        buf[i] = tmp[n - 1 - i];
    if (size > 0)
        buf[i < size ? i : size - 1] = '\0';
}

void mmapc_intval_decimal(const struct mmapc_intval *v, char *buf, size_t size)
{
    char digits[32];

    put_digits(v->magnitude, 10, digits, sizeof digits);
    snprintf(buf, size, "%s%s", v->negative ? "-" : "", digits);
}

void mmapc_intval_hex(const struct mmapc_intval *v, char *buf, size_t size)
{
    char digits[32];

    put_digits(v->magnitude, 16, digits, sizeof digits);
    snprintf(buf, size, "%s0x%s", v->negative ? "-" : "", digits);
}

static uint64_t low_mask(unsigned bits)
{
    return bits >= 64 ? UINT64_MAX : (UINT64_C(1) << bits) - 1;
}

uint64_t mmapc_intval_truncate(const struct mmapc_intval *v, unsigned bits)
{
    uint64_t u = v->negative ? (uint64_t)0 - v->magnitude : v->magnitude;

    return u & low_mask(bits);
}

int mmapc_intval_fits(const struct mmapc_intval *v, unsigned bits,
                      int is_signed)
{
    if (bits > 64)
        bits = 64;
    if (bits == 0)
        return 0;
    if (!is_signed)
        return !v->negative && v->magnitude <= low_mask(bits);
    if (v->negative)
        return v->magnitude <= (UINT64_C(1) << (bits - 1));
    return v->magnitude <= low_mask(bits - 1);
}

static unsigned ctype_bits(enum mmapc_ctype c, const struct mmapc_ctypes *t)
{
    switch (c) {
    case MMAPC_CT_INT:
    case MMAPC_CT_UINT:
        return t->int_bits;
    case MMAPC_CT_LONG:
    case MMAPC_CT_ULONG:
        return t->long_bits;
    default:
        return t->llong_bits;
    }
}

enum mmapc_ctype mmapc_intval_ctype(const struct mmapc_intval *v,
                                    const struct mmapc_ctypes *t)
{
    enum mmapc_ctype c;

    /* int, unsigned int, long, ...: the signed type of each pair first */
    for (c = MMAPC_CT_INT; c < MMAPC_CT_NONE; c++)
        if (mmapc_intval_fits(v, ctype_bits(c, t),
                              c == MMAPC_CT_INT || c == MMAPC_CT_LONG
                                  || c == MMAPC_CT_LLONG))
            return c;
    return MMAPC_CT_NONE;
}

int mmapc_intval_c_literal(const struct mmapc_intval *v,
                           const struct mmapc_ctypes *t, int hex, char *buf,
                           size_t size, enum mmapc_ctype *type)
{
    static const char *const suffix[] = { "", "U", "L", "UL", "LL", "ULL" };
    enum mmapc_ctype c = mmapc_intval_ctype(v, t);
    const char *prefix = hex ? "0x" : "";
    unsigned base = hex ? 16 : 10;
    char digits[32];
    unsigned bits;

    if (type != NULL)
        *type = c;
    if (c == MMAPC_CT_NONE)
        return MMAPC_ERR;
    if (!v->negative) {
        put_digits(v->magnitude, base, digits, sizeof digits);
        snprintf(buf, size, "%s%s%s", prefix, digits, suffix[c]);
        return MMAPC_OK;
    }
    bits = ctype_bits(c, t);
    if (bits > 64)
        bits = 64;
    if (v->magnitude == (UINT64_C(1) << (bits - 1))) {
        /* The most negative value: its magnitude is no literal of the type,
         * so write -(max) - 1, as <limits.h> does. */
        put_digits(v->magnitude - 1, base, digits, sizeof digits);
        snprintf(buf, size, "(-%s%s%s - 1)", prefix, digits, suffix[c]);
    } else {
        put_digits(v->magnitude, base, digits, sizeof digits);
        snprintf(buf, size, "(-%s%s%s)", prefix, digits, suffix[c]);
    }
    return MMAPC_OK;
}
