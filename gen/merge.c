/* merge.c: read the inputs of mmapc-gen merge and plan the merged header
 * (see merge.h).
 *
 * An input's JSON is checked against the schema, then written out as a
 * catalog (the first input only) and as probe results, which the catalog
 * and results parsers read back: so the merged outputs rest on exactly the
 * data structures, and the rules, of a single-target run. The line numbers
 * are then pointed back at the JSON, so later messages name its lines.
 */
#include "merge.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "emit_header.h"
#include "json_read.h"
#include "lines.h"
#include "outfile.h"

/* Longest text taken from an input: a line of a catalog or of the results
 * holds it with room to spare. */
#define TEXT_MAX 800
/* How many missing constants or differences are listed before giving up. */
#define REPORT_MAX 20

/* ------------------------------------------------------------ utilities */

static char *dup_str(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = malloc(n);

    if (d != NULL)
        memcpy(d, s, n);
    return d;
}

static int out_of_memory(void)
{
    return mmapc_error("out of memory");
}

/* A growing text; an allocation failure sets failed. */
struct text {
    char *s;
    size_t len, cap;
    int failed;
};

static void text_add(struct text *t, const char *s)
{
    size_t n = strlen(s);

    if (t->failed)
        return;
    if (t->len + n + 1 > t->cap) {
        size_t cap = t->cap == 0 ? 4096 : t->cap;
        char *p;

        while (t->len + n + 1 > cap)
            cap *= 2;
        p = realloc(t->s, cap);
        if (p == NULL) {
            t->failed = 1;
            return;
        }
        t->s = p;
        t->cap = cap;
    }
    memcpy(t->s + t->len, s, n + 1);
    t->len += n;
}

/* ------------------------------------------------------- the JSON schema */

/* One input while it is read. */
struct jinput {
    const char *file;
    struct mmapc_json doc;
    const struct mmapc_jvalue *target, *sizes, *headers, *functions,
        *madvise, *constants, *predefs, *families, *version;
};

static int want(const char *file, const struct mmapc_jvalue *v,
                const char *what, const char *wanted)
{
    return mmapc_error_at(file, v->line, "%s: want %s, not %s", what, wanted,
                          mmapc_json_type_name(v->type));
}

/* Member KEY of OBJ (described as WHERE), of TYPE or (NULLABLE) null;
 * TYPE MMAPC_J_TRUE stands for true or false. */
static const struct mmapc_jvalue *
member(const char *file, const struct mmapc_jvalue *obj, const char *where,
       const char *key, enum mmapc_jtype type, int nullable)
{
    const struct mmapc_jvalue *v = mmapc_json_member(obj, key);
    char what[128];

    if (v == NULL) {
        mmapc_error_at(file, obj->line, "%s has no member \"%s\"%s", where,
                       key, strcmp(where, "the top-level object") == 0
                       ? " (is this a mmap_consts.json of mmap-consts? one "
                         "from an older version lacks \"predefs\" and "
                         "\"families\": make it again)" : "");
        return NULL;
    }
    if (v->type == type || (nullable && v->type == MMAPC_J_NULL)
        || (type == MMAPC_J_TRUE && v->type == MMAPC_J_FALSE))
        return v;
    snprintf(what, sizeof what, "%s: \"%s\"", where, key);
    want(file, v, what, type == MMAPC_J_TRUE ? "true or false"
                        : !nullable ? mmapc_json_type_name(type)
                        : type == MMAPC_J_STRING ? "a string or null"
                        : "an integer or null");
    return NULL;
}

/* Text for the outputs: printable ASCII or TAB, at most TEXT_MAX bytes. */
static int check_text(const char *file, const struct mmapc_jvalue *v,
                      const char *what, int may_be_empty)
{
    size_t i;

    if (v->len == 0 && !may_be_empty)
        return mmapc_error_at(file, v->line, "%s is empty", what);
    if (v->len > TEXT_MAX)
        return mmapc_error_at(file, v->line, "%s is longer than %d bytes",
                              what, TEXT_MAX);
    for (i = 0; i < v->len; i++) {
        unsigned char c = (unsigned char)v->text[i];

        if ((c < 0x20 && c != '\t') || c > 0x7e)
            return mmapc_error_at(file, v->line, "%s holds a character "
                                  "other than printable ASCII and TAB "
                                  "(byte 0x%02x), which no probe result "
                                  "can hold", what, (unsigned)c);
    }
    return MMAPC_OK;
}

static int is_name_char(int c, const char *extra)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9') || c == '_'
        || (c != '\0' && strchr(extra, c) != NULL);
}

/* S is non-empty, of letters, digits, _ and EXTRA only. */
static int check_chars(const char *file, unsigned long line, const char *s,
                       const char *what, const char *extra)
{
    size_t i, n = strlen(s);

    if (n == 0 || n > TEXT_MAX)
        return mmapc_error_at(file, line, "bad %s \"%.40s\"", what, s);
    for (i = 0; i < n; i++)
        if (!is_name_char((unsigned char)s[i], extra))
            return mmapc_error_at(file, line, "bad %s \"%s\"", what, s);
    return MMAPC_OK;
}

static int check_identifier(const char *file, unsigned long line,
                            const char *s, const char *what)
{
    if (!mmapc_is_identifier(s, strlen(s)))
        return mmapc_error_at(file, line, "%s \"%s\" is not a C identifier "
                              "of at most %d characters", what, s,
                              MMAPC_NAME_MAX);
    return MMAPC_OK;
}

/* Every member of OBJ is of TYPE. */
static int members_of(const char *file, const struct mmapc_jvalue *obj,
                      const char *what, enum mmapc_jtype type)
{
    const struct mmapc_jvalue *v;

    for (v = obj->first; v != NULL; v = v->next) {
        char label[TEXT_MAX + 64];

        snprintf(label, sizeof label, "%s \"%.*s\"", what, TEXT_MAX, v->key);
        if (v->type != type
            && !(type == MMAPC_J_TRUE && v->type == MMAPC_J_FALSE))
            return want(file, v, label, type == MMAPC_J_TRUE ? "true or false"
                                        : mmapc_json_type_name(type));
    }
    return MMAPC_OK;
}

