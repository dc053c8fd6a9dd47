/* merge_header.c: one mmap_consts.h for several targets (mmapc-gen merge
 * --format header).
 *
 * templates/mmap_consts_merged.h.in has the head; its @@BODY@@ is the
 * single-target template, mmap_consts.h.in, from its include guard on. Each
 * placeholder of the body is filled by the single-target code
 * (mmapc_header_part) once per branch; when every branch gives the same
 * text it is written once, otherwise in an #if MMAPC_BRANCH_ == N cascade.
 * TARGET_GUARD becomes the choice of the branch, with an #error cascade for
 * a compiler of no branch; MMAPC_TARGET becomes MMAPC_TARGET_, defined per
 * branch. The branches come from mmapc_merge_plan.
 */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "emit_header.h"
#include "lines.h"
#include "merge.h"
#include "template.h"

/* Where the body starts in mmap_consts.h.in. */
#define BODY_ANCHOR "#ifndef MMAPC_CONSTS_H"

/* Macros of the header itself that the single-target header does not have:
 * a catalog name must not define them. */
static const char *const merge_macros[] = {
    "MMAPC_BRANCH_", "MMAPC_TARGET_", "MMAPC_FALLBACK_TARGET"
};

/* Operating systems and CPUs the #error of an uncovered compiler can name:
 * from probes/target-macros.def (tests/unit/test-merge.c checks that they
 * are there), the more specific first (__ANDROID__ before __linux__). */
static const char *const os_macros[] = {
    "__ANDROID__", "__linux__", "__gnu_hurd__", "__FreeBSD__", "__NetBSD__",
    "__OpenBSD__", "__DragonFly__", "__APPLE__", "__illumos__", "__sun",
    "_AIX", "__HAIKU__", "__CYGWIN__", "_WIN32", "__QNX__", "__Fuchsia__",
    "__EMSCRIPTEN__", "__wasi__"
};
static const char *const cpu_macros[] = {
    "__x86_64__", "__i386__", "__aarch64__", "__arm__", "__mips__",
    "__alpha__", "__hppa__", "__sparc__", "__powerpc64__", "__powerpc__",
    "__s390x__", "__s390__", "__riscv", "__loongarch__", "__m68k__",
    "__sh__", "__ia64__", "__xtensa__", "__arc__", "__or1k__", "__csky__",
    "__microblaze__", "__nios2__", "__wasm__"
};

#define COUNT(a) (sizeof (a) / sizeof (a)[0])

const char *const *mmapc_merge_os_macros(size_t *n)
{
    *n = COUNT(os_macros);
    return os_macros;
}

const char *const *mmapc_merge_cpu_macros(size_t *n)
{
    *n = COUNT(cpu_macros);
    return cpu_macros;
}

struct mctx {
    const struct mmapc_merge *m;
};

/* ------------------------------------------------------------- helpers */

static const struct mmapc_target *primary(const struct mmapc_merge *m,
                                          size_t b)
{
    return &m->targets[m->branches[b].primary];
}

/* 1 when branch B's target predefines NAME. */
static int branch_has(const struct mmapc_merge *m, size_t b,
                      const char *name)
{
    const struct mmapc_facts *f = &primary(m, b)->res.predefs;
    size_t i;

    for (i = 0; i < f->count; i++)
        if (strcmp(f->items[i].name, name) == 0)
            return 1;
    return 0;
}

/* What mmapc_header_part writes for placeholder NAME of branch B, as a
 * malloc'd string; NULL after reporting. */
