/* docnotes.c: what the generated docs say of each symbol and family, from
 * the catalog arranged once per output (docnotes.h). */
#include "docnotes.h"

#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "intval.h"

int mmapc_doc_present(const struct mmapc_input *in, size_t i)
{
    enum mmapc_state st = in->res->symbols[i].state;

    return st == MMAPC_RES_VALUE || st == MMAPC_RES_YES;
}

const char *mmapc_doc_header(const struct mmapc_input *in, size_t i)
{
    const struct mmapc_symres *r = &in->res->symbols[i];

    return mmapc_doc_present(in, i) ? r->header : NULL;
}

const char *mmapc_doc_value(const struct mmapc_input *in, size_t i, char *buf,
                            size_t size)
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
    static const char *const names[] = { "PROT_NONE", "MAP_PRIVATE",
                                         "MAP_VARIABLE", "MS_SYNC",
                                         "MS_OLDSYNC" };
    size_t k;

    for (k = 0; k < sizeof names / sizeof names[0]; k++)
        if (strcmp(name, names[k]) == 0)
            return 1;
    return 0;
}

static int is_integer_kind(enum mmapc_kind kind)
{
    return kind == MMAPC_K_FLAG || kind == MMAPC_K_INT;
}

/* Symbol I can have aliases: an integer kind with a nonzero value. Two
 * such symbols of one family with the same value are aliases. */
static int alias_candidate(const struct mmapc_input *in, size_t i)
{
    const struct mmapc_symres *r = &in->res->symbols[i];

    return is_integer_kind(in->cat->symbols[i].kind)
           && r->state == MMAPC_RES_VALUE && r->value.magnitude != 0;
}

/* What groups aliases, and the catalog order within a group. */
struct alias_key {
    size_t family;
    int negative;
    uint64_t magnitude;
    size_t symbol;
};

static int compare_alias_keys(const void *pa, const void *pb)
{
    const struct alias_key *a = pa, *b = pb;

    if (a->family != b->family)
        return a->family < b->family ? -1 : 1;
    if (a->negative != b->negative)
        return a->negative < b->negative ? -1 : 1;
    if (a->magnitude != b->magnitude)
        return a->magnitude < b->magnitude ? -1 : 1;
    return a->symbol < b->symbol ? -1 : a->symbol > b->symbol;
}

static int same_group(const struct alias_key *a, const struct alias_key *b)
{
    return a->family == b->family && a->negative == b->negative
           && a->magnitude == b->magnitude;
}

/* The runs of same-value symbols: sorting is O(n log n) where comparing
 * each symbol with its family was O(n^2) for a large family. */
static int group_aliases(struct mmapc_docnotes *dn)
{
    const struct mmapc_input *in = dn->in;
    size_t n = in->cat->nsymbols, count = 0, i, k, start;
    struct alias_key *keys = malloc((n + 1) * sizeof *keys);

    if (keys == NULL)
        return MMAPC_ERR;
    for (i = 0; i < n; i++) {
        dn->alias_start[i] = dn->alias_end[i] = 0;
        if (!alias_candidate(in, i))
            continue;
        keys[count].family = in->cat->symbols[i].family;
        keys[count].negative = in->res->symbols[i].value.negative;
        keys[count].magnitude = in->res->symbols[i].value.magnitude;
        keys[count].symbol = i;
        count++;
    }
    qsort(keys, count, sizeof *keys, compare_alias_keys);
    for (start = 0; start < count; start = k) {
        for (k = start + 1; k < count && same_group(&keys[k], &keys[start]);
             k++)
            ;
        for (i = start; i < k; i++) {
            dn->aliases[i] = keys[i].symbol;
            dn->alias_start[keys[i].symbol] = start;
            dn->alias_end[keys[i].symbol] = k;
        }
    }
    free(keys);
    return MMAPC_OK;
}

/* Each family's symbols in catalog order, by counting: one pass to count,
 * one to place. */
