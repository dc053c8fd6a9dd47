/* runtime/table.c: the catalog table of the generated mmap_consts.h.
 *
 * The only file of mmapc-probe that defines MMAPC_WANT_TABLE, so the
 * table exists once in the program; the rest reads it through
 * probe_const_get and probe_const_find. */
#include "probe.h"

#define MMAPC_WANT_TABLE 1
#include "mmap_consts.h"

#include <limits.h>
#include <string.h>

size_t probe_const_count(void)
{
    return sizeof mmapc_symbols / sizeof mmapc_symbols[0];
}

void probe_const_get(size_t i, struct probe_const *out)
{
    const struct mmapc_symbol *s = &mmapc_symbols[i];

    out->name = s->name;
    out->family = s->family;
    switch (s->kind) {
    case MMAPC_KIND_INT:
        out->kind = PROBE_KIND_INT;
        break;
    case MMAPC_KIND_POINTER:
        out->kind = PROBE_KIND_POINTER;
        break;
    case MMAPC_KIND_MACRO:
        out->kind = PROBE_KIND_MACRO;
        break;
    default:
        out->kind = PROBE_KIND_FLAG;
        break;
    }
    out->present = s->present;
    out->has_value = s->has_value;
    out->negative = s->negative;
    out->value = s->value;
}

int probe_const_find(const char *name, struct probe_const *out)
{
    size_t i, n = probe_const_count();

    for (i = 0; i < n; i++)
        if (strcmp(mmapc_symbols[i].name, name) == 0) {
            probe_const_get(i, out);
            return 1;
        }
    return 0;
}

int probe_value_as_int(int negative, unsigned long value, int *out)
{
    unsigned long magnitude;

    if (!negative) {
        if (value > (unsigned long)INT_MAX)
            return 0;
        *out = (int)value;
        return 1;
    }
    /* value holds -magnitude in two's complement. */
    magnitude = 0UL - value;
    if (magnitude == 0 || magnitude - 1 > (unsigned long)INT_MAX)
        return 0;
    *out = -(int)(magnitude - 1) - 1;
    return 1;
}

int probe_value_as_flags(int negative, unsigned long value, int *out)
{
    if (negative)
        return probe_value_as_int(negative, value, out);
    if (value > (unsigned long)UINT_MAX)
        return 0;
    if (value <= (unsigned long)INT_MAX)
        *out = (int)value;
    else /* the same bits as a negative int, computed without overflow */
        *out = -(int)((unsigned long)UINT_MAX - value) - 1;
    return 1;
}

const char *probe_const_named(const char *family, enum probe_kind kind,
                              int (*as)(int, unsigned long, int *), int v)
{
    struct probe_const c;
    size_t i, n = probe_const_count();
    int cv;

    for (i = 0; i < n; i++) {
        probe_const_get(i, &c);
        if (strcmp(c.family, family) == 0 && (!kind || c.kind == kind)
            && c.present && c.has_value && as(c.negative, c.value, &cv)
            && cv == v)
            return c.name;
    }
    return NULL;
}