static char *capture(const struct mmapc_merge *m, size_t b, const char *name,
                     int block, unsigned flags)
{
    struct mmapc_input in;
    FILE *fp = tmpfile();
    char *s = NULL;
    long size;
    int rc;

    if (fp == NULL) {
        mmapc_error("cannot create a temporary file");
        return NULL;
    }
    mmapc_merge_input(m, m->branches[b].primary, &in);
    rc = mmapc_header_part(fp, name, block, &in, flags);
    if (rc == MMAPC_FILL_UNKNOWN) {
        mmapc_error("internal error: mmap_consts.h.in has a placeholder "
                    "@@%s@@ that the header code does not know", name);
        goto out;
    }
    if (rc != MMAPC_FILL_OK)
        goto out;           /* reported */
    if (fflush(fp) != 0 || (size = ftell(fp)) < 0)
        goto fail;
    rewind(fp);
    s = malloc((size_t)size + 1);
    if (s == NULL) {
        mmapc_out_of_memory();
        goto out;
    }
    if (fread(s, 1, (size_t)size, fp) != (size_t)size) {
        free(s);
        s = NULL;
        goto fail;
    }
    s[size] = '\0';
    goto out;
fail:
    mmapc_error("cannot write or read a temporary file");
out:
    fclose(fp);
    return s;
}

/* The numbered list of branches, "1 x86_64-linux-gnu, 2 ...", for the
 * #error messages. */
static void branch_list(const struct mmapc_merge *m, char *buf, size_t size)
{
    size_t b, n = 0;

    buf[0] = '\0';
    for (b = 0; b < m->nbranches && n + 1 < size; b++) {
        int w = snprintf(buf + n, size - n, "%s%lu %s", b == 0 ? "" : ", ",
                         (unsigned long)b + 1, primary(m, b)->id);

        if (w < 0 || (size_t)w >= size - n)
            break;
        n += (size_t)w;
    }
}

static void put_error(FILE *out, const struct mmapc_merge *m,
                      const char *seen)
{
    static char list[8192];
    static char msg[10240];

    branch_list(m, list, sizeof list);
    snprintf(msg, sizeof msg, "mmap_consts.h has no branch for this "
             "compiler, which %s. The branches: %s. Define "
             "MMAPC_NO_TARGET_CHECK to use branch 1 anyway, and "
             "MMAPC_FALLBACK_TARGET to the number of another to use that one",
             seen, list);
    fputs("#error ", out);
    mmapc_header_c_string(out, msg);
    fputc('\n', out);
}

/* ------------------------------------------------------ the branch choice */

static void put_condition(FILE *out, const struct mmapc_merge *m, size_t b)
{
    const struct mmapc_branch *br = &m->branches[b];
    const struct mmapc_facts *f = &primary(m, b)->res.predefs;
    char num[MMAPC_INTVAL_BUFSIZE];
    struct mmapc_intval v;
    const char *sep = "";
    size_t i;

    for (i = 0; i < f->count; i++) {
        const struct mmapc_fact *p = &f->items[i];

        fprintf(out, "%sdefined(%s)", sep, p->name);
        if (mmapc_intval_predef(p->value, &v)) {
            mmapc_intval_decimal(&v, num, sizeof num);
            fprintf(out, " && (%s) == %s%s%s", p->name,
                    v.negative ? "(" : "", num, v.negative ? ")" : "");
        }
        sep = " \\\n    && ";
    }
    for (i = 0; i < br->nnegate; i++) {
        fprintf(out, "%s!defined(%s)", sep, br->negate[i]);
        sep = " \\\n    && ";
    }
    if (br->libc_test != 0) {
        fprintf(out, "%s%sdefined(__GLIBC__)", sep,
                br->libc_test > 0 ? "" : "!");
        sep = " \\\n    && ";
    }
    if (*sep == '\0')
        fputs("1", out);
}

/* Branch B's word size in bits and byte order (1234, 4321), 0 if unknown. */
static void shape(const struct mmapc_merge *m, size_t b, unsigned *bits,
                  unsigned *order)
{
    const struct mmapc_facts *f = &primary(m, b)->res.predefs;
    struct mmapc_intval v;
    size_t i;

    *bits = *order = 0;
    for (i = 0; i < f->count; i++) {
        if (!mmapc_intval_predef(f->items[i].value, &v)
            || v.negative || v.magnitude > 65535)
            continue;
        if (strcmp(f->items[i].name, "__SIZEOF_POINTER__") == 0)
            *bits = 8 * (unsigned)v.magnitude;
        else if (strcmp(f->items[i].name, "__BYTE_ORDER__") == 0)
            *order = (unsigned)v.magnitude;
    }
}