static int check_sizes(const char *file, const struct mmapc_jvalue *sizes)
{
    static const char *const keys[] = { "int", "long", "long_long",
                                        "pointer" };
    uint64_t prev = 0;
    size_t i;

    for (i = 0; i < 4; i++) {
        const struct mmapc_jvalue *v = member(file, sizes, "\"sizeof\"",
                                              keys[i], MMAPC_J_NUMBER, 0);

        if (v == NULL)
            return MMAPC_ERR;
        if (!v->integer || v->ival.negative || v->ival.magnitude < 1
            || v->ival.magnitude > 16)
            return mmapc_error_at(file, v->line, "sizeof %s: want 1 to 16 "
                                  "bytes, not %s", keys[i], v->text);
        if (i < 3 && v->ival.magnitude < prev)
            return mmapc_error_at(file, v->line, "sizeof %s is smaller than "
                                  "sizeof %s", keys[i], keys[i - 1]);
        if (i < 3)
            prev = v->ival.magnitude;
    }
    return MMAPC_OK;
}

static int is_python_version(const char *s)
{
    size_t i = 0, start;

    while (s[i] >= '0' && s[i] <= '9')
        i++;
    if (i == 0 || s[i] != '.')
        return 0;
    start = ++i;
    if (s[i] == 'x' && s[i + 1] == '\0')
        return 1;
    while (s[i] >= '0' && s[i] <= '9')
        i++;
    return s[i] == '\0' && i > start;
}

static int check_constant(const struct jinput *in,
                          const struct mmapc_jvalue *c)
{
    const char *f = in->file;
    const struct mmapc_jvalue *name, *family, *kind, *flag, *archdep,
        *present, *value, *hex, *python, *descr;
    char where[MMAPC_NAME_MAX + 32];
    char buf[MMAPC_INTVAL_BUFSIZE];

    if (c->type != MMAPC_J_OBJECT)
        return want(f, c, "an element of \"constants\"", "an object");
    name = member(f, c, "a constant", "name", MMAPC_J_STRING, 0);
    if (name == NULL)
        return MMAPC_ERR;
    if (check_identifier(f, name->line, name->text, "constant name")
        != MMAPC_OK)
        return MMAPC_ERR;
    snprintf(where, sizeof where, "constant %s", name->text);
    if ((family = member(f, c, where, "family", MMAPC_J_STRING, 0)) == NULL
        || (kind = member(f, c, where, "kind", MMAPC_J_STRING, 0)) == NULL
        || (flag = member(f, c, where, "flag", MMAPC_J_TRUE, 0)) == NULL
        || (archdep = member(f, c, where, "archdep", MMAPC_J_TRUE, 0)) == NULL
        || (present = member(f, c, where, "present", MMAPC_J_TRUE, 0)) == NULL
        || (value = member(f, c, where, "value", MMAPC_J_NUMBER, 1)) == NULL
        || (hex = member(f, c, where, "hex", MMAPC_J_STRING, 1)) == NULL
        || (python = member(f, c, where, "python", MMAPC_J_STRING, 1)) == NULL
        || (descr = member(f, c, where, "description", MMAPC_J_STRING, 0))
           == NULL)
        return MMAPC_ERR;
    if (mmapc_json_member(in->families, family->text) == NULL)
        return mmapc_error_at(f, family->line, "%s: family \"%s\" is not "
                              "in \"families\"", where, family->text);
    if (strcmp(kind->text, "int") != 0 && strcmp(kind->text, "pointer") != 0
        && strcmp(kind->text, "macro") != 0)
        return mmapc_error_at(f, kind->line, "%s: kind \"%s\": want \"int\", "
                              "\"pointer\" or \"macro\"", where, kind->text);
    if (flag->type == MMAPC_J_TRUE && strcmp(kind->text, "int") != 0)
        return mmapc_error_at(f, flag->line, "%s: a flag must be of kind "
                              "\"int\"", where);
    /* "strict" is optional: only strict flags have it */
    if (mmapc_json_member(c, "strict") != NULL) {
        const struct mmapc_jvalue *strict =
            member(f, c, where, "strict", MMAPC_J_TRUE, 0);

        if (strict == NULL)
            return MMAPC_ERR;
        if (strict->type == MMAPC_J_TRUE && flag->type != MMAPC_J_TRUE)
            return mmapc_error_at(f, strict->line, "%s: \"strict\" needs "
                                  "\"flag\": true", where);
    }
    if (value->type == MMAPC_J_NUMBER) {
        if (!value->integer)
            return mmapc_error_at(f, value->line, "%s: value %s is no "
                                  "integer from -2^63 to 2^64-1", where,
                                  value->text);
        if (strcmp(kind->text, "int") != 0)
            return mmapc_error_at(f, value->line, "%s: a %s has no value",
                                  where, kind->text);
        if (present->type != MMAPC_J_TRUE)
            return mmapc_error_at(f, value->line, "%s: has a value but is "
                                  "not present", where);
        mmapc_intval_hex(&value->ival, buf, sizeof buf);
        if (hex->type != MMAPC_J_STRING || strcmp(hex->text, buf) != 0)
            return mmapc_error_at(f, hex->line, "%s: \"hex\" does not match "
                                  "the value (want \"%s\")", where, buf);
    } else if (hex->type != MMAPC_J_NULL) {
        return mmapc_error_at(f, hex->line, "%s: \"hex\" without a value",
                              where);
    }
    if (python->type == MMAPC_J_STRING && !is_python_version(python->text))
        return mmapc_error_at(f, python->line, "%s: python \"%s\": want a "
                              "version such as 3.13 or 2.x", where,
                              python->text);
    if (check_text(f, descr, "description", 0) != MMAPC_OK)
        return MMAPC_ERR;
    return MMAPC_OK;
}

