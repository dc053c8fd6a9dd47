/* test-emit-markdown.c: the Markdown emitter (gen/emit/emit_markdown.c) and
 * the notes it shares with the man page (gen/emit/docnotes.c): byte for byte
 * against tests/data/expected-lp64.md, then escaping, notes, values and
 * the target and function lists. tests/gen/docs-outputs.sh checks the build's
 * mmap_consts.md against the real catalog. */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "docnotes.h"
#include "emit.h"
#include "testutil.h"

#define HAS(out, s) ck_assert_msg(strstr(out, s) != NULL, "missing: %s", s)
#define HASNT(out, s) ck_assert_msg(strstr(out, s) == NULL, "unwanted: %s", s)

START_TEST(test_golden_lp64)
{
    tu_golden(mmapc_emit_markdown, "results-lp64.txt", "expected-lp64.md");
}
END_TEST

START_TEST(test_structure)
{
    struct mmapc_catalog cat;
    struct mmapc_results res;
    struct mmapc_input in;
    char *out;
    const char *prot, *map, *madv, *other, *test;
    int rc;

    tu_load_data(&cat, &res, "results-lp64.txt", &in);
    out = tu_emit(mmapc_emit_markdown, &in, &rc);
    ck_assert_int_eq(rc, MMAPC_OK);
    ck_assert_msg(strncmp(out, "# mmap constants of x86_64-pc-linux-gnu\n\n",
                          41)
                      == 0,
                  "title");
    /* families in catalog order, titles from %family */
    prot = strstr(out, "\n### PROT: Memory protection (mmap, mprotect)\n");
    map = strstr(out, "\n### MAP: mmap flags\n");
    madv = strstr(out, "\n### MADV: madvise advice\n");
    other = strstr(out, "\n### OTHER: Other constants\n");
    test = strstr(out, "\n### MMAPCTEST: Synthetic values for the tests\n");
    ck_assert(prot != NULL && map != NULL && madv != NULL && other != NULL
              && test != NULL);
    ck_assert(prot < map && map < madv && madv < other && other < test);
    /* a name of the extra catalog in a family of the main one */
    ck_assert(strstr(out, "| `MAP_EXTRA_ONE` | `0x40` |") < madv);
    ck_assert(strstr(out, "| `MAP_EXTRA_ONE` | `0x40` |") > map);
    HAS(out,
        "\n| name | value | header | description | CPython | notes |\n"
        "|---|---|---|---|---|---|\n| `PROT_NONE` | `0x0` | - | Pages may not be "
        "accessed at all. | - |  |\n");
    /* values: hex, negative, absent, present without a value */
    HAS(out, "| `MMAPCTEST_UMAX` | `0xffffffffffffffff` |");
    HAS(out, "| `MMAPCTEST_LLMIN` | `-0x8000000000000000` |");
    HAS(out,
        "| `MMAPCTEST_DEC` | `0x1000` | - | A decimal value as a user may "
        "preset it. | 3.13 |  |\n");
    HAS(out, "| `MADV_COLD` | absent |");
    HAS(out, "| `MAP_ALIGNED` | absent |");
    HAS(out,
        "| `MAP_FAILED` | present | - | What mmap returns on failure. | - "
        "| not an integer |\n");
    HAS(out, "| `MMAPCTEST_CONST` | present | - | Present but not a constant "
             "expression. | - | not a constant expression |\n");
    /* the summary and the counts */
    HAS(out, "| `MAP` | mmap flags | 4 of 5 |\n");
    HAS(out, "\n2 of 3 present on this target.\n");
    HAS(out, "| symbols | 20 in the catalog, 17 present |\n");
    /* target and toolchain, functions */
    HAS(out, "| target | `x86_64-pc-linux-gnu` (native build) |\n");
    HAS(out, "| compiler | gcc (Debian 12.2.0-14+deb12u1) 12.2.0 |\n");
    HAS(out, "| headers | `sys/mman.h`, `linux/mman.h`; not found: "
             "`linux/memfd.h` |\n");
    HAS(out, "| `madvise` address type | `void *` |\n");
    HAS(out, "| generator | mmapc-gen 9.9-test |\n");
    HAS(out, "Found on this target (declared in the headers and linkable), "
             "2 of 3:\n`madvise`, `posix_madvise`.\n\nNot found: `mremap`.\n");
    /* a single final newline */
    ck_assert_msg(strstr(out, "| An absent flag. | - |  |\n")
                      == out + strlen(out)
                             - strlen("| An absent flag. | - |  |\n"),
                  "end of file");
    free(out);
    mmapc_results_free(&res);
    mmapc_catalog_free(&cat);
}
END_TEST

