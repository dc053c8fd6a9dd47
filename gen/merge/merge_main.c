/* merge_main.c: the command line of mmapc-gen merge (see merge.h). */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "merge.h"
#include "options.h"
#include "outfile.h"

/* Messages of this command line start with it. */
#define CONTEXT "merge: "

static const struct mmapc_format merge_formats[] = {
    { "header", "one mmap_consts.h that is right on every target", NULL,
      mmapc_merge_emit_header },
    { "markdown", "the portability matrix of the constants (Markdown)", NULL,
      mmapc_merge_emit_markdown },
    { "json", "every target's values (JSON)", NULL, mmapc_merge_emit_json },
};

#define NMERGE_FORMATS (sizeof merge_formats / sizeof merge_formats[0])

struct merge_options {
    const char *format, *output;
    const struct mmapc_format *fmt;
    const char **inputs, **prefer; /* room for argc of each */
    size_t ninputs, nprefer;
};

static void merge_usage(FILE *out)
{
    fputs("Usage: mmapc-gen merge --format FORMAT --output FILE "
          "[--prefer FILE]...\n"
          "                       A.json B.json ...\n"
          "\n"
          "Merge the mmap_consts.json of several targets (each written by "
          "make in\n"
          "that target's build) into one output.\n"
          "\n",
          out);
    mmapc_usage_formats(out, merge_formats, NMERGE_FORMATS);
    fputs("  --output FILE    where to write it ('-': standard output); "
          "an existing\n"
          "                   FILE stays as it was if anything fails\n"
          "  --prefer FILE    when inputs share a branch of the header "
          "(the compiler\n"
          "                   cannot tell them apart) and their values "
          "differ, keep\n"
          "                   FILE's (one of the inputs, named as given); "
          "repeatable\n"
          "  --help           show this help and exit\n"
          "\n"
          "Errors are reported as FILE:LINE: message; the exit status is "
          "then 1.\n"
          "See docs/generator.md and docs/vendoring.md.\n",
          out);
}

/* The options and inputs of ARGV into *O, with --help answered: 0 go on,
 * 1 done, MMAPC_ERR after reporting. */
static int parse_args(int argc, char **argv, struct merge_options *o)
{
    const char *value;
    int i, rc, options = 1;

    for (i = 1; i < argc; i++) {
        const char *arg = argv[i];

        if (options && strcmp(arg, "--help") == 0) {
            merge_usage(stdout);
            return 1;
        }
        if (options && strcmp(arg, "--") == 0) {
            options = 0;
        } else if (!options || arg[0] != '-' || arg[1] == '\0') {
            o->inputs[o->ninputs++] = arg;
        } else {
            rc = mmapc_option_once(argc, argv, &i, "--format", &o->format,
                                   CONTEXT);
            if (rc == 0)
                rc = mmapc_option_once(argc, argv, &i, "--output", &o->output,
                                       CONTEXT);
            if (rc == 0
                && (rc = mmapc_option_value(argc, argv, &i, "--prefer", &value,
                                            CONTEXT))
                       == 1)
                o->prefer[o->nprefer++] = value;
            if (rc == 0)
                return mmapc_error(CONTEXT "unknown option '%s'", arg);
            if (rc < 0)
                return MMAPC_ERR;
        }
    }
    if (o->format == NULL)
        return mmapc_error(CONTEXT "no --format given");
    o->fmt = mmapc_format_find(merge_formats, NMERGE_FORMATS, o->format);
    if (o->fmt == NULL)
        return mmapc_error(CONTEXT "unknown format '%s' (header, markdown "
                                   "or json)",
                           o->format);
    if (o->output == NULL)
        return mmapc_error(CONTEXT "no --output given");
    if (o->ninputs == 0)
        return mmapc_error(CONTEXT "no inputs (give the mmap_consts.json of "
                                   "each target)");
    return 0;
}

static int merge(const struct merge_options *o, const char *version)
{
    int header = o->fmt->merge_emit == mmapc_merge_emit_header;
    struct mmapc_merge m;
    struct mmapc_outfile of;
    int rc = MMAPC_ERR;

    if (mmapc_outfile_same_as_input(o->output, o->inputs, o->ninputs)
        != MMAPC_OK)
        return MMAPC_ERR;
    mmapc_merge_init(&m, version);
    /* Only the header has branches, hence conflicts; --prefer must name an
     * input whatever the format. */
    if (mmapc_merge_load(&m, o->inputs, o->ninputs, header) == MMAPC_OK
        && (header ? mmapc_merge_plan(&m, o->prefer, o->nprefer)
                   : mmapc_merge_check_prefer(&m, o->prefer, o->nprefer))
               == MMAPC_OK
        && mmapc_outfile_open(&of, o->output) == MMAPC_OK) {
        if (o->fmt->merge_emit(of.fp, &m) != MMAPC_OK)
            mmapc_outfile_abort(&of);
        else
            rc = mmapc_outfile_commit(&of);
    }
    mmapc_merge_free(&m);
    return rc;
}

int mmapc_merge_main(int argc, char **argv, const char *version)
{
    struct merge_options o;
    int rc;

    memset(&o, 0, sizeof o);
    o.inputs = malloc((size_t)argc * sizeof *o.inputs);
    o.prefer = malloc((size_t)argc * sizeof *o.prefer);
    if (o.inputs == NULL || o.prefer == NULL) {
        rc = mmapc_out_of_memory();
    } else {
        rc = parse_args(argc, argv, &o);
        if (rc < 0)
            mmapc_usage_hint("mmapc-gen merge");
        else if (rc == 0)
            rc = merge(&o, version);
    }
    free((void *)o.inputs);
    free((void *)o.prefer);
    return rc < 0 ? EXIT_FAILURE : EXIT_SUCCESS;
}
