/* fuzz_common.c: shared by the libFuzzer harnesses (see fuzz_common.h). */
#if !defined(_POSIX_C_SOURCE) || _POSIX_C_SOURCE < 200809L
#undef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L /* fmemopen, open_memstream */
#endif

#include "fuzz_common.h"

#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "emit.h"

/* The documentation emitters may be newer than this harness's build: they
 * are used when they are linked in. */
int mmapc_emit_markdown(FILE *out, const struct mmapc_input *in)
    __attribute__((weak));
int mmapc_emit_man(FILE *out, const struct mmapc_input *in)
    __attribute__((weak));

/* Report "fuzz: MSG (ARG)" and the diagnostics DIAG, then crash. */
static void fail(const char *msg, const char *arg, const char *diag)
{
    fprintf(stderr, "fuzz: %s%s%s%s\n", msg, *arg != '\0' ? " (" : "", arg,
            *arg != '\0' ? ")" : "");
    if (diag != NULL)
        fprintf(stderr, "fuzz: the diagnostics were:\n%s", diag);
    abort();
}

FILE *fuzz_open(const uint8_t *data, size_t size)
{
    FILE *fp;

    /* fmemopen of 0 bytes is not portable: an empty file is /dev/null.
     * Otherwise the stream reads libFuzzer's own copy of the input, which
     * has exactly SIZE bytes, so an overread is caught. */
    if (size == 0)
        fp = fopen("/dev/null", "rb");
    else
        fp = fmemopen((void *)(uintptr_t)data, size, "rb");
    if (fp == NULL)
        fail("cannot open the input as a stream", "", NULL);
    return fp;
}

void fuzz_close(FILE *fp)
{
    fclose(fp);
}

/* ------------------------------------------------------------ file names */

#define MAX_NAMES 8

static struct {
    const char *name;
    unsigned long lines; /* a LINE may be at most this */
} names[MAX_NAMES];
static size_t nnames;

static void set_name(const char *name, unsigned long lines)
{
    size_t i;

    for (i = 0; i < nnames; i++)
        if (strcmp(names[i].name, name) == 0)
            break;
    if (i == nnames) {
        if (nnames == MAX_NAMES)
            fail("too many file names", name, NULL);
        nnames++;
    }
    names[i].name = name;
    names[i].lines = lines;
}

void fuzz_name_file(const char *name, const uint8_t *data, size_t size)
{
    unsigned long newlines = 0;
    size_t i;

    for (i = 0; i < size; i++)
        newlines += data[i] == '\n';
    /* a last line without a newline, or a NUL after the last newline, is
     * reported at the line after the last newline */
    set_name(name, newlines + 1);
}

void fuzz_name_fixed(const char *name, unsigned long lines)
{
    set_name(name, lines + 1);
}

/* ------------------------------------------------------------ diagnostics */

static FILE *diag_fp;
static char *diag_buf;
static size_t diag_len;

void fuzz_diag_begin(void)
{
    diag_fp = open_memstream(&diag_buf, &diag_len);
    if (diag_fp == NULL)
        fail("open_memstream failed", "", NULL);
    mmapc_diag_set_stream(diag_fp);
}

/* Check one diagnostic line, [s, end). */
static void check_line(const char *s, const char *end, const char *all)
{
    const char *p, *colon;
    unsigned long line = 0;
    size_t i, best = (size_t)-1, len;

    for (p = s; p < end; p++)
        if ((*p < 0x20 || *p > 0x7e) && *p != '\t')
            fail("a diagnostic has a byte outside printable ASCII", "", all);
    /* FILE is the longest known name followed by ':' */
    for (i = 0; i < nnames; i++) {
        len = strlen(names[i].name);
        if ((size_t)(end - s) > len && memcmp(s, names[i].name, len) == 0
            && s[len] == ':'
            && (best == (size_t)-1 || len > strlen(names[best].name)))
            best = i;
    }
    if (best == (size_t)-1)
        fail("a diagnostic names no input file", "", all);
    colon = s + strlen(names[best].name);
    p = colon + 1;
    if (p < end && *p == ' ')
        return; /* FILE: message */
    while (p < end && *p >= '0' && *p <= '9' && line < 100000000UL)
        line = line * 10 + (unsigned long)(*p++ - '0');
    if (p == colon + 1 || p + 1 >= end || p[0] != ':' || p[1] != ' ')
        fail("a diagnostic is neither FILE:LINE: nor FILE:", names[best].name,
             all);
    if (line == 0 || line > names[best].lines)
        fail("a diagnostic's line number is out of range", names[best].name,
             all);
}

