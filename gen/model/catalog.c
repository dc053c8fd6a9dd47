/* catalog.c: parse and hold the symbol catalog (see catalog.h). */
#include "catalog.h"

#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "grow.h"
#include "lines.h"

void mmapc_catalog_init(struct mmapc_catalog *cat)
{
    memset(cat, 0, sizeof *cat);
    mmapc_nameindex_init(&cat->symbol_index);
    mmapc_nameindex_init(&cat->family_index);
}

void mmapc_catalog_free(struct mmapc_catalog *cat)
{
    size_t i;

    for (i = 0; i < cat->nfamilies; i++) {
        free(cat->families[i].name);
        free(cat->families[i].title);
    }
    for (i = 0; i < cat->nsymbols; i++) {
        free(cat->symbols[i].name);
        free(cat->symbols[i].python);
        free(cat->symbols[i].description);
    }
    free(cat->families);
    free(cat->symbols);
    mmapc_nameindex_free(&cat->symbol_index);
    mmapc_nameindex_free(&cat->family_index);
    mmapc_catalog_init(cat);
}

/* The KIND field's words: a strict name is a flag with strict set. */
static const struct kind_word {
    const char *name;
    enum mmapc_kind kind;
    int strict;
} kinds[] = {
    { "flag", MMAPC_K_FLAG, 0 },   { "strict", MMAPC_K_FLAG, 1 },
    { "int", MMAPC_K_INT, 0 },     { "pointer", MMAPC_K_POINTER, 0 },
    { "macro", MMAPC_K_MACRO, 0 },
};

#define NKINDS (sizeof kinds / sizeof kinds[0])

static const char *kind_word(enum mmapc_kind kind, int strict)
{
    size_t i;

    for (i = 0; i < NKINDS; i++)
        if (kinds[i].kind == kind && kinds[i].strict == strict)
            return kinds[i].name;
    return "?";
}

const char *mmapc_kind_name(enum mmapc_kind kind)
{
    return kind_word(kind, 0);
}

const char *mmapc_symdef_kind_name(const struct mmapc_symdef *s)
{
    return kind_word(s->kind, s->strict != 0);
}

static int is_blank(int c)
{
    return c == ' ' || c == '\t';
}

static int is_digit(int c)
{
    return c >= '0' && c <= '9';
}

static int is_upper(int c)
{
    return c >= 'A' && c <= 'Z';
}

static int is_ident_start(int c)
{
    return is_upper(c) || (c >= 'a' && c <= 'z') || c == '_';
}

int mmapc_is_identifier(const char *s, size_t len)
{
    size_t i;

    if (len == 0 || len > MMAPC_NAME_MAX
        || !is_ident_start((unsigned char)s[0]))
        return 0;
    for (i = 1; i < len; i++)
        if (!is_ident_start((unsigned char)s[i])
            && !is_digit((unsigned char)s[i]))
            return 0;
    return 1;
}

/* The words of C (C89 to C23) and C++ that are keywords, alternative
 * operator spellings or preprocessor operators, written in lower case. */
static const char *const reserved_words[] = {
    "alignas",      "alignof",
    "and",          "and_eq",
    "asm",          "auto",
    "bitand",       "bitor",
    "bool",         "break",
    "case",         "catch",
    "char",         "char16_t",
    "char32_t",     "char8_t",
    "class",        "co_await",
    "co_return",    "co_yield",
    "compl",        "concept",
    "const",        "const_cast",
    "consteval",    "constexpr",
    "constinit",    "continue",
    "decltype",     "default",
    "defined",      "delete",
    "do",           "double",
    "dynamic_cast", "else",
    "enum",         "explicit",
    "export",       "extern",
    "false",        "float",
    "for",          "friend",
    "goto",         "if",
    "inline",       "int",
    "long",         "mutable",
    "namespace",    "new",
    "noexcept",     "not",
    "not_eq",       "nullptr",
    "operator",     "or",
    "or_eq",        "private",
    "protected",    "public",
    "register",     "reinterpret_cast",
    "requires",     "restrict",
    "return",       "short",
    "signed",       "sizeof",
    "static",       "static_assert",
    "static_cast",  "struct",
    "switch",       "template",
    "this",         "thread_local",
    "throw",        "true",
    "try",          "typedef",
    "typeid",       "typename",
    "typeof",       "typeof_unqual",
    "union",        "unsigned",
    "using",        "virtual",
    "void",         "volatile",
    "wchar_t",      "while",
    "xor",          "xor_eq"
};

