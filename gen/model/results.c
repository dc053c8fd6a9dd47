/* results.c: parse configure's probe results (see results.h). */
#include "results.h"

#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "grow.h"
#include "lines.h"

/* How many missing symbols are listed before giving up. */
#define MISSING_REPORT_MAX 20

void mmapc_results_init(struct mmapc_results *res)
{
    memset(res, 0, sizeof *res);
    mmapc_nameindex_init(&res->predefs.index);
    mmapc_nameindex_init(&res->headers.index);
    mmapc_nameindex_init(&res->functions.index);
}

static void free_facts(struct mmapc_facts *facts)
{
    size_t i;

    for (i = 0; i < facts->count; i++) {
        free(facts->items[i].name);
        free(facts->items[i].value);
    }
    free(facts->items);
    mmapc_nameindex_free(&facts->index);
}

void mmapc_results_free(struct mmapc_results *res)
{
    size_t i;

    free(res->target);
    free(res->os);
    free(res->cpu);
    free(res->libc);
    free(res->cc);
    free_facts(&res->predefs);
    free_facts(&res->headers);
    free_facts(&res->functions);
    free(res->madvise_addr_type);
    for (i = 0; res->symbols != NULL && i < res->nsymbols; i++) {
        free(res->symbols[i].header);
        free_facts(&res->symbols[i].conflicts);
    }
    free(res->symbols);
    mmapc_results_init(res);
}

int mmapc_fact_yes(const struct mmapc_fact *f)
{
    return strcmp(f->value, "yes") == 0;
}

int mmapc_fact_unknown(const struct mmapc_fact *f)
{
    return strcmp(f->value, "unknown") == 0;
}

void mmapc_results_ctypes(const struct mmapc_results *res,
                          struct mmapc_ctypes *t)
{
    t->int_bits = 8 * res->sizeof_int;
    t->long_bits = 8 * res->sizeof_long;
    t->llong_bits = 8 * res->sizeof_long_long;
}

static int is_blank(int c)
{
    return c == ' ' || c == '\t';
}

/* Split LINE into its keyword and the rest (leading and trailing blanks
 * removed), both copied into the caller's buffers of MMAPC_LINE_MAX + 1. */
static void split(const char *line, char *key, char *rest)
{
    const char *p = line, *end;
    size_t n;

    while (is_blank((unsigned char)*p))
        p++;
    n = 0;
    while (*p != '\0' && !is_blank((unsigned char)*p))
        key[n++] = *p++;
    key[n] = '\0';
    while (is_blank((unsigned char)*p))
        p++;
    end = p + strlen(p);
    while (end > p && is_blank((unsigned char)end[-1]))
        end--;
    n = (size_t)(end - p);
    memcpy(rest, p, n);
    rest[n] = '\0';
}

/* Split REST into its first word (NUL-terminated in place) and the rest. */
static char *split_word(char *rest)
{
    char *p = rest;

    while (*p != '\0' && !is_blank((unsigned char)*p))
        p++;
    if (*p == '\0')
        return p;
    *p++ = '\0';
    while (is_blank((unsigned char)*p))
        p++;
    return p;
}

static int once(struct mmapc_results_reader *r, unsigned long *seen,
                const char *what)
{
    if (*seen != 0)
        return mmapc_error_at(r->file, r->line,
                              "repeated '%s' line (first at line %lu)", what,
                              *seen);
    *seen = r->line;
    return MMAPC_OK;
}

static int set_text(struct mmapc_results_reader *r, unsigned long *seen,
                    const char *key, char **dest, const char *value,
                    int may_be_empty)
{
    if (once(r, seen, key) != MMAPC_OK)
        return MMAPC_ERR;
    if (!may_be_empty && *value == '\0')
        return mmapc_error_at(r->file, r->line, "'%s' line without a value",
                              key);
    *dest = mmapc_strdup(value);
    if (*dest == NULL)
        return mmapc_out_of_memory();
    return MMAPC_OK;
}