START_TEST(test_escapes)
{
    struct mmapc_catalog cat;
    struct mmapc_results res;
    char *out = tu_emit_escapes(mmapc_emit_markdown, &cat, &res);

    /* Markdown syntax in a description: escaped; an underscore inside a
     * word is not (it cannot emphasise); '|' never splits the cell. */
    HAS(out, "| `ESC_MD` | `0x3` | - | pipe \\| star \\* under \\_x\\_ a_b "
             "back\\\\slash \\`tick\\` \\<tag\\> \\&amp; \\~strike\\~ \\#hash "
             "\\[link\\](x) ! | 3.13 |  |\n");
    HAS(out, "| `ESC_ROFF` | `-0x1` | - | \\\\fBbold\\\\fR \"quoted\" "
             "copy-on-write -1 --option x86-64 2^n a\\~b it's \\\\\\\\ end |");
    /* in a family title, and in the results' free text */
    HAS(out, "\n### ESC: Escapes: \\| \\* \\_x\\_ \\\\ \\`q\\` \\<b\\> "
             "\\&amp; \\~s\\~ \\#h \"title\" -1\n");
    HAS(out, "| `ESC` | Escapes: \\| \\* \\_x\\_ \\\\ \\`q\\` \\<b\\> "
             "\\&amp; \\~s\\~ \\#h \"title\" -1 | 6 of 6 |\n");
    HAS(out, "| compiler | .cc 1.0 'q' \\\\ \\| \\* -x \\`b\\` |\n");
    /* names are code spans, whatever their first character */
    HAS(out, "| `_ESC_LEAD` | `0x10` |");
    /* an empty libc, a cross build, madvise not declared */
    HAS(out, "| C library | unknown |\n");
    HAS(out, "| target | `x86_64-pc-linux-gnu` (cross-compiled) |\n");
    HAS(out, "| `madvise` address type | `madvise` is not declared |\n");
    /* a family without names */
    HAS(out, "\n### EMPTY: A family without names\n\nThe catalog lists no "
             "names in this family.\n");
    free(out);
    mmapc_results_free(&res);
    mmapc_catalog_free(&cat);
}
END_TEST

START_TEST(test_notes)
{
    struct mmapc_catalog cat;
    struct mmapc_results res;
    char *out = tu_emit_escapes(mmapc_emit_markdown, &cat, &res);

    /* aliases: same family, same nonzero value, whatever its spelling in
     * the results (0x4, 4); listed in catalog order, both ways */
    HAS(out, "| `NOTE_A` | `0x4` | - | Alias of NOTE_B (same value). | - | "
             "same value as `NOTE_B`, `NOTE_C` |\n");
    HAS(out,
        "| `NOTE_B` | `0x4` | - | Alias of NOTE_A, and differs between "
        "architectures. | 2.x | same value as `NOTE_A`, `NOTE_C`; differs "
        "between architectures |\n");
    HAS(out,
        "| `NOTE_C` | `0x4` | - | A third name with the same value. | - | "
        "same value as `NOTE_A`, `NOTE_B` |\n");
    HAS(out,
        "| `NOTE_NEG` | `-0x8` | - | Negative, the same as NOTE_NEG2. | - | "
        "same value as `NOTE_NEG2` |\n");
    /* not an alias: another family, zero, another sign */
    HAS(out,
        "| `ESC_OTHER` | `0x4` | - | The value of NOTE_A in another family: "
        "no alias. | - |  |\n");
    HAS(out,
        "| `NOTE_ZINT2` | `0x0` | - | Another int that is 0: not an alias. "
        "| - |  |\n");
    HAS(out,
        "| `NOTE_POS` | `0x8` | - | The magnitude of NOTE_NEG, positive: no "
        "alias. | - |  |\n");
    /* zero: a flag has no effect, except the documented ones; an int is a
     * value like any other */
    HAS(out,
        "| `NOTE_ZERO` | `0x0` | - | A flag defined as 0: no effect. | - | "
        "defined as 0: no effect |\n");
    HAS(out,
        "| `PROT_NONE` | `0x0` | - | A flag whose 0 is its meaning. | - |  "
        "|\n");
    HAS(out, "| `NOTE_ZINT` | `0x0` | - | An int that is 0: a value like any "
             "other. | - |  |\n");
    /* no integer */
    HAS(out, "| `NOTE_PTR` | present | - | A pointer, present. | - | not an "
             "integer |\n");
    HAS(out,
        "| `NOTE_MAC2` | present | - | A function-like macro, present. | - "
        "| not an integer |\n");
    HAS(out,
        "| `NOTE_MAC` | absent | - | A function-like macro, absent. | - |  "
        "|\n");
    HAS(out,
        "| `NOTE_OBJ` | present | - | Present, but no constant expression. "
        "| - | not a constant expression |\n");
    /* archdep, also when absent */
    HAS(out, "| `NOTE_ABS` | absent | - | An absent flag that differs between "
             "architectures. | - | differs between architectures |\n");
    HAS(out, "| `NOTE` | Notes | 13 of 15 |\n");
    free(out);
    mmapc_results_free(&res);
    mmapc_catalog_free(&cat);
}
END_TEST

