/* merge_load.c: the inputs of mmapc-gen merge as the single-target code
 * sees them (see merge.h).
 *
 * Each input is read and checked against the schema (gen/merge/merge_input.c);
 * every input must list the first one's constants. Then the first input's
 * constants go to the catalog, and each input's facts to its results, line
 * by line through the catalog's and the results' own readers, each line
 * with the JSON line it comes from: so the merged outputs rest on exactly
 * the data structures and the rules of a single-target run, and messages
 * name the JSON's lines.
 */
#include "merge.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "grow.h"
#include "lines.h"
#include "merge_input.h"

/* ------------------------------------------- the inputs share one catalog */

struct nameref {
    const char *name;
    const struct mmapc_jvalue *constant;
    size_t seq;
};

static int nameref_cmp(const void *a, const void *b)
{
    const struct nameref *x = a, *y = b;
    int c = strcmp(x->name, y->name);

    if (c != 0)
        return c;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* "flag", "strict", "int", "pointer" or "macro": the catalog's kind. */
static const char *catalog_kind(const struct mmapc_jvalue *c)
{
    if (mmapc_jinput_bool(c, "flag"))
        return mmapc_jinput_bool(c, "strict") ? "strict" : "flag";
    return mmapc_jinput_text(c, "kind");
}

/* NAME in REFS (N of them, sorted), or NULL. */
static const struct nameref *find_name(const struct nameref *refs, size_t n,
                                       const char *name)
{
    size_t lo = 0, hi = n;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int cmp = strcmp(name, refs[mid].name);

        if (cmp == 0)
            return &refs[mid];
        if (cmp < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

/* Every input lists the first input's constants, once each, with the same
 * kinds. REFS: the first input's names, sorted. */
static int check_same_catalog(const struct mmapc_jinput *first,
                              const struct mmapc_jinput *in,
                              const struct nameref *refs, size_t n)
{
    const struct mmapc_jvalue **seen, *c;
    unsigned long errors = 0;
    size_t i;

    seen = calloc(n + 1, sizeof *seen);
    if (seen == NULL)
        return mmapc_out_of_memory();
    for (c = in->constants->first; c != NULL; c = c->next) {
        const char *name = mmapc_jinput_text(c, "name");
        const struct nameref *r = find_name(refs, n, name);

        if (r == NULL) {
            if (++errors <= MMAPC_MERGE_REPORT_MAX)
                mmapc_error_at(in->file, c->line,
                               "constant %s is not in %s "
                               "(the inputs come from different catalogs: "
                               "make them with one version of mmap-consts "
                               "and the same --with-extra-symbols)",
                               name, first->file);
            continue;
        }
        if (seen[r->seq] != NULL) {
            if (++errors <= MMAPC_MERGE_REPORT_MAX)
                mmapc_error_at(in->file, c->line,
                               "constant %s listed again "
                               "(first at line %lu)",
                               name, seen[r->seq]->line);
            continue;
        }
        seen[r->seq] = c;
        if (strcmp(catalog_kind(c), catalog_kind(r->constant)) != 0
            && ++errors <= MMAPC_MERGE_REPORT_MAX)
            mmapc_error_at(in->file, c->line,
                           "constant %s is of kind %s "
                           "here but %s in %s (line %lu)",
                           name, catalog_kind(c), catalog_kind(r->constant),
                           first->file, r->constant->line);
    }
    for (i = 0; i < n; i++)
        if (seen[refs[i].seq] == NULL && ++errors <= MMAPC_MERGE_REPORT_MAX)
            mmapc_error_at(in->file, in->constants->line,
                           "no constant %s, "
                           "which %s lists (line %lu)",
                           refs[i].name, first->file, refs[i].constant->line);
    if (errors > MMAPC_MERGE_REPORT_MAX)
        mmapc_error_file(in->file, "... and %lu more differences from %s",
                         errors - MMAPC_MERGE_REPORT_MAX, first->file);
    free(seen);
    return errors == 0 ? MMAPC_OK : MMAPC_ERR;
}

/* The first input's names, sorted, without duplicates. */
static int name_index(const struct mmapc_jinput *first, struct nameref **out,
                      size_t *count)
{
    const struct mmapc_jvalue *c;
    struct nameref *refs;
    size_t n = 0, i;
    int rc = MMAPC_OK;

    refs = malloc((first->constants->count + 1) * sizeof *refs);
    if (refs == NULL)
        return mmapc_out_of_memory();
    for (c = first->constants->first; c != NULL; c = c->next, n++) {
        refs[n].name = mmapc_jinput_text(c, "name");
        refs[n].constant = c;
        refs[n].seq = n;
    }
    qsort(refs, n, sizeof *refs, nameref_cmp);
    for (i = 1; i < n; i++)
        if (strcmp(refs[i - 1].name, refs[i].name) == 0)
            rc = mmapc_error_at(first->file, refs[i].constant->line,
                                "constant %s listed again (first at line "
                                "%lu)",
                                refs[i].name, refs[i - 1].constant->line);
    if (rc != MMAPC_OK) {
        free(refs);
        return rc;
    }
    *out = refs;
    *count = n;
    return MMAPC_OK;
}

/* --------------------------------- the inputs as catalog and probe results */

/* Where the lines made of an input go: its catalog or its results. */
struct sink {
    const char *file;
    struct mmapc_catalog *cat; /* or */
    struct mmapc_results_reader *reader;
};

/* Add the line FMT... to SINK as line JLINE of the JSON it comes from. */
static int add(const struct sink *sink, unsigned long jline, const char *fmt,
               ...) MMAPC_PRINTF(3, 4);

static int add(const struct sink *sink, unsigned long jline, const char *fmt,
               ...)
{
    char buf[MMAPC_LINE_MAX + 1];
    va_list ap;
    int n;

    va_start(ap, fmt);
    n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n < 0 || (size_t)n >= sizeof buf)
        return mmapc_error_at(sink->file, jline,
                              "too long for a line of "
                              "the %s (at most %d bytes)",
                              sink->cat != NULL ? "catalog" : "results",
                              MMAPC_LINE_MAX);
    if (sink->cat != NULL)
        return mmapc_catalog_add_line(sink->cat, sink->file, jline, buf);
    return mmapc_results_add(sink->reader, sink->file, jline, buf);
}

static int load_catalog(struct mmapc_merge *m, const struct mmapc_jinput *in)
{
    const struct sink sink = { in->file, &m->cat, NULL };
    const struct mmapc_jvalue *v;

    for (v = in->families->first; v != NULL; v = v->next)
        if (add(&sink, v->line, "%%family %s %s", v->key, v->text) != MMAPC_OK)
            return MMAPC_ERR;
    for (v = in->constants->first; v != NULL; v = v->next) {
        const char *python = mmapc_jinput_text(v, "python");

        if (add(&sink, v->line, "%s %s %s%s %s %s",
                mmapc_jinput_text(v, "name"), mmapc_jinput_text(v, "family"),
                catalog_kind(v),
                mmapc_jinput_bool(v, "archdep") ? ",archdep" : "",
                python != NULL ? python : "-",
                mmapc_jinput_text(v, "description"))
            != MMAPC_OK)
            return MMAPC_ERR;
    }
    return MMAPC_OK;
}

/* Names of headers (or functions) any input checked, first seen first. */
struct names {
    const char **items;
    size_t count, cap;
};

static int names_add(struct names *n, const char *name)
{
    const char **p;
    size_t i;

    for (i = 0; i < n->count; i++)
        if (strcmp(n->items[i], name) == 0)
            return MMAPC_OK;
    p = mmapc_grow((void *)n->items, &n->cap, n->count + 1, sizeof *p, 32);
    if (p == NULL)
        return mmapc_out_of_memory();
    n->items = p;
    n->items[n->count++] = name;
    return MMAPC_OK;
}

/* The results' word for a JSON fact: null is a function whose linking
 * could not be tried. */
static const char *fact_word(const struct mmapc_jvalue *v)
{
    if (v == NULL)
        return "no";
    return v->type == MMAPC_J_TRUE   ? "yes"
           : v->type == MMAPC_J_NULL ? "unknown"
                                     : "no";
}

/* KIND lines ("header", "function") of OBJ; with ALL, one for every name
 * of ALL, "no" where OBJ lacks it. */
static int add_facts(const struct sink *sink, const char *kind,
                     const struct mmapc_jvalue *obj, const struct names *all)
{
    const struct mmapc_jvalue *v;
    size_t i;

    if (all == NULL) {
        for (v = obj->first; v != NULL; v = v->next)
            if (add(sink, v->line, "%s %s %s", kind, v->key, fact_word(v))
                != MMAPC_OK)
                return MMAPC_ERR;
        return MMAPC_OK;
    }
    for (i = 0; i < all->count; i++) {
        v = mmapc_json_member(obj, all->items[i]);
        if (add(sink, v != NULL ? v->line : obj->line, "%s %s %s", kind,
                all->items[i], fact_word(v))
            != MMAPC_OK)
            return MMAPC_ERR;
    }
    return MMAPC_OK;
}

/* The lines of the target's results, in the order configure writes them. */
static int add_results(const struct sink *s, const struct mmapc_jinput *in,
                       const struct names *headers,
                       const struct names *functions)
{
    const struct mmapc_jvalue *v, *t = in->target;

    if (add(s, in->doc.root->line, "mmapc-results 1") != MMAPC_OK
        || add(s, t->line, "target %s", mmapc_jinput_text(t, "triplet"))
               != MMAPC_OK
        || add(s, t->line, "os %s", mmapc_jinput_text(t, "os")) != MMAPC_OK
        || add(s, t->line, "cpu %s", mmapc_jinput_text(t, "cpu")) != MMAPC_OK
        || add(s, t->line, "libc %s", mmapc_jinput_text(t, "libc")) != MMAPC_OK
        || add(s, t->line, "cc %s", mmapc_jinput_text(t, "cc")) != MMAPC_OK
        || add(s, t->line, "cross_compiling %s",
               mmapc_jinput_bool(t, "cross_compiling") ? "yes" : "no")
               != MMAPC_OK)
        return MMAPC_ERR;
    for (v = in->sizes->first; v != NULL; v = v->next)
        if (v->type == MMAPC_J_NUMBER
            && add(s, v->line, "sizeof %s %s", v->key, v->text) != MMAPC_OK)
            return MMAPC_ERR;
    for (v = in->predefs->first; v != NULL; v = v->next)
        if (add(s, v->line, "predef %s %s", v->key, v->text) != MMAPC_OK)
            return MMAPC_ERR;
    if (add_facts(s, "header", in->headers, headers) != MMAPC_OK
        || add_facts(s, "function", in->functions, functions) != MMAPC_OK
        || add(s, in->madvise->line, "madvise_addr_type %s",
               in->madvise->type == MMAPC_J_STRING ? in->madvise->text
                                                   : "none")
               != MMAPC_OK)
        return MMAPC_ERR;
    for (v = in->constants->first; v != NULL; v = v->next) {
        const struct mmapc_jvalue *value = mmapc_json_member(v, "value");

        if (add(s, v->line, "symbol %s %s", mmapc_jinput_text(v, "name"),
                value != NULL && value->type == MMAPC_J_NUMBER ? value->text
                : mmapc_jinput_bool(v, "present")              ? "yes"
                                                               : "no")
            != MMAPC_OK)
            return MMAPC_ERR;
    }
    return MMAPC_OK;
}

static int load_results(struct mmapc_merge *m, const struct mmapc_jinput *in,
                        struct mmapc_target *t, const struct names *headers,
                        const struct names *functions)
{
    struct mmapc_results_reader reader;
    const struct sink sink = { in->file, NULL, &reader };

    if (mmapc_results_begin(&reader, &t->res, in->file, &m->cat) != MMAPC_OK
        || add_results(&sink, in, headers, functions) != MMAPC_OK
        || mmapc_results_end(&reader) != MMAPC_OK)
        return MMAPC_ERR;
    t->generator_version = mmapc_strdup(in->version->text);
    if (t->generator_version == NULL)
        return mmapc_out_of_memory();
    return MMAPC_OK;
}

/* ------------------------------------------------------------ target ids */

/* The first word of the C library ("glibc 2.36": "glibc"), or "unknown";
 * a character other than a letter, digit, _ . + - becomes _. */
static void libc_word(const struct mmapc_results *res, char *buf, size_t size)
{
    size_t n = strcspn(res->libc, " \t"), i;

    if (n == 0)
        snprintf(buf, size, "unknown");
    else
        snprintf(buf, size, "%.*s", (int)n, res->libc);
    for (i = 0; buf[i] != '\0'; i++)
        if (!mmapc_jinput_name_char((unsigned char)buf[i], ".+-"))
            buf[i] = '_';
}

static int same_facts(const struct mmapc_facts *a, const struct mmapc_facts *b)
{
    size_t i;

    if (a->count != b->count)
        return 0;
    for (i = 0; i < a->count; i++)
        if (strcmp(a->items[i].name, b->items[i].name) != 0
            || strcmp(a->items[i].value, b->items[i].value) != 0)
            return 0;
    return 1;
}

/* 1 when inputs J and I are one build: the same triplet, C library (with
 * its version), compiler, predefined macros, headers, functions and
 * constants. Builds that differ in any (other kernel headers, say) are
 * different targets, which a branch may share (--prefer). */
static int same_build(const struct mmapc_merge *m, size_t j, size_t i)
{
    const struct mmapc_results *a = &m->targets[j].res;
    const struct mmapc_results *b = &m->targets[i].res;
    size_t k;

    if (strcmp(a->target, b->target) != 0 || strcmp(a->libc, b->libc) != 0
        || strcmp(a->cc, b->cc) != 0 || !same_facts(&a->predefs, &b->predefs)
        || !same_facts(&a->headers, &b->headers)
        || !same_facts(&a->functions, &b->functions))
        return 0;
    for (k = 0; k < m->cat.nsymbols; k++)
        if (mmapc_merge_present(m, j, k) != mmapc_merge_present(m, i, k)
            || !mmapc_merge_same(m, j, i, k))
            return 0;
    return 1;
}

/* The same target given twice: an error naming both inputs. */
static int check_twice(const struct mmapc_merge *m)
{
    size_t i, j;
    int rc = MMAPC_OK;

    for (i = 1; i < m->ntargets; i++)
        for (j = 0; j < i; j++) {
            const struct mmapc_results *b = &m->targets[i].res;

            if (!same_build(m, j, i))
                continue;
            mmapc_error_file(m->targets[i].file,
                             "the same target as %s (%s, "
                             "C library %s, compiler %s): give each target "
                             "once",
                             m->targets[j].file, b->target,
                             b->libc[0] != '\0' ? b->libc : "unknown",
                             b->cc[0] != '\0' ? b->cc : "unknown");
            rc = MMAPC_ERR;
            break;
        }
    return rc;
}

static int assign_ids(struct mmapc_merge *m)
{
    size_t i, j, n = m->ntargets;
    char buf[3 * MMAPC_MERGE_TEXT_MAX], word[MMAPC_MERGE_TEXT_MAX + 1];

    for (i = 0; i < n; i++) {
        const struct mmapc_results *r = &m->targets[i].res;

        snprintf(buf, sizeof buf, "%s-%s", r->cpu, r->os);
        if ((m->targets[i].id = mmapc_strdup(buf)) == NULL)
            return mmapc_out_of_memory();
    }
    /* CPU-OS shared: add the C library to each of them */
    for (i = 0; i < n; i++) {
        int shared = 0;

        for (j = 0; j < n; j++)
            if (j != i
                && strncmp(m->targets[j].id, m->targets[i].id,
                           strcspn(m->targets[j].id, "/"))
                       == 0
                && strcspn(m->targets[j].id, "/")
                       == strcspn(m->targets[i].id, "/"))
                shared = 1;
        if (!shared)
            continue;
        libc_word(&m->targets[i].res, word, sizeof word);
        snprintf(buf, sizeof buf, "%s/%s", m->targets[i].id, word);
        free(m->targets[i].id);
        if ((m->targets[i].id = mmapc_strdup(buf)) == NULL)
            return mmapc_out_of_memory();
    }
    /* still shared: number the later ones */
    for (i = 1; i < n; i++) {
        unsigned long same = 1;

        for (j = 0; j < i; j++)
            if (strcmp(m->targets[j].id, m->targets[i].id) == 0)
                same++;
        if (same == 1)
            continue;
        snprintf(buf, sizeof buf, "%s#%lu", m->targets[i].id, same);
        free(m->targets[i].id);
        if ((m->targets[i].id = mmapc_strdup(buf)) == NULL)
            return mmapc_out_of_memory();
    }
    return MMAPC_OK;
}

/* ------------------------------------------------------------------ load */

void mmapc_merge_init(struct mmapc_merge *m, const char *version)
{
    memset(m, 0, sizeof *m);
    m->version = version;
    mmapc_catalog_init(&m->cat);
}

void mmapc_merge_free(struct mmapc_merge *m)
{
    size_t i;

    for (i = 0; i < m->ntargets; i++) {
        struct mmapc_target *t = &m->targets[i];

        mmapc_results_free(&t->res);
        free(t->id);
        free(t->generator_version);
    }
    free(m->targets);
    for (i = 0; i < m->nbranches; i++) {
        size_t k;

        for (k = 0; k < m->branches[i].nnegate; k++)
            free(m->branches[i].negate[k]);
        free(m->branches[i].negate);
        free(m->branches[i].members);
    }
    free(m->branches);
    mmapc_catalog_free(&m->cat);
    mmapc_merge_init(m, m->version);
}

int mmapc_merge_load(struct mmapc_merge *m, const char *const *files, size_t n,
                     int union_facts)
{
    struct mmapc_jinput *in;
    struct nameref *refs = NULL;
    struct names headers, functions;
    size_t i, nrefs = 0;
    int rc = MMAPC_ERR;

    if (n == 0)
        return mmapc_error("merge: no inputs (give the mmap_consts.json of "
                           "each target)");
    memset(&headers, 0, sizeof headers);
    memset(&functions, 0, sizeof functions);
    in = calloc(n, sizeof *in);
    m->targets = calloc(n, sizeof *m->targets);
    if (in == NULL || m->targets == NULL) {
        free(in);
        return mmapc_out_of_memory();
    }
    m->ntargets = n;
    for (i = 0; i < n; i++) {
        in[i].file = files[i];
        m->targets[i].file = files[i];
        mmapc_json_init(&in[i].doc);
        mmapc_results_init(&m->targets[i].res);
    }
    for (i = 0; i < n; i++)
        if (mmapc_jinput_read(&in[i]) != MMAPC_OK)
            goto done;
    if (name_index(&in[0], &refs, &nrefs) != MMAPC_OK)
        goto done;
    for (i = 1; i < n; i++)
        if (check_same_catalog(&in[0], &in[i], refs, nrefs) != MMAPC_OK)
            goto done;
    if (union_facts) {
        const struct mmapc_jvalue *v;

        for (i = 0; i < n; i++) {
            for (v = in[i].headers->first; v != NULL; v = v->next)
                if (names_add(&headers, v->key) != MMAPC_OK)
                    goto done;
            for (v = in[i].functions->first; v != NULL; v = v->next)
                if (names_add(&functions, v->key) != MMAPC_OK)
                    goto done;
        }
    }
    if (load_catalog(m, &in[0]) != MMAPC_OK)
        goto done;
    for (i = 0; i < n; i++)
        if (load_results(m, &in[i], &m->targets[i],
                         union_facts ? &headers : NULL,
                         union_facts ? &functions : NULL)
            != MMAPC_OK)
            goto done;
    if (check_twice(m) != MMAPC_OK)
        goto done;
    rc = assign_ids(m);
done:
    for (i = 0; i < n; i++)
        mmapc_json_free(&in[i].doc);
    free(in);
    free(refs);
    free((void *)headers.items);
    free((void *)functions.items);
    return rc;
}

void mmapc_merge_input(const struct mmapc_merge *m, size_t t,
                       struct mmapc_input *in)
{
    in->cat = &m->cat;
    in->res = &m->targets[t].res;
    in->version = m->version;
}

int mmapc_merge_present(const struct mmapc_merge *m, size_t t, size_t i)
{
    enum mmapc_state s = m->targets[t].res.symbols[i].state;

    return s == MMAPC_RES_VALUE || s == MMAPC_RES_YES;
}

int mmapc_merge_same(const struct mmapc_merge *m, size_t a, size_t b, size_t i)
{
    const struct mmapc_symres *x = &m->targets[a].res.symbols[i];
    const struct mmapc_symres *y = &m->targets[b].res.symbols[i];

    if (x->state != y->state)
        return 0;
    return x->state != MMAPC_RES_VALUE
           || (x->value.negative == y->value.negative
               && x->value.magnitude == y->value.magnitude);
}

int mmapc_merge_portable(const struct mmapc_merge *m, size_t i)
{
    size_t t;

    for (t = 0; t < m->ntargets; t++)
        if (!mmapc_merge_present(m, t, i) || !mmapc_merge_same(m, 0, t, i))
            return 0;
    return 1;
}
