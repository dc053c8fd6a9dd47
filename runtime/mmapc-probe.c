/* runtime/mmapc-probe.c: mmapc-probe, which tells which madvise advice and
 * mmap flags the running kernel accepts. The command line, the order of
 * the run and the exit status; docs/mmapc-probe.md and
 * docs/mmapc-probe.1 describe the program. */
#include "probe.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

static const char *progname = "mmapc-probe";

static void
usage(FILE *f)
{
    fprintf(f,
"Usage: %s [--json] [--advice=N]... [--map-flag=N]...\n"
"Try every madvise/posix_madvise advice and mmap flag that the target's\n"
"headers define (as mmap_consts.h lists them), report which ones the\n"
"running kernel accepts, and whether their effect can be seen.\n"
"\n"
"  --json          write one JSON document (schema_version 2) instead of\n"
"                  a table\n"
"  --advice=N      try only madvise advice value N; may be repeated\n"
"  --map-flag=N    try only mmap flag value N, also one the headers do not\n"
"                  name; may be repeated\n"
"  --help          show this help and exit\n"
"  --version       show the version and the target, and exit\n"
"N is decimal or 0x hex, may be negative, and has no leading zero (0100\n"
"is refused, not read as octal).\n"
"\n"
"Columns of the table:\n"
"  VALUE     the value from mmap_consts.h (or the N given)\n"
"            advice in decimal, map flags in hex\n"
"  MAPPING   the test mapping the call was made on\n"
"            (private-anon, shared-anon, type-file, hugetlb-anon ...)\n"
"  STATUS    accepted: the call succeeded; rejected: it failed;\n"
"            skipped: not tried (the remark says why)\n"
"  ERRNO     for a rejection, the symbolic errno\n"
"            (E<number> for one the probe has no name for)\n"
"  CLASS     for a rejection, why it failed:\n"
"            unsupported or failed-here (below)\n"
"  EFFECT    for an acceptance, whether the advice or flag was seen at\n"
"            work: seen, not-seen, or - (no way to look here)\n"
"  REMARK    why it was skipped, notes, and where the probe looked and\n"
"            what it found\n"
"Classes and effects:\n"
"  unsupported  EINVAL, EOPNOTSUPP/ENOTSUP or ENOSYS: the kernel (or the\n"
"               file system) does not know it\n"
"  failed-here  any other errno (ENOMEM, EPERM, EAGAIN ...): known, but\n"
"               not possible here and now\n"
"  seen         the probe saw it at work: smaps VmFlags, resident pages,\n"
"               what a forked child sees, zeroed pages, the address\n"
"  not-seen     the probe looked where the effect would show and saw\n"
"               nothing: the kernel ignored it\n"
"MADV_HWPOISON and MADV_SOFT_OFFLINE, any value equal to theirs, and on\n"
"Linux the kernel's numbers of those two, are never applied.\n"
"Exit status: 0 when the probe ran (also where mmap is unavailable),\n"
"1 on an internal failure, 2 on a usage error.\n"
"The full description: man mmapc-probe\n",
            progname);
}

static int
usage_error(const char *what, const char *arg)
{
    fprintf(stderr, "%s: %s '%s'\nTry '%s --help'.\n", progname, what, arg,
            progname);
    return 2;
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
    int json = 0, status = 0, done = 0, i;
    long long *advice_values, *flag_values;
    size_t nadvice = 0, nflags = 0;

    if (argc > 0 && argv[0] && argv[0][0]) {
        const char *slash = strrchr(argv[0], '/');
        const char *bslash = strrchr(argv[0], '\\');

        if (bslash && (!slash || bslash > slash))
            slash = bslash;

        progname = slash ? slash + 1 : argv[0];
    }
    advice_values = malloc((size_t) (argc > 0 ? argc : 1)
                           * sizeof *advice_values);
    flag_values = malloc((size_t) (argc > 0 ? argc : 1)
                         * sizeof *flag_values);
    if (!advice_values || !flag_values) {
        free(advice_values);
        free(flag_values);
        return fail("out of memory");
    }
    for (i = 1; i < argc && status == 0 && !done; i++) {
        const char *a = argv[i], *v = NULL;
        int map_flag = 0;

        if (strcmp(a, "--json") == 0)
            json = 1;
        else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            usage(stdout);
            done = 1;
        } else if (strcmp(a, "--version") == 0) {
            printf("mmapc-probe (mmap-consts) %s\ntarget: %s\n",
                   PROBE_VERSION, MMAPC_TARGET);
            done = 1;
        } else if (strncmp(a, "--advice=", 9) == 0)
            v = a + 9;
        else if (strncmp(a, "--map-flag=", 11) == 0)
            v = a + 11, map_flag = 1;
        else if (strcmp(a, "--advice") == 0
                 || strcmp(a, "--map-flag") == 0) {
            map_flag = strcmp(a, "--map-flag") == 0;
            if (++i == argc)
                status = usage_error("missing value after", a);
            else
                v = argv[i];
        } else
            status = usage_error(a[0] == '-' ? "unknown option"
                                 : "unexpected argument", a);
        if (status || done || !v)
            continue;
        /* advice is an int; flags are the bits of an int, which may be
         * written up to UINT_MAX (MAP_HUGE_16GB is 0x88000000) */
        if (map_flag ? !probe_parse_number(v, INT_MIN, UINT_MAX,
                                           &flag_values[nflags++])
            : !probe_parse_number(v, INT_MIN, INT_MAX,
                                  &advice_values[nadvice++]))
            status = usage_error(map_flag ? "not a map flag value (decimal "
                                 "or 0x hex, no leading zero, within an "
                                 "int's bits):"
                                 : "not an advice value (decimal or 0x hex, "
                                 "no leading zero, within int):", v);
    }
    if (done && (fflush(stdout) != 0 || ferror(stdout)))
        status = fail("write error on standard output");
    if (status != 0 || done) {
        free(advice_values);
        free(flag_values);
        return status;
    }

    probe_system_read(&sys);
    probe_observe_setup(&sys, argv);
    if (PROBE_HAVE_MMAP) {
        int rc = 0;

        if (nadvice || nflags) {
            if (nadvice)
                rc = probe_advice_values(&sys, advice_values, nadvice,
                                         &advice);
            if (rc == 0 && nflags)
                rc = probe_map_flag_values(&sys, flag_values, nflags,
                                           &map_flags);
        } else if ((rc = probe_advice_catalog(&sys, &advice)) == 0)
            rc = probe_map_flags(&sys, &map_flags);
        if (rc < 0)
            status = fail("out of memory");
    }
    if (status == 0) {
        rep.sys = &sys;
        rep.available = PROBE_HAVE_MMAP;
        rep.advice = &advice;
        rep.map_flags = &map_flags;
        rep.show_advice = nadvice > 0 || nflags == 0;
        rep.show_map_flags = nflags > 0 || nadvice == 0;
        if (json)
            probe_print_json(stdout, &rep);
        else
            probe_print_table(stdout, &rep);
        if (fflush(stdout) != 0 || ferror(stdout))
            status = fail("write error on standard output");
    }
    probe_list_free(&advice);
    probe_list_free(&map_flags);
    free(advice_values);
    free(flag_values);
    return status;
}
