/* merge_input.c: read one input of mmapc-gen merge and check it against
 * the schema (see merge_input.h). */
#include "merge_input.h"

#include <stdio.h>
#include <string.h>

#include "catalog.h"
#include "diag.h"

static int want(const char *file, const struct mmapc_jvalue *v,
                const char *what, const char *wanted)
{
    return mmapc_error_at(file, v->line, "%s: want %s, not %s", what, wanted,
                          mmapc_json_type_name(v->type));
}

/* Member KEY of OBJ (described as WHERE), of TYPE or (NULLABLE) null;
 * TYPE MMAPC_J_TRUE stands for true or false. */
static const struct mmapc_jvalue *member(const char *file,
                                         const struct mmapc_jvalue *obj,
                                         const char *where, const char *key,
                                         enum mmapc_jtype type, int nullable)
{
    const struct mmapc_jvalue *v = mmapc_json_member(obj, key);
    char what[128];

    if (v == NULL) {
        mmapc_error_at(
            file, obj->line, "%s has no member \"%s\"%s", where, key,
            strcmp(where, "the top-level object") == 0
                ? " (is this a mmap_consts.json of mmap-consts? one "
                  "from an older version lacks \"predefs\" and "
                  "\"families\": make it again)"
                : "");
        return NULL;
    }
    if (v->type == type || (nullable && v->type == MMAPC_J_NULL)
        || (type == MMAPC_J_TRUE && v->type == MMAPC_J_FALSE))
        return v;
    snprintf(what, sizeof what, "%s: \"%s\"", where, key);
    want(file, v, what,
         type == MMAPC_J_TRUE     ? "true or false"
         : !nullable              ? mmapc_json_type_name(type)
         : type == MMAPC_J_STRING ? "a string or null"
                                  : "an integer or null");
    return NULL;
}

/* Text for the outputs: printable ASCII or TAB, at most
 * MMAPC_MERGE_TEXT_MAX bytes. */
static int check_text(const char *file, const struct mmapc_jvalue *v,
                      const char *what, int may_be_empty)
{
    size_t i;

    if (v->len == 0 && !may_be_empty)
        return mmapc_error_at(file, v->line, "%s is empty", what);
    if (v->len > MMAPC_MERGE_TEXT_MAX)
        return mmapc_error_at(file, v->line, "%s is longer than %d bytes",
                              what, MMAPC_MERGE_TEXT_MAX);
    for (i = 0; i < v->len; i++) {
        unsigned char c = (unsigned char)v->text[i];

        if ((c < 0x20 && c != '\t') || c > 0x7e)
            return mmapc_error_at(file, v->line,
                                  "%s holds a character "
                                  "other than printable ASCII and TAB "
                                  "(byte 0x%02x), which no probe result "
                                  "can hold",
                                  what, (unsigned)c);
    }
    return MMAPC_OK;
}

int mmapc_jinput_name_char(int c, const char *extra)
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

    if (n == 0 || n > MMAPC_MERGE_TEXT_MAX)
        return mmapc_error_at(file, line, "bad %s \"%.40s\"", what, s);
    for (i = 0; i < n; i++)
        if (!mmapc_jinput_name_char((unsigned char)s[i], extra))
            return mmapc_error_at(file, line, "bad %s \"%s\"", what, s);
    return MMAPC_OK;
}

static int check_identifier(const char *file, unsigned long line,
                            const char *s, const char *what)
{
    if (!mmapc_is_identifier(s, strlen(s)))
        return mmapc_error_at(file, line,
                              "%s \"%s\" is not a C identifier "
                              "of at most %d characters",
                              what, s, MMAPC_NAME_MAX);
    return MMAPC_OK;
}

