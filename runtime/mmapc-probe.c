/* runtime/mmapc-probe.c: mmapc-probe, which tells which madvise advice and
 * mmap flags the running kernel accepts. The command line, the order of
 * the run and the exit status; docs/mmapc-probe.md and
 * docs/mmapc-probe.1 describe the program. */
#include "probe.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

static const char *progname = "mmapc-probe";

static void
usage(FILE *f)
{
    fprintf(f,
"Usage: %s [--json] [--advice=N]...\n"
"Try every madvise/posix_madvise advice and mmap flag that the target's\n"
"headers define (as mmap_consts.h lists them) and report which ones the\n"
"running kernel accepts.\n"
"\n"
"  --json        write one JSON document (schema_version 1) instead of\n"
"                a table\n"
"  --advice=N    try only madvise advice value N (decimal, 0x hex, may be\n"
"                negative); may be given more than once; no mmap flags\n"
"                are tried then\n"
"  --help        show this help and exit\n"
"  --version     show the version and the target, and exit\n"
"\n"
"Status: accepted, rejected (class unsupported: EINVAL, EOPNOTSUPP,\n"
"ENOSYS; class failed-here: any other errno), or skipped (with the\n"
"reason). MADV_HWPOISON and MADV_SOFT_OFFLINE, and any value equal to\n"
"theirs, are never applied.\n"
"Exit status: 0 when the probe ran (also where mmap is unavailable),\n"
"1 on an internal failure, 2 on a usage error.\n",
            progname);
}

static int
usage_error(const char *what, const char *arg)
{
    fprintf(stderr, "%s: %s '%s'\nTry '%s --help'.\n", progname, what, arg,
            progname);
    return 2;
}

/* N from "--advice=N": 1 and *OUT, or 0 when S is not an int. */
static int
parse_int(const char *s, int *out)
{
    char *end;
    long v;

    errno = 0;
    v = strtol(s, &end, 0);
    if (end == s || *end != '\0' || errno == ERANGE || v < INT_MIN
        || v > INT_MAX)
        return 0;
    *out = (int) v;
    return 1;
}

static int
fail(const char *what)
{
    fprintf(stderr, "%s: %s\n", progname, what);
    return 1;
}

int
main(int argc, char **argv)
{
    struct probe_system sys;
    struct probe_list advice = { NULL, 0, 0 }, map_flags = { NULL, 0, 0 };
    struct probe_report rep;
    int json = 0, *values, status = 0, i;
    size_t nvalues = 0;

    if (argc > 0 && argv[0] && argv[0][0]) {
        const char *slash = strrchr(argv[0], '/');
        const char *bslash = strrchr(argv[0], '\\');

        if (bslash && (!slash || bslash > slash))
            slash = bslash;

        progname = slash ? slash + 1 : argv[0];
    }
    values = malloc((size_t) (argc > 0 ? argc : 1) * sizeof *values);
    if (!values)
        return fail("out of memory");
    for (i = 1; i < argc; i++) {
        const char *a = argv[i], *v = NULL;

        if (strcmp(a, "--json") == 0)
            json = 1;
        else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            usage(stdout);
            free(values);
            return fflush(stdout) == 0 && !ferror(stdout) ? 0
                : fail("write error on standard output");
        } else if (strcmp(a, "--version") == 0) {
            printf("mmapc-probe (mmap-consts) %s\ntarget: %s\n",
                   PROBE_VERSION, MMAPC_TARGET);
            free(values);
            return fflush(stdout) == 0 && !ferror(stdout) ? 0
                : fail("write error on standard output");
        } else if (strncmp(a, "--advice=", 9) == 0)
            v = a + 9;
        else if (strcmp(a, "--advice") == 0) {
            if (++i == argc) {
                free(values);
                return usage_error("missing value after", a);
            }
            v = argv[i];
        } else {
            free(values);
            return usage_error(a[0] == '-' ? "unknown option"
                               : "unexpected argument", a);
        }
        if (v && !parse_int(v, &values[nvalues++])) {
            free(values);
            return usage_error("not an int advice value:", v);
        }
    }

    probe_system_read(&sys);
    if (PROBE_HAVE_MMAP) {
        int rc;

        if (nvalues)
            rc = probe_advice_values(&sys, values, nvalues, &advice);
        else if ((rc = probe_advice_catalog(&sys, &advice)) == 0)
            rc = probe_map_flags(&sys, &map_flags);
        if (rc < 0)
            status = fail("out of memory");
    }
    if (status == 0) {
        rep.sys = &sys;
        rep.available = PROBE_HAVE_MMAP;
        rep.advice = &advice;
        rep.map_flags = &map_flags;
        if (json)
            probe_print_json(stdout, &rep);
        else
            probe_print_table(stdout, &rep);
        if (fflush(stdout) != 0 || ferror(stdout))
            status = fail("write error on standard output");
    }
    probe_list_free(&advice);
    probe_list_free(&map_flags);
    free(values);
    return status;
}