/* A compiler for OS and CPU, which some branches have: name its word size
 * and byte order, and what else must differ. */
static void put_shape_diagnosis(FILE *out, const struct mmapc_merge *m,
                                const char *os, const char *cpu)
{
    static const struct {
        unsigned bits, order;
        const char *test, *what;
    } shapes[] = {
        { 64, 1234, "__SIZEOF_POINTER__ == 8 && defined(__BYTE_ORDER__) "
                    "&& __BYTE_ORDER__ == 1234", "64-bit little-endian" },
        { 64, 4321, "__SIZEOF_POINTER__ == 8 && defined(__BYTE_ORDER__) "
                    "&& __BYTE_ORDER__ == 4321", "64-bit big-endian" },
        { 32, 1234, "__SIZEOF_POINTER__ == 4 && defined(__BYTE_ORDER__) "
                    "&& __BYTE_ORDER__ == 1234", "32-bit little-endian" },
        { 32, 4321, "__SIZEOF_POINTER__ == 4 && defined(__BYTE_ORDER__) "
                    "&& __BYTE_ORDER__ == 4321", "32-bit big-endian" },
    };
    char seen[1024], alike[512], others[512];
    size_t k, b, na, no;
    unsigned bits, order;

    for (k = 0; k < COUNT(shapes); k++) {
        alike[0] = others[0] = '\0';
        na = no = 0;
        for (b = 0; b < m->nbranches; b++) {
            char *list;
            size_t *n, len;

            if (!branch_has(m, b, os) || !branch_has(m, b, cpu))
                continue;
            shape(m, b, &bits, &order);
            if (bits == shapes[k].bits && order == shapes[k].order) {
                list = alike;
                n = &na;
            } else {
                list = others;
                n = &no;
            }
            len = strlen(list);
            snprintf(list + len, 512 - len, "%s%lu %s", *n > 0 ? ", " : "",
                     (unsigned long)b + 1, primary(m, b)->id);
            ++*n;
        }
        fprintf(out, "#%s defined(__SIZEOF_POINTER__) && %s\n",
                k == 0 ? "if" : "elif", shapes[k].test);
        if (na > 0)
            snprintf(seen, sizeof seen, "defines %s and %s and is %s like "
                     "branch %s, but its ABI (such as _MIPS_SIM or "
                     "__ILP32__) or its C library differs", os, cpu,
                     shapes[k].what, alike);
        else
            snprintf(seen, sizeof seen, "defines %s and %s and is %s, "
                     "unlike branch %s of that operating system and CPU",
                     os, cpu, shapes[k].what, others);
        put_error(out, m, seen);
    }
    fputs("#else\n", out);
    snprintf(seen, sizeof seen, "defines %s and %s, like a branch, but "
             "differs from each such branch in its word size, byte order, "
             "ABI or C library", os, cpu);
    put_error(out, m, seen);
    fputs("#endif\n", out);
}

/* The #error cascade for a compiler of no branch: name its operating
 * system and CPU as far as the macros tell. */
