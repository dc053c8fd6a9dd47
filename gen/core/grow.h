/* grow.h: the generator's memory helpers: arrays that grow by doubling
 * (the one way it grows memory) and copies of strings.
 *
 *     p = mmapc_grow(a->items, &a->cap, a->count + 1, sizeof *p, 16);
 *     if (p == NULL)
 *         return mmapc_out_of_memory();
 *     a->items = p;
 */
#ifndef MMAPC_GEN_GROW_H
#define MMAPC_GEN_GROW_H

#include <stddef.h>

/* ITEMS (of *CAP elements of SIZE bytes, or NULL with *CAP 0) with room for
 * at least NEED elements: ITEMS itself when there is room, else a larger
 * copy (at least MINIMUM elements, doubling) and *CAP updated. NULL when
 * memory runs out or the size would overflow; ITEMS is then still valid.
 * Nothing is reported. */
void *mmapc_grow(void *items, size_t *cap, size_t need, size_t size,
                 size_t minimum);

/* A NUL-terminated copy of the LEN bytes at S, or NULL (nothing reported). */
char *mmapc_strndup(const char *s, size_t len);
/* A copy of the string S, or NULL (nothing reported). */
char *mmapc_strdup(const char *s);

#endif