/* Every member of OBJ is of TYPE. */
static int members_of(const char *file, const struct mmapc_jvalue *obj,
                      const char *what, enum mmapc_jtype type)
{
    const struct mmapc_jvalue *v;

    for (v = obj->first; v != NULL; v = v->next) {
        char label[MMAPC_MERGE_TEXT_MAX + 64];

        snprintf(label, sizeof label, "%s \"%.*s\"", what,
                 MMAPC_MERGE_TEXT_MAX, v->key);
        /* null: a function whose linking could not be tried */
        if (v->type != type
            && !(type == MMAPC_J_TRUE && v->type == MMAPC_J_FALSE)
            && !(type == MMAPC_J_TRUE && v->type == MMAPC_J_NULL
                 && strcmp(what, "function") == 0))
            return want(file, v, label,
                        type != MMAPC_J_TRUE ? mmapc_json_type_name(type)
                        : strcmp(what, "function") == 0 ? "true, false or null"
                                                        : "true or false");
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
        const struct mmapc_jvalue *v =
            member(file, sizes, "\"sizeof\"", keys[i], MMAPC_J_NUMBER, 0);

        if (v == NULL)
            return MMAPC_ERR;
        if (!v->integer || v->ival.negative || v->ival.magnitude < 1
            || v->ival.magnitude > 16)
            return mmapc_error_at(file, v->line,
                                  "sizeof %s: want 1 to 16 "
                                  "bytes, not %s",
                                  keys[i], v->text);
        if (i < 3 && v->ival.magnitude < prev)
            return mmapc_error_at(file, v->line,
                                  "sizeof %s is smaller than "
                                  "sizeof %s",
                                  keys[i], keys[i - 1]);
        if (i < 3)
            prev = v->ival.magnitude;
    }
    return MMAPC_OK;
}

static int check_constant(const struct mmapc_jinput *in,
                          const struct mmapc_jvalue *c)
{
    const char *f = in->file;
    const struct mmapc_jvalue *name, *family, *kind, *flag, *archdep, *present,
        *value, *hex, *python, *descr;
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
        return mmapc_error_at(f, family->line,
                              "%s: family \"%s\" is not "
                              "in \"families\"",
                              where, family->text);
    if (strcmp(kind->text, "int") != 0 && strcmp(kind->text, "pointer") != 0
        && strcmp(kind->text, "macro") != 0)
        return mmapc_error_at(f, kind->line,
                              "%s: kind \"%s\": want \"int\", "
                              "\"pointer\" or \"macro\"",
                              where, kind->text);
    if (flag->type == MMAPC_J_TRUE && strcmp(kind->text, "int") != 0)
        return mmapc_error_at(f, flag->line,
                              "%s: a flag must be of kind "
                              "\"int\"",
                              where);
    /* "strict" is optional: only strict flags have it */
    if (mmapc_json_member(c, "strict") != NULL) {
        const struct mmapc_jvalue *strict =
            member(f, c, where, "strict", MMAPC_J_TRUE, 0);

        if (strict == NULL)
            return MMAPC_ERR;
        if (strict->type == MMAPC_J_TRUE && flag->type != MMAPC_J_TRUE)
            return mmapc_error_at(f, strict->line,
                                  "%s: \"strict\" needs "
                                  "\"flag\": true",
                                  where);
    }
    if (value->type == MMAPC_J_NUMBER) {
        if (!value->integer)
            return mmapc_error_at(f, value->line,
                                  "%s: value %s is no "
                                  "integer from -2^63 to 2^64-1",
                                  where, value->text);
        if (strcmp(kind->text, "int") != 0)
            return mmapc_error_at(f, value->line, "%s: a %s has no value",
                                  where, kind->text);
        if (present->type != MMAPC_J_TRUE)
            return mmapc_error_at(f, value->line,
                                  "%s: has a value but is "
                                  "not present",
                                  where);
        mmapc_intval_hex(&value->ival, buf, sizeof buf);
        if (hex->type != MMAPC_J_STRING || strcmp(hex->text, buf) != 0)
            return mmapc_error_at(f, hex->line,
                                  "%s: \"hex\" does not match "
                                  "the value (want \"%s\")",
                                  where, buf);
    } else if (hex->type != MMAPC_J_NULL) {
        return mmapc_error_at(f, hex->line, "%s: \"hex\" without a value",
                              where);
    }
    if (python->type == MMAPC_J_STRING
        && !mmapc_is_python_version(python->text, python->len))
        return mmapc_error_at(f, python->line,
                              "%s: python \"%s\": want a "
                              "version such as 3.13 or 2.x",
                              where, python->text);
    if (check_text(f, descr, "description", 0) != MMAPC_OK)
        return MMAPC_ERR;
    return MMAPC_OK;
}

