/* emit_header.c: write mmap_consts.h from templates/mmap_consts.h.in.
 *
 * Before anything is written the input is checked for what would make a
 * broken header: a value that fits none of the target's integer types, and
 * two sources of one macro name (symbol HAVE_X and symbol X both give
 * MMAPC_HAVE_X; a symbol VERSION would clash with MMAPC_VERSION).
 */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "emit.h"
#include "emit_header.h"
#include "grow.h"
#include "lines.h"
#include "template.h"

/* Width of the comments the emitter writes. */
#define COMMENT_WIDTH 76

struct hctx {
    const struct mmapc_input *in;
    struct mmapc_ctypes types;
    int brief; /* MMAPC_HEADER_BRIEF: no per-symbol descriptions */
};

/* ------------------------------------------------------------ text helpers */

/* Write S inside a C comment: no comment delimiter may form ("/" followed
 * by "*", or "*" followed by "/"), and no trigraph (C89 replaces ??/ even
 * in comments, which -Wtrigraphs reports). */
static void put_comment_text(FILE *out, const char *s, size_t len)
{
    size_t i;

    for (i = 0; i < len; i++) {
        fputc(s[i], out);
        if (i + 1 < len
            && ((s[i] == '/' && s[i + 1] == '*')
                || (s[i] == '*' && s[i + 1] == '/')
                || (s[i] == '?' && s[i + 1] == '?')))
            fputc(' ', out);
    }
}

/* A comment " * TEXT" wrapped at COMMENT_WIDTH, inside an open comment. */
static void put_comment_lines(FILE *out, const char *lead, const char *text)
{
    size_t col, word;
    const char *p = text;
    int first = 1;

    fputs(lead, out);
    col = strlen(lead);
    while (*p != '\0') {
        while (*p == ' ' || *p == '\t')
            p++;
        if (*p == '\0')
            break;
        word = strcspn(p, " \t");
        if (!first && col + 1 + word > COMMENT_WIDTH) {
            fputs("\n *   ", out);
            col = 5;
        } else if (!first) {
            fputc(' ', out);
            col++;
        }
        put_comment_text(out, p, word);
        col += word;
        p += word;
        first = 0;
    }
}

/* A C string literal. */
static void put_c_string(FILE *out, const char *s)
{
    fputc('"', out);
    for (; *s != '\0'; s++) {
        /* '?' only before another one: no trigraph can form, and #error
         * (which shows the literal as written) stays readable. */
        if (*s == '"' || *s == '\\' || (*s == '?' && s[1] == '?'))
            fputc('\\', out);
        if (*s == '\t')
            fputs("\\t", out);
        else
            fputc(*s, out);
    }
    fputc('"', out);
}

/* MMAPC_HAVE_ + NAME in capitals, other characters as '_' (sys/mman.h ->
 * SYS_MMAN_H). BUF has room for MMAPC_LINE_MAX + 16. */
static void have_macro(char *buf, size_t size, const char *name)
{
    size_t n;

    n = (size_t)snprintf(buf, size, "MMAPC_HAVE_");
    for (; *name != '\0' && n + 1 < size; name++) {
        char c = *name;

        if (c >= 'a' && c <= 'z')
            c = (char)(c - 'a' + 'A');
        else if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
            c = '_';
        buf[n++] = c;
    }
    buf[n] = '\0';
}

/* ------------------------------------------------------- macro name checks */

struct macro_use {
    char *name;
    const char *what; /* "symbol", "header", ... (static) */
    const char *item; /* the symbol or header name */
    const char *file; /* NULL: reserved by the header itself */
    unsigned long line;
    size_t seq;
};

struct macro_set {
    struct macro_use *uses;
    size_t count, cap;
    int failed;
};

static void macro_add(struct macro_set *set, const char *name,
                      const char *what, const char *item, const char *file,
                      unsigned long line)
{
    struct macro_use *u;

    if (set->failed)
        return;
    u = mmapc_grow(set->uses, &set->cap, set->count + 1, sizeof *u, 512);
    if (u == NULL) {
        set->failed = 1;
        return;
    }
    set->uses = u;
    u += set->count;
    u->name = mmapc_strdup(name);
    if (u->name == NULL) {
        set->failed = 1;
        return;
    }
    u->what = what;
    u->item = item;
    u->file = file;
    u->line = line;
    u->seq = set->count++;
}