/* How many notes symbol NAME has. */
static size_t notes_of(const struct mmapc_docnotes *dn, const char *name)
{
    size_t i = mmapc_catalog_find(dn->in->cat, name);

    ck_assert_uint_ne(i, (size_t)-1);
    return mmapc_doc_put_notes(NULL, dn, i, NULL);
}

START_TEST(test_docnotes)
{
    struct mmapc_catalog cat;
    struct mmapc_results res;
    struct mmapc_input in;
    struct mmapc_docnotes dn;
    char buf[MMAPC_DOCVALUE_BUFSIZE];
    const size_t *symbols;
    size_t total, present, i, n;

    tu_load_escapes(&cat, &res, &in);
    ck_assert_int_eq(mmapc_docnotes_init(&dn, &in), MMAPC_OK);
    ck_assert(mmapc_zero_is_meaningful("PROT_NONE"));
    ck_assert(mmapc_zero_is_meaningful("MAP_PRIVATE"));
    ck_assert(mmapc_zero_is_meaningful("MS_SYNC"));
    ck_assert(!mmapc_zero_is_meaningful("MAP_FILE"));
    ck_assert(!mmapc_zero_is_meaningful("PROT_NON"));
    i = mmapc_catalog_find(&cat, "NOTE_NEG2");
    ck_assert_str_eq(mmapc_doc_value(&in, i, buf, sizeof buf), "-0x8");
    i = mmapc_catalog_find(&cat, "NOTE_PTR");
    ck_assert_str_eq(mmapc_doc_value(&in, i, buf, sizeof buf), "present");
    ck_assert(mmapc_doc_present(&in, i));
    ck_assert_uint_eq(mmapc_doc_put_notes(NULL, &dn, i, NULL), 1);
    i = mmapc_catalog_find(&cat, "NOTE_B");
    ck_assert_uint_eq(mmapc_doc_put_notes(NULL, &dn, i, NULL), 2);
    /* aliases: one family, one sign, one nonzero value */
    ck_assert_uint_eq(notes_of(&dn, "NOTE_C"), 1);
    ck_assert_uint_eq(notes_of(&dn, "NOTE_NEG"), 1);
    ck_assert_uint_eq(notes_of(&dn, "NOTE_POS"), 0);
    ck_assert_uint_eq(notes_of(&dn, "ESC_OTHER"), 0);
    ck_assert_uint_eq(notes_of(&dn, "NOTE_ZINT2"), 0);
    i = mmapc_catalog_find(&cat, "NOTE_MAC");
    ck_assert_str_eq(mmapc_doc_value(&in, i, buf, sizeof buf), "absent");
    ck_assert(!mmapc_doc_present(&in, i));
    ck_assert_uint_eq(mmapc_doc_put_notes(NULL, &dn, i, NULL), 0);
    mmapc_doc_family_count(&dn, 2, &total, &present);
    ck_assert_uint_eq(total, 0);
    ck_assert_uint_eq(present, 0);
    mmapc_doc_family_symbols(&dn, 2, &n);
    ck_assert_uint_eq(n, 0);
    /* NOTE: 15 names, 13 present, in catalog order; ESC has one after
     * them */
    mmapc_doc_family_count(&dn, 1, &total, &present);
    ck_assert_uint_eq(total, 15);
    ck_assert_uint_eq(present, 13);
    symbols = mmapc_doc_family_symbols(&dn, 1, &n);
    ck_assert_uint_eq(n, 15);
    ck_assert_uint_eq(symbols[0], mmapc_catalog_find(&cat, "NOTE_A"));
    ck_assert_uint_eq(symbols[14], mmapc_catalog_find(&cat, "NOTE_ABS"));
    for (i = 1; i < n; i++)
        ck_assert_uint_lt(symbols[i - 1], symbols[i]);
    symbols = mmapc_doc_family_symbols(&dn, 0, &n);
    ck_assert_uint_eq(n, 6);
    ck_assert_uint_eq(symbols[4], mmapc_catalog_find(&cat, "_ESC_LEAD"));
    ck_assert_uint_eq(symbols[5], mmapc_catalog_find(&cat, "ESC_OTHER"));
    ck_assert_uint_eq(mmapc_doc_present_count(&dn), 19);
    mmapc_docnotes_free(&dn);
    mmapc_results_free(&res);
    mmapc_catalog_free(&cat);
}
END_TEST

