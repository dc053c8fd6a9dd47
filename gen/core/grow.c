/* grow.c: growing arrays, copying strings (see grow.h). */
#include "grow.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

void *mmapc_grow(void *items, size_t *cap, size_t need, size_t size,
                 size_t minimum)
{
    size_t n = *cap != 0 ? *cap : minimum > 0 ? minimum : 1;
    void *p;

    if (need <= *cap && items != NULL)
        return items;
    while (n < need) {
        if (n > SIZE_MAX / 2)
            return NULL;
        n *= 2;
    }
    if (size != 0 && n > SIZE_MAX / size)
        return NULL;
    p = realloc(items, n * size);
    if (p == NULL)
        return NULL;
    *cap = n;
    return p;
}

char *mmapc_strndup(const char *s, size_t len)
{
    char *d = malloc(len + 1);

    if (d != NULL) {
        memcpy(d, s, len);
        d[len] = '\0';
    }
    return d;
}

char *mmapc_strdup(const char *s)
{
    return mmapc_strndup(s, strlen(s));
}