static int macro_cmp(const void *a, const void *b)
{
    const struct macro_use *x = a, *y = b;
    int c = strcmp(x->name, y->name);

    if (c != 0)
        return c;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static void macro_free(struct macro_set *set)
{
    size_t i;

    for (i = 0; i < set->count; i++)
        free(set->uses[i].name);
    free(set->uses);
}

/* Names the template itself defines or reads. */
static const char *const reserved_macros[] = { "MMAPC_CONSTS_H",
                                               "MMAPC_VERSION",
                                               "MMAPC_TARGET",
                                               "MMAPC_EXTENSION_",
                                               "MMAPC_LONG_LONG_",
                                               "MMAPC_HAVE_MADVISE_DECL",
                                               "MMAPC_MADVISE_ADDR_TYPE",
                                               "MMAPC_NO_TARGET_CHECK",
                                               "MMAPC_VERIFY",
                                               "MMAPC_VERIFY_DONE_",
                                               "MMAPC_INCLUDE_SYSTEM",
                                               "MMAPC_FEATURES_DONE_",
                                               "MMAPC_SYSTEM_DONE_",
                                               "MMAPC_VERIFY_EQ_",
                                               "MMAPC_WANT_TABLE",
                                               "MMAPC_TABLE_DONE_",
                                               "MMAPC_KIND_FLAG",
                                               "MMAPC_KIND_INT",
                                               "MMAPC_KIND_POINTER",
                                               "MMAPC_KIND_MACRO",
                                               "MMAPC_SYMBOL_COUNT" };

static int check_macros(const struct mmapc_input *in)
{
    const struct mmapc_catalog *cat = in->cat;
    const struct mmapc_results *res = in->res;
    char buf[MMAPC_LINE_MAX + 32];
    struct macro_set set;
    size_t i;
    int rc = MMAPC_OK;

    memset(&set, 0, sizeof set);
    for (i = 0; i < sizeof reserved_macros / sizeof reserved_macros[0]; i++)
        macro_add(&set, reserved_macros[i], "the header itself", "", NULL, 0);
    for (i = 0; i < res->headers.count; i++) {
        have_macro(buf, sizeof buf, res->headers.items[i].name);
        macro_add(&set, buf, "header", res->headers.items[i].name, res->file,
                  res->headers.items[i].line);
    }
    for (i = 0; i < res->functions.count; i++) {
        have_macro(buf, sizeof buf, res->functions.items[i].name);
        macro_add(&set, buf, "function", res->functions.items[i].name,
                  res->file, res->functions.items[i].line);
    }
    for (i = 0; i < cat->nsymbols; i++) {
        const struct mmapc_symdef *s = &cat->symbols[i];

        snprintf(buf, sizeof buf, "MMAPC_HAVE_%s", s->name);
        macro_add(&set, buf, "symbol", s->name, s->file, s->line);
        if (s->kind == MMAPC_K_FLAG || s->kind == MMAPC_K_INT) {
            snprintf(buf, sizeof buf, "MMAPC_%s", s->name);
            macro_add(&set, buf, "symbol", s->name, s->file, s->line);
        }
    }
    if (set.failed) {
        macro_free(&set);
        return mmapc_out_of_memory();
    }
    qsort(set.uses, set.count, sizeof set.uses[0], macro_cmp);
    for (i = 1; i < set.count; i++) {
        const struct macro_use *a = &set.uses[i - 1], *b = &set.uses[i];

        if (strcmp(a->name, b->name) != 0)
            continue;
        if (b->file == NULL)
            b = a; /* not reached: reserved names come first */
        if (a->file == NULL)
            mmapc_error_at(b->file, b->line,
                           "%s %s would define %s, a name reserved by the "
                           "generated header",
                           b->what, b->item, b->name);
        else
            mmapc_error_at(b->file, b->line,
                           "%s %s would define %s, which %s %s (%s:%lu) "
                           "defines too",
                           b->what, b->item, b->name, a->what, a->item,
                           a->file, a->line);
        rc = MMAPC_ERR;
    }
    macro_free(&set);
    return rc;
}

/* Every value must fit a type of the target. */
static int check_values(const struct hctx *h)
{
    const struct mmapc_input *in = h->in;
    char lit[MMAPC_INTVAL_BUFSIZE], dec[MMAPC_INTVAL_BUFSIZE];
    int rc = MMAPC_OK;
    size_t i;

    for (i = 0; i < in->cat->nsymbols; i++) {
        const struct mmapc_symres *r = &in->res->symbols[i];

        if (r->state != MMAPC_RES_VALUE)
            continue;
        if (mmapc_intval_c_literal(&r->value, &h->types, 0, lit, sizeof lit,
                                   NULL)
            != MMAPC_OK) {
            mmapc_intval_decimal(&r->value, dec, sizeof dec);
            rc = mmapc_error_at(in->res->file, r->line,
                                "value %s of %s fits no integer type of the "
                                "target (long long has %u bits)",
                                dec, in->cat->symbols[i].name,
                                h->types.llong_bits);
        }
    }
    return rc;
}

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
    put_comment_lines(out, " * Generator:  ", text);
    snprintf(text, sizeof text, "%s (%s)", res->target,
             res->cross_compiling ? "cross-compiled" : "native build");
    put_comment_lines(out, "\n * Target:     ", text);
    put_comment_lines(out, "\n * Compiler:   ",
                      res->cc[0] != '\0' ? res->cc : "(unknown)");
    put_comment_lines(out, "\n * C library:  ",
                      res->libc[0] != '\0' ? res->libc : "(unknown)");
    snprintf(text, sizeof text,
             "int %u, long %u, long long %u, pointer %u "
             "bytes",
             res->sizeof_int, res->sizeof_long, res->sizeof_long_long,
             res->sizeof_pointer);
    put_comment_lines(out, "\n * Sizes:      ", text);
    snprintf(text, sizeof text,
             "%lu in the catalog, %lu present on the "
             "target",
             (unsigned long)in->cat->nsymbols, (unsigned long)present);
    put_comment_lines(out, "\n * Symbols:    ", text);
    fputc('\n', out);
}

