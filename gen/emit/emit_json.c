/* emit_json.c: write mmap_consts.json from templates/mmap_consts.json.in.
 *
 * Deterministic: keys in the template's order, constants in catalog order,
 * numbers in decimal over the whole 64-bit range. The inputs are ASCII, so
 * the output is ASCII, hence UTF-8.
 */
#include <string.h>

#include "diag.h"
#include "emit.h"
#include "emit_json.h"
#include "template.h"

/* A JSON string, or null for NULL. */
static void put_json_string(FILE *out, const char *s)
{
    if (s == NULL) {
        fputs("null", out);
        return;
    }
    fputc('"', out);
    for (; *s != '\0'; s++) {
        unsigned char c = (unsigned char)*s;

        if (c == '"' || c == '\\')
            fprintf(out, "\\%c", c);
        else if (c == '\t')
            fputs("\\t", out);
        else if (c == '\n')
            fputs("\\n", out);
        else if (c < 0x20 || c == 0x7f)
            fprintf(out, "\\u%04x", c);
        else
            fputc(c, out);
    }
    fputc('"', out);
}

void mmapc_json_string(FILE *out, const char *s)
{
    put_json_string(out, s);
}

static const char *json_bool(int b)
{
    return b ? "true" : "false";
}

/* Members "NAME": true|false of an object, one per line. */
static void put_facts(FILE *out, const struct mmapc_facts *facts)
{
    size_t i;

    for (i = 0; i < facts->count; i++) {
        fputs("    ", out);
        put_json_string(out, facts->items[i].name);
        /* null: a function whose linking could not be tried */
        fprintf(out, ": %s%s\n",
                mmapc_fact_unknown(&facts->items[i])
                    ? "null"
                    : json_bool(mmapc_fact_yes(&facts->items[i])),
                i + 1 < facts->count ? "," : "");
    }
}

/* A member "NAME": "VALUE" on a line of its own, with a comma unless it
 * is the LAST of its object. */
static void put_string_member(FILE *out, const char *name, const char *value,
                              int last)
{
    fputs("    ", out);
    put_json_string(out, name);
    fputs(": ", out);
    put_json_string(out, value);
    fputs(last ? "\n" : ",\n", out);
}

/* Members "NAME": "VALUE" (the predefined macros), one per line. */
static void put_predefs(FILE *out, const struct mmapc_facts *facts)
{
    size_t i;

    for (i = 0; i < facts->count; i++)
        put_string_member(out, facts->items[i].name, facts->items[i].value,
                          i + 1 == facts->count);
}

/* Members "NAME": "TITLE" of the catalog's families, in catalog order. */
static void put_families(FILE *out, const struct mmapc_catalog *cat)
{
    size_t i;

    for (i = 0; i < cat->nfamilies; i++)
        put_string_member(out, cat->families[i].name, cat->families[i].title,
                          i + 1 == cat->nfamilies);
}

/* ", \"conflicts\": [...]" when another probed header defines the name
 * otherwise; "value" is null where that header's definition is no integer
 * constant ("yes"). */
static void put_conflicts(FILE *out, const struct mmapc_facts *c)
{
    char num[MMAPC_INTVAL_BUFSIZE];
    struct mmapc_intval v;
    const char *why;
    size_t k;

    if (c->count == 0)
        return;
    fputs(", \"conflicts\": [", out);
    for (k = 0; k < c->count; k++) {
        fputs(k > 0 ? ", {\"header\": " : "{\"header\": ", out);
        put_json_string(out, c->items[k].name);
        fputs(", \"value\": ", out);
        if (mmapc_intval_parse(c->items[k].value, &v, &why) == MMAPC_OK) {
            mmapc_intval_decimal(&v, num, sizeof num);
            fputs(num, out);
        } else {
            fputs("null", out);
        }
        fputc('}', out);
    }
    fputc(']', out);
}

/* A further member ", \"KEY\": VALUE" of an object on one line. */
static void put_next_member(FILE *out, const char *key, const char *value)
{
    fprintf(out, ", \"%s\": ", key);
    put_json_string(out, value);
}