/* Read FILE and check the schema; the members are found for later. */
static int read_input(struct jinput *in)
{
    const char *f = in->file;
    const struct mmapc_jvalue *root, *v, *gen;
    static const char *const target_keys[] = { "triplet", "os", "cpu",
                                               "libc", "cc" };
    size_t i;

    if (mmapc_json_load(&in->doc, f) != MMAPC_OK)
        return MMAPC_ERR;
    root = in->doc.root;
    if (root->type != MMAPC_J_OBJECT)
        return want(f, root, "the document", "an object (a mmap_consts.json)");
    v = member(f, root, "the top-level object", "schema_version",
               MMAPC_J_NUMBER, 0);
    if (v == NULL)
        return MMAPC_ERR;
    if (!v->integer || v->ival.negative || v->ival.magnitude != 1)
        return mmapc_error_at(f, v->line, "schema_version %s: this mmapc-gen "
                              "reads version 1", v->text);
    if (mmapc_json_member(root, "targets") != NULL)
        return mmapc_error_at(f, root->line, "a merged JSON: merge the "
                              "mmap_consts.json of each target instead");
#define GET(var, key, type, nullable) \
    if ((var = member(f, root, "the top-level object", key, type, \
                      nullable)) == NULL) \
        return MMAPC_ERR
    GET(gen, "generator", MMAPC_J_OBJECT, 0);
    GET(in->target, "target", MMAPC_J_OBJECT, 0);
    GET(in->sizes, "sizeof", MMAPC_J_OBJECT, 0);
    GET(in->headers, "headers", MMAPC_J_OBJECT, 0);
    GET(in->functions, "functions", MMAPC_J_OBJECT, 0);
    GET(in->madvise, "madvise_addr_type", MMAPC_J_STRING, 1);
    GET(in->constants, "constants", MMAPC_J_ARRAY, 0);
    GET(in->predefs, "predefs", MMAPC_J_OBJECT, 0);
    GET(in->families, "families", MMAPC_J_OBJECT, 0);
#undef GET
    in->version = member(f, gen, "\"generator\"", "version", MMAPC_J_STRING,
                         0);
    if (in->version == NULL
        || check_text(f, in->version, "generator version", 0) != MMAPC_OK)
        return MMAPC_ERR;
    for (i = 0; i < sizeof target_keys / sizeof target_keys[0]; i++) {
        char what[32];

        v = member(f, in->target, "\"target\"", target_keys[i],
                   MMAPC_J_STRING, 0);
        snprintf(what, sizeof what, "target %s", target_keys[i]);
        if (v == NULL || check_text(f, v, what, i >= 3) != MMAPC_OK)
            return MMAPC_ERR;
        if (i == 1 || i == 2) {     /* in names: as config.sub writes */
            const char *s;

            for (s = v->text; is_name_char((unsigned char)*s, ".+-"); s++)
                ;
            if (*s != '\0')
                return mmapc_error_at(f, v->line, "%s \"%s\": want "
                                      "letters, digits and _ . + - only",
                                      what, v->text);
        } else if (i == 0 && strpbrk(v->text, " \t") != NULL) {
            return mmapc_error_at(f, v->line, "%s \"%s\" holds a blank",
                                  what, v->text);
        }
    }
    if (member(f, in->target, "\"target\"", "cross_compiling",
               MMAPC_J_TRUE, 0) == NULL)
        return MMAPC_ERR;
    if (check_sizes(f, in->sizes) != MMAPC_OK)
        return MMAPC_ERR;
    if (members_of(f, in->headers, "header", MMAPC_J_TRUE) != MMAPC_OK
        || members_of(f, in->functions, "function", MMAPC_J_TRUE) != MMAPC_OK
        || members_of(f, in->predefs, "predef", MMAPC_J_STRING) != MMAPC_OK
        || members_of(f, in->families, "family", MMAPC_J_STRING) != MMAPC_OK)
        return MMAPC_ERR;
    for (v = in->headers->first; v != NULL; v = v->next)
        if (check_chars(f, v->line, v->key, "header name", "./+-")
            != MMAPC_OK)
            return MMAPC_ERR;
    for (v = in->functions->first; v != NULL; v = v->next)
        if (check_identifier(f, v->line, v->key, "function") != MMAPC_OK)
            return MMAPC_ERR;
    for (v = in->predefs->first; v != NULL; v = v->next)
        if (check_identifier(f, v->line, v->key, "predefined macro")
            != MMAPC_OK
            || check_text(f, v, "a predefined macro's value", 1) != MMAPC_OK)
            return MMAPC_ERR;
    for (v = in->families->first; v != NULL; v = v->next) {
        const char *s;

        for (s = v->key; (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9')
             || (*s == '_' && s != v->key); s++)
            ;
        if (*s != '\0' || s == v->key || s - v->key > MMAPC_NAME_MAX
            || !(v->key[0] >= 'A' && v->key[0] <= 'Z'))
            return mmapc_error_at(f, v->line, "family \"%s\": want a name "
                                  "of [A-Z][A-Z0-9_]*", v->key);
        if (check_text(f, v, "a family's title", 0) != MMAPC_OK)
            return MMAPC_ERR;
    }
    if (in->madvise->type == MMAPC_J_STRING) {
        if (strcmp(in->madvise->text, "none") == 0)
            return mmapc_error_at(f, in->madvise->line, "madvise_addr_type: "
                                  "want a C type such as \"void *\", or "
                                  "null");
        if (check_chars(f, in->madvise->line, in->madvise->text,
                        "madvise_addr_type", " *") != MMAPC_OK)
            return MMAPC_ERR;
    }
    if (in->constants->count == 0)
        return mmapc_error_at(f, in->constants->line, "no constants");
    for (v = in->constants->first; v != NULL; v = v->next)
        if (check_constant(in, v) != MMAPC_OK)
            return MMAPC_ERR;
    return MMAPC_OK;
}

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

static const char *jtext(const struct mmapc_jvalue *obj, const char *key)
{
    const struct mmapc_jvalue *v = mmapc_json_member(obj, key);

    return v != NULL && v->type == MMAPC_J_STRING ? v->text : NULL;
}

static int jbool(const struct mmapc_jvalue *obj, const char *key)
{
    const struct mmapc_jvalue *v = mmapc_json_member(obj, key);

    return v != NULL && v->type == MMAPC_J_TRUE;
}

/* "flag", "strict", "int", "pointer" or "macro": the catalog's kind. */
static const char *catalog_kind(const struct mmapc_jvalue *c)
{
    if (jbool(c, "flag"))
        return jbool(c, "strict") ? "strict" : "flag";
    return jtext(c, "kind");
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
static int check_same_catalog(const struct jinput *first,
                              const struct jinput *in,
                              const struct nameref *refs, size_t n)
{
    const struct mmapc_jvalue **seen, *c;
    unsigned long errors = 0;
    size_t i;

    seen = calloc(n + 1, sizeof *seen);
    if (seen == NULL)
        return out_of_memory();
    for (c = in->constants->first; c != NULL; c = c->next) {
        const char *name = jtext(c, "name");
        const struct nameref *r = find_name(refs, n, name);

        if (r == NULL) {
            if (++errors <= REPORT_MAX)
                mmapc_error_at(in->file, c->line, "constant %s is not in %s "
                               "(the inputs come from different catalogs: "
                               "make them with one version of mmap-consts "
                               "and the same --with-extra-symbols)", name,
                               first->file);
            continue;
        }
        if (seen[r->seq] != NULL) {
            if (++errors <= REPORT_MAX)
                mmapc_error_at(in->file, c->line, "constant %s listed again "
                               "(first at line %lu)", name,
                               seen[r->seq]->line);
            continue;
        }
        seen[r->seq] = c;
        if (strcmp(catalog_kind(c), catalog_kind(r->constant)) != 0
            && ++errors <= REPORT_MAX)
            mmapc_error_at(in->file, c->line, "constant %s is of kind %s "
                           "here but %s in %s (line %lu)", name,
                           catalog_kind(c), catalog_kind(r->constant),
                           first->file, r->constant->line);
    }
    for (i = 0; i < n; i++)
        if (seen[refs[i].seq] == NULL && ++errors <= REPORT_MAX)
            mmapc_error_at(in->file, in->constants->line, "no constant %s, "
                           "which %s lists (line %lu)", refs[i].name,
                           first->file, refs[i].constant->line);
    if (errors > REPORT_MAX)
        mmapc_error_file(in->file, "... and %lu more differences from %s",
                         errors - REPORT_MAX, first->file);
    free(seen);
    return errors == 0 ? MMAPC_OK : MMAPC_ERR;
}

/* The first input's names, sorted, without duplicates. */
static int name_index(const struct jinput *first, struct nameref **out,
                      size_t *count)
{
    const struct mmapc_jvalue *c;
    struct nameref *refs;
    size_t n = 0, i;
    int rc = MMAPC_OK;

    refs = malloc((first->constants->count + 1) * sizeof *refs);
    if (refs == NULL)
        return out_of_memory();
    for (c = first->constants->first; c != NULL; c = c->next, n++) {
        refs[n].name = jtext(c, "name");
        refs[n].constant = c;
        refs[n].seq = n;
    }
    qsort(refs, n, sizeof *refs, nameref_cmp);
    for (i = 1; i < n; i++)
        if (strcmp(refs[i - 1].name, refs[i].name) == 0)
            rc = mmapc_error_at(first->file, refs[i].constant->line,
                                "constant %s listed again (first at line "
                                "%lu)", refs[i].name,
                                refs[i - 1].constant->line);
    if (rc != MMAPC_OK) {
        free(refs);
        return rc;
    }
    *out = refs;
    *count = n;
    return MMAPC_OK;
}

/* --------------------------------- the inputs as catalog and probe results */

/* A text of lines and, for each, the line of the JSON it comes from. */
struct synth {
    struct text text;
    unsigned long *map;
    size_t lines, cap;
};

static void synth_line(struct synth *s, unsigned long jline,
                       const char *fmt, ...) MMAPC_PRINTF(3, 4);

static void synth_line(struct synth *s, unsigned long jline,
                       const char *fmt, ...)
{
    char buf[4 * TEXT_MAX];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (s->lines == s->cap) {
        size_t cap = s->cap == 0 ? 512 : 2 * s->cap;
        unsigned long *p = realloc(s->map, cap * sizeof *p);

        if (p == NULL) {
            s->text.failed = 1;
            return;
        }
        s->map = p;
        s->cap = cap;
    }
    s->map[s->lines++] = jline;
    text_add(&s->text, buf);
    text_add(&s->text, "\n");
}

static void synth_free(struct synth *s)
{
    free(s->text.s);
    free(s->map);
}

/* The JSON line of line LINE of the synthesized text. */
static unsigned long json_line(const struct synth *s, unsigned long line)
{
    return line >= 1 && line <= s->lines ? s->map[line - 1] : 0;
}

/* A stream holding the text, for the parsers. */
static FILE *synth_stream(const struct synth *s)
{
    FILE *fp;

    if (s->text.failed) {
        out_of_memory();
        return NULL;
    }
    fp = tmpfile();
    if (fp == NULL) {
        mmapc_error("cannot create a temporary file");
        return NULL;
    }
    if (fwrite(s->text.s, 1, s->text.len, fp) != s->text.len
        || fflush(fp) != 0) {
        fclose(fp);
        mmapc_error("cannot write a temporary file");
        return NULL;
    }
    rewind(fp);
    return fp;
}

static char *converted_name(const char *file, const char *as)
{
    char *s = malloc(strlen(file) + strlen(as) + 8);

    if (s != NULL)
        sprintf(s, "%s (as %s)", file, as);
    return s;
}

static int load_catalog(struct mmapc_merge *m, const struct jinput *in)
{
    const struct mmapc_jvalue *v;
    struct synth s;
    FILE *fp;
    size_t i;
    int rc;

    memset(&s, 0, sizeof s);
    for (v = in->families->first; v != NULL; v = v->next)
        synth_line(&s, v->line, "%%family %s %s", v->key, v->text);
    for (v = in->constants->first; v != NULL; v = v->next) {
        const char *python = jtext(v, "python");

        synth_line(&s, v->line, "%s %s %s%s %s %s", jtext(v, "name"),
                   jtext(v, "family"), catalog_kind(v),
                   jbool(v, "archdep") ? ",archdep" : "",
                   python != NULL ? python : "-", jtext(v, "description"));
    }
    m->cat_converted = converted_name(in->file, "a catalog");
    if (m->cat_converted == NULL || (fp = synth_stream(&s)) == NULL) {
        synth_free(&s);
        return m->cat_converted == NULL ? out_of_memory() : MMAPC_ERR;
    }
    rc = mmapc_catalog_load_stream(&m->cat, fp, m->cat_converted);
    fclose(fp);
    if (rc == MMAPC_OK) {
        for (i = 0; i < m->cat.nfamilies; i++) {
            m->cat.families[i].file = in->file;
            m->cat.families[i].line = json_line(&s, m->cat.families[i].line);
        }
        for (i = 0; i < m->cat.nsymbols; i++) {
            m->cat.symbols[i].file = in->file;
            m->cat.symbols[i].line = json_line(&s, m->cat.symbols[i].line);
        }
    }
    synth_free(&s);
    return rc;
}

/* Names of headers (or functions) any input checked, first seen first. */
struct names {
    const char **items;
    size_t count, cap;
};

static int names_add(struct names *n, const char *name)
{
    size_t i;

    for (i = 0; i < n->count; i++)
        if (strcmp(n->items[i], name) == 0)
            return MMAPC_OK;
    if (n->count == n->cap) {
        size_t cap = n->cap == 0 ? 32 : 2 * n->cap;
        const char **p = realloc((void *)n->items, cap * sizeof *p);

        if (p == NULL)
            return out_of_memory();
        n->items = p;
        n->cap = cap;
    }
    n->items[n->count++] = name;
    return MMAPC_OK;
}

/* KIND lines ("header", "function") of OBJ; with ALL, one for every name
 * of ALL, "no" where OBJ lacks it. */
static void synth_facts(struct synth *s, const char *kind,
                        const struct mmapc_jvalue *obj,
                        const struct names *all)
{
    const struct mmapc_jvalue *v;
    size_t i;

    if (all == NULL) {
        for (v = obj->first; v != NULL; v = v->next)
            synth_line(s, v->line, "%s %s %s", kind, v->key,
                       v->type == MMAPC_J_TRUE ? "yes" : "no");
        return;
    }
    for (i = 0; i < all->count; i++) {
        v = mmapc_json_member(obj, all->items[i]);
        synth_line(s, v != NULL ? v->line : obj->line, "%s %s %s", kind,
                   all->items[i],
                   v != NULL && v->type == MMAPC_J_TRUE ? "yes" : "no");
    }
}

static void map_facts(struct mmapc_facts *facts, const struct synth *s)
{
    size_t i;

    for (i = 0; i < facts->count; i++)
        facts->items[i].line = json_line(s, facts->items[i].line);
}

static int load_results(struct mmapc_merge *m, const struct jinput *in,
                        struct mmapc_target *t, const struct names *headers,
                        const struct names *functions)
{
    const struct mmapc_jvalue *v;
    struct synth s;
    FILE *fp;
    size_t i;
    int rc;

    memset(&s, 0, sizeof s);
    synth_line(&s, in->doc.root->line, "mmapc-results 1");
    synth_line(&s, in->target->line, "target %s",
               jtext(in->target, "triplet"));
    synth_line(&s, in->target->line, "os %s", jtext(in->target, "os"));
    synth_line(&s, in->target->line, "cpu %s", jtext(in->target, "cpu"));
    synth_line(&s, in->target->line, "libc %s", jtext(in->target, "libc"));
    synth_line(&s, in->target->line, "cc %s", jtext(in->target, "cc"));
    synth_line(&s, in->target->line, "cross_compiling %s",
               jbool(in->target, "cross_compiling") ? "yes" : "no");
    for (v = in->sizes->first; v != NULL; v = v->next)
        if (v->type == MMAPC_J_NUMBER)
            synth_line(&s, v->line, "sizeof %s %s", v->key, v->text);
    for (v = in->predefs->first; v != NULL; v = v->next)
        synth_line(&s, v->line, "predef %s %s", v->key, v->text);
    synth_facts(&s, "header", in->headers, headers);
    synth_facts(&s, "function", in->functions, functions);
    synth_line(&s, in->madvise->line, "madvise_addr_type %s",
               in->madvise->type == MMAPC_J_STRING ? in->madvise->text
                                                   : "none");
    for (v = in->constants->first; v != NULL; v = v->next) {
        const struct mmapc_jvalue *value = mmapc_json_member(v, "value");

        synth_line(&s, v->line, "symbol %s %s", jtext(v, "name"),
                   value != NULL && value->type == MMAPC_J_NUMBER
                   ? value->text : jbool(v, "present") ? "yes" : "no");
    }
    t->converted = converted_name(in->file, "probe results");
    if (t->converted == NULL || (fp = synth_stream(&s)) == NULL) {
        synth_free(&s);
        return t->converted == NULL ? out_of_memory() : MMAPC_ERR;
    }
    rc = mmapc_results_load_stream(&t->res, fp, t->converted, &m->cat);
    fclose(fp);
    if (rc == MMAPC_OK) {
        t->res.file = in->file;
        map_facts(&t->res.predefs, &s);
        map_facts(&t->res.headers, &s);
        map_facts(&t->res.functions, &s);
        t->res.madvise_line = json_line(&s, t->res.madvise_line);
        for (i = 0; i < t->res.nsymbols; i++)
            t->res.symbols[i].line = json_line(&s, t->res.symbols[i].line);
        t->generator_version = dup_str(in->version->text);
        if (t->generator_version == NULL)
            rc = out_of_memory();
    }
    synth_free(&s);
    return rc;
}

/* ------------------------------------------------------------ target ids */

/* The first word of the C library ("glibc 2.36": "glibc"), or "unknown";
 * a character other than a letter, digit, _ . + - becomes _. */
static void libc_word(const struct mmapc_results *res, char *buf,
                      size_t size)
{
    size_t n = strcspn(res->libc, " \t"), i;

    if (n == 0)
        snprintf(buf, size, "unknown");
    else
        snprintf(buf, size, "%.*s", (int)n, res->libc);
    for (i = 0; buf[i] != '\0'; i++)
        if (!is_name_char((unsigned char)buf[i], ".+-"))
            buf[i] = '_';
}

static int assign_ids(struct mmapc_merge *m)
{
    size_t i, j, n = m->ntargets;
    char buf[3 * TEXT_MAX], word[TEXT_MAX + 1];

    for (i = 0; i < n; i++) {
        const struct mmapc_results *r = &m->targets[i].res;

        snprintf(buf, sizeof buf, "%s-%s", r->cpu, r->os);
        if ((m->targets[i].id = dup_str(buf)) == NULL)
            return out_of_memory();
    }
    /* CPU-OS shared: add the C library to each of them */
    for (i = 0; i < n; i++) {
        int shared = 0;

        for (j = 0; j < n; j++)
            if (j != i && strncmp(m->targets[j].id, m->targets[i].id,
                                  strcspn(m->targets[j].id, "/")) == 0
                && strcspn(m->targets[j].id, "/")
                   == strcspn(m->targets[i].id, "/"))
                shared = 1;
        if (!shared)
            continue;
        libc_word(&m->targets[i].res, word, sizeof word);
        snprintf(buf, sizeof buf, "%s/%s", m->targets[i].id, word);
        free(m->targets[i].id);
        if ((m->targets[i].id = dup_str(buf)) == NULL)
            return out_of_memory();
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
        if ((m->targets[i].id = dup_str(buf)) == NULL)
            return out_of_memory();
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
        free(t->converted);
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
    free(m->cat_converted);
    mmapc_merge_init(m, m->version);
}

int mmapc_merge_load(struct mmapc_merge *m, const char *const *files,
                     size_t n, int union_facts)
{
    struct jinput *in;
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
        return out_of_memory();
    }
    m->ntargets = n;
    for (i = 0; i < n; i++) {
        in[i].file = files[i];
        m->targets[i].file = files[i];
        mmapc_json_init(&in[i].doc);
        mmapc_results_init(&m->targets[i].res);
    }
    for (i = 0; i < n; i++)
        if (read_input(&in[i]) != MMAPC_OK)
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
                         union_facts ? &functions : NULL) != MMAPC_OK)
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

int mmapc_merge_same(const struct mmapc_merge *m, size_t a, size_t b,
                     size_t i)
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

/* ------------------------------------------------------------------ plan */

/* The predef P of target T's results, or NULL. */
static const struct mmapc_fact *predef(const struct mmapc_merge *m, size_t t,
                                       const char *name)
{
    const struct mmapc_facts *f = &m->targets[t].res.predefs;
    size_t i;

    for (i = 0; i < f->count; i++)
        if (strcmp(f->items[i].name, name) == 0)
            return &f->items[i];
    return NULL;
}

/* 0: the values differ for #if; 1: they may be equal (both integers and
 * equal, or one is no integer, which #if only tests for being defined). */
static int may_equal(const char *a, const char *b)
{
    struct mmapc_intval x, y;

    if (!mmapc_header_predef_number(a, &x)
        || !mmapc_header_predef_number(b, &y))
        return 1;
    return x.negative == y.negative && x.magnitude == y.magnitude;
}

/* Whether a compiler for target U may meet the positive part of T's
 * condition: each of T's macros defined, with T's value where it is an
 * integer. */
static int may_meet(const struct mmapc_merge *m, size_t t, size_t u)
{
    const struct mmapc_facts *f = &m->targets[t].res.predefs;
    size_t i;

    for (i = 0; i < f->count; i++) {
        const struct mmapc_fact *p = predef(m, u, f->items[i].name);

        if (p == NULL || !may_equal(f->items[i].value, p->value))
            return 0;
    }
    return 1;
}

/* Same signature: each meets the other's condition, and where both have an
 * integer they are equal (so nothing the header tests tells them apart). */
static int same_predefs(const struct mmapc_merge *m, size_t a, size_t b)
{
    const struct mmapc_facts *fa = &m->targets[a].res.predefs;
    const struct mmapc_facts *fb = &m->targets[b].res.predefs;
    struct mmapc_intval x, y;
    size_t i;

    if (fa->count != fb->count)
        return 0;
    for (i = 0; i < fa->count; i++) {
        const struct mmapc_fact *p = predef(m, b, fa->items[i].name);
        int xi, yi;

        if (p == NULL)
            return 0;
        xi = mmapc_header_predef_number(fa->items[i].value, &x);
        yi = mmapc_header_predef_number(p->value, &y);
        /* an integer on one side only: the conditions differ; two other
         * definitions are only tested for being defined */
        if (xi != yi || (xi && (x.negative != y.negative
                                || x.magnitude != y.magnitude)))
            return 0;
    }
    return 1;
}

static int is_glibc(const struct mmapc_merge *m, size_t t)
{
    return strncmp(m->targets[t].res.libc, "glibc", 5) == 0;
}

static int add_branch(struct mmapc_merge *m, size_t first, int libc_test)
{
    struct mmapc_branch *b;

    b = &m->branches[m->nbranches];
    memset(b, 0, sizeof *b);
    b->members = malloc(m->ntargets * sizeof *b->members);
    if (b->members == NULL)
        return out_of_memory();
    m->nbranches++;
    b->primary = first;
    b->libc_test = libc_test;
    return MMAPC_OK;
}

static int add_negation(struct mmapc_branch *b, const char *name)
{
    char **p;
    size_t i;

    for (i = 0; i < b->nnegate; i++)
        if (strcmp(b->negate[i], name) == 0)
            return MMAPC_OK;
    p = realloc(b->negate, (b->nnegate + 1) * sizeof *p);
    if (p == NULL)
        return out_of_memory();
    b->negate = p;
    if ((b->negate[b->nnegate] = dup_str(name)) == NULL)
        return out_of_memory();
    b->nnegate++;
    return MMAPC_OK;
}

/* Describe symbol I of target T for a conflict message. */
static void describe_value(const struct mmapc_merge *m, size_t t, size_t i,
                           char *buf, size_t size)
{
    const struct mmapc_symres *r = &m->targets[t].res.symbols[i];

    switch (r->state) {
    case MMAPC_RES_VALUE:
        mmapc_intval_hex(&r->value, buf, size);
        break;
    case MMAPC_RES_YES:
        snprintf(buf, size, "present without a value");
        break;
    default:
        snprintf(buf, size, "absent");
        break;
    }
}

/* Report one difference of target B from A; counts it in *N. */
static void difference(const struct mmapc_merge *m, size_t a, size_t b,
                       unsigned long *n, const char *what, const char *va,
                       const char *vb)
{
    if (++*n <= REPORT_MAX)
        mmapc_error_file(m->targets[b].file, "%s: %s here, %s in %s", what,
                         vb, va, m->targets[a].file);
}

/* Where B differs from A in what the header writes; reported when REPORT. */
static unsigned long differences(const struct mmapc_merge *m, size_t a,
                                 size_t b, int report)
{
    const struct mmapc_results *ra = &m->targets[a].res;
    const struct mmapc_results *rb = &m->targets[b].res;
    char va[MMAPC_INTVAL_BUFSIZE + 32], vb[MMAPC_INTVAL_BUFSIZE + 32];
    unsigned long n = 0, quiet = 0;
    unsigned long *count = report ? &n : &quiet;
    size_t i;

#define DIFF(what, x, y) \
    do { \
        if (report) \
            difference(m, a, b, count, what, x, y); \
        else \
            ++*count; \
    } while (0)
    if (ra->sizeof_int != rb->sizeof_int || ra->sizeof_long != rb->sizeof_long
        || ra->sizeof_long_long != rb->sizeof_long_long) {
        snprintf(va, sizeof va, "%u/%u/%u", ra->sizeof_int, ra->sizeof_long,
                 ra->sizeof_long_long);
        snprintf(vb, sizeof vb, "%u/%u/%u", rb->sizeof_int, rb->sizeof_long,
                 rb->sizeof_long_long);
        DIFF("sizes of int/long/long long", va, vb);
    }
    /* both have every header and function any input checked (union) */
    for (i = 0; i < ra->headers.count && i < rb->headers.count; i++)
        if (mmapc_fact_yes(&ra->headers.items[i])
            != mmapc_fact_yes(&rb->headers.items[i])) {
            snprintf(va, sizeof va, "header %.*s", MMAPC_NAME_MAX,
                     ra->headers.items[i].name);
            DIFF(va, ra->headers.items[i].value, rb->headers.items[i].value);
        }
    for (i = 0; i < ra->functions.count && i < rb->functions.count; i++)
        if (mmapc_fact_yes(&ra->functions.items[i])
            != mmapc_fact_yes(&rb->functions.items[i])) {
            snprintf(va, sizeof va, "function %.*s", MMAPC_NAME_MAX,
                     ra->functions.items[i].name);
            DIFF(va, ra->functions.items[i].value,
                 rb->functions.items[i].value);
        }
    if ((ra->madvise_addr_type == NULL) != (rb->madvise_addr_type == NULL)
        || (ra->madvise_addr_type != NULL
            && strcmp(ra->madvise_addr_type, rb->madvise_addr_type) != 0))
        DIFF("madvise_addr_type",
             ra->madvise_addr_type != NULL ? ra->madvise_addr_type : "none",
             rb->madvise_addr_type != NULL ? rb->madvise_addr_type : "none");
    for (i = 0; i < m->cat.nsymbols; i++)
        if (!mmapc_merge_same(m, a, b, i)) {
            describe_value(m, a, i, va, sizeof va);
            describe_value(m, b, i, vb, sizeof vb);
            DIFF(m->cat.symbols[i].name, va, vb);
        }
#undef DIFF
    if (report && n > REPORT_MAX)
        mmapc_error_file(m->targets[b].file, "... and %lu more differences",
                         n - REPORT_MAX);
    return report ? n : quiet;
}

/* The index of the input PREFER names, or (size_t)-1. */
static size_t find_input(const struct mmapc_merge *m, const char *file)
{
    size_t i;

    for (i = 0; i < m->ntargets; i++)
        if (strcmp(m->targets[i].file, file) == 0)
            return i;
    return (size_t)-1;
}

/* Each of PREFER names an input. */
static int check_prefer(const struct mmapc_merge *m,
                        const char *const *prefer, size_t nprefer)
{
    size_t k;

    for (k = 0; k < nprefer; k++)
        if (find_input(m, prefer[k]) == (size_t)-1)
            return mmapc_error("--prefer %s is not one of the inputs (name "
                               "it as the inputs are named)", prefer[k]);
    return MMAPC_OK;
}

/* Members of branch B that agree, or the conflict reported. */
static int settle_branch(struct mmapc_merge *m, struct mmapc_branch *b,
                         const int *preferred)
{
    size_t k, chosen = (size_t)-1;
    int rc = MMAPC_OK;

    for (k = 0; k < b->nmembers; k++)
        if (preferred[b->members[k]]) {
            if (chosen != (size_t)-1)
                return mmapc_error("--prefer %s and --prefer %s: both share "
                                   "one branch of the header; prefer one",
                                   m->targets[chosen].file,
                                   m->targets[b->members[k]].file);
            chosen = b->members[k];
        }
    b->primary = chosen != (size_t)-1 ? chosen : b->members[0];
    if (chosen != (size_t)-1) {
        b->by_prefer = 1;
        return MMAPC_OK;
    }
    for (k = 1; k < b->nmembers; k++) {
        size_t a = b->members[0], o = b->members[k];

        if (differences(m, a, o, 0) == 0)
            continue;
        mmapc_error_file(m->targets[o].file, "cannot be told apart from %s "
                         "at compile time (the same predefined macros%s), so "
                         "both would be one branch of the merged header, but "
                         "their values differ:", m->targets[a].file,
                         b->libc_test > 0 ? ", both glibc"
                         : b->libc_test < 0 ? ", neither glibc" : "");
        differences(m, a, o, 1);
        mmapc_error("keep the values of one with --prefer %s or --prefer "
                    "%s, or merge only one of them", m->targets[a].file,
                    m->targets[o].file);
        rc = MMAPC_ERR;
    }
    return rc;
}

int mmapc_merge_plan(struct mmapc_merge *m, const char *const *prefer,
                     size_t nprefer)
{
    size_t n = m->ntargets, i, j, k;
    size_t *group;
    int *preferred;
    int rc = MMAPC_OK;

    group = malloc((n + 1) * sizeof *group);
    preferred = calloc(n + 1, sizeof *preferred);
    m->branches = calloc(n + 1, sizeof *m->branches);
    if (group == NULL || preferred == NULL || m->branches == NULL) {
        free(group);
        free(preferred);
        return out_of_memory();
    }
    if (check_prefer(m, prefer, nprefer) != MMAPC_OK) {
        rc = MMAPC_ERR;
        goto done;
    }
    for (k = 0; k < nprefer; k++)
        preferred[find_input(m, prefer[k])] = 1;
    /* groups of the same predefined macros, in input order */
    for (i = 0; i < n; i++) {
        group[i] = i;
        for (j = 0; j < i; j++)
            if (group[j] == j && same_predefs(m, j, i)) {
                group[i] = j;
                break;
            }
    }
    /* a branch per group, or two when glibc and another C library share
     * one: glibc's headers define __GLIBC__, the others' do not */
    for (i = 0; i < n; i++) {
        int has_glibc = 0, has_other = 0, pass;

        if (group[i] != i)
            continue;
        for (j = i; j < n; j++)
            if (group[j] == i) {
                if (is_glibc(m, j))
                    has_glibc = 1;
                else
                    has_other = 1;
            }
        for (pass = 0; pass < 2; pass++) {
            int test = has_glibc && has_other ? (pass == 0 ? 1 : -1) : 0;
            struct mmapc_branch *b;

            if (pass == 1 && test == 0)
                break;
            for (j = i; j < n; j++)
                if (group[j] == i && (test == 0 || (test > 0) == is_glibc(m, j)))
                    break;
            if (add_branch(m, j, test) != MMAPC_OK) {
                rc = MMAPC_ERR;
                goto done;
            }
            b = &m->branches[m->nbranches - 1];
            for (; j < n; j++)
                if (group[j] == i
                    && (test == 0 || (test > 0) == is_glibc(m, j))) {
                    b->members[b->nmembers++] = j;
                    m->targets[j].branch = m->nbranches - 1;
                    m->targets[j].libc_test = test;
                }
            if (test != 0)
                m->glibc_test = 1;
        }
    }
    /* keep each branch's condition from meeting another's target: require
     * a macro of the other target undefined when it has every macro of
     * this one */
    for (i = 0; i < m->nbranches; i++)
        for (j = 0; j < m->nbranches; j++) {
            size_t t = m->branches[i].members[0];
            size_t u = m->branches[j].members[0];
            const struct mmapc_facts *fu = &m->targets[u].res.predefs;

            if (i == j || group[t] == group[u] || !may_meet(m, t, u))
                continue;
            for (k = 0; k < fu->count; k++)
                if (predef(m, t, fu->items[k].name) == NULL) {
                    if (add_negation(&m->branches[i], fu->items[k].name)
                        != MMAPC_OK) {
                        rc = MMAPC_ERR;
                        goto done;
                    }
                    break;
                }
        }
    for (i = 0; i < m->nbranches; i++)
        if (settle_branch(m, &m->branches[i], preferred) != MMAPC_OK)
            rc = MMAPC_ERR;
done:
    free(group);
    free(preferred);
    return rc;
}

/* ---------------------------------------------------------- command line */

static const struct merge_format {
    const char *name;
    int (*emit)(FILE *out, const struct mmapc_merge *m);
    const char *what;
} merge_formats[] = {
    { "header", mmapc_merge_emit_header,
      "one mmap_consts.h that is right on every target" },
    { "markdown", mmapc_merge_emit_markdown,
      "the portability matrix of the constants (Markdown)" },
    { "json", mmapc_merge_emit_json, "every target's values (JSON)" },
};

#define NMERGE_FORMATS (sizeof merge_formats / sizeof merge_formats[0])

static void merge_usage(FILE *out)
{
    size_t i;

    fputs("Usage: mmapc-gen merge --format FORMAT --output FILE "
          "[--prefer FILE]...\n"
          "                       A.json B.json ...\n"
          "\n"
          "Merge the mmap_consts.json of several targets (each written by "
          "make in\n"
          "that target's build) into one output.\n"
          "\n"
          "  --format FORMAT  what to write:\n", out);
    for (i = 0; i < NMERGE_FORMATS; i++)
        fprintf(out, "                     %-8s %s\n", merge_formats[i].name,
                merge_formats[i].what);
    fputs("  --output FILE    where to write it ('-': standard output); "
          "an existing\n"
          "                   FILE stays as it was if anything fails\n"
          "  --prefer FILE    when inputs share a branch of the header "
          "(the compiler\n"
          "                   cannot tell them apart) and their values "
          "differ, keep\n"
          "                   FILE's (one of the inputs, named as given); "
          "repeatable\n"
          "  --help           show this help and exit\n"
          "\n"
          "Errors are reported as FILE:LINE: message; the exit status is "
          "then 1.\n"
          "See docs/generator.md and docs/vendoring.md.\n", out);
}

static int merge_usage_hint(void)
{
    fputs("Try 'mmapc-gen merge --help' for more information.\n", stderr);
    return EXIT_FAILURE;
}

/* --NAME VALUE or --NAME=VALUE at ARGV[*I]: 1 matched (*VALUE set), 0 not
 * this option, -1 error (reported). */
static int merge_option(int argc, char **argv, int *i, const char *name,
                        const char **value)
{
    const char *arg = argv[*i];
    size_t n = strlen(name);

    if (strncmp(arg, name, n) != 0 || (arg[n] != '\0' && arg[n] != '='))
        return 0;
    if (arg[n] == '=') {
        *value = arg + n + 1;
    } else if (*i + 1 < argc) {
        *value = argv[++*i];
    } else {
        mmapc_error("merge: option %s needs a value", name);
        return -1;
    }
    if (**value == '\0') {
        mmapc_error("merge: option %s needs a non-empty value", name);
        return -1;
    }
    return 1;
}

int mmapc_merge_main(int argc, char **argv, const char *version)
{
    const char *format = NULL, *output = NULL, *value;
    const char **inputs, **prefer;
    const struct merge_format *fmt = NULL;
    size_t ninputs = 0, nprefer = 0, f;
    struct mmapc_merge m;
    struct mmapc_outfile of;
    int i, rc, options = 1;

    inputs = malloc((size_t)argc * sizeof *inputs);
    prefer = malloc((size_t)argc * sizeof *prefer);
    if (inputs == NULL || prefer == NULL) {
        free((void *)inputs);
        free((void *)prefer);
        out_of_memory();
        return EXIT_FAILURE;
    }
    rc = EXIT_FAILURE;
    for (i = 1; i < argc; i++) {
        const char *arg = argv[i];

        if (options && strcmp(arg, "--help") == 0) {
            merge_usage(stdout);
            rc = EXIT_SUCCESS;
            goto out;
        }
        if (options && strcmp(arg, "--") == 0) {
            options = 0;
            continue;
        }
        if (!options || arg[0] != '-' || arg[1] == '\0') {
            inputs[ninputs++] = arg;
            continue;
        }
        if ((rc = merge_option(argc, argv, &i, "--format", &value)) != 0) {
            if (rc < 0)
                goto usage;
            if (format != NULL) {
                mmapc_error("merge: option --format given twice");
                goto usage;
            }
            format = value;
        } else if ((rc = merge_option(argc, argv, &i, "--output",
                                      &value)) != 0) {
            if (rc < 0)
                goto usage;
            if (output != NULL) {
                mmapc_error("merge: option --output given twice");
                goto usage;
            }
            output = value;
        } else if ((rc = merge_option(argc, argv, &i, "--prefer",
                                      &value)) != 0) {
            if (rc < 0)
                goto usage;
            prefer[nprefer++] = value;
        } else {
            mmapc_error("merge: unknown option '%s'", arg);
            goto usage;
        }
    }
    rc = EXIT_FAILURE;
    if (format == NULL) {
        mmapc_error("merge: no --format given");
        goto usage;
    }
    for (f = 0; f < NMERGE_FORMATS; f++)
        if (strcmp(merge_formats[f].name, format) == 0)
            fmt = &merge_formats[f];
    if (fmt == NULL) {
        mmapc_error("merge: unknown format '%s' (header, markdown or json)",
                    format);
        goto usage;
    }
    if (output == NULL) {
        mmapc_error("merge: no --output given");
        goto usage;
    }
    if (ninputs == 0) {
        mmapc_error("merge: no inputs (give the mmap_consts.json of each "
                    "target)");
        goto usage;
    }
    mmapc_merge_init(&m, version);
    /* Only the header has branches, hence conflicts; --prefer must name an
     * input whatever the format. */
    if (mmapc_merge_load(&m, inputs, ninputs,
                         fmt->emit == mmapc_merge_emit_header) == MMAPC_OK
        && (fmt->emit == mmapc_merge_emit_header
            ? mmapc_merge_plan(&m, prefer, nprefer)
            : check_prefer(&m, prefer, nprefer)) == MMAPC_OK
        && mmapc_outfile_open(&of, output) == MMAPC_OK) {
        if (fmt->emit(of.fp, &m) != MMAPC_OK)
            mmapc_outfile_abort(&of);
        else if (mmapc_outfile_commit(&of) == MMAPC_OK)
            rc = EXIT_SUCCESS;
    }
    mmapc_merge_free(&m);
    goto out;
usage:
    rc = merge_usage_hint();
out:
    free((void *)inputs);
    free((void *)prefer);
    return rc;
}