void fuzz_diag_end(int rc, const char *what)
{
    const char *p, *nl;
    size_t count = 0;

    mmapc_diag_set_stream(NULL);
    fclose(diag_fp);
    diag_fp = NULL;
    for (p = diag_buf; p < diag_buf + diag_len; p = nl + 1) {
        nl = memchr(p, '\n', (size_t)(diag_buf + diag_len - p));
        if (nl == NULL)
            fail("a diagnostic does not end in a newline", what, diag_buf);
        check_line(p, nl, diag_buf);
        count++;
    }
    if (rc == MMAPC_OK && count != 0)
        fail("succeeded but reported an error", what, diag_buf);
    if (rc != MMAPC_OK && rc != MMAPC_ERR)
        fail("returned neither MMAPC_OK nor MMAPC_ERR", what, diag_buf);
    if (rc == MMAPC_ERR && count == 0)
        fail("failed without reporting an error", what, "");
    free(diag_buf);
    diag_buf = NULL;
    diag_len = 0;
}

/* ------------------------------------------------------------ consistency */

static int blank(char c)
{
    return c == ' ' || c == '\t';
}

void fuzz_check_catalog(const struct mmapc_catalog *cat)
{
    size_t i, n;

    if (cat->nsymbols == 0)
        fail("a catalog loaded without symbols", "", NULL);
    for (i = 0; i < cat->nsymbols; i++) {
        const struct mmapc_symdef *s = &cat->symbols[i];

        if (!mmapc_is_identifier(s->name, strlen(s->name)))
            fail("a symbol name is no identifier", s->name, NULL);
        if (mmapc_catalog_find(cat, s->name) != i)
            fail("the index does not find a symbol", s->name, NULL);
        if (s->family >= cat->nfamilies)
            fail("a symbol has no family", s->name, NULL);
        if (s->kind < MMAPC_K_FLAG || s->kind > MMAPC_K_MACRO)
            fail("a symbol has no kind", s->name, NULL);
        n = strlen(s->description);
        if (n == 0 || blank(s->description[0]) || blank(s->description[n - 1]))
            fail("a description is empty or has blanks around", s->name, NULL);
    }
    for (i = 0; i < cat->nfamilies; i++) {
        n = strlen(cat->families[i].title);
        if (cat->families[i].name[0] == '\0' || n == 0
            || blank(cat->families[i].title[0])
            || blank(cat->families[i].title[n - 1]))
            fail("a family has no name, or a title with blanks around",
                 cat->families[i].name, NULL);
    }
}

void fuzz_check_results(const struct mmapc_results *res,
                        const struct mmapc_catalog *cat)
{
    size_t i;

    if (res->nsymbols != cat->nsymbols)
        fail("results for another catalog", "", NULL);
    for (i = 0; i < res->nsymbols; i++) {
        enum mmapc_state st = res->symbols[i].state;
        enum mmapc_kind kind = cat->symbols[i].kind;

        if (st != MMAPC_RES_NO && st != MMAPC_RES_YES && st != MMAPC_RES_VALUE)
            fail("a symbol has no result after a successful load",
                 cat->symbols[i].name, NULL);
        if (st == MMAPC_RES_VALUE
            && (kind == MMAPC_K_POINTER || kind == MMAPC_K_MACRO))
            fail("a pointer or macro has a value", cat->symbols[i].name, NULL);
    }
    if (res->target == NULL || res->os == NULL || res->cpu == NULL
        || res->libc == NULL || res->cc == NULL || res->target[0] == '\0'
        || res->os[0] == '\0' || res->cpu[0] == '\0')
        fail("a required results line is missing", "", NULL);
    if (res->sizeof_int < 1 || res->sizeof_pointer < 1
        || res->sizeof_long_long > 16 || res->sizeof_pointer > 16
        || res->sizeof_long < res->sizeof_int
        || res->sizeof_long_long < res->sizeof_long)
        fail("type sizes out of range or order", "", NULL);
}

/* ------------------------------------------------------------ outputs */

static FILE *null_out;

void fuzz_emit_all(const struct mmapc_catalog *cat,
                   const struct mmapc_results *res)
{
    const struct {
        const char *name;
        mmapc_emitter emit;
    } formats[] = {
        { "header", mmapc_emit_header },
        { "json", mmapc_emit_json },
        { "markdown", mmapc_emit_markdown },
        { "man", mmapc_emit_man },
    };
    struct mmapc_input in;
    size_t i;

    if (null_out == NULL && (null_out = fopen("/dev/null", "w")) == NULL)
        fail("cannot open /dev/null", "", NULL);
    memset(&in, 0, sizeof in);
    in.cat = cat;
    in.res = res;
    in.version = "0.0-fuzz";
    for (i = 0; i < sizeof formats / sizeof formats[0]; i++) {
        if (formats[i].emit == NULL)
            continue;
        fuzz_diag_begin();
        fuzz_diag_end(formats[i].emit(null_out, &in), formats[i].name);
    }
    if (fflush(null_out) != 0)
        fail("writing to /dev/null failed", "", NULL);
}