/* A name no header can define as a macro, because the compiler itself
 * gives it a meaning: the keywords and operators of C and C++ (_Pragma,
 * _Bool, __has_include, defined, int...) and its predefined names
 * (__FILE__, __VA_ARGS__, __cplusplus). C spells its keywords _ and an
 * upper-case letter then lower case, and the compiler's own words start
 * with __ and a lower-case letter or end with __ too; the headers' reserved
 * macros are upper case (_MAP_NEW, __MAP_NOFAULT) and stay allowed. */
static int is_reserved_name(const char *s, size_t len)
{
    size_t i;

    if (len >= 3 && s[0] == '_' && is_upper((unsigned char)s[1]) && s[2] >= 'a'
        && s[2] <= 'z')
        return 1;
    if (len >= 3 && s[0] == '_' && s[1] == '_'
        && ((s[2] >= 'a' && s[2] <= 'z')
            || (len >= 5 && s[len - 1] == '_' && s[len - 2] == '_')))
        return 1;
    for (i = 0; i < sizeof reserved_words / sizeof reserved_words[0]; i++)
        if (strlen(reserved_words[i]) == len
            && memcmp(reserved_words[i], s, len) == 0)
            return 1;
    return 0;
}

static int is_family_name(const char *s, size_t len)
{
    size_t i;

    if (len == 0 || len > MMAPC_NAME_MAX || !is_upper((unsigned char)s[0]))
        return 0;
    for (i = 1; i < len; i++)
        if (!is_upper((unsigned char)s[i]) && !is_digit((unsigned char)s[i])
            && s[i] != '_')
            return 0;
    return 1;
}

int mmapc_is_python_version(const char *s, size_t len)
{
    size_t i = 0, start;

    while (i < len && is_digit((unsigned char)s[i]))
        i++;
    if (i == 0 || i == len || s[i] != '.')
        return 0;
    start = ++i;
    if (i + 1 == len && s[i] == 'x')
        return 1;
    while (i < len && is_digit((unsigned char)s[i]))
        i++;
    return i == len && i > start;
}

/* A field of a line: [start, start+len). */
struct field {
    const char *start;
    size_t len;
};

/* Split the next blank-separated field off *P; 0 when the line is done. */
static int next_field(const char **p, struct field *f)
{
    const char *s = *p;

    while (is_blank((unsigned char)*s))
        s++;
    if (*s == '\0')
        return 0;
    f->start = s;
    while (*s != '\0' && !is_blank((unsigned char)*s))
        s++;
    f->len = (size_t)(s - f->start);
    *p = s;
    return 1;
}

/* The rest of the line after the blanks at *P, trailing blanks removed. */
static int rest_of_line(const char *p, struct field *f)
{
    const char *end;

    while (is_blank((unsigned char)*p))
        p++;
    end = p + strlen(p);
    while (end > p && is_blank((unsigned char)end[-1]))
        end--;
    f->start = p;
    f->len = (size_t)(end - p);
    return f->len > 0;
}

static int field_is(const struct field *f, const char *word)
{
    return strlen(word) == f->len && memcmp(f->start, word, f->len) == 0;
}

size_t mmapc_catalog_find(const struct mmapc_catalog *cat, const char *name)
{
    return mmapc_nameindex_find(&cat->symbol_index, name, strlen(name));
}

