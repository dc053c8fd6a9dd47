/* template.c: fill a template (see template.h). */
#include "template.h"

#include <string.h>

#include "diag.h"

const struct mmapc_template *mmapc_template_find(const char *name)
{
    unsigned i;

    for (i = 0; i < mmapc_ntemplates; i++)
        if (strcmp(mmapc_templates[i].name, name) == 0)
            return &mmapc_templates[i];
    return NULL;
}

const struct mmapc_template *mmapc_template_get(const char *name)
{
    const struct mmapc_template *t = mmapc_template_find(name);

    if (t == NULL)
        mmapc_error("internal error: template %s is not built in", name);
    return t;
}

#define PLACEHOLDER_MAX 64

/* If S starts a placeholder "@@NAME@@", copy NAME to NAME and return the
 * placeholder's length; otherwise 0. */
static size_t placeholder(const char *s, char *name)
{
    size_t n = 0;

    if (s[0] != '@' || s[1] != '@')
        return 0;
    s += 2;
    while ((s[n] >= 'A' && s[n] <= 'Z') || (s[n] >= '0' && s[n] <= '9')
           || s[n] == '_') {
        if (n + 1 == PLACEHOLDER_MAX)
            return 0;
        name[n] = s[n];
        n++;
    }
    if (n == 0 || s[n] != '@' || s[n + 1] != '@')
        return 0;
    name[n] = '\0';
    return n + 4;
}

static int fill_one(FILE *out, const struct mmapc_template *tmpl,
                    unsigned long lineno, const char *name, int block,
                    mmapc_filler fill, void *ctx)
{
    int rc = fill(out, name, block, ctx);

    if (rc == MMAPC_FILL_UNKNOWN)
        return mmapc_error_at(tmpl->name, lineno,
                              "unknown %s placeholder @@%s@@ (internal error)",
                              block ? "block" : "inline", name);
    return rc == MMAPC_FILL_OK ? MMAPC_OK : MMAPC_ERR;
}

int mmapc_template_fill(FILE *out, const struct mmapc_template *tmpl,
                        mmapc_filler fill, void *ctx)
{
    char name[PLACEHOLDER_MAX];
    unsigned long lineno;
    const char *line, *p;
    size_t len;

    for (lineno = 1; (line = tmpl->lines[lineno - 1]) != NULL; lineno++) {
        if (strncmp(line, "@@#", 3) == 0)
            continue;
        len = placeholder(line, name);
        if (len > 0 && line[len] == '\0') {
            if (fill_one(out, tmpl, lineno, name, 1, fill, ctx) != MMAPC_OK)
                return MMAPC_ERR;
            continue;
        }
        for (p = line; *p != '\0';) {
            len = placeholder(p, name);
            if (len == 0) {
                fputc(*p++, out);
                continue;
            }
            if (fill_one(out, tmpl, lineno, name, 0, fill, ctx) != MMAPC_OK)
                return MMAPC_ERR;
            p += len;
        }
        fputc('\n', out);
    }
    return MMAPC_OK;
}

int mmapc_template_fill_named(FILE *out, const char *name, mmapc_filler fill,
                              void *ctx)
{
    const struct mmapc_template *tmpl = mmapc_template_get(name);

    if (tmpl == NULL)
        return MMAPC_ERR;
    return mmapc_template_fill(out, tmpl, fill, ctx);
}
