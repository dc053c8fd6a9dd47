/* options.h: the option parser that the command lines of mmapc-gen
 * (gen/main.c) and of mmapc-gen merge (gen/merge_main.c) share.
 *
 * An option with a value is written --NAME VALUE or --NAME=VALUE, and the
 * value may not be empty. Messages start with CONTEXT ("" or "merge: "),
 * as "mmapc-gen: CONTEXToption --NAME needs a value".
 */
#ifndef MMAPC_GEN_OPTIONS_H
#define MMAPC_GEN_OPTIONS_H

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

#endif
