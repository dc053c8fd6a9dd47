/* intval.h: integer values of the probe results.
 *
 * A value is a sign and a 64-bit magnitude, so it covers the whole range the
 * results format allows, -2^63 .. 2^64-1, whatever the build machine's long.
 */
#ifndef MMAPC_GEN_INTVAL_H
#define MMAPC_GEN_INTVAL_H

#include <stddef.h>
#include <stdint.h>

struct mmapc_intval {
    int negative;       /* 1 when below zero (then magnitude > 0) */
    uint64_t magnitude; /* absolute value */
};

/* Sizes of the target's integer types, in bits (from "sizeof" results). */
struct mmapc_ctypes {
    unsigned int_bits;
    unsigned long_bits;
    unsigned llong_bits;
};

/* Room for any formatted value, C literals included. */
#define MMAPC_INTVAL_BUFSIZE 48

/* Parse S: an optional '-', then decimal digits (no leading zero, which C
 * would read as octal) or 0x/0X and hex digits. Returns MMAPC_OK, or MMAPC_ERR
 * with *why set to a static explanation (nothing is reported). */
int mmapc_intval_parse(const char *s, struct mmapc_intval *v,
                       const char **why);

/* 1 when VALUE, a predefined macro's definition (a predef line of the
 * results), is an integer that #if can compare: a literal as
 * mmapc_intval_parse reads, u and l suffixes allowed, within intmax_t.
 * Then *V holds it. Only these values tell targets apart. */
int mmapc_intval_predef(const char *value, struct mmapc_intval *v);

/* "-123", "0", "18446744073709551615" */
void mmapc_intval_decimal(const struct mmapc_intval *v, char *buf,
                          size_t size);

/* "0x8000", "-0x1", "0x0" */
void mmapc_intval_hex(const struct mmapc_intval *v, char *buf, size_t size);

/* The value modulo 2^BITS (two's complement when negative), BITS 1..64. */
uint64_t mmapc_intval_truncate(const struct mmapc_intval *v, unsigned bits);

/* Whether the value fits the target type of BITS bits. */
int mmapc_intval_fits(const struct mmapc_intval *v, unsigned bits,
                      int is_signed);

/* Which C type a literal needs on the target. */
enum mmapc_ctype {
    MMAPC_CT_INT,
    MMAPC_CT_UINT,
    MMAPC_CT_LONG,
    MMAPC_CT_ULONG,
    MMAPC_CT_LLONG,
    MMAPC_CT_ULLONG,
    MMAPC_CT_NONE /* fits no type of the target */
};

/* The smallest of int, unsigned int, long, unsigned long, long long and
 * unsigned long long that holds the value (signed types only when it is
 * negative). */
enum mmapc_ctype mmapc_intval_ctype(const struct mmapc_intval *v,
                                    const struct mmapc_ctypes *t);

/* A C expression for the value on the target: a literal with the suffix of
 * mmapc_intval_ctype; negative values are parenthesised, (-5) or
 * (-2147483647 - 1) for the most negative value of a type. HEX selects hex
 * digits. Returns MMAPC_OK, or MMAPC_ERR when no type holds the value. */
int mmapc_intval_c_literal(const struct mmapc_intval *v,
                           const struct mmapc_ctypes *t, int hex, char *buf,
                           size_t size, enum mmapc_ctype *type);

#endif