static void group_families(struct mmapc_docnotes *dn)
{
    const struct mmapc_catalog *cat = dn->in->cat;
    size_t f, i;

    for (f = 0; f <= cat->nfamilies; f++)
        dn->family_start[f] = 0;
    for (f = 0; f < cat->nfamilies; f++)
        dn->family_present[f] = 0;
    dn->present = 0;
    for (i = 0; i < cat->nsymbols; i++) {
        dn->family_start[cat->symbols[i].family + 1]++;
        if (mmapc_doc_present(dn->in, i)) {
            dn->family_present[cat->symbols[i].family]++;
            dn->present++;
        }
    }
    for (f = 0; f < cat->nfamilies; f++)
        dn->family_start[f + 1] += dn->family_start[f];
    /* family_start[F] is where F's next symbol goes until all are placed;
     * then it is where F's symbols end, so shift it back by one family */
    for (i = 0; i < cat->nsymbols; i++)
        dn->by_family[dn->family_start[cat->symbols[i].family]++] = i;
    for (f = cat->nfamilies; f > 0; f--)
        dn->family_start[f] = dn->family_start[f - 1];
    dn->family_start[0] = 0;
}

int mmapc_docnotes_init(struct mmapc_docnotes *dn,
                        const struct mmapc_input *in)
{
    size_t nsym = in->cat->nsymbols + 1, nfam = in->cat->nfamilies + 1;

    memset(dn, 0, sizeof *dn);
    dn->in = in;
    dn->family_start = malloc(nfam * sizeof *dn->family_start);
    dn->family_present = malloc(nfam * sizeof *dn->family_present);
    dn->by_family = malloc(nsym * sizeof *dn->by_family);
    dn->aliases = malloc(nsym * sizeof *dn->aliases);
    dn->alias_start = malloc(nsym * sizeof *dn->alias_start);
    dn->alias_end = malloc(nsym * sizeof *dn->alias_end);
    if (dn->family_start == NULL || dn->family_present == NULL
        || dn->by_family == NULL || dn->aliases == NULL
        || dn->alias_start == NULL || dn->alias_end == NULL
        || group_aliases(dn) != MMAPC_OK) {
        mmapc_docnotes_free(dn);
        return mmapc_out_of_memory();
    }
    group_families(dn);
    return MMAPC_OK;
}

void mmapc_docnotes_free(struct mmapc_docnotes *dn)
{
    free(dn->family_start);
    free(dn->family_present);
    free(dn->by_family);
    free(dn->aliases);
    free(dn->alias_start);
    free(dn->alias_end);
    memset(dn, 0, sizeof *dn);
}

const size_t *mmapc_doc_family_symbols(const struct mmapc_docnotes *dn,
                                       size_t family, size_t *n)
{
    *n = dn->family_start[family + 1] - dn->family_start[family];
    return dn->by_family + dn->family_start[family];
}

void mmapc_doc_family_count(const struct mmapc_docnotes *dn, size_t family,
                            size_t *total, size_t *present)
{
    *total = dn->family_start[family + 1] - dn->family_start[family];
    *present = dn->family_present[family];
}

size_t mmapc_doc_present_count(const struct mmapc_docnotes *dn)
{
    return dn->present;
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

/* The note of conflict C: "HEADER says VALUE" (the value in hex, like the
 * value column), or "HEADER defines it otherwise, not as an integer". */
static void put_conflict(FILE *out, const struct mmapc_fact *c, size_t *n,
                         void (*put_name)(FILE *out, const char *name))
{
    struct mmapc_intval v;
    const char *why;
    char hex[MMAPC_INTVAL_BUFSIZE];

    put_sep(out, n);
    if (out == NULL)
        return;
    put_name(out, c->name);
    if (mmapc_intval_parse(c->value, &v, &why) != MMAPC_OK) {
        put_text(out, " defines it otherwise, not as an integer");
        return;
    }
    mmapc_intval_hex(&v, hex, sizeof hex);
    put_text(out, " says ");
    put_name(out, hex);
}

size_t mmapc_doc_put_notes(FILE *out, const struct mmapc_docnotes *dn,
                           size_t i,
                           void (*put_name)(FILE *out, const char *name))
{
    const struct mmapc_input *in = dn->in;
    const struct mmapc_symdef *s = &in->cat->symbols[i];
    const struct mmapc_symres *r = &in->res->symbols[i];
    size_t n = 0, k, aliases = 0;

    for (k = dn->alias_start[i]; k < dn->alias_end[i]; k++) {
        size_t j = dn->aliases[k];

        if (j == i)
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
    for (k = 0; mmapc_doc_present(in, i) && k < r->conflicts.count; k++)
        put_conflict(out, &r->conflicts.items[k], &n, put_name);
    if (s->archdep) {
        put_sep(out, &n);
        put_text(out, "differs between architectures");
    }
    return n;
}
