/* testutil.c: helpers for the unit tests (POSIX: mkdtemp, opendir). */
#if !defined(_POSIX_C_SOURCE) || _POSIX_C_SOURCE < 200809L
#undef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif

#include "testutil.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"

FILE *tu_stream(const char *data, size_t len)
{
    FILE *fp = tmpfile();

    if (fp == NULL) {
        perror("tmpfile");
        exit(99);
    }
    if (len > 0 && fwrite(data, 1, len, fp) != len) {
        perror("fwrite");
        exit(99);
    }
    rewind(fp);
    return fp;
}

FILE *tu_stream_str(const char *text)
{
    return tu_stream(text, strlen(text));
}

static FILE *diag_fp;
static char diag_text[16384];

void tu_diag_begin(void)
{
    if (diag_fp != NULL)
        fclose(diag_fp);
    diag_fp = tmpfile();
    if (diag_fp == NULL) {
        perror("tmpfile");
        exit(99);
    }
    mmapc_diag_set_stream(diag_fp);
}

const char *tu_diag_end(void)
{
    size_t n = 0;

    diag_text[0] = '\0';
    if (diag_fp == NULL)
        return diag_text;
    mmapc_diag_set_stream(NULL);
    rewind(diag_fp);
    n = fread(diag_text, 1, sizeof diag_text - 1, diag_fp);
    diag_text[n] = '\0';
    fclose(diag_fp);
    diag_fp = NULL;
    return diag_text;
}

const char *tu_data(const char *name)
{
    static char path[4096];
    const char *top = getenv("top_srcdir");

    snprintf(path, sizeof path, "%s/tests/data/%s",
             top != NULL && *top != '\0' ? top : ".", name);
    return path;
}

static char tmpdir[4096];

/* Remove DIR and everything under it. */
static void rmtree(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    char path[8192];

    if (d != NULL) {
        while ((e = readdir(d)) != NULL) {
            if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
                continue;
            snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
            if (remove(path) != 0)
                rmtree(path);
        }
        closedir(d);
    }
    remove(dir);
}

static void remove_tmpdir(void)
{
    if (tmpdir[0] != '\0')
        rmtree(tmpdir);
    tmpdir[0] = '\0';
}

const char *tu_tmpdir(void)
{
    static int registered;
    const char *base = getenv("TMPDIR");

    remove_tmpdir();
    if (!registered) {
        atexit(remove_tmpdir);
        registered = 1;
    }
    snprintf(tmpdir, sizeof tmpdir, "%s/mmapc-unit-XXXXXX",
             base != NULL && *base != '\0' ? base : "/tmp");
    if (mkdtemp(tmpdir) == NULL) {
        perror("mkdtemp");
        exit(99);
    }
    return tmpdir;
}

const char *tu_tmppath(const char *name)
{
    static char path[8192];

    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    return path;
}

char *tu_slurp(const char *path)
{
    FILE *fp = fopen(path, "rb");
    char *buf = NULL;
    size_t len = 0, cap = 0, n;

    if (fp == NULL)
        return NULL;
    for (;;) {
        if (cap - len < 4096) {
            char *p = realloc(buf, cap + 65536);

            if (p == NULL) {
                free(buf);
                fclose(fp);
                return NULL;
            }
            buf = p;
            cap += 65536;
        }
        n = fread(buf + len, 1, cap - len - 1, fp);
        len += n;
        if (n == 0)
            break;
    }
    fclose(fp);
    buf[len] = '\0';
    return buf;
}

int tu_write(const char *path, const char *text)
{
    FILE *fp = fopen(path, "wb");
    int ok;

    if (fp == NULL)
        return -1;
    ok = fputs(text, fp) >= 0;
    return fclose(fp) == 0 && ok ? 0 : -1;
}

int tu_count_entries(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    int n = 0;

    if (d == NULL)
        return -1;
    while ((e = readdir(d)) != NULL)
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
            n++;
    closedir(d);
    return n;
}

int tu_catalog(struct mmapc_catalog *cat, const char *name, const char *text)
{
    FILE *fp = tu_stream_str(text);
    int rc = mmapc_catalog_load_stream(cat, fp, name);

    fclose(fp);
    return rc;
}

int tu_results(struct mmapc_results *res, const char *name, const char *text,
               const struct mmapc_catalog *cat)
{
    FILE *fp = tu_stream_str(text);
    int rc = mmapc_results_load_stream(res, fp, name, cat);

    fclose(fp);
    return rc;
}

void tu_load_data(struct mmapc_catalog *cat, struct mmapc_results *res,
                  const char *results, struct mmapc_input *in)
{
    static char paths[3][4096];

    /* the loaders keep the file names: give each its own buffer */
    strcpy(paths[0], tu_data("catalog-small.def"));
    strcpy(paths[1], tu_data("catalog-extra.def"));
    strcpy(paths[2], tu_data(results));
    mmapc_catalog_init(cat);
    mmapc_results_init(res);
    if (mmapc_catalog_load(cat, paths[0]) != MMAPC_OK
        || mmapc_catalog_load(cat, paths[1]) != MMAPC_OK
        || mmapc_results_load(res, paths[2], cat) != MMAPC_OK) {
        fprintf(stderr, "cannot load the test data\n");
        exit(99);
    }
    in->cat = cat;
    in->res = res;
    in->version = "9.9-test";
}

