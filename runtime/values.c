/* runtime/values.c: the numbers given on the command line (--advice=N,
 * --map-flag=N), and their form as table values.
 *
 * The syntax is the one --help states, the generator's for the values of
 * probe-results.txt, so both read a number with mmapc_intval_parse
 * (gen/model/intval.c, compiled into mmapc-probe too): decimal, or hex after 0x
 * or 0X, with an optional minus sign. A number with a leading zero
 * ("0100") is refused rather than read as octal, as strtol with base 0
 * would. */
#include "probe.h"

#include "diag.h" /* MMAPC_OK */
#include "intval.h"

int probe_parse_number(const char *s, long long min, long long max,
                       long long *out)
{
    struct mmapc_intval v;
    const char *why;
    uint64_t limit;

    if (mmapc_intval_parse(s, &v, &why) != MMAPC_OK)
        return 0;
    /* the magnitude must not pass what MIN or MAX allow */
    if (v.negative)
        limit = min < 0 ? 0 - (uint64_t)min : 0;
    else
        limit = max > 0 ? (uint64_t)max : 0;
    if (v.magnitude > limit)
        return 0;
    if (v.negative)
        *out = -(long long)(v.magnitude - 1) - 1;
    else
        *out = (long long)v.magnitude;
    return 1;
}

void probe_table_value(long long v, int *negative, unsigned long *value)
{
    *negative = v < 0;
    /* two's complement, computed without overflow */
    *value = v < 0 ? 0UL - (unsigned long)(-(v + 1)) - 1UL : (unsigned long)v;
}
