/* emit.h: the output formats of mmapc-gen.
 *
 * An emitter writes one output from the catalog and the probe results. It
 * reports its own errors (FILE:LINE: message) and returns MMAPC_OK or
 * MMAPC_ERR; the caller writes to a temporary file, so a failed emitter
 * leaves no partial output behind.
 */
#ifndef MMAPC_GEN_EMIT_H
#define MMAPC_GEN_EMIT_H

#include <stdio.h>

#include "catalog.h"
#include "results.h"

struct mmapc_input {
    const struct mmapc_catalog *cat;
    const struct mmapc_results *res;
    const char *version; /* the generator's version */
};

typedef int (*mmapc_emitter)(FILE *out, const struct mmapc_input *in);

int mmapc_emit_header(FILE *out, const struct mmapc_input *in);
int mmapc_emit_json(FILE *out, const struct mmapc_input *in);
int mmapc_emit_markdown(FILE *out, const struct mmapc_input *in);
int mmapc_emit_man(FILE *out, const struct mmapc_input *in);

#endif
