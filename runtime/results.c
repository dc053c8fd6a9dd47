/* runtime/results.c: the list of results, and the names of statuses,
 * classes and effects as the table and the JSON show them. */
#include "probe.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

struct probe_result *probe_list_add(struct probe_list *l)
{
    struct probe_result *r;

    if (l->n == l->cap) {
        size_t cap = l->cap ? 2 * l->cap : 64;
        struct probe_result *v;

        if (cap > (size_t)-1 / sizeof *v)
            return NULL;
        v = realloc(l->v, cap * sizeof *v);
        if (!v)
            return NULL;
        l->v = v;
        l->cap = cap;
    }
    r = &l->v[l->n++];
    memset(r, 0, sizeof *r);
    r->status = PROBE_SKIPPED;
    r->cls = PROBE_CLASS_NONE;
    return r;
}

int probe_list_add_row(struct probe_list *l, const char *name, int negative,
                       unsigned long value, int has_value,
                       int (*as)(int, unsigned long, int *),
                       const char *misfit, int *v, struct probe_result **row)
{
    struct probe_result *r = probe_list_add(l);

    *row = r;
    if (!r)
        return -1;
    r->name = name;
    r->negative = negative;
    r->value = value;
    if (!has_value) {
        probe_skip(r, "the headers give no integer value");
        return 0;
    }
    if (!as(negative, value, v)) {
        probe_skip(r, misfit);
        return 0;
    }
    return 1;
}

void probe_list_free(struct probe_list *l)
{
    free(l->v);
    l->v = NULL;
    l->n = l->cap = 0;
}

void probe_reject(struct probe_result *r, int err)
{
    r->status = PROBE_REJECTED;
    r->err = err;
    r->cls = probe_classify(err);
    r->reason = NULL;
}

void probe_skip(struct probe_result *r, const char *reason)
{
    r->status = PROBE_SKIPPED;
    r->err = 0;
    r->cls = PROBE_CLASS_NONE;
    r->reason = reason;
}

void probe_note(struct probe_result *r, const char *text)
{
    size_t used = strlen(r->note);

    if (used && used + 2 < sizeof r->note) {
        memcpy(r->note + used, "; ", 3);
        used += 2;
    }
    if (used + 1 < sizeof r->note) {
        strncpy(r->note + used, text, sizeof r->note - used - 1);
        r->note[sizeof r->note - 1] = '\0';
    }
}

void probe_effect(struct probe_result *r, enum probe_effect effect,
                  const char *fmt, ...)
{
    va_list ap;

    r->effect = effect;
    va_start(ap, fmt);
    vsnprintf(r->observed, sizeof r->observed, fmt, ap);
    va_end(ap);
}

/* The name the output shows for value I of an enumeration: NAMES lists
 * the N names in the order of the values, NULL for a value that has none.
 * NULL too when I lies outside the table. */
static const char *name_of(const char *const *names, size_t n, unsigned i)
{
    return i < n ? names[i] : NULL;
}

#define NAME_OF(names, i) name_of(names, sizeof names / sizeof names[0], i)

const char *probe_status_name(enum probe_status st)
{
    static const char *const names[] = { "accepted", "rejected", "skipped" };
    const char *name = NAME_OF(names, st);

    return name ? name : "skipped";
}

const char *probe_class_name(enum probe_class cls)
{
    static const char *const names[] = { NULL, "unsupported", "failed-here" };

    return NAME_OF(names, cls);
}

const char *probe_effect_name(enum probe_effect effect)
{
    static const char *const names[] = { NULL, "seen", "not-seen" };

    return NAME_OF(names, effect);
}
