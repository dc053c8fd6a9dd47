/* main.c: the command line of mmapc-gen.
 *
 *   mmapc-gen --catalog FILE [--catalog FILE ...] --results FILE
 *             --format FORMAT --output FILE
 *   mmapc-gen --help | --version
 *
 * Output formats are dispatched through the formats[] table; the
 * subcommand merge (gen/merge/merge_main.c) is chosen by the first argument.
 */
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "diag.h"
#include "emit.h"
#include "merge.h"
#include "options.h"
#include "outfile.h"
#include "results.h"

#ifndef MMAPC_VERSION
#define MMAPC_VERSION "unknown"
#endif

static const struct mmapc_format formats[] = {
    { "header", "the C header (mmap_consts.h)", mmapc_emit_header, NULL },
    { "json", "the JSON description (mmap_consts.json)", mmapc_emit_json,
      NULL },
    { "markdown", "the Markdown page (mmap_consts.md)", mmapc_emit_markdown,
      NULL },
    { "man", "the man page (mmap_consts.7)", mmapc_emit_man, NULL },
};

#define NFORMATS (sizeof formats / sizeof formats[0])
#define MAX_CATALOGS 64

struct options {
    const char *catalogs[MAX_CATALOGS + 1]; /* the results after them */
    size_t ncatalogs;
    const char *results;
    const char *output;
    const struct mmapc_format *format;
};

static void usage(FILE *out)
{
    fputs("Usage: mmapc-gen --catalog FILE [--catalog FILE ...] "
          "--results FILE\n"
          "                 --format FORMAT --output FILE\n"
          "       mmapc-gen merge --format FORMAT --output FILE "
          "A.json B.json ...\n"
          "       mmapc-gen --help | --version\n"
          "\n"
          "Turn the mmap-consts symbol catalog and configure's probe "
          "results\n"
          "(probe-results.txt) into one output file.\n"
          "\n"
          "  --catalog FILE   a symbol catalog (catalog/symbols.def); repeat "
          "for\n"
          "                   extra catalogs, read in order, names unique "
          "across all\n"
          "  --results FILE   the probe results written by configure\n",
          out);
    mmapc_usage_formats(out, formats, NFORMATS);
    fputs("  --output FILE    where to write it ('-': standard output); "
          "written to a\n"
          "                   temporary file first, so an existing FILE "
          "stays as it\n"
          "                   was if anything fails\n"
          "  --help           show this help and exit\n"
          "  --version        show the version and exit\n"
          "\n"
          "Errors are reported as FILE:LINE: message; the exit status is "
          "then 1.\n"
          "The input formats are described in docs/formats.md, the outputs "
          "in\n"
          "docs/generator.md.\n",
          out);
}

static int usage_hint(void)
{
    return mmapc_usage_hint("mmapc-gen");
}

/* 0: go on; 1: --help or --version done; MMAPC_ERR: error. */
static int parse_args(int argc, char **argv, struct options *o)
{
    const char *value, *format = NULL;
    int i, rc;

    for (i = 1; i < argc; i++) {
        const char *arg = argv[i];

        if (strcmp(arg, "--help") == 0) {
            usage(stdout);
            return 1;
        }
        if (strcmp(arg, "--version") == 0) {
            printf("mmapc-gen (mmap-consts) %s\n", MMAPC_VERSION);
            return 1;
        }
        if ((rc = mmapc_option_value(argc, argv, &i, "--catalog", &value, ""))
            != 0) {
            if (rc < 0)
                return usage_hint();
            if (o->ncatalogs == MAX_CATALOGS) {
                mmapc_error("too many --catalog options (at most %d)",
                            MAX_CATALOGS);
                return usage_hint();
            }
            o->catalogs[o->ncatalogs++] = value;
        } else if ((rc = mmapc_option_once(argc, argv, &i, "--results",
                                           &o->results, ""))
                       != 0
                   || (rc = mmapc_option_once(argc, argv, &i, "--output",
                                              &o->output, ""))
                          != 0
                   || (rc = mmapc_option_once(argc, argv, &i, "--format",
                                              &format, ""))
                          != 0) {
            if (rc < 0)
                return usage_hint();
        } else if (arg[0] == '-') {
            mmapc_error("unknown option '%s'", arg);
            return usage_hint();
        } else {
            mmapc_error("unexpected argument '%s'", arg);
            return usage_hint();
        }
    }
    if (o->ncatalogs == 0) {
        mmapc_error("no --catalog given");
        return usage_hint();
    }
    if (o->results == NULL) {
        mmapc_error("no --results given");
        return usage_hint();
    }
    o->catalogs[o->ncatalogs] = o->results;
    if (format == NULL) {
        mmapc_error("no --format given");
        return usage_hint();
    }
    if (o->output == NULL) {
        mmapc_error("no --output given");
        return usage_hint();
    }
    o->format = mmapc_format_find(formats, NFORMATS, format);
    if (o->format == NULL) {
        mmapc_error("unknown format '%s' (see --help)", format);
        return usage_hint();
    }
    return 0;
}

static int generate(const struct options *o)
{
    struct mmapc_catalog cat;
    struct mmapc_results res;
    struct mmapc_outfile of;
    struct mmapc_input in;
    size_t i;
    int rc = MMAPC_ERR;

    mmapc_catalog_init(&cat);
    mmapc_results_init(&res);
    if (mmapc_outfile_same_as_input(o->output, o->catalogs, o->ncatalogs + 1)
        != MMAPC_OK)
        goto done;
    for (i = 0; i < o->ncatalogs; i++)
        if (mmapc_catalog_load(&cat, o->catalogs[i]) != MMAPC_OK)
            goto done;
    if (mmapc_results_load(&res, o->results, &cat) != MMAPC_OK)
        goto done;
    in.cat = &cat;
    in.res = &res;
    in.version = MMAPC_VERSION;
    if (mmapc_outfile_open(&of, o->output) != MMAPC_OK)
        goto done;
    if (o->format->emit(of.fp, &in) != MMAPC_OK) {
        mmapc_outfile_abort(&of);
        goto done;
    }
    rc = mmapc_outfile_commit(&of);
done:
    mmapc_results_free(&res);
    mmapc_catalog_free(&cat);
    return rc;
}

int main(int argc, char **argv)
{
    struct options o;
    int rc;

    memset(&o, 0, sizeof o);
    mmapc_diag_set_program("mmapc-gen");
    if (argc > 1 && strcmp(argv[1], "merge") == 0)
        return mmapc_merge_main(argc - 1, argv + 1, MMAPC_VERSION);
    rc = parse_args(argc, argv, &o);
    if (rc != 0)
        return rc < 0 ? EXIT_FAILURE : EXIT_SUCCESS;
    return generate(&o) == MMAPC_OK ? EXIT_SUCCESS : EXIT_FAILURE;
}