static int set_sizeof(struct mmapc_results_reader *r, char *rest)
{
    char *value = split_word(rest);
    unsigned *dest;
    unsigned long *seen;
    const char *what;

    if (strcmp(rest, "int") == 0) {
        dest = &r->res->sizeof_int;
        seen = &r->seen_int;
        what = "sizeof int";
    } else if (strcmp(rest, "long") == 0) {
        dest = &r->res->sizeof_long;
        seen = &r->seen_long;
        what = "sizeof long";
    } else if (strcmp(rest, "long_long") == 0) {
        dest = &r->res->sizeof_long_long;
        seen = &r->seen_long_long;
        what = "sizeof long_long";
    } else if (strcmp(rest, "pointer") == 0) {
        dest = &r->res->sizeof_pointer;
        seen = &r->seen_pointer;
        what = "sizeof pointer";
    } else {
        return mmapc_error_at(r->file, r->line,
                              "unknown type '%s' in sizeof line (want int, "
                              "long, long_long or pointer)",
                              rest);
    }
    if (once(r, seen, what) != MMAPC_OK)
        return MMAPC_ERR;
    if (!(value[0] >= '1' && value[0] <= '9' && value[1] == '\0')
        && !(value[0] == '1' && value[1] >= '0' && value[1] <= '6'
             && value[2] == '\0'))
        return mmapc_error_at(r->file, r->line,
                              "%s: bad size '%s' (want 1 to 16 bytes)", what,
                              value);
    *dest = (unsigned)strtoul(value, NULL, 10);
    return MMAPC_OK;
}

static int add_fact(struct mmapc_results_reader *r, struct mmapc_facts *facts,
                    const char *kind, const char *name, const char *value)
{
    struct mmapc_fact *f;
    size_t prev = mmapc_nameindex_find(&facts->index, name, strlen(name));

    if (prev != MMAPC_NAMEINDEX_NONE)
        return mmapc_error_at(r->file, r->line,
                              "repeated %s '%s' (first at line %lu)", kind,
                              name, facts->items[prev].line);
    f = mmapc_grow(facts->items, &facts->cap, facts->count + 1, sizeof *f, 8);
    if (f == NULL)
        return mmapc_out_of_memory();
    facts->items = f;
    f += facts->count;
    f->name = mmapc_strdup(name);
    f->value = mmapc_strdup(value);
    f->line = r->line;
    if (f->name == NULL || f->value == NULL
        || mmapc_nameindex_add(&facts->index, f->name, facts->count)
               != MMAPC_OK) {
        free(f->name);
        free(f->value);
        return mmapc_out_of_memory();
    }
    facts->count++;
    return MMAPC_OK;
}

/* VALUE of a WHAT line ("link", "header sys/mman.h") is "yes" or "no":
 * *YES says which. */
static int parse_yes_no(struct mmapc_results_reader *r, const char *what,
                        const char *value, int *yes)
{
    if (strcmp(value, "yes") != 0 && strcmp(value, "no") != 0)
        return mmapc_error_at(r->file, r->line,
                              "%s: want 'yes' or 'no', not '%s'", what, value);
    *yes = strcmp(value, "yes") == 0;
    return MMAPC_OK;
}

/* "header PATH yes|no": a path of letters, digits and _ . / + - */
static int add_header(struct mmapc_results_reader *r, char *rest)
{
    char *value = split_word(rest);
    char what[MMAPC_LINE_MAX + 16];
    const char *p;
    int yes;

    if (*rest == '\0')
        return mmapc_error_at(r->file, r->line, "header line without a path");
    for (p = rest; *p != '\0'; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')
              || (*p >= '0' && *p <= '9') || strchr("_./+-", *p) != NULL))
            return mmapc_error_at(r->file, r->line, "bad header name '%s'",
                                  rest);
    snprintf(what, sizeof what, "header %s", rest);
    if (parse_yes_no(r, what, value, &yes) != MMAPC_OK)
        return MMAPC_ERR;
    return add_fact(r, &r->res->headers, "header", rest, value);
}

static int add_function(struct mmapc_results_reader *r, char *rest)
{
    char *value = split_word(rest);

    if (!mmapc_is_identifier(rest, strlen(rest)))
        return mmapc_error_at(r->file, r->line, "bad function name '%s'",
                              rest);
    if (strcmp(value, "yes") != 0 && strcmp(value, "no") != 0
        && strcmp(value, "unknown") != 0)
        return mmapc_error_at(r->file, r->line,
                              "function %s: want 'yes', 'no' or 'unknown', "
                              "not '%s'",
                              rest, value);
    return add_fact(r, &r->res->functions, "function", rest, value);
}

static int add_predef(struct mmapc_results_reader *r, char *rest)
{
    char *value = split_word(rest);

    if (!mmapc_is_identifier(rest, strlen(rest)))
        return mmapc_error_at(r->file, r->line,
                              "bad predefined macro name '%s'", rest);
    return add_fact(r, &r->res->predefs, "predef", rest, value);
}

/* "void *", "caddr_t", ...: identifiers, blanks and '*' only, since the
 * header expands it as a type; "none" when madvise is not declared. */
