/* emit_header.c: write mmap_consts.h from templates/mmap_consts.h.in, a
 * placeholder at a time. Before anything is written the input is checked
 * (gen/emit/emit_header_check.c); the target check is gen/emit/emit_header_guard.c's,
 * and every comment and string goes through gen/emit/emit_header_text.c.
 */
#include <string.h>

#include "diag.h"
#include "emit.h"
#include "emit_header.h"
#include "lines.h"
#include "template.h"

struct hctx {
    const struct mmapc_input *in;
    struct mmapc_ctypes types;
    int brief; /* MMAPC_HEADER_BRIEF: no per-symbol descriptions */
};

/* --------------------------------------------------------------- sections */

static void put_provenance(FILE *out, const struct mmapc_input *in)
{
    const struct mmapc_results *res = in->res;
    char text[MMAPC_LINE_MAX + 64];
    size_t i, present = 0;

    for (i = 0; i < in->cat->nsymbols; i++)
        if (res->symbols[i].state == MMAPC_RES_VALUE
            || res->symbols[i].state == MMAPC_RES_YES)
            present++;
    snprintf(text, sizeof text, "mmapc-gen %s", in->version);
    mmapc_header_comment(out, " * Generator:  ", text);
    snprintf(text, sizeof text, "%s (%s)", res->target,
             res->cross_compiling ? "cross-compiled" : "native build");
    mmapc_header_comment(out, "\n * Target:     ", text);
    mmapc_header_comment(out, "\n * Compiler:   ",
                         res->cc[0] != '\0' ? res->cc : "(unknown)");
    mmapc_header_comment(out, "\n * C library:  ",
                         res->libc[0] != '\0' ? res->libc : "(unknown)");
    snprintf(text, sizeof text,
             "int %u, long %u, long long %u, pointer %u "
             "bytes",
             res->sizeof_int, res->sizeof_long, res->sizeof_long_long,
             res->sizeof_pointer);
    mmapc_header_comment(out, "\n * Sizes:      ", text);
    snprintf(text, sizeof text,
             "%lu in the catalog, %lu present on the "
             "target",
             (unsigned long)in->cat->nsymbols, (unsigned long)present);
    mmapc_header_comment(out, "\n * Symbols:    ", text);
    fputc('\n', out);
}

static void put_have_list(FILE *out, const struct mmapc_facts *facts,
                          const char *none)
{
    char buf[MMAPC_LINE_MAX + 32];
    size_t i;

    if (facts->count == 0)
        fprintf(out, "/* (%s) */\n", none);
    for (i = 0; i < facts->count; i++) {
        mmapc_header_have_macro(buf, sizeof buf, facts->items[i].name);
        if (mmapc_fact_unknown(&facts->items[i]))
            fprintf(out,
                    "/* %s: not defined, unknown (the toolchain "
                    "could not link for the target) */\n",
                    buf);
        else
            fprintf(out, "#define %s %d\n", buf,
                    mmapc_fact_yes(&facts->items[i]));
    }
}

static void put_madvise(FILE *out, const struct mmapc_results *res)
{
    if (res->madvise_addr_type == NULL) {
        fputs("#define MMAPC_HAVE_MADVISE_DECL 0\n", out);
        return;
    }
    fputs("#define MMAPC_HAVE_MADVISE_DECL 1\n", out);
    fprintf(out, "#define MMAPC_MADVISE_ADDR_TYPE %s\n",
            res->madvise_addr_type);
}

/* The C expression of a value: hex for flags, decimal otherwise. */
static void value_expr(const struct hctx *h, const struct mmapc_symdef *s,
                       const struct mmapc_intval *v, char *buf, size_t size)
{
    char lit[MMAPC_INTVAL_BUFSIZE];
    enum mmapc_ctype type;

    /* check_values made sure it fits */
    mmapc_intval_c_literal(v, &h->types, s->kind == MMAPC_K_FLAG, lit,
                           sizeof lit, &type);
    if (type == MMAPC_CT_LLONG || type == MMAPC_CT_ULLONG)
        snprintf(buf, size, "(MMAPC_EXTENSION_ %s)", lit);
    else
        snprintf(buf, size, "%s", lit);
}

/* Inside the symbol's comment: which probed header gives the value, and
 * which others define it otherwise. The probes include the headers in
 * configure's order (MMAPC_INCLUDE_SYSTEM's order), so the value is the
 * one in effect after all of them; a program that includes only another
 * header, or another order, may get that header's. */
