/* runtime/output.c: the results as a readable table (the default) or as
 * one JSON document (--json). docs/mmapc-probe.md describes both. */
#include "probe.h"

#include <string.h>

/* ------------------------------------------------- what both show */

/* A table value (NEGATIVE, VALUE) in decimal, or in hex when HEX and not
 * negative. */
static void format_value(char *buf, size_t size, int negative,
                         unsigned long value, int hex)
{
    if (negative)
        snprintf(buf, size, "-%lu", 0UL - value);
    else if (hex)
        snprintf(buf, size, "0x%lx", value);
    else
        snprintf(buf, size, "%lu", value);
}

/* The page size in BUF, or UNKNOWN when the probe could not tell it. */
static const char *page_size_text(const struct probe_system *sys, char *buf,
                                  size_t size, const char *unknown)
{
    if (sys->page_size <= 0)
        return unknown;
    snprintf(buf, size, "%ld", sys->page_size);
    return buf;
}

/* ITEMS (NULL ends them), each written by PUT, with ", " between. */
static void put_list(FILE *f, const char *const *items,
                     void (*put)(FILE *f, const char *s))
{
    for (; *items; items++) {
        put(f, *items);
        if (items[1])
            fputs(", ", f);
    }
}

/* The columns of a result that depend on its status, as both outputs
 * show them: NULL where the row has nothing to say. */
struct row_view {
    const char *status;
    const char *err;      /* errno name of a rejection */
    const char *cls;      /* class of a rejection */
    const char *effect;   /* of an accepted call */
    const char *note;     /* the remark, if any */
    const char *observed; /* what was looked at, for an accepted call */
    char ebuf[32];
};

static void row_view(const struct probe_result *r, struct row_view *v)
{
    int accepted = r->status == PROBE_ACCEPTED;

    v->status = probe_status_name(r->status);
    v->err = r->status == PROBE_REJECTED
                 ? probe_errno_label(r->err, v->ebuf, sizeof v->ebuf)
                 : NULL;
    v->cls = probe_class_name(r->cls);
    v->effect = accepted ? probe_effect_name(r->effect) : NULL;
    v->note = r->note[0] ? r->note : NULL;
    v->observed = accepted && r->observed[0] ? r->observed : NULL;
}

/* ------------------------------------------------------------- JSON */

/* The length of the valid UTF-8 sequence at S (1-4), or 0 when S does not
 * start one. */
static size_t utf8_len(const unsigned char *s)
{
    size_t n, i;
    unsigned long cp;

    if (s[0] < 0x80)
        return 1;
    if (s[0] >= 0xc2 && s[0] <= 0xdf)
        n = 2, cp = s[0] & 0x1fUL;
    else if (s[0] >= 0xe0 && s[0] <= 0xef)
        n = 3, cp = s[0] & 0x0fUL;
    else if (s[0] >= 0xf0 && s[0] <= 0xf4)
        n = 4, cp = s[0] & 0x07UL;
    else
        return 0;
    for (i = 1; i < n; i++) {
        if ((s[i] & 0xc0) != 0x80)
            return 0;
        cp = cp << 6 | (s[i] & 0x3fUL);
    }
    if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10ffff))
        || (cp >= 0xd800 && cp <= 0xdfff))
        return 0;
    return n;
}

/* S as a JSON string, or null. Control characters are escaped; a byte
 * that is not part of valid UTF-8 becomes U+FFFD. */
static void json_string(FILE *f, const char *s)
{
    const unsigned char *p = (const unsigned char *)s;

    if (!s) {
        fputs("null", f);
        return;
    }
    putc('"', f);
    while (*p) {
        size_t n;

        switch (*p) {
        case '"':
            fputs("\\\"", f);
            p++;
            continue;
        case '\\':
            fputs("\\\\", f);
            p++;
            continue;
        case '\b':
            fputs("\\b", f);
            p++;
            continue;
        case '\f':
            fputs("\\f", f);
            p++;
            continue;
        case '\n':
            fputs("\\n", f);
            p++;
            continue;
        case '\r':
            fputs("\\r", f);
            p++;
            continue;
        case '\t':
            fputs("\\t", f);
            p++;
            continue;
        default:
            break;
        }
        if (*p < 0x20 || *p == 0x7f) {
            fprintf(f, "\\u%04x", (unsigned)*p);
            p++;
            continue;
        }
        n = utf8_len(p);
        if (n == 0) {
            fputs("\\ufffd", f);
            p++;
            continue;
        }
        fwrite(p, 1, n, f);
        p += n;
    }
    putc('"', f);
}