static int set_madvise(struct mmapc_results_reader *r, const char *rest)
{
    const char *p;

    if (once(r, &r->seen_madvise, "madvise_addr_type") != MMAPC_OK)
        return MMAPC_ERR;
    if (*rest == '\0')
        return mmapc_error_at(r->file, r->line,
                              "'madvise_addr_type' line without a value");
    for (p = rest; *p != '\0'; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')
              || (*p >= '0' && *p <= '9') || *p == '_' || *p == '*'
              || *p == ' '))
            return mmapc_error_at(r->file, r->line,
                                  "bad madvise_addr_type '%s' (want a C type "
                                  "such as 'void *', or 'none')",
                                  rest);
    r->res->madvise_line = r->line;
    if (strcmp(rest, "none") == 0)
        return MMAPC_OK;
    r->res->madvise_addr_type = mmapc_strdup(rest);
    if (r->res->madvise_addr_type == NULL)
        return mmapc_out_of_memory();
    return MMAPC_OK;
}

/* A probed header as in #include <...>: letters, digits and _ . / + -,
 * neither absolute nor with "..". */
static int check_header_path(struct mmapc_results_reader *r, const char *h)
{
    const char *p;

    for (p = h; *p != '\0'; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')
              || (*p >= '0' && *p <= '9') || strchr("_./+-", *p) != NULL))
            break;
    if (*h == '\0' || *p != '\0' || *h == '/' || strstr(h, "..") != NULL)
        return mmapc_error_at(r->file, r->line,
                              "bad header name '%s' (want "
                              "a path as in #include <...>, such as "
                              "sys/mman.h)",
                              h);
    return MMAPC_OK;
}

/* conflict NAME HEADER RESULT (format 2) */
static int add_conflict(struct mmapc_results_reader *r, char *rest)
{
    char *header = split_word(rest), *value = split_word(header);
    struct mmapc_intval v;
    const char *why;
    size_t idx;

    if (r->version < 2)
        return mmapc_error_at(r->file, r->line,
                              "'conflict' lines need "
                              "format 2 ('mmapc-results 2')");
    idx = mmapc_catalog_find(r->cat, rest);
    if (idx == (size_t)-1)
        return mmapc_error_at(r->file, r->line,
                              "conflict: %s is not in the "
                              "catalog",
                              rest);
    if (check_header_path(r, header) != MMAPC_OK)
        return MMAPC_ERR;
    if (*split_word(value) != '\0')
        return mmapc_error_at(r->file, r->line,
                              "conflict %s: want NAME "
                              "HEADER RESULT",
                              rest);
    if (strcmp(value, "yes") != 0
        && mmapc_intval_parse(value, &v, &why) != MMAPC_OK)
        return mmapc_error_at(r->file, r->line,
                              "conflict %s: bad result "
                              "'%s' (want yes or an integer)",
                              rest, value);
    return add_fact(r, &r->res->symbols[idx].conflicts, "conflict header",
                    header, value);
}

static int set_symbol(struct mmapc_results_reader *r, char *rest)
{
    char *value = split_word(rest);
    char none[1] = "";
    /* format 1 has no header: a second word is part of a bad result */
    char *header = r->version >= 2 ? split_word(value) : none;
    const struct mmapc_symdef *def;
    struct mmapc_symres *sr;
    const char *why;
    size_t idx;

    if (*rest == '\0')
        return mmapc_error_at(r->file, r->line, "symbol line without a name");
    idx = mmapc_catalog_find(r->cat, rest);
    if (idx == (size_t)-1)
        return mmapc_error_at(r->file, r->line,
                              "symbol %s is not in the catalog (results from "
                              "another catalog? rerun configure)",
                              rest);
    def = &r->cat->symbols[idx];
    sr = &r->res->symbols[idx];
    if (sr->state != MMAPC_RES_UNSET)
        return mmapc_error_at(r->file, r->line,
                              "repeated result for %s (first at line %lu)",
                              rest, sr->line);
    sr->line = r->line;
    if (*header != '\0') {
        if (*split_word(header) != '\0')
            return mmapc_error_at(r->file, r->line,
                                  "symbol %s: want NAME "
                                  "RESULT [HEADER]",
                                  rest);
        if (strcmp(value, "no") == 0)
            return mmapc_error_at(r->file, r->line,
                                  "symbol %s: an absent "
                                  "name has no header",
                                  rest);
        if (check_header_path(r, header) != MMAPC_OK)
            return MMAPC_ERR;
        if ((sr->header = mmapc_strdup(header)) == NULL)
            return mmapc_out_of_memory();
    }
    if (strcmp(value, "no") == 0) {
        sr->state = MMAPC_RES_NO;
    } else if (strcmp(value, "yes") == 0) {
        sr->state = MMAPC_RES_YES;
    } else if (*value == '\0') {
        return mmapc_error_at(r->file, r->line, "symbol %s without a result",
                              rest);
    } else {
        if (mmapc_intval_parse(value, &sr->value, &why) != MMAPC_OK)
            return mmapc_error_at(r->file, r->line,
                                  "symbol %s: bad result '%s': %s (want yes, "
                                  "no or an integer from -2^63 to 2^64-1)",
                                  rest, value, why);
        if (def->kind == MMAPC_K_POINTER || def->kind == MMAPC_K_MACRO)
            return mmapc_error_at(r->file, r->line,
                                  "symbol %s is of kind %s in the catalog "
                                  "(%s:%lu) and cannot have a value",
                                  rest, mmapc_kind_name(def->kind), def->file,
                                  def->line);
        sr->state = MMAPC_RES_VALUE;
    }
    return MMAPC_OK;
}

