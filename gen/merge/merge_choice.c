/* merge_choice.c: the merged header's choice of a branch (its
 * TARGET_GUARD): an #if cascade on each branch's predefined macros, and for
 * a compiler of no branch an #error cascade that names its operating
 * system, CPU, word size and byte order as far as the macros tell, and the
 * first difference from the branch it resembles.
 */
#include <string.h>

#include "emit_header.h"
#include "merge.h"

/* CPUs the #error of an uncovered compiler can name: from
 * probes/target-macros.def (tests/unit/test-merge.c checks that they are
 * there), the more specific first. The operating systems are the target
 * check's (mmapc_header_os_macros). */
static const char *const cpu_macros[] = {
    "__x86_64__",    "__i386__",       "__aarch64__", "__arm__",
    "__mips__",      "__alpha__",      "__hppa__",    "__sparc__",
    "__powerpc64__", "__powerpc__",    "__s390x__",   "__s390__",
    "__riscv",       "__loongarch__",  "__m68k__",    "__sh__",
    "__ia64__",      "__xtensa__",     "__arc__",     "__or1k__",
    "__csky__",      "__microblaze__", "__nios2__",   "__wasm__"
};

#define COUNT(a) (sizeof(a) / sizeof(a)[0])

const char *const *mmapc_merge_os_macros(size_t *n)
{
    return mmapc_header_os_macros(n);
}

const char *const *mmapc_merge_cpu_macros(size_t *n)
{
    *n = COUNT(cpu_macros);
    return cpu_macros;
}

/* 1 when branch B's target predefines NAME. */
static int branch_has(const struct mmapc_merge *m, size_t b, const char *name)
{
    const struct mmapc_target *t = mmapc_merge_branch_target(m, b);

    return mmapc_header_predef_has(&t->res.predefs, name);
}

/* The numbered list of branches, "1 x86_64-linux-gnu, 2 ...", for the
 * #error messages. */
static void branch_list(const struct mmapc_merge *m, char *buf, size_t size)
{
    size_t b, n = 0;

    buf[0] = '\0';
    for (b = 0; b < m->nbranches && n + 1 < size; b++) {
        int w = snprintf(buf + n, size - n, "%s%lu %s", b == 0 ? "" : ", ",
                         (unsigned long)b + 1,
                         mmapc_merge_branch_target(m, b)->id);

        if (w < 0 || (size_t)w >= size - n)
            break;
        n += (size_t)w;
    }
}

static void put_error(FILE *out, const struct mmapc_merge *m, const char *seen)
{
    static char list[8192];
    static char msg[10240];

    branch_list(m, list, sizeof list);
    snprintf(msg, sizeof msg,
             "mmap_consts.h has no branch for this "
             "compiler, which %s. The branches: %s. Define "
             "MMAPC_NO_TARGET_CHECK to use branch 1 anyway, and "
             "MMAPC_FALLBACK_TARGET to the number of another to use that one",
             seen, list);
    fputs("#error ", out);
    mmapc_header_c_string(out, msg);
    fputc('\n', out);
}