static void put_diagnosis(FILE *out, const struct mmapc_merge *m)
{
    char seen[256];
    size_t o, c, b;

    for (o = 0; o < COUNT(os_macros); o++) {
        const char *os = os_macros[o];
        int os_covered = 0;

        for (b = 0; b < m->nbranches; b++)
            if (branch_has(m, b, os))
                os_covered = 1;
        fprintf(out, "#%s defined(%s)\n", o == 0 ? "if" : "elif", os);
        if (!os_covered) {
            snprintf(seen, sizeof seen, "defines %s, an operating system "
                     "that no branch has", os);
            put_error(out, m, seen);
            continue;
        }
        for (c = 0; c < COUNT(cpu_macros); c++) {
            const char *cpu = cpu_macros[c];
            int cpu_covered = 0;

            for (b = 0; b < m->nbranches; b++)
                if (branch_has(m, b, os) && branch_has(m, b, cpu))
                    cpu_covered = 1;
            fprintf(out, "#%s defined(%s)\n", c == 0 ? "if" : "elif", cpu);
            if (cpu_covered) {
                put_shape_diagnosis(out, m, os, cpu);
                continue;
            }
            snprintf(seen, sizeof seen, "defines %s and %s, a CPU that no "
                     "branch for that operating system has", os, cpu);
            put_error(out, m, seen);
        }
        fputs("#else\n", out);
        snprintf(seen, sizeof seen, "defines %s but none of the CPU macros "
                 "that mmap-consts knows", os);
        put_error(out, m, seen);
        fputs("#endif\n", out);
    }
    fputs("#else\n", out);
    put_error(out, m, "defines none of the operating-system macros that "
              "mmap-consts knows");
    fputs("#endif\n", out);
}

static void put_choice(FILE *out, const struct mmapc_merge *m)
{
    static char list[8192], msg[8448];
    size_t b;

    fputs("/* Which target: a branch per target, chosen by the predefined "
          "macros that\n * configure recorded for it (probes/"
          "target-macros.def). MMAPC_BRANCH_ is\n * the branch's number; "
          "it and MMAPC_TARGET_ are internal. */\n", out);
    if (m->glibc_test)
        fputs("/* Some targets differ only in their C library, which no "
              "predefined macro\n * tells. glibc's <limits.h> defines "
              "__GLIBC__ (through <features.h>), the\n * others' do not: "
              "so this header includes <limits.h>. */\n"
              "#include <limits.h>\n", out);
    for (b = 0; b < m->nbranches; b++) {
        fprintf(out, "#%s ", b == 0 ? "if" : "elif");
        put_condition(out, m, b);
        fprintf(out, "\n#define MMAPC_BRANCH_ %lu /* %s */\n",
                (unsigned long)b + 1, primary(m, b)->id);
    }
    fputs("#elif defined(MMAPC_NO_TARGET_CHECK) "
          "&& defined(MMAPC_FALLBACK_TARGET)\n"
          "#define MMAPC_BRANCH_ MMAPC_FALLBACK_TARGET\n"
          "#elif defined(MMAPC_NO_TARGET_CHECK)\n"
          "#define MMAPC_BRANCH_ 1\n"
          "#else\n", out);
    put_diagnosis(out, m);
    fputs("#define MMAPC_BRANCH_ (-1)\n#endif\n\n", out);
    for (b = 0; b < m->nbranches; b++) {
        fprintf(out, "#%s MMAPC_BRANCH_ == %lu\n#define MMAPC_TARGET_ ",
                b == 0 ? "if" : "elif", (unsigned long)b + 1);
        mmapc_header_c_string(out, primary(m, b)->res.target);
        fputc('\n', out);
    }
    branch_list(m, list, sizeof list);
    snprintf(msg, sizeof msg, "MMAPC_FALLBACK_TARGET is not the number of a "
             "branch of this header: want 1 to %lu (%s)",
             (unsigned long)m->nbranches, list);
    fputs("#elif MMAPC_BRANCH_ != -1\n#error ", out);
    mmapc_header_c_string(out, msg);
    fputs("\n#endif\n", out);
}

/* ----------------------------------------------------------- the filler */

