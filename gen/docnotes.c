/* docnotes.c: the per-symbol facts of the generated docs (docnotes.h). */
#include "docnotes.h"

#include <string.h>

#include "intval.h"

int mmapc_doc_present(const struct mmapc_input *in, size_t i)
{
    enum mmapc_state st = in->res->symbols[i].state;

    return st == MMAPC_RES_VALUE || st == MMAPC_RES_YES;
}

const char *mmapc_doc_value(const struct mmapc_input *in, size_t i,
                            char *buf, size_t size)
{
    const struct mmapc_symres *r = &in->res->symbols[i];

    if (r->state == MMAPC_RES_VALUE) {
        mmapc_intval_hex(&r->value, buf, size);
        return buf;
    }
    return r->state == MMAPC_RES_YES ? "present" : "absent";
}

int mmapc_zero_is_meaningful(const char *name)
{
    static const char *const names[] = {
        "PROT_NONE", "MAP_PRIVATE", "MAP_VARIABLE", "MS_SYNC", "MS_OLDSYNC"
    };
    size_t k;

    for (k = 0; k < sizeof names / sizeof names[0]; k++)
        if (strcmp(name, names[k]) == 0)
            return 1;
    return 0;
}

size_t mmapc_doc_next_in_family(const struct mmapc_input *in, size_t family,
                                size_t from)
{
    const struct mmapc_catalog *cat = in->cat;

    while (from < cat->nsymbols && cat->symbols[from].family != family)
        from++;
    return from;
}

void mmapc_doc_family_count(const struct mmapc_input *in, size_t family,
                            size_t *total, size_t *present)
{
    size_t i;

    *total = *present = 0;
    for (i = mmapc_doc_next_in_family(in, family, 0); i < in->cat->nsymbols;
         i = mmapc_doc_next_in_family(in, family, i + 1)) {
        ++*total;
        if (mmapc_doc_present(in, i))
            ++*present;
    }
}

size_t mmapc_doc_present_count(const struct mmapc_input *in)
{
    size_t i, n = 0;

    for (i = 0; i < in->cat->nsymbols; i++)
        if (mmapc_doc_present(in, i))
            n++;
    return n;
}

static int is_integer_kind(enum mmapc_kind kind)
{
    return kind == MMAPC_K_FLAG || kind == MMAPC_K_INT;
}

/* Symbols I and J are aliases: same family, both integer kinds with the
 * same nonzero value. */
static int same_value(const struct mmapc_input *in, size_t i, size_t j)
{
    const struct mmapc_symdef *a = &in->cat->symbols[i];
    const struct mmapc_symdef *b = &in->cat->symbols[j];
    const struct mmapc_symres *ra = &in->res->symbols[i];
    const struct mmapc_symres *rb = &in->res->symbols[j];

    return i != j && a->family == b->family && is_integer_kind(a->kind)
           && is_integer_kind(b->kind) && ra->state == MMAPC_RES_VALUE
           && rb->state == MMAPC_RES_VALUE && ra->value.magnitude != 0
           && ra->value.magnitude == rb->value.magnitude
           && ra->value.negative == rb->value.negative;
}

/* Text of the notes; nothing when OUT is NULL (counting only). */
static void put_text(FILE *out, const char *text)
{
    if (out != NULL)
        fputs(text, out);
}

static void put_sep(FILE *out, size_t *n)
{
    if (*n > 0)
        put_text(out, "; ");
    ++*n;
}

size_t mmapc_doc_put_notes(FILE *out, const struct mmapc_input *in, size_t i,
                           void (*put_name)(FILE *out, const char *name))
{
    const struct mmapc_symdef *s = &in->cat->symbols[i];
    const struct mmapc_symres *r = &in->res->symbols[i];
    size_t n = 0, j, aliases = 0;

    for (j = mmapc_doc_next_in_family(in, s->family, 0);
         j < in->cat->nsymbols;
         j = mmapc_doc_next_in_family(in, s->family, j + 1)) {
        if (!same_value(in, i, j))
            continue;
        if (aliases++ == 0) {
            put_sep(out, &n);
            put_text(out, "same value as ");
        } else {
            put_text(out, ", ");
        }
        if (out != NULL)
            put_name(out, in->cat->symbols[j].name);
    }
    if (s->kind == MMAPC_K_FLAG && r->state == MMAPC_RES_VALUE
        && r->value.magnitude == 0 && !mmapc_zero_is_meaningful(s->name)) {
        put_sep(out, &n);
        put_text(out, "defined as 0: no effect");
    }
    if (!is_integer_kind(s->kind) && r->state == MMAPC_RES_YES) {
        put_sep(out, &n);
        put_text(out, "not an integer");
    }
    if (is_integer_kind(s->kind) && r->state == MMAPC_RES_YES) {
        put_sep(out, &n);
        put_text(out, "not a constant expression");
    }
    if (s->archdep) {
        put_sep(out, &n);
        put_text(out, "differs between architectures");
    }
    return n;
}
