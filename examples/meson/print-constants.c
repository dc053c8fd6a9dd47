/* print-constants.c: one line per integer constant that the target's
 * headers define, "NAME VALUE" with the value in decimal, from the table of
 * the mmap_consts.h generated for this target at build time. */
#define MMAPC_WANT_TABLE 1
#include "mmap_consts.h"

#include <stdio.h>

int main(void)
{
    size_t i;

    for (i = 0; i < MMAPC_SYMBOL_COUNT; i++) {
        const struct mmapc_symbol *s = &mmapc_symbols[i];

        if (!s->has_value)
            continue;
        /* value holds a negative number in two's complement: its
         * magnitude is 0 - value, computed without overflow. */
        if (s->negative)
            printf("%s -%lu\n", s->name, 0UL - s->value);
        else
            printf("%s %lu\n", s->name, s->value);
    }
    return 0;
}