static int put_branches(FILE *out, const struct mmapc_merge *m,
                        const char *name)
{
    char **text;
    size_t b, n = m->nbranches;
    int same = 1, rc = MMAPC_ERR;

    text = calloc(n + 1, sizeof *text);
    if (text == NULL)
        return mmapc_out_of_memory();
    /* compared without descriptions, which are the same everywhere */
    for (b = 0; b < n; b++) {
        text[b] = capture(m, b, name, 1, MMAPC_HEADER_BRIEF);
        if (text[b] == NULL)
            goto out;
        if (b > 0 && strcmp(text[b], text[0]) != 0)
            same = 0;
    }
    /* the first branch (or the only text) with the descriptions */
    free(text[0]);
    text[0] = capture(m, 0, name, 1, 0);
    if (text[0] == NULL)
        goto out;
    if (same) {
        fputs(text[0], out);
    } else {
        for (b = 0; b < n; b++) {
            fprintf(out, "#%s MMAPC_BRANCH_ == %lu /* %s */\n",
                    b == 0 ? "if" : "elif", (unsigned long)b + 1,
                    primary(m, b)->id);
            if (b == 1 && strcmp(name, "SYMBOLS") == 0)
                fputs("/* The descriptions are in branch 1. */\n", out);
            fputs(text[b], out);
        }
        fputs("#endif /* MMAPC_BRANCH_ */\n", out);
    }
    rc = MMAPC_OK;
out:
    for (b = 0; b < n; b++)
        free(text[b]);
    free(text);
    return rc;
}

static int body_fill(FILE *out, const char *name, int block, void *ctx)
{
    const struct mmapc_merge *m = ((struct mctx *)ctx)->m;
    char *first;
    size_t b;

    if (block && strcmp(name, "TARGET_GUARD") == 0) {
        put_choice(out, m);
        return MMAPC_FILL_OK;
    }
    if (block)
        return put_branches(out, m, name) == MMAPC_OK ? MMAPC_FILL_OK
                                                      : MMAPC_FILL_ERROR;
    if (strcmp(name, "TARGET_STRING") == 0) {
        fputs("MMAPC_TARGET_", out);
        return MMAPC_FILL_OK;
    }
    /* inline: must be the same for every branch */
    first = capture(m, 0, name, 0, 0);
    if (first == NULL)
        return MMAPC_FILL_ERROR;
    for (b = 1; b < m->nbranches; b++) {
        char *other = capture(m, b, name, 0, 0);
        int differ = other == NULL || strcmp(other, first) != 0;

        if (other != NULL && differ)
            mmapc_error("internal error: placeholder @@%s@@ of "
                        "mmap_consts.h.in differs between targets, which "
                        "the merged header cannot express", name);
        free(other);
        if (differ) {
            free(first);
            return MMAPC_FILL_ERROR;
        }
    }
    fputs(first, out);
    free(first);
    return MMAPC_FILL_OK;
}

static void put_provenance(FILE *out, const struct mmapc_merge *m)
{
    char text[4 * MMAPC_LINE_MAX], lead[64];
    size_t b, k;

    snprintf(text, sizeof text, "mmapc-gen %s, merge of %lu targets in %lu "
             "branches", m->version, (unsigned long)m->ntargets,
             (unsigned long)m->nbranches);
    mmapc_header_comment(out, " * Generator:  ", text);
    fputs("\n * Branches (the number is MMAPC_FALLBACK_TARGET's):", out);
    for (b = 0; b < m->nbranches; b++) {
        const struct mmapc_branch *br = &m->branches[b];
        const struct mmapc_target *t = primary(m, b);

        snprintf(lead, sizeof lead, "\n *   %lu ", (unsigned long)b + 1);
        snprintf(text, sizeof text, "%s: %s (%s), C library %s, compiler "
                 "%s; sizes int %u, long %u, long long %u, pointer %u; "
                 "input by mmapc-gen %s", t->id, t->res.target,
                 t->res.cross_compiling ? "cross-compiled" : "native build",
                 t->res.libc[0] != '\0' ? t->res.libc : "(unknown)",
                 t->res.cc[0] != '\0' ? t->res.cc : "(unknown)",
                 t->res.sizeof_int, t->res.sizeof_long,
                 t->res.sizeof_long_long, t->res.sizeof_pointer,
                 t->generator_version);
        mmapc_header_comment(out, lead, text);
        for (k = 0; k < br->nmembers; k++) {
            const struct mmapc_target *o = &m->targets[br->members[k]];

            if (br->members[k] == br->primary)
                continue;
            snprintf(text, sizeof text, "also %s (%s, C library %s), which "
                     "the compiler cannot tell from %s: %s", o->id,
                     o->res.target, o->res.libc, t->id,
                     br->by_prefer ? "where they differ, the branch has "
                                     "the values of the one named by "
                                     "--prefer"
                                   : "they agree on every value");
            mmapc_header_comment(out, "\n *       ", text);
        }
    }
    fputc('\n', out);
}

