/* test-nameindex.c: the name index (gen/core/nameindex.c) that the catalog and
 * the results use: lookups by length, missing names, duplicates, names
 * that share a slot (also across the end of the table), and growth.
 *
 * The tests find names that share a slot without knowing the hash: a name
 * added alone to an empty index sits in its home slot, which they read
 * back from the table. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "nameindex.h"
#include "testutil.h"

#define NONE MMAPC_NAMEINDEX_NONE

/* Names the tests make, kept until the end of the test (the index keeps
 * the pointers). */
#define POOL_MAX 4096
static char pool[POOL_MAX][16];

static size_t find(const struct mmapc_nameindex *ix, const char *name)
{
    return mmapc_nameindex_find(ix, name, strlen(name));
}

/* The slot that holds NAME, or NONE. */
static size_t slot_of(const struct mmapc_nameindex *ix, const char *name)
{
    size_t i;

    for (i = 0; i < ix->cap; i++)
        if (ix->slots[i].name != NULL && strcmp(ix->slots[i].name, name) == 0)
            return i;
    return NONE;
}

/* The size of a new index's table. */
static size_t first_cap(void)
{
    struct mmapc_nameindex ix;
    size_t cap;

    mmapc_nameindex_init(&ix);
    ck_assert_int_eq(mmapc_nameindex_add(&ix, "X", 0), MMAPC_OK);
    cap = ix.cap;
    mmapc_nameindex_free(&ix);
    ck_assert_uint_ge(cap, 8); /* room for the runs below */
    return cap;
}

/* The home slot of NAME in a new index. */
static size_t home_of(const char *name)
{
    struct mmapc_nameindex ix;
    size_t slot;

    mmapc_nameindex_init(&ix);
    ck_assert_int_eq(mmapc_nameindex_add(&ix, name, 0), MMAPC_OK);
    slot = slot_of(&ix, name);
    ck_assert_uint_ne(slot, NONE);
    mmapc_nameindex_free(&ix);
    return slot;
}

/* Fill pool[FIRST] to pool[FIRST + N - 1] with names whose home slot in
 * a new index is HOME, each new in the test. */
static void names_at(size_t home, size_t first, size_t n)
{
    static unsigned long tries;
    size_t k = 0;

    while (k < n) {
        ck_assert_uint_lt(tries, 1000000);
        snprintf(pool[first + k], sizeof pool[0], "N%lu", tries++);
        if (home_of(pool[first + k]) == home)
            k++;
    }
}

START_TEST(test_empty)
{
    struct mmapc_nameindex ix;

    mmapc_nameindex_init(&ix);
    ck_assert_uint_eq(ix.count, 0);
    ck_assert_uint_eq(ix.cap, 0);
    ck_assert_uint_eq(find(&ix, "MAP_SHARED"), NONE);
    ck_assert_uint_eq(find(&ix, ""), NONE);
    mmapc_nameindex_free(&ix);
    mmapc_nameindex_free(&ix); /* freeing twice is harmless */
    ck_assert_ptr_null(ix.slots);
}
END_TEST