/* A key of the top-level object, after the one before it. */
static void json_key(FILE *f, const char *key)
{
    fprintf(f, ",\n  \"%s\": ", key);
}

/* ", "KEY": " and S as a JSON string, or null: a key of an inner object. */
static void json_field(FILE *f, const char *key, const char *s)
{
    fprintf(f, ", \"%s\": ", key);
    json_string(f, s);
}

static void json_bool(FILE *f, int b)
{
    fputs(b ? "true" : "false", f);
}

/* The array of the results in L. */
static void json_rows(FILE *f, const struct probe_list *l)
{
    size_t i;

    putc('[', f);
    for (i = 0; i < l->n; i++) {
        const struct probe_result *r = &l->v[i];
        struct row_view v;
        char value[32];

        row_view(r, &v);
        format_value(value, sizeof value, r->negative, r->value, 0);
        fputs(i ? ",\n    " : "\n    ", f);
        fputs("{\"name\": ", f);
        json_string(f, r->name);
        fprintf(f, ", \"value\": %s", value);
        json_field(f, "status", v.status);
        json_field(f, "errno", v.err);
        json_field(f, "class", v.cls);
        json_field(f, "effect", v.effect);
        json_field(f, "mapping", r->mapping);
        json_field(f, "reason", r->reason);
        json_field(f, "note", v.note);
        json_field(f, "observed", v.observed);
        putc('}', f);
    }
    fputs(l->n ? "\n  ]" : "]", f);
}

void probe_print_json(FILE *f, const struct probe_report *rep)
{
    const struct probe_system *sys = rep->sys;
    char buf[32];

    fputs("{\n  \"schema_version\": 2", f);
    json_key(f, "program");
    json_string(f, "mmapc-probe " PROBE_VERSION);
    json_key(f, "target");
    json_string(f, MMAPC_TARGET);
    json_key(f, "available");
    json_bool(f, rep->available);
    json_key(f, "kernel");
    fputs("{\"sysname\": ", f);
    json_string(f, sys->have_uname ? sys->sysname : NULL);
    json_field(f, "release", sys->have_uname ? sys->release : NULL);
    json_field(f, "machine", sys->have_uname ? sys->machine : NULL);
    putc('}', f);
    json_key(f, "page_size");
    fputs(page_size_text(sys, buf, sizeof buf, "null"), f);
    json_key(f, "thp");
    json_string(f, sys->thp);
    json_key(f, "root");
    json_bool(f, sys->root);
    json_key(f, "observation");
    fputs("{\"methods\": [", f);
    put_list(f, probe_observe_methods(sys->observe), json_string);
    putc(']', f);
    json_field(f, "note", sys->observe_note);
    putc('}', f);
    json_key(f, "advice");
    json_rows(f, rep->advice);
    json_key(f, "map_flags");
    json_rows(f, rep->map_flags);
    fputs("\n}\n", f);
}

/* ------------------------------------------------------------ table */

/* S for a terminal: control characters become '?'. NULL writes nothing. */
static void text(FILE *f, const char *s)
{
    for (; s && *s; s++)
        putc((unsigned char)*s < 0x20 || *s == 0x7f ? '?' : *s, f);
}

static void text_padded(FILE *f, const char *s, int width)
{
    int n = (int)strlen(s);

    text(f, s);
    for (; n < width; n++)
        putc(' ', f);
}

static int name_width(const struct probe_list *l, int min)
{
    size_t i;
    int w = min;

    for (i = 0; i < l->n; i++)
        if (l->v[i].name && (int)strlen(l->v[i].name) > w)
            w = (int)strlen(l->v[i].name);
    return w;
}

static int value_width(const struct probe_list *l, int hex, int min)
{
    size_t i;
    int w = min;
    char buf[32];

    for (i = 0; i < l->n; i++) {
        format_value(buf, sizeof buf, l->v[i].negative, l->v[i].value, hex);
        if ((int)strlen(buf) > w)
            w = (int)strlen(buf);
    }
    return w;
}