static int head_fill(FILE *out, const char *name, int block, void *ctx)
{
    const struct mmapc_merge *m = ((struct mctx *)ctx)->m;
    const struct mmapc_template *single;
    struct mmapc_template body;
    size_t i;

    if (!block)
        return MMAPC_FILL_UNKNOWN;
    if (strcmp(name, "PROVENANCE") == 0) {
        put_provenance(out, m);
        return MMAPC_FILL_OK;
    }
    if (strcmp(name, "INCLUDES_NOTE") == 0) {
        fputs(m->glibc_test
              ? " * Without MMAPC_VERIFY this header includes only "
                "<limits.h>, whose __GLIBC__\n * tells glibc from the "
                "other C libraries (see the choice of the branch).\n"
              : " * Without MMAPC_VERIFY this header includes no other "
                "header.\n", out);
        return MMAPC_FILL_OK;
    }
    if (strcmp(name, "BODY") != 0)
        return MMAPC_FILL_UNKNOWN;
    single = mmapc_template_find("mmap_consts.h.in");
    if (single == NULL) {
        mmapc_error("internal error: template mmap_consts.h.in is not "
                    "built in");
        return MMAPC_FILL_ERROR;
    }
    for (i = 0; single->lines[i] != NULL; i++)
        if (strcmp(single->lines[i], BODY_ANCHOR) == 0)
            break;
    if (single->lines[i] == NULL) {
        mmapc_error("internal error: mmap_consts.h.in has no line '%s'",
                    BODY_ANCHOR);
        return MMAPC_FILL_ERROR;
    }
    body.name = single->name;
    body.lines = single->lines + i;
    return mmapc_template_fill(out, &body, body_fill, ctx) == MMAPC_OK
           ? MMAPC_FILL_OK : MMAPC_FILL_ERROR;
}

/* ---------------------------------------------------------------- checks */

/* What the single-target header checks, for each branch's target, and the
 * merged header's own macro names. */
static int check(const struct mmapc_merge *m)
{
    char buf[MMAPC_NAME_MAX + 16];
    size_t b, i, k;
    int rc = MMAPC_OK;

    if (m->nbranches == 0)
        return mmapc_error("internal error: no branches planned");
    for (b = 0; b < m->nbranches; b++) {
        struct mmapc_input in;

        mmapc_merge_input(m, m->branches[b].primary, &in);
        if (mmapc_header_check(&in) != MMAPC_OK)
            rc = MMAPC_ERR;
    }
    for (i = 0; i < m->cat.nsymbols; i++) {
        const struct mmapc_symdef *s = &m->cat.symbols[i];

        if (s->kind != MMAPC_K_FLAG && s->kind != MMAPC_K_INT)
            continue;
        snprintf(buf, sizeof buf, "MMAPC_%s", s->name);
        for (k = 0; k < COUNT(merge_macros); k++)
            if (strcmp(buf, merge_macros[k]) == 0)
                rc = mmapc_error_at(s->file, s->line, "symbol %s would "
                                    "define %s, a name reserved by the "
                                    "merged header", s->name, buf);
    }
    return rc;
}

int mmapc_merge_emit_header(FILE *out, const struct mmapc_merge *m)
{
    const struct mmapc_template *head =
        mmapc_template_find("mmap_consts_merged.h.in");
    struct mctx ctx;

    if (head == NULL)
        return mmapc_error("internal error: template mmap_consts_merged.h.in "
                           "is not built in");
    if (check(m) != MMAPC_OK)
        return MMAPC_ERR;
    ctx.m = m;
    return mmapc_template_fill(out, head, head_fill, &ctx);
}
