/* table-check.c: a program using mmapc_symbols[] of the build's
 * mmap_consts.h, compiled with MMAPC_VERIFY too (tests/gen/header-modes.sh).
 * It checks that the table is consistent and prints one line per symbol in
 * the form of probe-results.txt ("symbol NAME no|yes|0x...|-0x..."), which
 * the test compares with configure's results. Exit status 1 when the table
 * is inconsistent. */
#define MMAPC_VERIFY 1
#define MMAPC_WANT_TABLE 1
#include "mmap_consts.h"

#include <stdio.h>
#include <string.h>

int main(void)
{
    size_t i, n = sizeof mmapc_symbols / sizeof mmapc_symbols[0];
    int bad = 0;

    if (n != MMAPC_SYMBOL_COUNT) {
        printf("error: %lu entries, MMAPC_SYMBOL_COUNT %lu\n",
               (unsigned long) n, (unsigned long) MMAPC_SYMBOL_COUNT);
        bad = 1;
    }
    for (i = 0; i < n; i++) {
        const struct mmapc_symbol *s = &mmapc_symbols[i];
        int integer = s->kind == MMAPC_KIND_FLAG || s->kind == MMAPC_KIND_INT;

        if (s->name == NULL || s->family == NULL
            || strncmp(s->name, "MMAPC_", 6) == 0
            || s->kind < MMAPC_KIND_FLAG || s->kind > MMAPC_KIND_MACRO
            || (s->has_value && (!s->present || !integer))
            || (s->negative && !s->has_value)
            || (!s->has_value && s->value != 0)) {
            printf("error: inconsistent entry %lu (%s)\n", (unsigned long) i,
                   s->name != NULL ? s->name : "(null)");
            bad = 1;
            continue;
        }
        if (!s->present)
            printf("symbol %s no\n", s->name);
        else if (!s->has_value)
            printf("symbol %s yes\n", s->name);
        else if (s->negative)
            printf("symbol %s -0x%lx\n", s->name, 0UL - s->value);
        else
            printf("symbol %s 0x%lx\n", s->name, s->value);
    }
    /* The value macros agree with the table where they are defined. */
#if defined(MMAPC_HAVE_PROT_READ) && MMAPC_HAVE_PROT_READ
    for (i = 0; i < n; i++)
        if (strcmp(mmapc_symbols[i].name, "PROT_READ") == 0
            && mmapc_symbols[i].value != (unsigned long) MMAPC_PROT_READ) {
            printf("error: PROT_READ differs from MMAPC_PROT_READ\n");
            bad = 1;
        }
#endif
    return bad;
}