static void put_condition(FILE *out, const struct mmapc_merge *m, size_t b)
{
    const struct mmapc_branch *br = &m->branches[b];
    const struct mmapc_facts *f =
        &mmapc_merge_branch_target(m, b)->res.predefs;
    char num[MMAPC_INTVAL_BUFSIZE], expr[MMAPC_INTVAL_BUFSIZE + 2];
    const char *const *os;
    const char *sep = "";
    size_t i, nos, col = 0;

    for (i = 0; i < f->count; i++) {
        const struct mmapc_fact *p = &f->items[i];

        fprintf(out, "%sdefined(%s)", sep, p->name);
        if (mmapc_header_predef_value(p, num, expr))
            fprintf(out, " && (%s) == %s", p->name, expr);
        sep = " \\\n    && ";
    }
    for (i = 0; i < br->nnegate; i++) {
        fprintf(out, "%s!defined(%s)", sep, br->negate[i]);
        sep = " \\\n    && ";
    }
    /* an OS macro the target did not define marks another platform */
    os = mmapc_header_os_macros(&nos);
    for (i = 0; i < nos; i++) {
        size_t k;

        if (mmapc_header_predef_has(f, os[i]))
            continue;
        for (k = 0; k < br->nnegate; k++)
            if (strcmp(br->negate[k], os[i]) == 0)
                break;
        if (k < br->nnegate)
            continue;
        fprintf(out, "%s!defined(%s)", sep, os[i]);
        sep = " && ";
        if (col++ % 3 == 2)
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
    const struct mmapc_facts *f =
        &mmapc_merge_branch_target(m, b)->res.predefs;
    struct mmapc_intval v;
    size_t i;

    *bits = *order = 0;
    for (i = 0; i < f->count; i++) {
        if (!mmapc_intval_predef(f->items[i].value, &v) || v.negative
            || v.magnitude > 65535)
            continue;
        if (strcmp(f->items[i].name, "__SIZEOF_POINTER__") == 0)
            *bits = 8 * (unsigned)v.magnitude;
        else if (strcmp(f->items[i].name, "__BYTE_ORDER__") == 0)
            *order = (unsigned)v.magnitude;
    }
}

/* A compiler like a branch that fails its condition: LIKE says how it is
 * like the branch, for the #error messages. */
struct unlike {
    const struct mmapc_merge *m;
    const char *like;
};

/* The #error of a predefined macro NAME of the branch that the compiler
 * lacks (NUM NULL) or defines otherwise than as NUM. */
static void report_predef(FILE *out, const char *name, const char *num,
                          const void *ctx)
{
    const struct unlike *u = ctx;
    char seen[1024];

    if (num == NULL)
        snprintf(seen, sizeof seen, "%s, but does not define %s", u->like,
                 name);
    else
        snprintf(seen, sizeof seen,
                 "%s, but defines %s as something other "
                 "than %s",
                 u->like, name, num);
    put_error(out, u->m, seen);
}

/* A compiler of OS and CPU with the word size and byte order of branch B
 * (SHAPE) that still fails B's condition: an #if cascade that names the
 * first difference, a predefined macro of B's, the C library or a macro B
 * requires undefined. */
static void put_difference(FILE *out, const struct mmapc_merge *m, size_t b,
                           const char *os, const char *cpu,
                           const char *shape_name)
{
    const struct mmapc_branch *br = &m->branches[b];
    const struct mmapc_target *t = mmapc_merge_branch_target(m, b);
    char seen[1024], like[300];
    struct unlike u;
    const char *kw;
    size_t i, ntests;

    snprintf(like, sizeof like,
             "defines %s and %s and is %s like branch "
             "%lu %s",
             os, cpu, shape_name, (unsigned long)b + 1, t->id);
    u.m = m;
    u.like = like;
    ntests =
        mmapc_header_put_predef_tests(out, &t->res.predefs, report_predef, &u);
    kw = ntests > 0 ? "#elif" : "#if";
    for (i = 0; i < br->nnegate; i++) {
        fprintf(out, "%s defined(%s)\n", kw, br->negate[i]);
        kw = "#elif";
        snprintf(seen, sizeof seen,
                 "%s, but defines %s, which that "
                 "branch's compiler did not",
                 like, br->negate[i]);
        put_error(out, m, seen);
    }
    if (br->libc_test != 0) {
        fprintf(out, "%s %sdefined(__GLIBC__)\n", kw,
                br->libc_test > 0 ? "!" : "");
        kw = "#elif";
        snprintf(seen, sizeof seen,
                 "%s, but its C library is %sglibc "
                 "(__GLIBC__ after <limits.h>)",
                 like, br->libc_test > 0 ? "not " : "");
        put_error(out, m, seen);
    }
    if (strcmp(kw, "#if") == 0)
        fputs("#if 1\n", out);
    else
        fputs("#else\n", out);
    snprintf(seen, sizeof seen,
             "%s, but defines an operating-system macro "
             "that its compiler did not",
             like);
    put_error(out, m, seen);
    fputs("#endif\n", out);
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
        { 64, 1234,
          "__SIZEOF_POINTER__ == 8 && defined(__BYTE_ORDER__) "
          "&& __BYTE_ORDER__ == 1234",
          "64-bit little-endian" },
        { 64, 4321,
          "__SIZEOF_POINTER__ == 8 && defined(__BYTE_ORDER__) "
          "&& __BYTE_ORDER__ == 4321",
          "64-bit big-endian" },
        { 32, 1234,
          "__SIZEOF_POINTER__ == 4 && defined(__BYTE_ORDER__) "
          "&& __BYTE_ORDER__ == 1234",
          "32-bit little-endian" },
        { 32, 4321,
          "__SIZEOF_POINTER__ == 4 && defined(__BYTE_ORDER__) "
          "&& __BYTE_ORDER__ == 4321",
          "32-bit big-endian" },
    };
    char seen[1024], alike[512], others[512];
    size_t k, b, na, no, first_alike;
    unsigned bits, order;

    for (k = 0; k < COUNT(shapes); k++) {
        alike[0] = others[0] = '\0';
        na = no = first_alike = 0;
        for (b = 0; b < m->nbranches; b++) {
            char *list;
            size_t *n, len;

            if (!branch_has(m, b, os) || !branch_has(m, b, cpu))
                continue;
            shape(m, b, &bits, &order);
            if (bits == shapes[k].bits && order == shapes[k].order) {
                if (na == 0)
                    first_alike = b;
                list = alike;
                n = &na;
            } else {
                list = others;
                n = &no;
            }
            len = strlen(list);
            snprintf(list + len, 512 - len, "%s%lu %s", *n > 0 ? ", " : "",
                     (unsigned long)b + 1,
                     mmapc_merge_branch_target(m, b)->id);
            ++*n;
        }
        fprintf(out, "#%s defined(__SIZEOF_POINTER__) && %s\n",
                k == 0 ? "if" : "elif", shapes[k].test);
        if (na > 0) {
            put_difference(out, m, first_alike, os, cpu, shapes[k].what);
            continue;
        }
        snprintf(seen, sizeof seen,
                 "defines %s and %s and is %s, unlike "
                 "branch %s of that operating system and CPU",
                 os, cpu, shapes[k].what, others);
        put_error(out, m, seen);
    }
    fputs("#else\n", out);
    snprintf(seen, sizeof seen,
             "defines %s and %s, like a branch, but "
             "its word size or byte order is unknown (no __SIZEOF_POINTER__ "
             "or __BYTE_ORDER__)",
             os, cpu);
    put_error(out, m, seen);
    fputs("#endif\n", out);
}

