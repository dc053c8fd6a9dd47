/* emit_header_guard.c: the target check of mmap_consts.h, an #error for
 * a compiler that does not predefine the macros configure recorded for the
 * target, and the tests of those macros that the merged header's choice
 * of a branch shares.
 */
#include <string.h>

#include "emit_header.h"
#include "lines.h"

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

int mmapc_header_predef_value(const struct mmapc_fact *p,
                              char num[MMAPC_INTVAL_BUFSIZE],
                              char expr[MMAPC_INTVAL_BUFSIZE + 2])
{
    struct mmapc_intval v;

    /* an OS macro's value is a release: presence only */
    if (mmapc_header_is_os_macro(p->name)
        || !mmapc_intval_predef(p->value, &v))
        return 0;
    mmapc_intval_decimal(&v, num, MMAPC_INTVAL_BUFSIZE);
    snprintf(expr, MMAPC_INTVAL_BUFSIZE + 2, v.negative ? "(%s)" : "%s", num);
    return 1;
}

size_t mmapc_header_put_predef_tests(FILE *out,
                                     const struct mmapc_facts *predefs,
                                     mmapc_predef_report report,
                                     const void *ctx)
{
    char num[MMAPC_INTVAL_BUFSIZE], expr[MMAPC_INTVAL_BUFSIZE + 2];
    size_t i;

    for (i = 0; i < predefs->count; i++) {
        const struct mmapc_fact *p = &predefs->items[i];

        fprintf(out, "#%s !defined(%s)\n", i == 0 ? "if" : "elif", p->name);
        report(out, p->name, NULL, ctx);
        if (!mmapc_header_predef_value(p, num, expr))
            continue;
        fprintf(out, "#elif (%s) != %s\n", p->name, expr);
        report(out, p->name, num, ctx);
    }
    return predefs->count;
}

/* The #error of a failed target check: WHAT the compiler does. */
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
    mmapc_header_c_string(out, msg);
    fputc('\n', out);
}

/* A predefined macro NAME of the target that this compiler lacks (NUM
 * NULL) or defines otherwise than as NUM. */
static void report_predef(FILE *out, const char *name, const char *num,
                          const void *ctx)
{
    char what[2 * MMAPC_LINE_MAX];

    if (num == NULL)
        snprintf(what, sizeof what, "this compiler does not define %s", name);
    else
        snprintf(what, sizeof what,
                 "this compiler defines %s as something "
                 "other than %s",
                 name, num);
    put_guard_error(out, ctx, what);
}

void mmapc_header_put_target_guard(FILE *out, const struct mmapc_results *res)
{
    char what[2 * MMAPC_LINE_MAX];
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
    mmapc_header_put_predef_tests(out, &res->predefs, report_predef, res);
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
