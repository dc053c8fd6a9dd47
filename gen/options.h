/* options.h: the option parser and the table of formats that the command
 * lines of mmapc-gen (gen/main.c) and of mmapc-gen merge (gen/merge/merge_main.c)
 * share.
 *
 * An option with a value is written --NAME VALUE or --NAME=VALUE, and the
 * value may not be empty. Messages start with CONTEXT ("" or "merge: "),
 * as "mmapc-gen: CONTEXToption --NAME needs a value".
 */
#ifndef MMAPC_GEN_OPTIONS_H
#define MMAPC_GEN_OPTIONS_H

#include <stddef.h>
#include <stdio.h>

struct mmapc_input;
struct mmapc_merge;

/* Whether ARGV[*I] is option NAME: 1 (then *VALUE is its value and *I the
 * index of the last argument used), 0 (another argument), or MMAPC_ERR
 * after reporting a missing or empty value. */
int mmapc_option_value(int argc, char **argv, int *i, const char *name,
                       const char **value, const char *context);

/* The same for an option that may be given once: its value goes to *SLOT,
 * which must be NULL before. MMAPC_ERR after reporting it given twice. */
int mmapc_option_once(int argc, char **argv, int *i, const char *name,
                      const char **slot, const char *context);

/* Point to COMMAND --help ("mmapc-gen", "mmapc-gen merge") on standard
 * error, after a command-line error. Returns MMAPC_ERR. */
int mmapc_usage_hint(const char *command);

/* A value of --format: its name, its line in --help, and what writes it,
 * an emitter of mmapc-gen or of mmapc-gen merge (the other one NULL). */
struct mmapc_format {
    const char *name;
    const char *what;
    int (*emit)(FILE *out, const struct mmapc_input *in);
    int (*merge_emit)(FILE *out, const struct mmapc_merge *m);
};

/* The --help lines of --format: the option, then each of the N FORMATS
 * with its line. */
void mmapc_usage_formats(FILE *out, const struct mmapc_format *formats,
                         size_t n);

/* The format called NAME among the N FORMATS, or NULL. */
const struct mmapc_format *
mmapc_format_find(const struct mmapc_format *formats, size_t n,
                  const char *name);

#endif