static void table_rows(FILE *f, const char *title, const struct probe_list *l,
                       int hex)
{
    size_t i, counts[3] = { 0, 0, 0 }, unsupported = 0, seen = 0;
    size_t not_seen = 0;
    int w = name_width(l, (int)strlen(title));
    int vw = value_width(l, hex, 5);

    putc('\n', f);
    text_padded(f, title, w);
    fprintf(f,
            "  %-*s  MAPPING           STATUS    ERRNO       "
            "CLASS        EFFECT    REMARK\n",
            vw, "VALUE");
    for (i = 0; i < l->n; i++) {
        const struct probe_result *r = &l->v[i];
        struct row_view v;
        char value[32];
        int remark;

        row_view(r, &v);
        remark = r->reason || v.note || v.observed;
        counts[r->status]++;
        if (r->cls == PROBE_CLASS_UNSUPPORTED)
            unsupported++;
        if (r->status == PROBE_ACCEPTED && r->effect == PROBE_EFFECT_SEEN)
            seen++;
        if (r->status == PROBE_ACCEPTED && r->effect == PROBE_EFFECT_NOT_SEEN)
            not_seen++;
        text_padded(f, r->name ? r->name : "-", w);
        format_value(value, sizeof value, r->negative, r->value, hex);
        fprintf(f, "  %-*s  ", vw, value);
        text_padded(f, r->mapping ? r->mapping : "-", 16);
        fprintf(f, "  %-8s  %-10s  %-11s  %-*s", v.status, v.err ? v.err : "-",
                v.cls ? v.cls : "-", remark ? 8 : 1,
                v.effect ? v.effect : "-");
        if (remark) {
            fputs("  ", f);
            text(f, r->reason);
            if (r->reason && v.note)
                fputs(" (", f);
            text(f, v.note);
            if (r->reason && v.note)
                putc(')', f);
            if ((r->reason || v.note) && v.observed)
                fputs("; ", f);
            text(f, v.observed);
        }
        putc('\n', f);
    }
    if (l->n == 0)
        fputs("(none)\n", f);
    fprintf(f, "%lu accepted (%lu seen, %lu not seen)",
            (unsigned long)counts[PROBE_ACCEPTED], (unsigned long)seen,
            (unsigned long)not_seen);
    fprintf(f,
            ", %lu rejected (%lu unsupported, %lu failed here), "
            "%lu skipped\n",
            (unsigned long)counts[PROBE_REJECTED], (unsigned long)unsupported,
            (unsigned long)(counts[PROBE_REJECTED] - unsupported),
            (unsigned long)counts[PROBE_SKIPPED]);
}

void probe_print_table(FILE *f, const struct probe_report *rep)
{
    const struct probe_system *sys = rep->sys;
    const char *const *methods = probe_observe_methods(sys->observe);
    char buf[32];

    fputs("mmapc-probe " PROBE_VERSION ", built for ", f);
    text(f, MMAPC_TARGET);
    putc('\n', f);
    if (!rep->available) {
        fputs("mmap is not available on this target: nothing to probe\n", f);
        return;
    }
    fputs("kernel:    ", f);
    if (sys->have_uname) {
        text(f, sys->sysname);
        putc(' ', f);
        text(f, sys->release);
        putc(' ', f);
        text(f, sys->machine);
        putc('\n', f);
    } else
        fputs("unknown\n", f);
    fprintf(f, "page size: %s\n",
            page_size_text(sys, buf, sizeof buf, "unknown"));
    fputs("THP:       ", f);
    text(f, sys->thp);
    fprintf(f, "\nuser:      %s\n", sys->root ? "root" : "not root");
    fputs("effects:   ", f);
    if (!*methods)
        fputs("not observed", f);
    put_list(f, methods, text);
    if (sys->observe_note) {
        fputs(" (", f);
        text(f, sys->observe_note);
        putc(')', f);
    }
    putc('\n', f);
    if (rep->show_advice)
        table_rows(f, "ADVICE", rep->advice, 0);
    if (rep->show_map_flags)
        table_rows(f, "MAP FLAG", rep->map_flags, 1);
}