int mmapc_results_add(struct mmapc_results_reader *r, const char *file,
                      unsigned long line, const char *text)
{
    char key[MMAPC_LINE_MAX + 1], rest[MMAPC_LINE_MAX + 1];
    struct mmapc_results *res = r->res;
    int yes;

    r->file = file;
    r->line = line;
    if (strlen(text) > MMAPC_LINE_MAX)
        return mmapc_error_at(file, line, "line longer than %d bytes",
                              MMAPC_LINE_MAX);
    split(text, key, rest);
    if (r->nlines++ == 0) {
        if (strcmp(key, "mmapc-results") != 0)
            return mmapc_error_at(r->file, r->line,
                                  "not a probe results file (the first line "
                                  "must be 'mmapc-results 1')");
        if (strcmp(rest, "1") != 0 && strcmp(rest, "2") != 0)
            return mmapc_error_at(r->file, r->line,
                                  "unsupported results format version '%s' "
                                  "(this generator reads versions 1 and 2)",
                                  rest);
        r->version = rest[0] - '0';
        return MMAPC_OK;
    }
    if (key[0] == '\0')
        return mmapc_error_at(r->file, r->line, "empty line");
    if (strcmp(key, "target") == 0)
        return set_text(r, &r->seen_target, key, &res->target, rest, 0);
    if (strcmp(key, "os") == 0)
        return set_text(r, &r->seen_os, key, &res->os, rest, 0);
    if (strcmp(key, "cpu") == 0)
        return set_text(r, &r->seen_cpu, key, &res->cpu, rest, 0);
    if (strcmp(key, "libc") == 0)
        return set_text(r, &r->seen_libc, key, &res->libc, rest, 1);
    if (strcmp(key, "cc") == 0)
        return set_text(r, &r->seen_cc, key, &res->cc, rest, 1);
    if (strcmp(key, "cross_compiling") == 0) {
        if (once(r, &r->seen_cross, key) != MMAPC_OK
            || parse_yes_no(r, key, rest, &yes) != MMAPC_OK)
            return MMAPC_ERR;
        res->cross_compiling = yes;
        return MMAPC_OK;
    }
    if (strcmp(key, "sizeof") == 0)
        return set_sizeof(r, rest);
    if (strcmp(key, "predef") == 0)
        return add_predef(r, rest);
    if (strcmp(key, "header") == 0)
        return add_header(r, rest);
    if (strcmp(key, "function") == 0)
        return add_function(r, rest);
    if (strcmp(key, "link") == 0) {
        if (parse_yes_no(r, key, rest, &yes) != MMAPC_OK)
            return MMAPC_ERR;
        res->cannot_link = !yes;
        return MMAPC_OK;
    }
    if (strcmp(key, "madvise_addr_type") == 0)
        return set_madvise(r, rest);
    if (strcmp(key, "symbol") == 0)
        return set_symbol(r, rest);
    if (strcmp(key, "conflict") == 0)
        return add_conflict(r, rest);
    if (strcmp(key, "mmapc-results") == 0)
        return mmapc_error_at(r->file, r->line,
                              "'mmapc-results' line again (two results "
                              "files concatenated?)");
    return mmapc_error_at(r->file, r->line, "unknown keyword '%s'", key);
}