static int parse_family(struct mmapc_catalog *cat, const char *rest,
                        const char *file, unsigned long line)
{
    struct field name, title;
    struct mmapc_family *fam;
    size_t prev;

    if (!next_field(&rest, &name))
        return mmapc_error_at(file, line, "%%family: missing family name");
    if (!is_family_name(name.start, name.len))
        return mmapc_error_at(file, line,
                              "%%family: bad family name '%.*s' "
                              "(want [A-Z][A-Z0-9_]*, at most %d characters)",
                              (int)name.len, name.start, MMAPC_NAME_MAX);
    if (!rest_of_line(rest, &title))
        return mmapc_error_at(file, line, "%%family %.*s: missing title",
                              (int)name.len, name.start);
    prev = mmapc_nameindex_find(&cat->family_index, name.start, name.len);
    if (prev != MMAPC_NAMEINDEX_NONE)
        return mmapc_error_at(file, line,
                              "family %.*s already declared at %s:%lu",
                              (int)name.len, name.start,
                              cat->families[prev].file,
                              cat->families[prev].line);
    fam = mmapc_grow(cat->families, &cat->families_cap, cat->nfamilies + 1,
                     sizeof *fam, 16);
    if (fam == NULL)
        return mmapc_out_of_memory();
    cat->families = fam;
    fam += cat->nfamilies;
    fam->name = mmapc_strndup(name.start, name.len);
    fam->title = mmapc_strndup(title.start, title.len);
    fam->file = file;
    fam->line = line;
    if (fam->name == NULL || fam->title == NULL
        || mmapc_nameindex_add(&cat->family_index, fam->name, cat->nfamilies)
               != MMAPC_OK) {
        free(fam->name);
        free(fam->title);
        return mmapc_out_of_memory();
    }
    cat->nfamilies++;
    return MMAPC_OK;
}

/* KIND field: flag|strict|int|pointer|macro, then optionally ",archdep".
 * A strict name is a flag with *STRICT set. */
static int parse_kind(const struct field *f, enum mmapc_kind *kind,
                      int *strict, int *archdep, const char *file,
                      unsigned long line)
{
    struct field base = *f, attr;
    const char *comma = memchr(f->start, ',', f->len);
    size_t i;

    *archdep = *strict = 0;
    if (comma != NULL)
        base.len = (size_t)(comma - f->start);
    for (i = 0; i < NKINDS; i++)
        if (field_is(&base, kinds[i].name))
            break;
    if (i == NKINDS)
        return mmapc_error_at(file, line,
                              "unknown kind '%.*s' (want flag, strict, int, "
                              "pointer or macro)",
                              (int)base.len, base.start);
    *kind = kinds[i].kind;
    *strict = kinds[i].strict;
    while (comma != NULL) {
        const char *end = f->start + f->len;
        const char *next;

        attr.start = comma + 1;
        next = memchr(attr.start, ',', (size_t)(end - attr.start));
        attr.len = (size_t)((next != NULL ? next : end) - attr.start);
        if (!field_is(&attr, "archdep"))
            return mmapc_error_at(file, line,
                                  "unknown attribute '%.*s' in kind '%.*s' "
                                  "(the only attribute is archdep)",
                                  (int)attr.len, attr.start, (int)f->len,
                                  f->start);
        if (*archdep)
            return mmapc_error_at(file, line, "attribute archdep given twice");
        *archdep = 1;
        comma = next;
    }
    return MMAPC_OK;
}