/* Operating-system macros of probes/target-macros.def (tests/unit/
 * test-merge.c checks that they are there), the more specific first
 * (__ANDROID__ before __linux__). Their value is a release at most
 * (__FreeBSD__ 13), so the target checks test only whether they are
 * defined; and one the target did not define marks another platform of
 * the same CPU (Android on Linux), so it must not be defined. */
static const char *const os_macros[] = {
    "__ANDROID__",    "__linux__",   "__gnu_hurd__",  "__FreeBSD__",
    "__NetBSD__",     "__OpenBSD__", "__DragonFly__", "__APPLE__",
    "__illumos__",    "__sun",       "_AIX",          "__HAIKU__",
    "__CYGWIN__",     "_WIN32",      "__QNX__",       "__Fuchsia__",
    "__EMSCRIPTEN__", "__wasi__"
};

#define COUNT(a) (sizeof(a) / sizeof(a)[0])

const char *const *mmapc_header_os_macros(size_t *n)
{
    *n = COUNT(os_macros);
    return os_macros;
}

int mmapc_header_is_os_macro(const char *name)
{
    size_t i;

    for (i = 0; i < COUNT(os_macros); i++)
        if (strcmp(os_macros[i], name) == 0)
            return 1;
    return 0;
}

int mmapc_header_predef_has(const struct mmapc_facts *predefs,
                            const char *name)
{
    size_t i;

    for (i = 0; i < predefs->count; i++)
        if (strcmp(predefs->items[i].name, name) == 0)
            return 1;
    return 0;
}

static void put_guard_error(FILE *out, const struct mmapc_results *res,
                            const char *what)
{
    char msg[3 * MMAPC_LINE_MAX];

    snprintf(msg, sizeof msg,
             "mmap_consts.h was generated for %s, but %s: "
             "it is meant for another target (define MMAPC_NO_TARGET_CHECK "
             "to skip this check)",
             res->target, what);
    fputs("#error ", out);
    put_c_string(out, msg);
    fputc('\n', out);
}

static void put_target_guard(FILE *out, const struct mmapc_results *res)
{
    char what[2 * MMAPC_LINE_MAX];
    char num[MMAPC_INTVAL_BUFSIZE];
    struct mmapc_intval v;
    size_t i;

    if (res->predefs.count == 0) {
        fputs("/* No target check: configure recorded no predefined macros "
              "that identify\n * the target, so the compiler's target cannot "
              "be compared with it. */\n",
              out);
        return;
    }
    fputs("/* Target check: a compiler that does not predefine the macros "
          "that\n * identified the target at configure time, or defines an "
          "operating-system\n * macro that it did not (__ANDROID__ on Linux), "
          "compiles for another\n * system, where the values below would be "
          "wrong. Operating-system macros\n * are only tested for being "
          "defined: __FreeBSD__ is a release number.\n * Define "
          "MMAPC_NO_TARGET_CHECK to skip it. The first difference is named. "
          "*/\n",
          out);
    fputs("#if !defined(MMAPC_NO_TARGET_CHECK)\n", out);
    for (i = 0; i < res->predefs.count; i++) {
        const struct mmapc_fact *p = &res->predefs.items[i];

        fprintf(out, "#%s !defined(%s)\n", i == 0 ? "if" : "elif", p->name);
        snprintf(what, sizeof what, "this compiler does not define %s",
                 p->name);
        put_guard_error(out, res, what);
        if (mmapc_header_is_os_macro(p->name)
            || !mmapc_intval_predef(p->value, &v))
            continue;
        mmapc_intval_decimal(&v, num, sizeof num);
        fprintf(out, "#elif (%s) != %s%s%s\n", p->name, v.negative ? "(" : "",
                num, v.negative ? ")" : "");
        snprintf(what, sizeof what,
                 "this compiler defines %s as something "
                 "other than %s",
                 p->name, num);
        put_guard_error(out, res, what);
    }
    for (i = 0; i < COUNT(os_macros); i++) {
        if (mmapc_header_predef_has(&res->predefs, os_macros[i]))
            continue;
        fprintf(out, "#elif defined(%s)\n", os_macros[i]);
        snprintf(what, sizeof what,
                 "this compiler defines %s, which the "
                 "target's compiler did not define",
                 os_macros[i]);
        put_guard_error(out, res, what);
    }
    fputs("#endif\n#endif\n", out);
}