START_TEST(test_lookups)
{
    static const char *const names[] = {
        "MAP_SHARED", "MAP_PRIVATE", "MAP_SHARED_VALIDATE", "MAP_",
        "M",          "sys/mman.h",  "__x86_64__"
    };
    struct mmapc_nameindex ix;
    size_t i;

    mmapc_nameindex_init(&ix);
    for (i = 0; i < sizeof names / sizeof names[0]; i++)
        ck_assert_int_eq(mmapc_nameindex_add(&ix, names[i], 100 + i),
                         MMAPC_OK);
    ck_assert_uint_eq(ix.count, 7);
    for (i = 0; i < sizeof names / sizeof names[0]; i++) {
        ck_assert_uint_eq(find(&ix, names[i]), 100 + i);
        /* the index keeps the caller's pointer, it does not copy */
        ck_assert_ptr_eq(ix.slots[slot_of(&ix, names[i])].name, names[i]);
    }
    /* a name is LEN bytes, with no NUL needed after them (a field of a
     * catalog line) */
    ck_assert_uint_eq(mmapc_nameindex_find(&ix, "MAP_SHARED PROT 0x1", 10),
                      100);
    ck_assert_uint_eq(mmapc_nameindex_find(&ix, "MAP_SHARED_VALIDATE", 10),
                      100);
    ck_assert_uint_eq(mmapc_nameindex_find(&ix, "MAP_SHARED_VALIDATE", 4),
                      103);
    ck_assert_uint_eq(mmapc_nameindex_find(&ix, "MAP_SHARED_VALIDATE", 1),
                      104);
    /* missing: prefixes, extensions, other case, empty */
    ck_assert_uint_eq(find(&ix, "MAP_SHARE"), NONE);
    ck_assert_uint_eq(find(&ix, "MAP_SHAREDX"), NONE);
    ck_assert_uint_eq(find(&ix, "map_shared"), NONE);
    ck_assert_uint_eq(find(&ix, "MA"), NONE);
    ck_assert_uint_eq(find(&ix, ""), NONE);
    ck_assert_uint_eq(mmapc_nameindex_find(&ix, "MAP_SHARED", 0), NONE);
    mmapc_nameindex_free(&ix);
    ck_assert_uint_eq(ix.count, 0);
    ck_assert_uint_eq(find(&ix, "MAP_SHARED"), NONE);
}
END_TEST

START_TEST(test_duplicates)
{
    struct mmapc_nameindex ix;
    char copy[] = "MAP_FIXED";

    mmapc_nameindex_init(&ix);
    ck_assert_int_eq(mmapc_nameindex_add(&ix, "MAP_FIXED", 1), MMAPC_OK);
    ck_assert_int_eq(mmapc_nameindex_add(&ix, "MAP_FILE", 2), MMAPC_OK);
    /* the same name again, also from another pointer: refused, the first
     * value and pointer stay */
    ck_assert_int_eq(mmapc_nameindex_add(&ix, "MAP_FIXED", 3),
                     MMAPC_NAMEINDEX_TAKEN);
    ck_assert_int_eq(mmapc_nameindex_add(&ix, copy, 4), MMAPC_NAMEINDEX_TAKEN);
    ck_assert_uint_eq(ix.count, 2);
    ck_assert_uint_eq(find(&ix, "MAP_FIXED"), 1);
    ck_assert_ptr_ne(ix.slots[slot_of(&ix, "MAP_FIXED")].name, copy);
    ck_assert_uint_eq(find(&ix, "MAP_FILE"), 2);
    /* a value may repeat: only names are unique */
    ck_assert_int_eq(mmapc_nameindex_add(&ix, "MAP_FILE2", 2), MMAPC_OK);
    ck_assert_uint_eq(find(&ix, "MAP_FILE2"), 2);
    mmapc_nameindex_free(&ix);
}
END_TEST

/* Names with one home slot go to the next free slots, in the order they
 * came; each is still found, and a missing name of that home is not. */
START_TEST(test_collisions)
{
    struct mmapc_nameindex ix;
    size_t cap = first_cap(), home = home_of("MAP_ANONYMOUS"), k;

    names_at(home, 0, 4);
    names_at((home + 1) % cap, 4, 1);
    mmapc_nameindex_init(&ix);
    for (k = 0; k < 4; k++)
        ck_assert_int_eq(mmapc_nameindex_add(&ix, pool[k], k), MMAPC_OK);
    ck_assert_uint_eq(ix.cap, cap);
    for (k = 0; k < 4; k++) {
        ck_assert_uint_eq(slot_of(&ix, pool[k]), (home + k) % cap);
        ck_assert_uint_eq(find(&ix, pool[k]), k);
    }
    /* a name whose home is taken by a collision goes after the run */
    ck_assert_int_eq(mmapc_nameindex_add(&ix, pool[4], 4), MMAPC_OK);
    ck_assert_uint_eq(slot_of(&ix, pool[4]), (home + 4) % cap);
    ck_assert_uint_eq(find(&ix, pool[4]), 4);
    /* missing names of those homes walk the run and stop at a free slot */
    names_at(home, 5, 1);
    ck_assert_uint_eq(find(&ix, pool[5]), NONE);
    ck_assert_int_eq(mmapc_nameindex_add(&ix, pool[0], 9),
                     MMAPC_NAMEINDEX_TAKEN);
    ck_assert_uint_eq(find(&ix, pool[0]), 0);
    mmapc_nameindex_free(&ix);
}
END_TEST