/* The #error cascade for a compiler of no branch: name its operating
 * system and CPU as far as the macros tell. */
static void put_diagnosis(FILE *out, const struct mmapc_merge *m)
{
    char seen[256];
    size_t o, c, b, nos;
    const char *const *os_macros = mmapc_header_os_macros(&nos);

    for (o = 0; o < nos; o++) {
        const char *os = os_macros[o];
        int os_covered = 0;

        for (b = 0; b < m->nbranches; b++)
            if (branch_has(m, b, os))
                os_covered = 1;
        fprintf(out, "#%s defined(%s)\n", o == 0 ? "if" : "elif", os);
        if (!os_covered) {
            snprintf(seen, sizeof seen,
                     "defines %s, an operating system "
                     "that no branch has",
                     os);
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
            snprintf(seen, sizeof seen,
                     "defines %s and %s, a CPU that no "
                     "branch for that operating system has",
                     os, cpu);
            put_error(out, m, seen);
        }
        fputs("#else\n", out);
        snprintf(seen, sizeof seen,
                 "defines %s but none of the CPU macros "
                 "that mmap-consts knows",
                 os);
        put_error(out, m, seen);
        fputs("#endif\n", out);
    }
    fputs("#else\n", out);
    put_error(out, m,
              "defines none of the operating-system macros that "
              "mmap-consts knows");
    fputs("#endif\n", out);
}

void mmapc_merge_put_choice(FILE *out, const struct mmapc_merge *m)
{
    static char list[8192], msg[8448];
    size_t b;

    fputs("/* Which target: a branch per target, chosen by the predefined "
          "macros that\n * configure recorded for it (probes/"
          "target-macros.def). MMAPC_BRANCH_ is\n * the branch's number; "
          "it and MMAPC_TARGET_ are internal. */\n",
          out);
    if (m->glibc_test)
        fputs("/* Some targets differ only in their C library, which no "
              "predefined macro\n * tells. glibc's <limits.h> defines "
              "__GLIBC__ (through <features.h>), the\n * others' do not: "
              "so this header includes <limits.h>. */\n"
              "#include <limits.h>\n",
              out);
    for (b = 0; b < m->nbranches; b++) {
        fprintf(out, "#%s ", b == 0 ? "if" : "elif");
        put_condition(out, m, b);
        fprintf(out, "\n#define MMAPC_BRANCH_ %lu /* %s */\n",
                (unsigned long)b + 1, mmapc_merge_branch_target(m, b)->id);
    }
    fputs("#elif defined(MMAPC_NO_TARGET_CHECK) "
          "&& defined(MMAPC_FALLBACK_TARGET)\n"
          "#define MMAPC_BRANCH_ MMAPC_FALLBACK_TARGET\n"
          "#elif defined(MMAPC_NO_TARGET_CHECK)\n"
          "#define MMAPC_BRANCH_ 1\n"
          "#else\n",
          out);
    put_diagnosis(out, m);
    fputs("#define MMAPC_BRANCH_ (-1)\n#endif\n\n", out);
    for (b = 0; b < m->nbranches; b++) {
        fprintf(out, "#%s MMAPC_BRANCH_ == %lu\n#define MMAPC_TARGET_ ",
                b == 0 ? "if" : "elif", (unsigned long)b + 1);
        mmapc_header_c_string(out,
                              mmapc_merge_branch_target(m, b)->res.target);
        fputc('\n', out);
    }
    branch_list(m, list, sizeof list);
    snprintf(msg, sizeof msg,
             "MMAPC_FALLBACK_TARGET is not the number of a "
             "branch of this header: want 1 to %lu (%s)",
             (unsigned long)m->nbranches, list);
    fputs("#elif MMAPC_BRANCH_ != -1\n#error ", out);
    mmapc_header_c_string(out, msg);
    fputs("\n#endif\n", out);
}
