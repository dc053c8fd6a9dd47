/* runtime/output.c: the results as a readable table (the default) or as
 * one JSON document (--json). docs/mmapc-probe.md describes both. */
#include "probe.h"

#include <string.h>

/* ------------------------------------------------------------- JSON */

/* The length of the valid UTF-8 sequence at S (1-4), or 0 when S does not
 * start one. */
static size_t
utf8_len(const unsigned char *s)
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
static void
json_string(FILE *f, const char *s)
{
    const unsigned char *p = (const unsigned char *) s;

    if (!s) {
        fputs("null", f);
        return;
    }
    putc('"', f);
    while (*p) {
        size_t n;

        switch (*p) {
        case '"': fputs("\\\"", f); p++; continue;
        case '\\': fputs("\\\\", f); p++; continue;
        case '\b': fputs("\\b", f); p++; continue;
        case '\f': fputs("\\f", f); p++; continue;
        case '\n': fputs("\\n", f); p++; continue;
        case '\r': fputs("\\r", f); p++; continue;
        case '\t': fputs("\\t", f); p++; continue;
        default: break;
        }
        if (*p < 0x20 || *p == 0x7f) {
            fprintf(f, "\\u%04x", (unsigned) *p);
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

static void
json_value(FILE *f, int negative, unsigned long value)
{
    if (negative)
        fprintf(f, "-%lu", 0UL - value);
    else
        fprintf(f, "%lu", value);
}

static void
json_rows(FILE *f, const char *key, const struct probe_list *l)
{
    size_t i;

    fprintf(f, "  \"%s\": [", key);
    for (i = 0; i < l->n; i++) {
        const struct probe_result *r = &l->v[i];
        char ebuf[32];

        fputs(i ? ",\n    " : "\n    ", f);
        fputs("{\"name\": ", f);
        json_string(f, r->name);
        fputs(", \"value\": ", f);
        json_value(f, r->negative, r->value);
        fputs(", \"status\": ", f);
        json_string(f, probe_status_name(r->status));
        fputs(", \"errno\": ", f);
        json_string(f, r->status == PROBE_REJECTED
                    ? probe_errno_label(r->err, ebuf, sizeof ebuf) : NULL);
        fputs(", \"class\": ", f);
        json_string(f, probe_class_name(r->cls));
        fputs(", \"effect\": ", f);
        json_string(f, r->status == PROBE_ACCEPTED
                    ? probe_effect_name(r->effect) : NULL);
        fputs(", \"mapping\": ", f);
        json_string(f, r->mapping);
        fputs(", \"reason\": ", f);
        json_string(f, r->reason);
        fputs(", \"note\": ", f);
        json_string(f, r->note[0] ? r->note : NULL);
        fputs(", \"observed\": ", f);
        json_string(f, r->status == PROBE_ACCEPTED && r->observed[0]
                    ? r->observed : NULL);
        fputs("}", f);
    }
    fputs(l->n ? "\n  ]" : "]", f);
}

void
probe_print_json(FILE *f, const struct probe_report *rep)
{
    const struct probe_system *sys = rep->sys;
    const char *const *m = probe_observe_methods(sys->observe);

    fputs("{\n  \"schema_version\": 2,\n", f);
    fputs("  \"program\": ", f);
    json_string(f, "mmapc-probe " PROBE_VERSION);
    fputs(",\n  \"target\": ", f);
    json_string(f, MMAPC_TARGET);
    fprintf(f, ",\n  \"available\": %s,\n", rep->available ? "true" : "false");
    fputs("  \"kernel\": {\"sysname\": ", f);
    json_string(f, sys->have_uname ? sys->sysname : NULL);
    fputs(", \"release\": ", f);
    json_string(f, sys->have_uname ? sys->release : NULL);
    fputs(", \"machine\": ", f);
    json_string(f, sys->have_uname ? sys->machine : NULL);
    fputs("},\n  \"page_size\": ", f);
    if (sys->page_size > 0)
        fprintf(f, "%ld", sys->page_size);
    else
        fputs("null", f);
    fputs(",\n  \"thp\": ", f);
    json_string(f, sys->thp);
    fprintf(f, ",\n  \"root\": %s,\n", sys->root ? "true" : "false");
    fputs("  \"observation\": {\"methods\": [", f);
    for (; *m; m++) {
        json_string(f, *m);
        if (m[1])
            fputs(", ", f);
    }
    fputs("], \"note\": ", f);
    json_string(f, sys->observe_note);
    fputs("},\n", f);
    json_rows(f, "advice", rep->advice);
    fputs(",\n", f);
    json_rows(f, "map_flags", rep->map_flags);
    fputs("\n}\n", f);
}

/* ------------------------------------------------------------ table */

/* S for a terminal: control characters become '?'. */
static void
text(FILE *f, const char *s)
{
    for (; *s; s++)
        putc((unsigned char) *s < 0x20 || *s == 0x7f ? '?' : *s, f);
}

static void
text_padded(FILE *f, const char *s, int width)
{
    int n = (int) strlen(s);

    text(f, s);
    for (; n < width; n++)
        putc(' ', f);
}

static void
table_value(char *buf, size_t size, int negative, unsigned long value,
            int hex)
{
    if (negative)
        snprintf(buf, size, "-%lu", 0UL - value);
    else if (hex)
        snprintf(buf, size, "0x%lx", value);
    else
        snprintf(buf, size, "%lu", value);
}

static int
name_width(const struct probe_list *l, int min)
{
    size_t i;
    int w = min;

    for (i = 0; i < l->n; i++)
        if (l->v[i].name && (int) strlen(l->v[i].name) > w)
            w = (int) strlen(l->v[i].name);
    return w;
}

static int
value_width(const struct probe_list *l, int hex, int min)
{
    size_t i;
    int w = min;
    char buf[32];

    for (i = 0; i < l->n; i++) {
        table_value(buf, sizeof buf, l->v[i].negative, l->v[i].value, hex);
        if ((int) strlen(buf) > w)
            w = (int) strlen(buf);
    }
    return w;
}

static void
table_rows(FILE *f, const char *title, const struct probe_list *l, int hex)
{
    size_t i, counts[3] = { 0, 0, 0 }, unsupported = 0, seen = 0;
    size_t not_seen = 0;
    int w = name_width(l, (int) strlen(title));
    int vw = value_width(l, hex, 5);

    putc('\n', f);
    text_padded(f, title, w);
    fprintf(f, "  %-*s  MAPPING           STATUS    ERRNO       "
            "CLASS        EFFECT    REMARK\n", vw, "VALUE");
    for (i = 0; i < l->n; i++) {
        const struct probe_result *r = &l->v[i];
        char value[32], ebuf[32];
        const char *cls = probe_class_name(r->cls);
        const char *effect = r->status == PROBE_ACCEPTED
            ? probe_effect_name(r->effect) : NULL;
        const char *observed = r->status == PROBE_ACCEPTED ? r->observed
            : "";
        int remark = r->reason || r->note[0] || observed[0];

        counts[r->status]++;
        if (r->cls == PROBE_CLASS_UNSUPPORTED)
            unsupported++;
        if (r->status == PROBE_ACCEPTED && r->effect == PROBE_EFFECT_SEEN)
            seen++;
        if (r->status == PROBE_ACCEPTED
            && r->effect == PROBE_EFFECT_NOT_SEEN)
            not_seen++;
        text_padded(f, r->name ? r->name : "-", w);
        table_value(value, sizeof value, r->negative, r->value, hex);
        fprintf(f, "  %-*s  ", vw, value);
        text_padded(f, r->mapping ? r->mapping : "-", 16);
        fprintf(f, "  %-8s  %-10s  %-11s  %-*s",
                probe_status_name(r->status),
                r->status == PROBE_REJECTED
                ? probe_errno_label(r->err, ebuf, sizeof ebuf) : "-",
                cls ? cls : "-", remark ? 8 : 1, effect ? effect : "-");
        if (remark) {
            fputs("  ", f);
            if (r->reason)
                text(f, r->reason);
            if (r->reason && r->note[0])
                fputs(" (", f);
            text(f, r->note);
            if (r->reason && r->note[0])
                putc(')', f);
            if ((r->reason || r->note[0]) && observed[0])
                fputs("; ", f);
            text(f, observed);
        }
        putc('\n', f);
    }
    if (l->n == 0)
        fputs("(none)\n", f);
    fprintf(f, "%lu accepted (%lu seen, %lu not seen)",
            (unsigned long) counts[PROBE_ACCEPTED], (unsigned long) seen,
            (unsigned long) not_seen);
    fprintf(f, ", %lu rejected (%lu unsupported, %lu failed here), "
            "%lu skipped\n", (unsigned long) counts[PROBE_REJECTED],
            (unsigned long) unsupported,
            (unsigned long) (counts[PROBE_REJECTED] - unsupported),
            (unsigned long) counts[PROBE_SKIPPED]);
}

void
probe_print_table(FILE *f, const struct probe_report *rep)
{
    const struct probe_system *sys = rep->sys;

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
    if (sys->page_size > 0)
        fprintf(f, "page size: %ld\n", sys->page_size);
    else
        fputs("page size: unknown\n", f);
    fputs("THP:       ", f);
    text(f, sys->thp);
    fprintf(f, "\nuser:      %s\n", sys->root ? "root" : "not root");
    fputs("effects:   ", f);
    {
        const char *const *m = probe_observe_methods(sys->observe);

        if (!*m)
            fputs("not observed", f);
        for (; *m; m++) {
            text(f, *m);
            if (m[1])
                fputs(", ", f);
        }
        if (sys->observe_note) {
            fputs(" (", f);
            text(f, sys->observe_note);
            putc(')', f);
        }
        putc('\n', f);
    }
    if (rep->show_advice)
        table_rows(f, "ADVICE", rep->advice, 0);
    if (rep->show_map_flags)
        table_rows(f, "MAP FLAG", rep->map_flags, 1);
}