static void put_origin(FILE *out, const struct mmapc_symres *r)
{
    char text[3 * MMAPC_LINE_MAX];
    size_t k, n;

    if (r->header == NULL)
        return;
    snprintf(text, sizeof text, "From <%s>.", r->header);
    mmapc_header_comment(out, "\n *   ", text);
    for (k = 0; k < r->conflicts.count; k++) {
        const struct mmapc_fact *c = &r->conflicts.items[k];

        n = (size_t)snprintf(text, sizeof text, "<%s> defines it ", c->name);
        snprintf(text + n, sizeof text - n,
                 strcmp(c->value, "yes") == 0
                     ? "otherwise (not as an integer constant)."
                     : "as %s.",
                 c->value);
        mmapc_header_comment(out, "\n *   ", text);
    }
    if (r->conflicts.count > 0)
        mmapc_header_comment(
            out, "\n *   ",
            "This header has the value of "
            "the header named first: the one in effect after "
            "all the probed headers, in configure's order "
            "(MMAPC_INCLUDE_SYSTEM's). A program that includes "
            "only another of them, or another order, may get "
            "its value.");
}

static void put_symbol(FILE *out, const struct hctx *h, size_t i)
{
    const struct mmapc_symdef *s = &h->in->cat->symbols[i];
    const struct mmapc_symres *r = &h->in->res->symbols[i];
    int present = r->state == MMAPC_RES_VALUE || r->state == MMAPC_RES_YES;
    int integer = s->kind == MMAPC_K_FLAG || s->kind == MMAPC_K_INT;
    char expr[2 * MMAPC_INTVAL_BUFSIZE];
    char lead[MMAPC_NAME_MAX + 16];
    char text[MMAPC_LINE_MAX + 64];

    if (!h->brief) {
        snprintf(lead, sizeof lead, "/* %s: ", s->name);
        snprintf(text, sizeof text, "%s%s", s->description,
                 s->archdep ? " (The value differs between CPU "
                              "architectures.)"
                            : "");
        mmapc_header_comment(out, lead, text);
        put_origin(out, r);
        fputs(" */\n", out);
    }
    fprintf(out, "#define MMAPC_HAVE_%s %d\n", s->name, present);
    if (!integer)
        return;
    if (r->state == MMAPC_RES_VALUE) {
        value_expr(h, s, &r->value, expr, sizeof expr);
        fprintf(out, "#define MMAPC_%s %s\n", s->name, expr);
    } else if (r->state == MMAPC_RES_YES) {
        snprintf(lead, sizeof lead, "/* MMAPC_%s: ", s->name);
        snprintf(text, sizeof text,
                 "not defined: %s is present but not an "
                 "integer constant expression (an extern const object, "
                 "say), so its value is unknown here.",
                 s->name);
        mmapc_header_comment(out, lead, text);
        fputs(" */\n", out);
    } else if (s->kind == MMAPC_K_FLAG && !s->strict) {
        fprintf(out,
                "#define MMAPC_%s 0 /* absent: 0, harmless in a flag "
                "set */\n",
                s->name);
    } else if (s->kind == MMAPC_K_FLAG) {
        fprintf(out,
                "/* MMAPC_%s: absent, so not defined (0 would change "
                "what the call does). */\n",
                s->name);
    } else {
        fprintf(out,
                "/* MMAPC_%s: absent, so not defined (0 would mean "
                "something else). */\n",
                s->name);
    }
}

static void put_symbols(FILE *out, const struct hctx *h)
{
    const struct mmapc_catalog *cat = h->in->cat;
    size_t i, family = (size_t)-1;

    for (i = 0; i < cat->nsymbols; i++) {
        const struct mmapc_symdef *s = &cat->symbols[i];

        if (s->family != family) {
            const struct mmapc_family *f = &cat->families[s->family];

            family = s->family;
            fprintf(out,
                    "%s/* ------------------------------------------"
                    "------------ %s\n",
                    i == 0 ? "" : "\n", f->name);
            mmapc_header_comment(out, " * ", f->title);
            fputs(" */\n", out);
        }
        put_symbol(out, h, i);
    }
}

/* probes/feature-macros.h, embedded like the templates: the one source of
 * the feature macros, shared with the probes. */
static int put_feature_macros(FILE *out)
{
    const struct mmapc_template *t = mmapc_template_get("feature-macros.h");
    size_t i;

    if (t == NULL)
        return MMAPC_ERR;
    /* its own comment speaks of the probes: from the first directive on */
    for (i = 0; t->lines[i] != NULL && t->lines[i][0] != '#'; i++)
        continue;
    for (; t->lines[i] != NULL; i++)
        fprintf(out, "%s\n", t->lines[i]);
    return MMAPC_OK;
}

static void put_system_includes(FILE *out, const struct mmapc_results *res)
{
    size_t i;

    for (i = 0; i < res->headers.count; i++)
        if (mmapc_fact_yes(&res->headers.items[i]))
            fprintf(out, "#include <%s>\n", res->headers.items[i].name);
}

