/* catalog.h: the symbol catalog (catalog/symbols.def, docs/formats.md).
 *
 * mmapc_catalog_load may be called once per --catalog file; names must be
 * unique across all of them, and a later file may use the families of an
 * earlier one.
 */
#ifndef MMAPC_GEN_CATALOG_H
#define MMAPC_GEN_CATALOG_H

#include <stddef.h>
#include <stdio.h>

#include "nameindex.h"

#define MMAPC_NAME_MAX 63

enum mmapc_kind {
    MMAPC_K_FLAG = 1,
    MMAPC_K_INT,
    MMAPC_K_POINTER,
    MMAPC_K_MACRO
};

struct mmapc_family {
    char *name;
    char *title;
    const char *file;
    unsigned long line;
};

struct mmapc_symdef {
    char *name;
    size_t family; /* index into the catalog's families */
    enum mmapc_kind kind;
    int archdep;  /* the ",archdep" attribute */
    int strict;   /* kind "strict": a flag (kind is MMAPC_K_FLAG)
                            whose absent form stays undefined */
    char *python; /* NULL for "-" */
    char *description;
    const char *file; /* the catalog file, as given */
    unsigned long line;
};

struct mmapc_catalog {
    struct mmapc_family *families;
    size_t nfamilies, families_cap;
    struct mmapc_symdef *symbols;
    size_t nsymbols, symbols_cap;
    struct mmapc_nameindex symbol_index; /* name -> index in symbols */
    struct mmapc_nameindex family_index; /* name -> index in families */
};

void mmapc_catalog_init(struct mmapc_catalog *cat);
void mmapc_catalog_free(struct mmapc_catalog *cat);

/* Add the symbols of PATH, which must list at least one. MMAPC_OK, or
 * MMAPC_ERR after reporting. */
int mmapc_catalog_load(struct mmapc_catalog *cat, const char *path);
/* The same from an open stream, reported under NAME (unit tests). */
int mmapc_catalog_load_stream(struct mmapc_catalog *cat, FILE *fp,
                              const char *name);

/* Add TEXT (NUL-terminated, without its newline) as line LINE of FILE,
 * which must outlive CAT: a line of the catalog format, which merge's JSON
 * reader also writes. MMAPC_OK, or MMAPC_ERR after reporting. */
int mmapc_catalog_add_line(struct mmapc_catalog *cat, const char *file,
                           unsigned long line, const char *text);

/* The index of the symbol called NAME, or (size_t)-1. */
size_t mmapc_catalog_find(const struct mmapc_catalog *cat, const char *name);

/* "flag", "int", "pointer", "macro" */
const char *mmapc_kind_name(enum mmapc_kind kind);

/* The catalog's kind of S: "strict" for a strict flag, else as
 * mmapc_kind_name. */
const char *mmapc_symdef_kind_name(const struct mmapc_symdef *s);

/* 1 when the LEN bytes at S are a PYTHON field's version: 3.13, 2.x. */
int mmapc_is_python_version(const char *s, size_t len);

/* 1 when S is a C identifier of at most MMAPC_NAME_MAX characters. */
int mmapc_is_identifier(const char *s, size_t len);

#endif