static void put_have_list(FILE *out, const struct mmapc_facts *facts,
                          const char *none)
{
    char buf[MMAPC_LINE_MAX + 32];
    size_t i;

    if (facts->count == 0)
        fprintf(out, "/* (%s) */\n", none);
    for (i = 0; i < facts->count; i++) {
        have_macro(buf, sizeof buf, facts->items[i].name);
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
    put_comment_lines(out, "\n *   ", text);
    for (k = 0; k < r->conflicts.count; k++) {
        const struct mmapc_fact *c = &r->conflicts.items[k];

        n = (size_t)snprintf(text, sizeof text, "<%s> defines it ", c->name);
        snprintf(text + n, sizeof text - n,
                 strcmp(c->value, "yes") == 0
                     ? "otherwise (not as an integer constant)."
                     : "as %s.",
                 c->value);
        put_comment_lines(out, "\n *   ", text);
    }
    if (r->conflicts.count > 0)
        put_comment_lines(out, "\n *   ",
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
        put_comment_lines(out, lead, text);
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
        put_comment_lines(out, lead, text);
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
            put_comment_lines(out, " * ", f->title);
            fputs(" */\n", out);
        }
        put_symbol(out, h, i);
    }
}

/* probes/feature-macros.h, embedded like the templates: the one source of
 * the feature macros, shared with the probes. */
static int put_feature_macros(FILE *out)
{
    const struct mmapc_template *t = mmapc_template_find("feature-macros.h");
    size_t i;

    if (t == NULL)
        return mmapc_error("internal error: feature-macros.h is not built in");
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
            put_c_string(out, in->version);
        else if (strcmp(name, "TARGET_STRING") == 0)
            put_c_string(out, in->res->target);
        else if (strcmp(name, "SYMBOL_COUNT") == 0)
            fprintf(out, "%lu", (unsigned long)in->cat->nsymbols);
        else
            return MMAPC_FILL_UNKNOWN;
        return MMAPC_FILL_OK;
    }
    if (strcmp(name, "PROVENANCE") == 0)
        put_provenance(out, in);
    else if (strcmp(name, "TARGET_GUARD") == 0)
        put_target_guard(out, in->res);
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

int mmapc_header_check(const struct mmapc_input *in)
{
    struct hctx h;

    if (in->cat->nsymbols == 0)
        return mmapc_error("the catalog lists no symbols");
    setup(&h, in, 0);
    if (check_macros(in) != MMAPC_OK || check_values(&h) != MMAPC_OK)
        return MMAPC_ERR;
    return MMAPC_OK;
}

int mmapc_header_part(FILE *out, const char *name, int block,
                      const struct mmapc_input *in, unsigned flags)
{
    struct hctx h;

    setup(&h, in, flags);
    return fill(out, name, block, &h);
}

void mmapc_header_c_string(FILE *out, const char *s)
{
    put_c_string(out, s);
}

void mmapc_header_comment(FILE *out, const char *lead, const char *text)
{
    put_comment_lines(out, lead, text);
}

int mmapc_emit_header(FILE *out, const struct mmapc_input *in)
{
    const struct mmapc_template *tmpl =
        mmapc_template_find("mmap_consts.h.in");
    struct hctx h;

    if (tmpl == NULL)
        return mmapc_error("internal error: template mmap_consts.h.in is "
                           "not built in");
    if (mmapc_header_check(in) != MMAPC_OK)
        return MMAPC_ERR;
    setup(&h, in, 0);
    return mmapc_template_fill(out, tmpl, fill, &h);
}
