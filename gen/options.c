/* options.c: the command-line options of mmapc-gen (see options.h). */
#include "options.h"

#include <stdio.h>
#include <string.h>

#include "diag.h"

int mmapc_option_value(int argc, char **argv, int *i, const char *name,
                       const char **value, const char *context)
{
    const char *arg = argv[*i];
    size_t n = strlen(name);

    if (strncmp(arg, name, n) != 0)
        return 0;
    if (arg[n] == '=') {
        *value = arg + n + 1;
    } else if (arg[n] == '\0') {
        if (*i + 1 >= argc)
            return mmapc_error("%soption %s needs a value", context, name);
        *value = argv[++*i];
    } else {
        return 0;
    }
    if (**value == '\0')
        return mmapc_error("%soption %s needs a non-empty value", context,
                           name);
    return 1;
}

int mmapc_option_once(int argc, char **argv, int *i, const char *name,
                      const char **slot, const char *context)
{
    const char *value;
    int rc = mmapc_option_value(argc, argv, i, name, &value, context);

    if (rc != 1)
        return rc;
    if (*slot != NULL)
        return mmapc_error("%soption %s given twice", context, name);
    *slot = value;
    return 1;
}

int mmapc_usage_hint(const char *command)
{
    fprintf(stderr, "Try '%s --help' for more information.\n", command);
    return MMAPC_ERR;
}

void mmapc_usage_formats(FILE *out, const struct mmapc_format *formats,
                         size_t n)
{
    size_t i;

    fputs("  --format FORMAT  what to write:\n", out);
    for (i = 0; i < n; i++)
        fprintf(out, "                     %-8s %s\n", formats[i].name,
                formats[i].what);
}

const struct mmapc_format *
mmapc_format_find(const struct mmapc_format *formats, size_t n,
                  const char *name)
{
    size_t i;

    for (i = 0; i < n; i++)
        if (strcmp(formats[i].name, name) == 0)
            return &formats[i];
    return NULL;
}
