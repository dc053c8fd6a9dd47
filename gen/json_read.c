/* json_read.c: a small, strict JSON reader (see json_read.h). */
#include "json_read.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "grow.h"

#define CHUNK_NODES 256

struct mmapc_jchunk {
    struct mmapc_jchunk *next;
    size_t used;
    struct mmapc_jvalue nodes[CHUNK_NODES];
};

/* An open array or object. */
struct frame {
    struct mmapc_jvalue *value;
    struct mmapc_jvalue *last;   /* its last element or member so far */
};

struct parser {
    struct mmapc_json *doc;
    const unsigned char *pos, *end;
    unsigned long line;
    char *str;                   /* doc->strings */
    size_t str_used, str_cap;
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
    case MMAPC_J_NULL: return "null";
    case MMAPC_J_FALSE: return "false";
    case MMAPC_J_TRUE: return "true";
    case MMAPC_J_NUMBER: return "a number";
    case MMAPC_J_STRING: return "a string";
    case MMAPC_J_ARRAY: return "an array";
    case MMAPC_J_OBJECT: return "an object";
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

/* ------------------------------------------------------------- helpers */

static int error(struct parser *p, const char *msg)
{
    return mmapc_error_at(p->doc->file, p->line, "%s", msg);
}

/* What the byte at the current position is, for a message. */
static const char *describe(const struct parser *p, char *buf, size_t size)
{
    int c;

    if (p->pos >= p->end)
        return "the end of the file";
    c = *p->pos;
    if (c > 0x20 && c < 0x7f)
        snprintf(buf, size, "'%c'", c);
    else
        snprintf(buf, size, "byte 0x%02x", (unsigned)c);
    return buf;
}

static int unexpected(struct parser *p, const char *wanted)
{
    char buf[32], msg[160];

    snprintf(msg, sizeof msg, "expected %s, found %s", wanted,
             describe(p, buf, sizeof buf));
    return error(p, msg);
}

static struct mmapc_jvalue *new_node(struct parser *p)
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

static void skip_blanks(struct parser *p)
{
    while (p->pos < p->end) {
        unsigned char c = *p->pos;

        if (c == '\n')
            p->line++;
        else if (c != ' ' && c != '\t' && c != '\r')
            break;
        p->pos++;
    }
}

static int put_byte(struct parser *p, unsigned c)
{
    /* The buffer holds len + 2 bytes, more than any decoded input needs
     * (json_read.h); this check only keeps a mistake from overflowing. */
    if (p->str_used >= p->str_cap)
        return error(p, "internal error: string buffer full");
    p->str[p->str_used++] = (char)c;
    return MMAPC_OK;
}

static int put_utf8(struct parser *p, unsigned long cp)
{
    int rc = MMAPC_OK;

    if (cp < 0x80) {
        rc |= put_byte(p, (unsigned)cp);
    } else if (cp < 0x800) {
        rc |= put_byte(p, 0xc0 | (unsigned)(cp >> 6));
        rc |= put_byte(p, 0x80 | (unsigned)(cp & 0x3f));
    } else if (cp < 0x10000) {
        rc |= put_byte(p, 0xe0 | (unsigned)(cp >> 12));
        rc |= put_byte(p, 0x80 | (unsigned)((cp >> 6) & 0x3f));
        rc |= put_byte(p, 0x80 | (unsigned)(cp & 0x3f));
    } else {
        rc |= put_byte(p, 0xf0 | (unsigned)(cp >> 18));
        rc |= put_byte(p, 0x80 | (unsigned)((cp >> 12) & 0x3f));
        rc |= put_byte(p, 0x80 | (unsigned)((cp >> 6) & 0x3f));
        rc |= put_byte(p, 0x80 | (unsigned)(cp & 0x3f));
    }
    return rc == MMAPC_OK ? MMAPC_OK : MMAPC_ERR;
}

/* The length of the valid UTF-8 sequence at S (at most N bytes), or 0. */
static size_t utf8_length(const unsigned char *s, size_t n)
{
    unsigned long cp;
    size_t len, i;

    if (s[0] < 0x80)
        return 1;
    if (s[0] >= 0xc2 && s[0] <= 0xdf) {
        len = 2;
        cp = s[0] & 0x1f;
    } else if (s[0] >= 0xe0 && s[0] <= 0xef) {
        len = 3;
        cp = s[0] & 0x0f;
    } else if (s[0] >= 0xf0 && s[0] <= 0xf4) {
        len = 4;
        cp = s[0] & 0x07;
    } else {
        return 0;
    }
    if (n < len)
        return 0;
    for (i = 1; i < len; i++) {
        if ((s[i] & 0xc0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i] & 0x3f);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000)
        || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
        return 0;   /* overlong, beyond Unicode, or a surrogate */
    return len;
}

/* Four hex digits after "\u"; -1 when they are not. */
static long hex4(const struct parser *p)
{
    long v = 0;
    int i;

    if (p->end - p->pos < 4)
        return -1;
    for (i = 0; i < 4; i++) {
        unsigned char c = p->pos[i];

        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= c - '0';
        else if (c >= 'a' && c <= 'f')
            v |= c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            v |= c - 'A' + 10;
        else
            return -1;
    }
    return v;
}

/* A \u escape, the position after the "\u". */
static int unicode_escape(struct parser *p)
{
    long hi = hex4(p), lo;

    if (hi < 0)
        return error(p, "bad \\u escape (want four hex digits)");
    p->pos += 4;
    if (hi == 0)
        return error(p, "\\u0000 in a string (NUL is not supported)");
    if (hi >= 0xdc00 && hi <= 0xdfff)
        return error(p, "\\u escape of a lone low surrogate");
    if (hi < 0xd800 || hi > 0xdbff)
        return put_utf8(p, (unsigned long)hi);
    if (p->end - p->pos < 2 || p->pos[0] != '\\' || p->pos[1] != 'u')
        return error(p, "\\u escape of a high surrogate without a "
                     "low one after it");
    p->pos += 2;
    lo = hex4(p);
    if (lo < 0xdc00 || lo > 0xdfff)
        return error(p, "\\u escape of a high surrogate without a "
                     "low one after it");
    p->pos += 4;
    return put_utf8(p, 0x10000 + (((unsigned long)hi - 0xd800) << 10)
                    + ((unsigned long)lo - 0xdc00));
}

/* A string; the position is at its opening quote. *OUT is the decoded
 * text in the string buffer. */
static int parse_string(struct parser *p, const char **out, size_t *len)
{
    size_t start = p->str_used;
    char buf[32], msg[96];

    p->pos++;
    for (;;) {
        unsigned char c;
        size_t n;

        if (p->pos >= p->end)
            return error(p, "unterminated string at the end of the "
                         "file");
        c = *p->pos;
        if (c == '"') {
            p->pos++;
            break;
        }
        if (c < 0x20) {
            snprintf(msg, sizeof msg, "%s in a string (control characters "
                     "must be escaped)", describe(p, buf, sizeof buf));
            return error(p, msg);
        }
        if (c == '\\') {
            int rc = MMAPC_OK;

            if (p->end - p->pos < 2)
                return error(p, "unterminated string at the end of "
                             "the file");
            c = p->pos[1];
            p->pos += 2;
            switch (c) {
            case '"': rc = put_byte(p, '"'); break;
            case '\\': rc = put_byte(p, '\\'); break;
            case '/': rc = put_byte(p, '/'); break;
            case 'b': rc = put_byte(p, '\b'); break;
            case 'f': rc = put_byte(p, '\f'); break;
            case 'n': rc = put_byte(p, '\n'); break;
            case 'r': rc = put_byte(p, '\r'); break;
            case 't': rc = put_byte(p, '\t'); break;
            case 'u': rc = unicode_escape(p); break;
            default:
                p->pos--;
                if (c > 0x20 && c < 0x7f)
                    snprintf(msg, sizeof msg, "unknown escape \\%c in a "
                             "string", c);
                else
                    snprintf(msg, sizeof msg, "unknown escape in a string: "
                             "a backslash, then %s",
                             describe(p, buf, sizeof buf));
                return error(p, msg);
            }
            if (rc != MMAPC_OK)
                return MMAPC_ERR;
            continue;
        }
        n = utf8_length(p->pos, (size_t)(p->end - p->pos));
        if (n == 0)
            return error(p, "invalid UTF-8 in a string");
        while (n-- > 0)
            if (put_byte(p, *p->pos++) != MMAPC_OK)
                return MMAPC_ERR;
    }
    *len = p->str_used - start;
    if (put_byte(p, '\0') != MMAPC_OK)
        return MMAPC_ERR;
    *out = p->str + start;
    return MMAPC_OK;
}

static int is_digit(int c)
{
    return c >= '0' && c <= '9';
}

static int parse_number(struct parser *p, struct mmapc_jvalue *v)
{
    const unsigned char *s = p->pos;
    size_t start = p->str_used;
    const char *why;
    int integer = 1;

    if (s < p->end && *s == '-')
        s++;
    if (s >= p->end || !is_digit(*s))
        return error(p, "a '-' without digits after it");
    if (*s == '0') {
        s++;
        if (s < p->end && is_digit(*s))
            return error(p, "a number with a leading zero");
    } else {
        while (s < p->end && is_digit(*s))
            s++;
    }
    if (s < p->end && *s == '.') {
        integer = 0;
        s++;
        if (s >= p->end || !is_digit(*s))
            return error(p, "a number without digits after its '.'");
        while (s < p->end && is_digit(*s))
            s++;
    }
    if (s < p->end && (*s == 'e' || *s == 'E')) {
        integer = 0;
        s++;
        if (s < p->end && (*s == '+' || *s == '-'))
            s++;
        if (s >= p->end || !is_digit(*s))
            return error(p, "a number without digits in its "
                         "exponent");
        while (s < p->end && is_digit(*s))
            s++;
    }
    while (p->pos < s)
        if (put_byte(p, *p->pos++) != MMAPC_OK)
            return MMAPC_ERR;
    if (put_byte(p, '\0') != MMAPC_OK)
        return MMAPC_ERR;
    v->type = MMAPC_J_NUMBER;
    v->text = p->str + start;
    v->len = p->str_used - start - 1;
    v->integer = integer
        && mmapc_intval_parse(v->text, &v->ival, &why) == MMAPC_OK;
    return MMAPC_OK;
}

static int parse_literal(struct parser *p, struct mmapc_jvalue *v)
{
    static const struct {
        const char *word;
        enum mmapc_jtype type;
    } words[] = {
        { "true", MMAPC_J_TRUE },
        { "false", MMAPC_J_FALSE },
        { "null", MMAPC_J_NULL },
    };
    size_t i, n;

    for (i = 0; i < sizeof words / sizeof words[0]; i++) {
        n = strlen(words[i].word);
        if ((size_t)(p->end - p->pos) >= n
            && memcmp(p->pos, words[i].word, n) == 0) {
            p->pos += n;
            v->type = words[i].type;
            return MMAPC_OK;
        }
    }
    return unexpected(p, "a value");
}

/* A member name and its ':'; the position is at the name's quote. */
static int parse_key(struct parser *p, const char **key)
{
    size_t len;

    if (p->pos >= p->end || *p->pos != '"')
        return unexpected(p, "a member name (a string)");
    if (parse_string(p, key, &len) != MMAPC_OK)
        return MMAPC_ERR;
    skip_blanks(p);
    if (p->pos >= p->end || *p->pos != ':')
        return unexpected(p, "':' after a member name");
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
static int check_keys(struct parser *p, const struct mmapc_jvalue *obj)
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
                                "line %lu)", refs[i].member->key,
                                refs[i - 1].member->line);
            break;
        }
    free(refs);
    return rc;
}