static void put_constants(FILE *out, const struct mmapc_input *in)
{
    const struct mmapc_catalog *cat = in->cat;
    char num[MMAPC_INTVAL_BUFSIZE];
    size_t i;

    for (i = 0; i < cat->nsymbols; i++) {
        const struct mmapc_symdef *s = &cat->symbols[i];
        const struct mmapc_symres *r = &in->res->symbols[i];
        int integer = s->kind == MMAPC_K_FLAG || s->kind == MMAPC_K_INT;

        fputs("    {\"name\": ", out);
        put_json_string(out, s->name);
        put_next_member(out, "family", cat->families[s->family].name);
        /* "strict": true only for a strict flag, so that the others read
         * as before */
        fprintf(out,
                ", \"kind\": \"%s\", \"flag\": %s, \"archdep\": %s, "
                "%s\"present\": %s, \"value\": ",
                integer ? "int" : mmapc_kind_name(s->kind),
                json_bool(s->kind == MMAPC_K_FLAG), json_bool(s->archdep),
                s->strict ? "\"strict\": true, " : "",
                json_bool(r->state == MMAPC_RES_VALUE
                          || r->state == MMAPC_RES_YES));
        if (r->state == MMAPC_RES_VALUE) {
            mmapc_intval_decimal(&r->value, num, sizeof num);
            fputs(num, out);
            mmapc_intval_hex(&r->value, num, sizeof num);
            fprintf(out, ", \"hex\": \"%s\"", num);
        } else {
            fputs("null, \"hex\": null", out);
        }
        put_next_member(out, "python", s->python);
        put_next_member(out, "description", s->description);
        put_next_member(out, "header", r->header);
        put_conflicts(out, &r->conflicts);
        fprintf(out, "}%s\n", i + 1 < cat->nsymbols ? "," : "");
    }
}

struct jctx {
    const struct mmapc_input *in;
};

static int fill(FILE *out, const char *name, int block, void *ctx)
{
    const struct mmapc_input *in = ((const struct jctx *)ctx)->in;
    const struct mmapc_results *res = in->res;

    if (block) {
        if (strcmp(name, "HEADERS") == 0)
            put_facts(out, &res->headers);
        else if (strcmp(name, "FUNCTIONS") == 0)
            put_facts(out, &res->functions);
        else if (strcmp(name, "CONSTANTS") == 0)
            put_constants(out, in);
        else if (strcmp(name, "PREDEFS") == 0)
            put_predefs(out, &res->predefs);
        else if (strcmp(name, "FAMILIES") == 0)
            put_families(out, in->cat);
        else
            return MMAPC_FILL_UNKNOWN;
        return MMAPC_FILL_OK;
    }
    if (strcmp(name, "VERSION") == 0)
        put_json_string(out, in->version);
    else if (strcmp(name, "TRIPLET") == 0)
        put_json_string(out, res->target);
    else if (strcmp(name, "OS") == 0)
        put_json_string(out, res->os);
    else if (strcmp(name, "CPU") == 0)
        put_json_string(out, res->cpu);
    else if (strcmp(name, "LIBC") == 0)
        put_json_string(out, res->libc);
    else if (strcmp(name, "CC") == 0)
        put_json_string(out, res->cc);
    else if (strcmp(name, "CROSS_COMPILING") == 0)
        fputs(json_bool(res->cross_compiling), out);
    else if (strcmp(name, "SIZEOF_INT") == 0)
        fprintf(out, "%u", res->sizeof_int);
    else if (strcmp(name, "SIZEOF_LONG") == 0)
        fprintf(out, "%u", res->sizeof_long);
    else if (strcmp(name, "SIZEOF_LONG_LONG") == 0)
        fprintf(out, "%u", res->sizeof_long_long);
    else if (strcmp(name, "SIZEOF_POINTER") == 0)
        fprintf(out, "%u", res->sizeof_pointer);
    else if (strcmp(name, "MADVISE_ADDR_TYPE") == 0)
        put_json_string(out, res->madvise_addr_type);
    else
        return MMAPC_FILL_UNKNOWN;
    return MMAPC_FILL_OK;
}

int mmapc_emit_json(FILE *out, const struct mmapc_input *in)
{
    struct jctx j;

    j.in = in;
    return mmapc_template_fill_named(out, "mmap_consts.json.in", fill, &j);
}