static char *lists_output(const char *facts)
{
    return tu_emit_facts(mmapc_emit_markdown, facts);
}

START_TEST(test_lists)
{
    char *out;

    out = lists_output("");
    HAS(out, "| headers | none checked |\n");
    HAS(out, "## Functions\n\nconfigure checked no functions.\n\n");
    HAS(out, "| `madvise` address type | `caddr_t` |\n");
    free(out);
    out = lists_output("header a.h no\nheader b.h no\nfunction f no\n"
                       "function g no\n");
    HAS(out, "| headers | none found; checked: `a.h`, `b.h` |\n");
    HAS(out, "## Functions\n\nNone found; configure checked: `f`, `g`.\n\n");
    free(out);
    out = lists_output("header a.h yes\nfunction f yes\nfunction g yes\n");
    HAS(out, "| headers | `a.h` |\n");
    HAS(out, "linkable), 2 of 2: `f`,\n`g`.\n\n## Constants");
    HASNT(out, "Not found");
    free(out);
}
END_TEST

START_TEST(test_wrapping)
{
    /* Long lists of functions are wrapped at 76 columns, never inside a
     * name. */
    char facts[2048] = "";
    char *out, *p, *line;
    size_t n;
    int i;

    for (i = 0; i < 40; i++) {
        n = strlen(facts);
        snprintf(facts + n, sizeof facts - n, "function function_%02d yes\n",
                 i);
    }
    out = lists_output(facts);
    HAS(out, "`function_00`");
    HAS(out, "`function_39`.\n");
    p = strstr(out, "## Functions\n\n");
    ck_assert_ptr_nonnull(p);
    p += strlen("## Functions\n\n");
    for (line = p; *line != '\n'; line = strchr(line, '\n') + 1) {
        n = strcspn(line, "\n");
        ck_assert_msg(n <= 76, "line of %lu columns", (unsigned long)n);
        ck_assert_msg(line[0] == '`' || line == p, "a name was split");
    }
    free(out);
}
END_TEST

/* Results of format 2: the header column, "-" where absent or not told,
 * and a note per other header that defines the name otherwise (its value
 * in hex, like the value column). */
START_TEST(test_provenance)
{
    char *out = tu_emit_provenance(mmapc_emit_markdown);

    HAS(out, "| name | value | header | description | CPython | notes |\n");
    HAS(out, "| `MAP_RENAME` | `0x20` | `linux/mman.h` | Rename. | - | "
             "`sys/mman.h` says `0x800`; `asm/mman.h` defines it otherwise, "
             "not as an integer |\n");
    HAS(out, "| `MAP_X` | `0x40` | - | Present, no header known. | - |  |\n");
    HAS(out, "| `MAP_GONE` | absent | - | Absent. | - |  |\n");
    free(out);
}
END_TEST

/* The tests of the suite, in order. */
/* clang-format off */
#define TESTS(X) \
    X(test_golden_lp64) \
    X(test_structure) \
    X(test_escapes) \
    X(test_notes) \
    X(test_docnotes) \
    X(test_lists) \
    X(test_wrapping) \
    X(test_provenance)
/* clang-format on */

TU_SUITE(emit_markdown)