static void put_verify_checks(FILE *out, const struct hctx *h)
{
    const struct mmapc_catalog *cat = h->in->cat;
    size_t i;

    for (i = 0; i < cat->nsymbols; i++) {
        const char *n = cat->symbols[i].name;

        const struct mmapc_symres *r = &h->in->res->symbols[i];
        enum mmapc_ctype type;
        int llong;

        switch (r->state) {
        case MMAPC_RES_VALUE:
            type = mmapc_intval_ctype(&r->value, &h->types);
            llong = type == MMAPC_CT_LLONG || type == MMAPC_CT_ULLONG;
            fprintf(out,
                    "%stypedef char mmapc_verify_%s[MMAPC_VERIFY_EQ_(%s, "
                    "MMAPC_%s)];\n%s",
                    llong ? "#if MMAPC_LONG_LONG_\n" : "", n, n, n,
                    llong ? "#endif\n" : "");
            break;
        case MMAPC_RES_YES:
            if (cat->symbols[i].kind == MMAPC_K_MACRO)
                fprintf(out,
                        "#ifndef %s\n#error \"mmap_consts.h says %s is "
                        "defined, but the system headers do not define it\"\n"
                        "#endif\n",
                        n, n);
            else
                fprintf(out,
                        "typedef char mmapc_verify_%s[sizeof (%s) > 0 "
                        "? 1 : -1];\n",
                        n, n);
            break;
        default:
            break;
        }
    }
}

static void put_table_rows(FILE *out, const struct hctx *h)
{
    static const char *const kinds[] = { "0", "MMAPC_KIND_FLAG",
                                         "MMAPC_KIND_INT",
                                         "MMAPC_KIND_POINTER",
                                         "MMAPC_KIND_MACRO" };
    const struct mmapc_catalog *cat = h->in->cat;
    struct mmapc_intval u;
    char hex[MMAPC_INTVAL_BUFSIZE];
    size_t i;

    for (i = 0; i < cat->nsymbols; i++) {
        const struct mmapc_symdef *s = &cat->symbols[i];
        const struct mmapc_symres *r = &h->in->res->symbols[i];
        int has_value = r->state == MMAPC_RES_VALUE;

        u.negative = 0;
        u.magnitude =
            has_value ? mmapc_intval_truncate(&r->value, h->types.long_bits)
                      : 0;
        mmapc_intval_hex(&u, hex, sizeof hex);
        fprintf(out, "    { \"%s\", \"%s\", %s, %d, %d, %d, %sUL },\n",
                s->name, cat->families[s->family].name, kinds[s->kind],
                r->state == MMAPC_RES_VALUE || r->state == MMAPC_RES_YES,
                has_value, has_value && r->value.negative, hex);
    }
}

/* ----------------------------------------------------------------- filler */

static int fill(FILE *out, const char *name, int block, void *ctx)
{
    const struct hctx *h = ctx;
    const struct mmapc_input *in = h->in;

    if (!block) {
        if (strcmp(name, "VERSION_STRING") == 0)
            mmapc_header_c_string(out, in->version);
        else if (strcmp(name, "TARGET_STRING") == 0)
            mmapc_header_c_string(out, in->res->target);
        else if (strcmp(name, "SYMBOL_COUNT") == 0)
            fprintf(out, "%lu", (unsigned long)in->cat->nsymbols);
        else
            return MMAPC_FILL_UNKNOWN;
        return MMAPC_FILL_OK;
    }
    if (strcmp(name, "PROVENANCE") == 0)
        put_provenance(out, in);
    else if (strcmp(name, "TARGET_GUARD") == 0)
        mmapc_header_put_target_guard(out, in->res);
    else if (strcmp(name, "HEADERS") == 0)
        put_have_list(out, &in->res->headers, "configure checked no headers");
    else if (strcmp(name, "FUNCTIONS") == 0)
        put_have_list(out, &in->res->functions,
                      "configure checked no functions");
    else if (strcmp(name, "MADVISE") == 0)
        put_madvise(out, in->res);
    else if (strcmp(name, "SYMBOLS") == 0)
        put_symbols(out, h);
    else if (strcmp(name, "FEATURE_MACROS") == 0)
        return put_feature_macros(out) == MMAPC_OK ? MMAPC_FILL_OK
                                                   : MMAPC_FILL_ERROR;
    else if (strcmp(name, "SYSTEM_INCLUDES") == 0)
        put_system_includes(out, in->res);
    else if (strcmp(name, "VERIFY_CHECKS") == 0)
        put_verify_checks(out, h);
    else if (strcmp(name, "TABLE_ROWS") == 0)
        put_table_rows(out, h);
    else
        return MMAPC_FILL_UNKNOWN;
    return MMAPC_FILL_OK;
}

/* ------------------------------------------- shared with the merged header */

static void setup(struct hctx *h, const struct mmapc_input *in, unsigned flags)
{
    h->in = in;
    mmapc_results_ctypes(in->res, &h->types);
    h->brief = (flags & MMAPC_HEADER_BRIEF) != 0;
}

int mmapc_header_part(FILE *out, const char *name, int block,
                      const struct mmapc_input *in, unsigned flags)
{
    struct hctx h;

    setup(&h, in, flags);
    return fill(out, name, block, &h);
}

int mmapc_emit_header(FILE *out, const struct mmapc_input *in)
{
    struct hctx h;

    if (mmapc_header_check(in) != MMAPC_OK)
        return MMAPC_ERR;
    setup(&h, in, 0);
    return mmapc_template_fill_named(out, "mmap_consts.h.in", fill, &h);
}
