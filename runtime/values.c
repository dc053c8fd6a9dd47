/* runtime/values.c: the numbers given on the command line (--advice=N,
 * --map-flag=N), and their form as table values.
 *
 * The syntax is the one --help states: decimal, or hex after 0x or 0X,
 * with an optional minus sign. A number with a leading zero ("0100") is
 * refused rather than read as octal, as strtol with base 0 would. */
#include "probe.h"

#include <ctype.h>

int
probe_parse_number(const char *s, long long min, long long max,
                   long long *out)
{
    unsigned long long mag = 0, limit;
    int neg = 0, base = 10, digits = 0;

    if (*s == '-') {
        neg = 1;
        s++;
    }
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        base = 16;
        s += 2;
    } else if (s[0] == '0' && s[1] != '\0')
        return 0;
    /* the magnitude must not pass what MIN or MAX allow */
    limit = neg ? (min < 0 ? 0ULL - (unsigned long long) min : 0)
        : (max > 0 ? (unsigned long long) max : 0);
    for (; *s; s++, digits++) {
        int d;

        if (isdigit((unsigned char) *s))
            d = *s - '0';
        else if (base == 16 && isxdigit((unsigned char) *s))
            d = tolower((unsigned char) *s) - 'a' + 10;
        else
            return 0;
        if (mag > limit / (unsigned) base
            || (unsigned long long) d > limit - mag * (unsigned) base)
            return 0;
        mag = mag * (unsigned) base + (unsigned) d;
    }
    if (digits == 0)
        return 0;
    if (neg)
        *out = mag == 0 ? 0 : -(long long) (mag - 1) - 1;
    else
        *out = (long long) mag;
    return 1;
}

void
probe_table_value(long long v, int *negative, unsigned long *value)
{
    *negative = v < 0;
    /* two's complement, computed without overflow */
    *value = v < 0 ? 0UL - (unsigned long) (-(v + 1)) - 1UL
        : (unsigned long) v;
}