int mmapc_jinput_read(struct mmapc_jinput *in)
{
    const char *f = in->file;
    const struct mmapc_jvalue *root, *v, *gen;
    static const char *const target_keys[] = { "triplet", "os", "cpu", "libc",
                                               "cc" };
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
        return mmapc_error_at(f, v->line,
                              "schema_version %s: this mmapc-gen "
                              "reads version 1",
                              v->text);
    if (mmapc_json_member(root, "targets") != NULL)
        return mmapc_error_at(f, root->line,
                              "a merged JSON: merge the "
                              "mmap_consts.json of each target instead");
#define GET(var, key, type, nullable)                                         \
    if ((var = member(f, root, "the top-level object", key, type, nullable))  \
        == NULL)                                                              \
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
    in->version =
        member(f, gen, "\"generator\"", "version", MMAPC_J_STRING, 0);
    if (in->version == NULL
        || check_text(f, in->version, "generator version", 0) != MMAPC_OK)
        return MMAPC_ERR;
    for (i = 0; i < sizeof target_keys / sizeof target_keys[0]; i++) {
        char what[32];

        v = member(f, in->target, "\"target\"", target_keys[i], MMAPC_J_STRING,
                   0);
        snprintf(what, sizeof what, "target %s", target_keys[i]);
        if (v == NULL || check_text(f, v, what, i >= 3) != MMAPC_OK)
            return MMAPC_ERR;
        if (i == 1 || i == 2) { /* in names: as config.sub writes */
            const char *s;

            s = v->text;
            while (mmapc_jinput_name_char((unsigned char)*s, ".+-"))
                s++;
            if (*s != '\0')
                return mmapc_error_at(f, v->line,
                                      "%s \"%s\": want "
                                      "letters, digits and _ . + - only",
                                      what, v->text);
        } else if (i == 0 && strpbrk(v->text, " \t") != NULL) {
            return mmapc_error_at(f, v->line, "%s \"%s\" holds a blank", what,
                                  v->text);
        }
    }
    if (member(f, in->target, "\"target\"", "cross_compiling", MMAPC_J_TRUE, 0)
        == NULL)
        return MMAPC_ERR;
    if (check_sizes(f, in->sizes) != MMAPC_OK)
        return MMAPC_ERR;
    if (members_of(f, in->headers, "header", MMAPC_J_TRUE) != MMAPC_OK
        || members_of(f, in->functions, "function", MMAPC_J_TRUE) != MMAPC_OK
        || members_of(f, in->predefs, "predef", MMAPC_J_STRING) != MMAPC_OK
        || members_of(f, in->families, "family", MMAPC_J_STRING) != MMAPC_OK)
        return MMAPC_ERR;
    for (v = in->headers->first; v != NULL; v = v->next)
        if (check_chars(f, v->line, v->key, "header name", "./+-") != MMAPC_OK)
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
                         || (*s == '_' && s != v->key);
             s++)
            ;
        if (*s != '\0' || s == v->key || s - v->key > MMAPC_NAME_MAX
            || !(v->key[0] >= 'A' && v->key[0] <= 'Z'))
            return mmapc_error_at(f, v->line,
                                  "family \"%s\": want a name "
                                  "of [A-Z][A-Z0-9_]*",
                                  v->key);
        if (check_text(f, v, "a family's title", 0) != MMAPC_OK)
            return MMAPC_ERR;
    }
    if (in->madvise->type == MMAPC_J_STRING) {
        if (strcmp(in->madvise->text, "none") == 0)
            return mmapc_error_at(f, in->madvise->line,
                                  "madvise_addr_type: "
                                  "want a C type such as \"void *\", or "
                                  "null");
        if (check_chars(f, in->madvise->line, in->madvise->text,
                        "madvise_addr_type", " *")
            != MMAPC_OK)
            return MMAPC_ERR;
    }
    if (in->constants->count == 0)
        return mmapc_error_at(f, in->constants->line, "no constants");
    for (v = in->constants->first; v != NULL; v = v->next)
        if (check_constant(in, v) != MMAPC_OK)
            return MMAPC_ERR;
    return MMAPC_OK;
}

const char *mmapc_jinput_text(const struct mmapc_jvalue *obj, const char *key)
{
    const struct mmapc_jvalue *v = mmapc_json_member(obj, key);

    return v != NULL && v->type == MMAPC_J_STRING ? v->text : NULL;
}

int mmapc_jinput_bool(const struct mmapc_jvalue *obj, const char *key)
{
    const struct mmapc_jvalue *v = mmapc_json_member(obj, key);

    return v != NULL && v->type == MMAPC_J_TRUE;
}
