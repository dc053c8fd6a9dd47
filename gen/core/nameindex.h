/* nameindex.h: find a name's position in the caller's array in constant
 * time. The catalog indexes its symbols and its families with it, the
 * probe results their predef, header and function names; a linear search
 * made large inputs take quadratic time (docs/robustness.md).
 *
 * An open-addressing hash table with linear probing, kept at most half
 * full. It does not copy the names: it keeps the caller's pointer, so a
 * name must stay valid and unchanged while it is in the index (the catalog
 * and the results own theirs until they are freed). Names cannot be
 * removed.
 */
#ifndef MMAPC_GEN_NAMEINDEX_H
#define MMAPC_GEN_NAMEINDEX_H

#include <stddef.h>

/* What mmapc_nameindex_find returns for a name that is not there. */
#define MMAPC_NAMEINDEX_NONE ((size_t)-1)

/* What mmapc_nameindex_add returns when the name is there already. */
#define MMAPC_NAMEINDEX_TAKEN 1

struct mmapc_nameslot {
    const char *name; /* NULL: a free slot */
    size_t value;
};

struct mmapc_nameindex {
    struct mmapc_nameslot *slots;
    size_t cap; /* a power of two, or 0 before the first add */
    size_t count;
};

void mmapc_nameindex_init(struct mmapc_nameindex *ix);
void mmapc_nameindex_free(struct mmapc_nameindex *ix);

/* The value stored for the LEN bytes at NAME (which need no terminating
 * NUL: the catalog looks up fields within a line), or
 * MMAPC_NAMEINDEX_NONE. */
size_t mmapc_nameindex_find(const struct mmapc_nameindex *ix, const char *name,
                            size_t len);

/* Store VALUE for the NUL-terminated NAME. MMAPC_OK; MMAPC_NAMEINDEX_TAKEN
 * when NAME is there already (its value is kept); MMAPC_ERR when out of
 * memory. The last two leave the index as it was and report nothing: the
 * caller knows where the input was. */
int mmapc_nameindex_add(struct mmapc_nameindex *ix, const char *name,
                        size_t value);

#endif