/* A run of collisions that passes the end of the table goes on at slot 0. */
START_TEST(test_wrap_around)
{
    struct mmapc_nameindex ix;
    size_t cap = first_cap(), k;

    names_at(cap - 1, 0, 3);
    names_at(0, 3, 1);
    mmapc_nameindex_init(&ix);
    for (k = 0; k < 4; k++)
        ck_assert_int_eq(mmapc_nameindex_add(&ix, pool[k], 10 + k), MMAPC_OK);
    ck_assert_uint_eq(ix.cap, cap);
    ck_assert_uint_eq(slot_of(&ix, pool[0]), cap - 1);
    ck_assert_uint_eq(slot_of(&ix, pool[1]), 0);
    ck_assert_uint_eq(slot_of(&ix, pool[2]), 1);
    ck_assert_uint_eq(slot_of(&ix, pool[3]), 2);
    for (k = 0; k < 4; k++)
        ck_assert_uint_eq(find(&ix, pool[k]), 10 + k);
    names_at(cap - 1, 4, 1);
    ck_assert_uint_eq(find(&ix, pool[4]), NONE);
    mmapc_nameindex_free(&ix);
}
END_TEST

/* The table doubles to stay at most half full, and every name, collided or
 * not, is found again after each move. */
START_TEST(test_growth)
{
    struct mmapc_nameindex ix;
    size_t k, j, grew = 0, cap = 0, doublings = 0, c;

    mmapc_nameindex_init(&ix);
    names_at(home_of("MADV_FREE"), 0, 8); /* one long run to carry over */
    for (k = 8; k < POOL_MAX; k++)
        snprintf(pool[k], sizeof pool[0], "SYM_%lu", (unsigned long)k);
    for (k = 0; k < POOL_MAX; k++) {
        ck_assert_int_eq(mmapc_nameindex_add(&ix, pool[k], 7 * k), MMAPC_OK);
        ck_assert_uint_eq(ix.count, k + 1);
        ck_assert_uint_ge(ix.cap, 2 * ix.count);
        ck_assert_uint_eq(ix.cap & (ix.cap - 1), 0); /* a power of two */
        if (ix.cap != cap) {
            /* only ever doubles, when it must */
            if (cap != 0) {
                ck_assert_uint_eq(ix.cap, 2 * cap);
                ck_assert_uint_eq(2 * k, cap);
            }
            cap = ix.cap;
            grew++;
            for (j = 0; j <= k; j++)
                ck_assert_uint_eq(find(&ix, pool[j]), 7 * j);
        }
    }
    ck_assert_uint_eq(ix.cap, 2 * POOL_MAX);
    for (c = first_cap(); c < 2 * POOL_MAX; c *= 2)
        doublings++;
    ck_assert_uint_eq(grew, 1 + doublings); /* made once, then doubled */
    for (k = 0; k < POOL_MAX; k++)
        ck_assert_uint_eq(find(&ix, pool[k]), 7 * k);
    ck_assert_uint_eq(find(&ix, "SYM_4096"), NONE);
    ck_assert_uint_eq(find(&ix, "SYM_"), NONE);
    mmapc_nameindex_free(&ix);
}
END_TEST

/* The tests of the suite, in order. */
/* clang-format off */
#define TESTS(X) \
    X(test_empty) \
    X(test_lookups) \
    X(test_duplicates) \
    X(test_collisions) \
    X(test_wrap_around) \
    X(test_growth)
/* clang-format on */

TU_SUITE(nameindex)
