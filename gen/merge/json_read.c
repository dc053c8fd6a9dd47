/* json_read.c: a small, strict JSON reader (see json_read.h). */
#include "json_read.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "grow.h"
#include "json_lex.h"

#define CHUNK_NODES 256

struct mmapc_jchunk {
    struct mmapc_jchunk *next;
    size_t used;
    struct mmapc_jvalue nodes[CHUNK_NODES];
};

/* An open array or object. */
struct frame {
    struct mmapc_jvalue *value;
    struct mmapc_jvalue *last; /* its last element or member so far */
};

void mmapc_json_init(struct mmapc_json *doc)
{
    memset(doc, 0, sizeof *doc);
}

void mmapc_json_free(struct mmapc_json *doc)
{
    struct mmapc_jchunk *c = doc->chunks, *next;

    for (; c != NULL; c = next) {
        next = c->next;
        free(c);
    }
    free(doc->strings);
    doc->chunks = NULL;
    doc->strings = NULL;
    doc->root = NULL;
}

const char *mmapc_json_type_name(enum mmapc_jtype type)
{
    switch (type) {
    case MMAPC_J_NULL:
        return "null";
    case MMAPC_J_FALSE:
        return "false";
    case MMAPC_J_TRUE:
        return "true";
    case MMAPC_J_NUMBER:
        return "a number";
    case MMAPC_J_STRING:
        return "a string";
    case MMAPC_J_ARRAY:
        return "an array";
    case MMAPC_J_OBJECT:
        return "an object";
    }
    return "?";
}

const struct mmapc_jvalue *mmapc_json_member(const struct mmapc_jvalue *obj,
                                             const char *key)
{
    const struct mmapc_jvalue *m;

    if (obj == NULL || obj->type != MMAPC_J_OBJECT)
        return NULL;
    for (m = obj->first; m != NULL; m = m->next)
        if (strcmp(m->key, key) == 0)
            return m;
    return NULL;
}

static struct mmapc_jvalue *new_node(struct mmapc_jparser *p)
{
    struct mmapc_jchunk *c = p->doc->chunks;
    struct mmapc_jvalue *v;

    if (c == NULL || c->used == CHUNK_NODES) {
        c = malloc(sizeof *c);
        if (c == NULL)
            return NULL;
        c->next = p->doc->chunks;
        c->used = 0;
        p->doc->chunks = c;
    }
    v = &c->nodes[c->used++];
    memset(v, 0, sizeof *v);
    v->line = p->line;
    return v;
}

static int parse_key(struct mmapc_jparser *p, const char **key)
{
    size_t len;

    if (p->pos >= p->end || *p->pos != '"')
        return mmapc_jlex_unexpected(p, "a member name (a string)");
    if (mmapc_jlex_string(p, key, &len) != MMAPC_OK)
        return MMAPC_ERR;
    mmapc_jlex_skip_blanks(p);
    if (p->pos >= p->end || *p->pos != ':')
        return mmapc_jlex_unexpected(p, "':' after a member name");
    p->pos++;
    return MMAPC_OK;
}

struct keyref {
    const struct mmapc_jvalue *member;
    size_t seq;
};

