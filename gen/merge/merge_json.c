/* merge_json.c: every target's values in one JSON document (mmapc-gen merge
 * --format json). The schema is in docs/generator.md; keys in a fixed
 * order, targets in input order, constants in catalog order. Every value
 * read from the inputs is printable ASCII, so the output is ASCII.
 */
#include "diag.h"
#include "emit_json.h"
#include "merge.h"

static const char *jbool(int b)
{
    return b ? "true" : "false";
}

/* "NAME": value members of an object on one line; YES_NO: the facts'
 * values are yes/no and written as booleans. */
static void put_facts(FILE *out, const struct mmapc_facts *f, int yes_no)
{
    size_t i;

    fputc('{', out);
    for (i = 0; i < f->count; i++) {
        if (i > 0)
            fputs(", ", out);
        mmapc_json_string(out, f->items[i].name);
        fputs(": ", out);
        if (yes_no)
            fputs(mmapc_fact_unknown(&f->items[i])
                      ? "null"
                      : jbool(mmapc_fact_yes(&f->items[i])),
                  out);
        else
            mmapc_json_string(out, f->items[i].value);
    }
    fputc('}', out);
}

static void put_target(FILE *out, const struct mmapc_target *t, int last)
{
    const struct mmapc_results *r = &t->res;
    const char *const text[][2] = {
        { "id", t->id },   { "triplet", r->target }, { "os", r->os },
        { "cpu", r->cpu }, { "libc", r->libc },      { "cc", r->cc }
    };
    size_t i;

    for (i = 0; i < sizeof text / sizeof text[0]; i++) {
        fprintf(out, "%s      \"%s\": ", i == 0 ? "    {\n" : ",\n",
                text[i][0]);
        mmapc_json_string(out, text[i][1]);
    }
    fprintf(out,
            ",\n      \"cross_compiling\": %s,\n      "
            "\"generator_version\": ",
            jbool(r->cross_compiling));
    mmapc_json_string(out, t->generator_version);
    fprintf(out,
            ",\n      \"sizeof\": {\"int\": %u, \"long\": %u, "
            "\"long_long\": %u, \"pointer\": %u},\n      \"predefs\": ",
            r->sizeof_int, r->sizeof_long, r->sizeof_long_long,
            r->sizeof_pointer);
    put_facts(out, &r->predefs, 0);
    fputs(",\n      \"headers\": ", out);
    put_facts(out, &r->headers, 1);
    fputs(",\n      \"functions\": ", out);
    put_facts(out, &r->functions, 1);
    fputs(",\n      \"madvise_addr_type\": ", out);
    mmapc_json_string(out, r->madvise_addr_type);
    fprintf(out, "\n    }%s\n", last ? "" : ",");
}

static void put_constant(FILE *out, const struct mmapc_merge *m, size_t i)
{
    const struct mmapc_symdef *s = &m->cat.symbols[i];
    int integer = s->kind == MMAPC_K_FLAG || s->kind == MMAPC_K_INT;
    char num[MMAPC_INTVAL_BUFSIZE];
    size_t t;

    fputs("    {\"name\": ", out);
    mmapc_json_string(out, s->name);
    fputs(", \"family\": ", out);
    mmapc_json_string(out, m->cat.families[s->family].name);
    fprintf(out,
            ", \"kind\": \"%s\", \"flag\": %s, \"archdep\": %s, "
            "%s\"python\": ",
            integer ? "int" : mmapc_kind_name(s->kind),
            jbool(s->kind == MMAPC_K_FLAG), jbool(s->archdep),
            s->strict ? "\"strict\": true, " : "");
    mmapc_json_string(out, s->python);
    fputs(", \"description\": ", out);
    mmapc_json_string(out, s->description);
    fprintf(out, ", \"portable\": %s, \"present\": {",
            jbool(mmapc_merge_portable(m, i)));
    for (t = 0; t < m->ntargets; t++) {
        fputs(t > 0 ? ", " : "", out);
        mmapc_json_string(out, m->targets[t].id);
        fprintf(out, ": %s", jbool(mmapc_merge_present(m, t, i)));
    }
    fputs("}, \"values\": {", out);
    for (t = 0; t < m->ntargets; t++) {
        const struct mmapc_symres *r = &m->targets[t].res.symbols[i];

        fputs(t > 0 ? ", " : "", out);
        mmapc_json_string(out, m->targets[t].id);
        if (r->state == MMAPC_RES_VALUE) {
            mmapc_intval_decimal(&r->value, num, sizeof num);
            fprintf(out, ": %s", num);
        } else {
            fputs(": null", out);
        }
    }
    fprintf(out, "}}%s\n", i + 1 < m->cat.nsymbols ? "," : "");
}

int mmapc_merge_emit_json(FILE *out, const struct mmapc_merge *m)
{
    size_t i;

    fputs("{\n  \"schema_version\": 1,\n  \"generator\": {\"name\": "
          "\"mmap-consts\", \"version\": ",
          out);
    mmapc_json_string(out, m->version);
    fputs("},\n  \"targets\": [\n", out);
    for (i = 0; i < m->ntargets; i++)
        put_target(out, &m->targets[i], i + 1 == m->ntargets);
    fputs("  ],\n  \"families\": {\n", out);
    for (i = 0; i < m->cat.nfamilies; i++) {
        fputs("    ", out);
        mmapc_json_string(out, m->cat.families[i].name);
        fputs(": ", out);
        mmapc_json_string(out, m->cat.families[i].title);
        fprintf(out, "%s\n", i + 1 < m->cat.nfamilies ? "," : "");
    }
    fputs("  },\n  \"constants\": [\n", out);
    for (i = 0; i < m->cat.nsymbols; i++)
        put_constant(out, m, i);
    fputs("  ]\n}\n", out);
    return MMAPC_OK;
}
