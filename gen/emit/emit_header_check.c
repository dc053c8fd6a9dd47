/* emit_header_check.c: what mmapc_emit_header checks before it writes
 * anything (see emit_header.h): every value fits an integer type of the
 * target, and no macro name of the header has two sources (symbol HAVE_X
 * and symbol X both give MMAPC_HAVE_X; a symbol VERSION would clash with
 * MMAPC_VERSION).
 */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "emit_header.h"
#include "grow.h"
#include "lines.h"

struct macro_use {
    char *name;
    const char *what; /* "symbol", "header", ... (static) */
    const char *item; /* the symbol or header name */
    const char *file; /* NULL: reserved by the header itself */
    unsigned long line;
    size_t seq;
};

struct macro_set {
    struct macro_use *uses;
    size_t count, cap;
    int failed;
};

static void macro_add(struct macro_set *set, const char *name,
                      const char *what, const char *item, const char *file,
                      unsigned long line)
{
    struct macro_use *u;

    if (set->failed)
        return;
    u = mmapc_grow(set->uses, &set->cap, set->count + 1, sizeof *u, 512);
    if (u == NULL) {
        set->failed = 1;
        return;
    }
    set->uses = u;
    u += set->count;
    u->name = mmapc_strdup(name);
    if (u->name == NULL) {
        set->failed = 1;
        return;
    }
    u->what = what;
    u->item = item;
    u->file = file;
    u->line = line;
    u->seq = set->count++;
}

static int macro_cmp(const void *a, const void *b)
{
    const struct macro_use *x = a, *y = b;
    int c = strcmp(x->name, y->name);

    if (c != 0)
        return c;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static void macro_free(struct macro_set *set)
{
    size_t i;

    for (i = 0; i < set->count; i++)
        free(set->uses[i].name);
    free(set->uses);
}

/* Names the template itself defines or reads. */
static const char *const reserved_macros[] = { "MMAPC_CONSTS_H",
                                               "MMAPC_VERSION",
                                               "MMAPC_TARGET",
                                               "MMAPC_EXTENSION_",
                                               "MMAPC_LONG_LONG_",
                                               "MMAPC_HAVE_MADVISE_DECL",
                                               "MMAPC_MADVISE_ADDR_TYPE",
                                               "MMAPC_NO_TARGET_CHECK",
                                               "MMAPC_VERIFY",
                                               "MMAPC_VERIFY_DONE_",
                                               "MMAPC_INCLUDE_SYSTEM",
                                               "MMAPC_FEATURES_DONE_",
                                               "MMAPC_SYSTEM_DONE_",
                                               "MMAPC_VERIFY_EQ_",
                                               "MMAPC_WANT_TABLE",
                                               "MMAPC_TABLE_DONE_",
                                               "MMAPC_KIND_FLAG",
                                               "MMAPC_KIND_INT",
                                               "MMAPC_KIND_POINTER",
                                               "MMAPC_KIND_MACRO",
                                               "MMAPC_SYMBOL_COUNT" };

static int check_macros(const struct mmapc_input *in)
{
    const struct mmapc_catalog *cat = in->cat;
    const struct mmapc_results *res = in->res;
    char buf[MMAPC_LINE_MAX + 32];
    struct macro_set set;
    size_t i;
    int rc = MMAPC_OK;

    memset(&set, 0, sizeof set);
    for (i = 0; i < sizeof reserved_macros / sizeof reserved_macros[0]; i++)
        macro_add(&set, reserved_macros[i], "the header itself", "", NULL, 0);
    for (i = 0; i < res->headers.count; i++) {
        mmapc_header_have_macro(buf, sizeof buf, res->headers.items[i].name);
        macro_add(&set, buf, "header", res->headers.items[i].name, res->file,
                  res->headers.items[i].line);
    }
    for (i = 0; i < res->functions.count; i++) {
        mmapc_header_have_macro(buf, sizeof buf, res->functions.items[i].name);
        macro_add(&set, buf, "function", res->functions.items[i].name,
                  res->file, res->functions.items[i].line);
    }
    for (i = 0; i < cat->nsymbols; i++) {
        const struct mmapc_symdef *s = &cat->symbols[i];

        snprintf(buf, sizeof buf, "MMAPC_HAVE_%s", s->name);
        macro_add(&set, buf, "symbol", s->name, s->file, s->line);
        if (s->kind == MMAPC_K_FLAG || s->kind == MMAPC_K_INT) {
            snprintf(buf, sizeof buf, "MMAPC_%s", s->name);
            macro_add(&set, buf, "symbol", s->name, s->file, s->line);
        }
    }
    if (set.failed) {
        macro_free(&set);
        return mmapc_out_of_memory();
    }
    qsort(set.uses, set.count, sizeof set.uses[0], macro_cmp);
    for (i = 1; i < set.count; i++) {
        const struct macro_use *a = &set.uses[i - 1], *b = &set.uses[i];

        if (strcmp(a->name, b->name) != 0)
            continue;
        if (b->file == NULL)
            b = a; /* not reached: reserved names come first */
        if (a->file == NULL)
            mmapc_error_at(b->file, b->line,
                           "%s %s would define %s, a name reserved by the "
                           "generated header",
                           b->what, b->item, b->name);
        else
            mmapc_error_at(b->file, b->line,
                           "%s %s would define %s, which %s %s (%s:%lu) "
                           "defines too",
                           b->what, b->item, b->name, a->what, a->item,
                           a->file, a->line);
        rc = MMAPC_ERR;
    }
    macro_free(&set);
    return rc;
}

/* Every value must fit a type of the target. */
static int check_values(const struct mmapc_input *in)
{
    char lit[MMAPC_INTVAL_BUFSIZE], dec[MMAPC_INTVAL_BUFSIZE];
    struct mmapc_ctypes types;
    int rc = MMAPC_OK;
    size_t i;

    mmapc_results_ctypes(in->res, &types);
    for (i = 0; i < in->cat->nsymbols; i++) {
        const struct mmapc_symres *r = &in->res->symbols[i];

        if (r->state != MMAPC_RES_VALUE)
            continue;
        if (mmapc_intval_c_literal(&r->value, &types, 0, lit, sizeof lit, NULL)
            != MMAPC_OK) {
            mmapc_intval_decimal(&r->value, dec, sizeof dec);
            rc = mmapc_error_at(in->res->file, r->line,
                                "value %s of %s fits no integer type of the "
                                "target (long long has %u bits)",
                                dec, in->cat->symbols[i].name,
                                types.llong_bits);
        }
    }
    return rc;
}

int mmapc_header_check(const struct mmapc_input *in)
{
    if (in->cat->nsymbols == 0)
        return mmapc_error("the catalog lists no symbols");
    if (check_macros(in) != MMAPC_OK || check_values(in) != MMAPC_OK)
        return MMAPC_ERR;
    return MMAPC_OK;
}