static int keyref_cmp(const void *a, const void *b)
{
    const struct keyref *x = a, *y = b;
    int c = strcmp(x->member->key, y->member->key);

    if (c != 0)
        return c;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* No two members of OBJ have one name. */
static int check_keys(struct mmapc_jparser *p, const struct mmapc_jvalue *obj)
{
    const struct mmapc_jvalue *m;
    struct keyref *refs;
    size_t i, n = 0;
    int rc = MMAPC_OK;

    if (obj->count < 2)
        return MMAPC_OK;
    refs = malloc(obj->count * sizeof *refs);
    if (refs == NULL)
        return mmapc_out_of_memory();
    for (m = obj->first; m != NULL && n < obj->count; m = m->next, n++) {
        refs[n].member = m;
        refs[n].seq = n;
    }
    qsort(refs, n, sizeof *refs, keyref_cmp);
    for (i = 1; i < n; i++)
        if (strcmp(refs[i - 1].member->key, refs[i].member->key) == 0) {
            rc = mmapc_error_at(p->doc->file, refs[i].member->line,
                                "duplicate member name \"%s\" (first at "
                                "line %lu)",
                                refs[i].member->key, refs[i - 1].member->line);
            break;
        }
    free(refs);
    return rc;
}

static int parse_document(struct mmapc_jparser *p)
{
    struct frame stack[MMAPC_JSON_DEPTH_MAX];
    size_t depth = 0;
    const char *key = NULL;
    struct mmapc_jvalue *v;

    for (;;) {
        /* A value is expected here (KEY is its name in an object). */
        mmapc_jlex_skip_blanks(p);
        v = new_node(p);
        if (v == NULL)
            return mmapc_out_of_memory();
        v->key = key;
        key = NULL;
        if (depth == 0) {
            p->doc->root = v;
        } else {
            struct frame *f = &stack[depth - 1];

            if (f->last == NULL)
                f->value->first = v;
            else
                f->last->next = v;
            f->last = v;
            f->value->count++;
        }
        if (p->pos >= p->end && depth > 0) {
            char msg[96];

            snprintf(msg, sizeof msg,
                     "unexpected end of the file in %s "
                     "opened at line %lu",
                     stack[depth - 1].value->type == MMAPC_J_OBJECT
                         ? "an object"
                         : "an array",
                     stack[depth - 1].value->line);
            return mmapc_jlex_error(p, msg);
        }
        if (p->pos >= p->end)
            return mmapc_jlex_unexpected(p, "a value");
        switch (*p->pos) {
        case '{':
        case '[':
            v->type = *p->pos == '{' ? MMAPC_J_OBJECT : MMAPC_J_ARRAY;
            if (depth == MMAPC_JSON_DEPTH_MAX)
                return mmapc_error_at(p->doc->file, p->line,
                                      "arrays and "
                                      "objects nested deeper than %d",
                                      MMAPC_JSON_DEPTH_MAX);
            p->pos++;
            stack[depth].value = v;
            stack[depth].last = NULL;
            depth++;
            mmapc_jlex_skip_blanks(p);
            if (p->pos < p->end
                && *p->pos == (v->type == MMAPC_J_OBJECT ? '}' : ']')) {
                p->pos++;
                depth--;
                break; /* empty: the value is complete */
            }
            if (v->type == MMAPC_J_OBJECT && parse_key(p, &key) != MMAPC_OK)
                return MMAPC_ERR;
            continue; /* the first element or member */
        case '"':
            v->type = MMAPC_J_STRING;
            if (mmapc_jlex_string(p, &v->text, &v->len) != MMAPC_OK)
                return MMAPC_ERR;
            break;
        case '-':
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7':
        case '8':
        case '9':
            if (mmapc_jlex_number(p, v) != MMAPC_OK)
                return MMAPC_ERR;
            break;
        default:
            if (mmapc_jlex_literal(p, v) != MMAPC_OK)
                return MMAPC_ERR;
            break;
        }
        /* A value is complete: close containers, or go to the next. */
        for (;;) {
            struct frame *f;
            int object;

            mmapc_jlex_skip_blanks(p);
            if (depth == 0) {
                if (p->pos < p->end)
                    return mmapc_jlex_unexpected(
                        p, "the end of the file after the "
                           "JSON value");
                return MMAPC_OK;
            }
            f = &stack[depth - 1];
            object = f->value->type == MMAPC_J_OBJECT;
            if (p->pos < p->end && *p->pos == ',') {
                p->pos++;
                mmapc_jlex_skip_blanks(p);
                if (object && parse_key(p, &key) != MMAPC_OK)
                    return MMAPC_ERR;
                break; /* the next element or member */
            }
            if (p->pos < p->end && *p->pos == (object ? '}' : ']')) {
                p->pos++;
                if (object && check_keys(p, f->value) != MMAPC_OK)
                    return MMAPC_ERR;
                depth--;
                continue;
            }
            if (p->pos >= p->end) {
                char msg[96];

                snprintf(msg, sizeof msg,
                         "unexpected end of the file in "
                         "%s opened at line %lu",
                         object ? "an object" : "an array", f->value->line);
                return mmapc_jlex_error(p, msg);
            }
            return mmapc_jlex_unexpected(p,
                                         object ? "',' or '}'" : "',' or ']'");
        }
    }
}

int mmapc_json_parse(struct mmapc_json *doc, const char *text, size_t len,
                     const char *name)
{
    struct mmapc_jparser p;

    mmapc_json_free(doc);
    doc->file = name;
    if (len > MMAPC_JSON_SIZE_MAX)
        return mmapc_error_file(name,
                                "larger than %lu bytes, too large "
                                "for a JSON input",
                                MMAPC_JSON_SIZE_MAX);
    memset(&p, 0, sizeof p);
    p.doc = doc;
    p.pos = (const unsigned char *)text;
    p.end = p.pos + len;
    p.line = 1;
    /* Decoded strings and numbers, each with its NUL, never need more than
     * the input: a string loses at least its two quotes, a number is
     * followed by a byte that is not copied, except at the very end. */
    p.str_cap = len + 2;
    p.str = malloc(p.str_cap);
    if (p.str == NULL)
        return mmapc_out_of_memory();
    doc->strings = p.str;
    if (parse_document(&p) != MMAPC_OK) {
        mmapc_json_free(doc);
        return MMAPC_ERR;
    }
    return MMAPC_OK;
}

int mmapc_json_load(struct mmapc_json *doc, const char *path)
{
    FILE *fp = fopen(path, "rb");
    char *buf = NULL;
    size_t len = 0, cap = 0, n;
    int rc;

    if (fp == NULL)
        return mmapc_error_file(path, "cannot open for reading: %s",
                                strerror(errno));
    for (;;) {
        if (len == cap) {
            char *nbuf;

            if (cap > MMAPC_JSON_SIZE_MAX) {
                free(buf);
                fclose(fp);
                return mmapc_error_file(path,
                                        "larger than %lu bytes, too "
                                        "large for a JSON input",
                                        MMAPC_JSON_SIZE_MAX);
            }
            nbuf = mmapc_grow(buf, &cap, len + 1, 1, 65536);
            if (nbuf == NULL) {
                free(buf);
                fclose(fp);
                return mmapc_out_of_memory();
            }
            buf = nbuf;
        }
        n = fread(buf + len, 1, cap - len, fp);
        len += n;
        if (n == 0)
            break;
    }
    if (ferror(fp)) {
        rc = mmapc_error_file(path, "read error: %s", strerror(errno));
        free(buf);
        fclose(fp);
        return rc;
    }
    fclose(fp);
    rc = mmapc_json_parse(doc, buf, len, path);
    free(buf);
    return rc;
}