int mmapc_results_end(struct mmapc_results_reader *r)
{
    static const char *const keys[] = { "target",
                                        "os",
                                        "cpu",
                                        "libc",
                                        "cc",
                                        "cross_compiling",
                                        "sizeof int",
                                        "sizeof long",
                                        "sizeof long_long",
                                        "sizeof pointer",
                                        "madvise_addr_type" };
    const unsigned long seen[] = {
        r->seen_target,    r->seen_os,      r->seen_cpu,    r->seen_libc,
        r->seen_cc,        r->seen_cross,   r->seen_int,    r->seen_long,
        r->seen_long_long, r->seen_pointer, r->seen_madvise
    };
    const struct mmapc_results *res = r->res;
    unsigned long missing = 0;
    size_t i;

    if (r->nlines == 0)
        return mmapc_error_at(res->file, 1,
                              "empty file (want a probe "
                              "results file starting 'mmapc-results 1')");
    for (i = 0; i < sizeof keys / sizeof keys[0]; i++)
        if (seen[i] == 0)
            return mmapc_error_at(r->file, r->line, "no '%s' line in the file",
                                  keys[i]);
    if (res->sizeof_long < res->sizeof_int)
        return mmapc_error_at(r->file, r->seen_long,
                              "sizeof long (%u) is "
                              "smaller than sizeof int (%u)",
                              res->sizeof_long, res->sizeof_int);
    if (res->sizeof_long_long < res->sizeof_long)
        return mmapc_error_at(r->file, r->seen_long_long,
                              "sizeof long_long "
                              "(%u) is smaller than sizeof long (%u)",
                              res->sizeof_long_long, res->sizeof_long);
    for (i = 0; i < res->nsymbols; i++) {
        const struct mmapc_symres *s = &res->symbols[i];

        /* a conflict only beside a present value */
        if (s->conflicts.count > 0 && s->state == MMAPC_RES_NO)
            return mmapc_error_at(r->file, s->conflicts.items[0].line,
                                  "conflict for %s, which is absent",
                                  r->cat->symbols[i].name);
        if (res->symbols[i].state != MMAPC_RES_UNSET)
            continue;
        if (++missing <= MISSING_REPORT_MAX)
            mmapc_error_at(r->file, r->line,
                           "no result for symbol %s (%s:%lu); rerun "
                           "configure after a catalog change",
                           r->cat->symbols[i].name, r->cat->symbols[i].file,
                           r->cat->symbols[i].line);
    }
    if (missing > MISSING_REPORT_MAX)
        mmapc_error_at(r->file, r->line,
                       "... and %lu more symbols without "
                       "a result",
                       missing - MISSING_REPORT_MAX);
    return missing == 0 ? MMAPC_OK : MMAPC_ERR;
}

int mmapc_results_begin(struct mmapc_results_reader *r,
                        struct mmapc_results *res, const char *file,
                        const struct mmapc_catalog *cat)
{
    memset(r, 0, sizeof *r);
    r->res = res;
    r->cat = cat;
    r->file = file;
    res->file = file;
    res->nsymbols = cat->nsymbols;
    res->symbols = calloc(cat->nsymbols + 1, sizeof *res->symbols);
    if (res->symbols == NULL)
        return mmapc_out_of_memory();
    return MMAPC_OK;
}

static int load(struct mmapc_results *res, struct mmapc_lines *lr,
                const struct mmapc_catalog *cat)
{
    struct mmapc_results_reader r;
    const char *text;
    size_t len;
    int rc;

    if (mmapc_results_begin(&r, res, lr->name, cat) != MMAPC_OK)
        return MMAPC_ERR;
    while ((rc = mmapc_lines_next(lr, &text, &len)) == 1)
        if (mmapc_results_add(&r, lr->name, lr->lineno, text) != MMAPC_OK)
            return MMAPC_ERR;
    if (rc != 0)
        return MMAPC_ERR;
    return mmapc_results_end(&r);
}

int mmapc_results_load(struct mmapc_results *res, const char *path,
                       const struct mmapc_catalog *cat)
{
    struct mmapc_lines lr;
    int rc;

    if (mmapc_lines_open(&lr, path) != MMAPC_OK)
        return MMAPC_ERR;
    rc = load(res, &lr, cat);
    mmapc_lines_close(&lr);
    return rc;
}

int mmapc_results_load_stream(struct mmapc_results *res, FILE *fp,
                              const char *name,
                              const struct mmapc_catalog *cat)
{
    struct mmapc_lines lr;

    mmapc_lines_attach(&lr, fp, name);
    return load(res, &lr, cat);
}
