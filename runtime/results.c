/* runtime/results.c: the list of results, and the names of statuses,
 * classes and effects as the table and the JSON show them. */
#include "probe.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

struct probe_result *
probe_list_add(struct probe_list *l)
{
    struct probe_result *r;

    if (l->n == l->cap) {
        size_t cap = l->cap ? 2 * l->cap : 64;
        struct probe_result *v;

        if (cap > (size_t) -1 / sizeof *v)
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

void
probe_list_free(struct probe_list *l)
{
    free(l->v);
    l->v = NULL;
    l->n = l->cap = 0;
}

void
probe_reject(struct probe_result *r, int err)
{
    r->status = PROBE_REJECTED;
    r->err = err;
    r->cls = probe_classify(err);
    r->reason = NULL;
}

void
probe_skip(struct probe_result *r, const char *reason)
{
    r->status = PROBE_SKIPPED;
    r->err = 0;
    r->cls = PROBE_CLASS_NONE;
    r->reason = reason;
}

void
probe_note(struct probe_result *r, const char *text)
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

const char *
probe_status_name(enum probe_status st)
{
    switch (st) {
    case PROBE_ACCEPTED: return "accepted";
    case PROBE_REJECTED: return "rejected";
    case PROBE_SKIPPED: break;
    }
    return "skipped";
}

const char *
probe_class_name(enum probe_class cls)
{
    switch (cls) {
    case PROBE_CLASS_UNSUPPORTED: return "unsupported";
    case PROBE_CLASS_FAILED_HERE: return "failed-here";
    case PROBE_CLASS_NONE: break;
    }
    return NULL;
}

void
probe_effect(struct probe_result *r, enum probe_effect effect,
             const char *fmt, ...)
{
    va_list ap;

    r->effect = effect;
    va_start(ap, fmt);
    vsnprintf(r->observed, sizeof r->observed, fmt, ap);
    va_end(ap);
}

const char *
probe_effect_name(enum probe_effect effect)
{
    switch (effect) {
    case PROBE_EFFECT_SEEN: return "seen";
    case PROBE_EFFECT_NOT_SEEN: return "not-seen";
    case PROBE_EFFECT_UNKNOWN: break;
    }
    return NULL;
}