void tu_load_escapes(struct mmapc_catalog *cat, struct mmapc_results *res,
                     struct mmapc_input *in)
{
    static char paths[2][4096];

    strcpy(paths[0], tu_data("catalog-escapes.def"));
    strcpy(paths[1], tu_data("results-escapes.txt"));
    mmapc_catalog_init(cat);
    mmapc_results_init(res);
    ck_assert_int_eq(mmapc_catalog_load(cat, paths[0]), MMAPC_OK);
    ck_assert_int_eq(mmapc_results_load(res, paths[1], cat), MMAPC_OK);
    in->cat = cat;
    in->res = res;
    in->version = "9.9-test";
}

char *tu_emit_escapes(mmapc_emitter emit, struct mmapc_catalog *cat,
                      struct mmapc_results *res)
{
    struct mmapc_input in;
    char *out;
    int rc;

    tu_load_escapes(cat, res, &in);
    out = tu_emit(emit, &in, &rc);
    ck_assert_int_eq(rc, MMAPC_OK);
    return out;
}

void tu_golden(mmapc_emitter emit, const char *results, const char *expected)
{
    struct mmapc_catalog cat;
    struct mmapc_results res;
    struct mmapc_input in;
    char *out, *want;
    int rc;

    tu_load_data(&cat, &res, results, &in);
    out = tu_emit(emit, &in, &rc);
    ck_assert_int_eq(rc, MMAPC_OK);
    want = tu_slurp(tu_data(expected));
    ck_assert_ptr_nonnull(want);
    ck_assert_str_eq(out, want);
    free(want);
    free(out);
    mmapc_results_free(&res);
    mmapc_catalog_free(&cat);
}

char *tu_emit(mmapc_emitter emit, const struct mmapc_input *in, int *rc)
{
    FILE *fp = tmpfile();
    char *buf;
    long size;

    if (fp == NULL) {
        perror("tmpfile");
        exit(99);
    }
    *rc = emit(fp, in);
    fflush(fp);
    size = ftell(fp);
    rewind(fp);
    buf = malloc((size_t)size + 1);
    if (buf == NULL || fread(buf, 1, (size_t)size, fp) != (size_t)size) {
        perror("tu_emit");
        exit(99);
    }
    buf[size] = '\0';
    fclose(fp);
    return buf;
}

/* EMIT on CATALOG and a results file of format VERSION with the header
 * and function lines FACTS and the symbol (and conflict) lines SYMBOLS. */
static char *emit_texts(mmapc_emitter emit, const char *catalog, int version,
                        const char *facts, const char *symbols)
{
    struct mmapc_catalog cat;
    struct mmapc_results res;
    struct mmapc_input in;
    char text[4096];
    char *out;
    int rc;

    mmapc_catalog_init(&cat);
    mmapc_results_init(&res);
    ck_assert_int_eq(tu_catalog(&cat, "c.def", catalog), MMAPC_OK);
    snprintf(text, sizeof text,
             "mmapc-results %d\ntarget t\nos o\ncpu c\n"
             "libc l\ncc c\ncross_compiling no\nsizeof int 4\n"
             "sizeof long 4\nsizeof long_long 8\nsizeof pointer 4\n%s"
             "madvise_addr_type caddr_t\n%s",
             version, facts, symbols);
    ck_assert_int_eq(tu_results(&res, "r.txt", text, &cat), MMAPC_OK);
    in.cat = &cat;
    in.res = &res;
    in.version = "1";
    out = tu_emit(emit, &in, &rc);
    ck_assert_int_eq(rc, MMAPC_OK);
    mmapc_results_free(&res);
    mmapc_catalog_free(&cat);
    return out;
}

char *tu_emit_facts(mmapc_emitter emit, const char *facts)
{
    return emit_texts(emit, "%family T t\nX T int - x\n", 1, facts,
                      "symbol X 0x7\n");
}

char *tu_emit_provenance(mmapc_emitter emit)
{
    return emit_texts(emit,
                      "%family MAP Map\n"
                      "MAP_RENAME MAP flag - Rename.\n"
                      "MAP_X MAP flag - Present, no header known.\n"
                      "MAP_GONE MAP flag - Absent.\n",
                      2, "",
                      "symbol MAP_RENAME 0x20 linux/mman.h\n"
                      "conflict MAP_RENAME sys/mman.h 2048\n"
                      "conflict MAP_RENAME asm/mman.h yes\n"
                      "symbol MAP_X 0x40\nsymbol MAP_GONE no\n");
}

Suite *tu_suite(const char *name, TCase *tc)
{
    Suite *s = suite_create(name);

    suite_add_tcase(s, tc);
    return s;
}

void tu_file_is(const char *path, const char *want)
{
    char *text = tu_slurp(path);

    ck_assert_ptr_nonnull(text);
    ck_assert_str_eq(text, want);
    free(text);
}