static int parse_symbol(struct mmapc_catalog *cat, const char *p,
                        const char *file, unsigned long line)
{
    struct field name, family, kindf, python, descr;
    struct mmapc_symdef *sym;
    enum mmapc_kind kind = MMAPC_K_FLAG;
    size_t fam, prev;
    int archdep, strict;

    next_field(&p, &name);
    if (!mmapc_is_identifier(name.start, name.len))
        return mmapc_error_at(file, line,
                              name.len > MMAPC_NAME_MAX
                                  ? "name '%.*s' is longer than %d characters"
                                  : "name '%.*s' is not a C identifier",
                              (int)name.len, name.start, MMAPC_NAME_MAX);
    if (is_reserved_name(name.start, name.len))
        return mmapc_error_at(file, line,
                              "name '%.*s' is reserved by the compiler (a "
                              "keyword, an operator or a predefined name of "
                              "C or C++), so no header defines it",
                              (int)name.len, name.start);
    if (!next_field(&p, &family))
        return mmapc_error_at(file, line, "%.*s: missing FAMILY field",
                              (int)name.len, name.start);
    if (!next_field(&p, &kindf))
        return mmapc_error_at(file, line, "%.*s: missing KIND field",
                              (int)name.len, name.start);
    if (!next_field(&p, &python))
        return mmapc_error_at(file, line, "%.*s: missing PYTHON field",
                              (int)name.len, name.start);
    if (!rest_of_line(p, &descr))
        return mmapc_error_at(file, line, "%.*s: missing DESCRIPTION field",
                              (int)name.len, name.start);
    prev = mmapc_nameindex_find(&cat->symbol_index, name.start, name.len);
    if (prev != MMAPC_NAMEINDEX_NONE)
        return mmapc_error_at(file, line, "%.*s already listed at %s:%lu",
                              (int)name.len, name.start,
                              cat->symbols[prev].file,
                              cat->symbols[prev].line);
    fam = mmapc_nameindex_find(&cat->family_index, family.start, family.len);
    if (fam == MMAPC_NAMEINDEX_NONE)
        return mmapc_error_at(file, line,
                              "%.*s: family '%.*s' is not declared "
                              "(declare it first with %%family)",
                              (int)name.len, name.start, (int)family.len,
                              family.start);
    if (parse_kind(&kindf, &kind, &strict, &archdep, file, line) != MMAPC_OK)
        return MMAPC_ERR;
    if (!field_is(&python, "-")
        && !mmapc_is_python_version(python.start, python.len))
        return mmapc_error_at(file, line,
                              "%.*s: malformed PYTHON field '%.*s' "
                              "(want '-' or a version such as 3.13 or 2.x)",
                              (int)name.len, name.start, (int)python.len,
                              python.start);

    sym = mmapc_grow(cat->symbols, &cat->symbols_cap, cat->nsymbols + 1,
                     sizeof *sym, 256);
    if (sym == NULL)
        return mmapc_out_of_memory();
    cat->symbols = sym;
    sym += cat->nsymbols;
    sym->name = mmapc_strndup(name.start, name.len);
    sym->family = fam;
    sym->kind = kind;
    sym->archdep = archdep;
    sym->strict = strict;
    sym->python = field_is(&python, "-")
                      ? NULL
                      : mmapc_strndup(python.start, python.len);
    sym->description = mmapc_strndup(descr.start, descr.len);
    sym->file = file;
    sym->line = line;
    if (sym->name == NULL || sym->description == NULL
        || (sym->python == NULL && !field_is(&python, "-"))
        || mmapc_nameindex_add(&cat->symbol_index, sym->name, cat->nsymbols)
               != MMAPC_OK) {
        free(sym->name);
        free(sym->python);
        free(sym->description);
        return mmapc_out_of_memory();
    }
    cat->nsymbols++;
    return MMAPC_OK;
}

int mmapc_catalog_add_line(struct mmapc_catalog *cat, const char *file,
                           unsigned long line, const char *text)
{
    const char *p = text;
    struct field directive;

    while (is_blank((unsigned char)*p))
        p++;
    if (*p == '\0' || *p == '#')
        return MMAPC_OK;
    if (*p == '%') {
        next_field(&p, &directive);
        if (field_is(&directive, "%family"))
            return parse_family(cat, p, file, line);
        return mmapc_error_at(file, line, "unknown directive '%.*s'",
                              (int)directive.len, directive.start);
    }
    return parse_symbol(cat, p, file, line);
}

static int load(struct mmapc_catalog *cat, struct mmapc_lines *lr)
{
    size_t before = cat->nsymbols;
    const char *text;
    size_t len;
    int rc;

    while ((rc = mmapc_lines_next(lr, &text, &len)) == 1)
        if (mmapc_catalog_add_line(cat, lr->name, lr->lineno, text)
            != MMAPC_OK)
            return MMAPC_ERR;
    if (rc != 0)
        return MMAPC_ERR;
    /* as configure's probes/catalog.awk: every file lists a symbol */
    if (cat->nsymbols == before)
        return mmapc_error_at(lr->name, 1, "no symbols in this file");
    return MMAPC_OK;
}

int mmapc_catalog_load(struct mmapc_catalog *cat, const char *path)
{
    struct mmapc_lines lr;
    int rc;

    if (mmapc_lines_open(&lr, path) != MMAPC_OK)
        return MMAPC_ERR;
    rc = load(cat, &lr);
    mmapc_lines_close(&lr);
    return rc;
}

int mmapc_catalog_load_stream(struct mmapc_catalog *cat, FILE *fp,
                              const char *name)
{
    struct mmapc_lines lr;

    mmapc_lines_attach(&lr, fp, name);
    return load(cat, &lr);
}