static int parse_document(struct parser *p)
{
    struct frame stack[MMAPC_JSON_DEPTH_MAX];
    size_t depth = 0;
    const char *key = NULL;
    struct mmapc_jvalue *v;

    for (;;) {
        /* A value is expected here (KEY is its name in an object). */
        skip_blanks(p);
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

            snprintf(msg, sizeof msg, "unexpected end of the file in %s "
                     "opened at line %lu",
                     stack[depth - 1].value->type == MMAPC_J_OBJECT
                     ? "an object" : "an array", stack[depth - 1].value->line);
            return error(p, msg);
        }
        if (p->pos >= p->end)
            return unexpected(p, "a value");
        switch (*p->pos) {
        case '{':
        case '[':
            v->type = *p->pos == '{' ? MMAPC_J_OBJECT : MMAPC_J_ARRAY;
            if (depth == MMAPC_JSON_DEPTH_MAX)
                return mmapc_error_at(p->doc->file, p->line, "arrays and "
                                      "objects nested deeper than %d",
                                      MMAPC_JSON_DEPTH_MAX);
            p->pos++;
            stack[depth].value = v;
            stack[depth].last = NULL;
            depth++;
            skip_blanks(p);
            if (p->pos < p->end
                && *p->pos == (v->type == MMAPC_J_OBJECT ? '}' : ']')) {
                p->pos++;
                depth--;
                break;      /* empty: the value is complete */
            }
            if (v->type == MMAPC_J_OBJECT && parse_key(p, &key) != MMAPC_OK)
                return MMAPC_ERR;
            continue;       /* the first element or member */
        case '"':
            v->type = MMAPC_J_STRING;
            if (parse_string(p, &v->text, &v->len) != MMAPC_OK)
                return MMAPC_ERR;
            break;
        case '-': case '0': case '1': case '2': case '3': case '4':
        case '5': case '6': case '7': case '8': case '9':
            if (parse_number(p, v) != MMAPC_OK)
                return MMAPC_ERR;
            break;
        default:
            if (parse_literal(p, v) != MMAPC_OK)
                return MMAPC_ERR;
            break;
        }
        /* A value is complete: close containers, or go to the next. */
        for (;;) {
            struct frame *f;
            int object;

            skip_blanks(p);
            if (depth == 0) {
                if (p->pos < p->end)
                    return unexpected(p, "the end of the file after the "
                                      "JSON value");
                return MMAPC_OK;
            }
            f = &stack[depth - 1];
            object = f->value->type == MMAPC_J_OBJECT;
            if (p->pos < p->end && *p->pos == ',') {
                p->pos++;
                skip_blanks(p);
                if (object && parse_key(p, &key) != MMAPC_OK)
                    return MMAPC_ERR;
                break;      /* the next element or member */
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

                snprintf(msg, sizeof msg, "unexpected end of the file in "
                         "%s opened at line %lu",
                         object ? "an object" : "an array", f->value->line);
                return error(p, msg);
            }
            return unexpected(p, object ? "',' or '}'" : "',' or ']'");
        }
    }
}

int mmapc_json_parse(struct mmapc_json *doc, const char *text, size_t len,
                     const char *name)
{
    struct parser p;

    mmapc_json_free(doc);
    doc->file = name;
    if (len > MMAPC_JSON_SIZE_MAX)
        return mmapc_error_file(name, "larger than %lu bytes, too large "
                                "for a JSON input", MMAPC_JSON_SIZE_MAX);
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
                return mmapc_error_file(path, "larger than %lu bytes, too "
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
