/* nameindex.c: the name index (see nameindex.h). */
#include "nameindex.h"

#include <stdlib.h>
#include <string.h>

#include "diag.h"

/* The first table; small, as most inputs hold a few hundred names. */
#define FIRST_CAP 32

void mmapc_nameindex_init(struct mmapc_nameindex *ix)
{
    ix->slots = NULL;
    ix->cap = 0;
    ix->count = 0;
}

void mmapc_nameindex_free(struct mmapc_nameindex *ix)
{
    free(ix->slots);
    mmapc_nameindex_init(ix);
}

/* FNV-1a, 32 bits: names are short identifiers, and this spreads them. */
static size_t hash_name(const char *s, size_t len)
{
    unsigned long h = 2166136261UL;
    size_t i;

    for (i = 0; i < len; i++) {
        h ^= (unsigned char)s[i];
        h = (h * 16777619UL) & 0xffffffffUL;
    }
    return (size_t)h;
}

/* SLOT's name is the LEN bytes at NAME. strncmp stops at the stored
 * name's NUL, so a shorter stored name is never read past. */
static int slot_is(const struct mmapc_nameslot *slot, const char *name,
                   size_t len)
{
    return strncmp(slot->name, name, len) == 0 && slot->name[len] == '\0';
}

/* The slot of NAME, or the free slot where it would go. CAP > 0. */
static size_t probe(const struct mmapc_nameslot *slots, size_t cap,
                    const char *name, size_t len)
{
    size_t i = hash_name(name, len) & (cap - 1);

    while (slots[i].name != NULL && !slot_is(&slots[i], name, len))
        i = (i + 1) & (cap - 1);
    return i;
}

size_t mmapc_nameindex_find(const struct mmapc_nameindex *ix, const char *name,
                            size_t len)
{
    size_t i;

    if (ix->cap == 0)
        return MMAPC_NAMEINDEX_NONE;
    i = probe(ix->slots, ix->cap, name, len);
    return ix->slots[i].name != NULL ? ix->slots[i].value
                                     : MMAPC_NAMEINDEX_NONE;
}

/* Room for one more name with the table at most half full, so that a
 * probe always meets a free slot soon. */
static int reserve_one(struct mmapc_nameindex *ix)
{
    struct mmapc_nameslot *slots;
    size_t cap = ix->cap == 0 ? FIRST_CAP : ix->cap, i;

    while (cap < 2 * (ix->count + 1)) {
        if (cap > ((size_t)-1 / 2) / sizeof *slots)
            return MMAPC_ERR;
        cap *= 2;
    }
    if (cap == ix->cap)
        return MMAPC_OK;
    slots = malloc(cap * sizeof *slots);
    if (slots == NULL)
        return MMAPC_ERR;
    for (i = 0; i < cap; i++)
        slots[i].name = NULL;
    for (i = 0; i < ix->cap; i++) {
        const struct mmapc_nameslot *old = &ix->slots[i];

        if (old->name != NULL)
            slots[probe(slots, cap, old->name, strlen(old->name))] = *old;
    }
    free(ix->slots);
    ix->slots = slots;
    ix->cap = cap;
    return MMAPC_OK;
}

int mmapc_nameindex_add(struct mmapc_nameindex *ix, const char *name,
                        size_t value)
{
    size_t len = strlen(name), i;

    if (mmapc_nameindex_find(ix, name, len) != MMAPC_NAMEINDEX_NONE)
        return MMAPC_NAMEINDEX_TAKEN;
    if (reserve_one(ix) != MMAPC_OK)
        return MMAPC_ERR;
    i = probe(ix->slots, ix->cap, name, len);
    ix->slots[i].name = name;
    ix->slots[i].value = value;
    ix->count++;
    return MMAPC_OK;
}
