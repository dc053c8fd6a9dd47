/* test-emit-man.c: the man page emitter (gen/emit/emit_man.c): byte for byte
 * against tests/data/expected-lp64.7, then roff escaping, the page's
 * structure and the notes. tests/gen/docs-outputs.sh has groff render the
 * build's page and these test pages with all warnings on. */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "emit.h"
#include "testutil.h"

#define HAS(out, s) ck_assert_msg(strstr(out, s) != NULL, "missing: %s", s)
#define HASNT(out, s) ck_assert_msg(strstr(out, s) == NULL, "unwanted: %s", s)

START_TEST(test_golden_lp64)
{
    tu_golden(mmapc_emit_man, "results-lp64.txt", "expected-lp64.7");
}
END_TEST

START_TEST(test_structure)
{
    struct mmapc_catalog cat;
    struct mmapc_results res;
    struct mmapc_input in;
    const char *prot, *map, *madv, *other, *test, *see;
    char *out;
    int rc;

    tu_load_data(&cat, &res, "results-lp64.txt", &in);
    out = tu_emit(mmapc_emit_man, &in, &rc);
    ck_assert_int_eq(rc, MMAPC_OK);
    /* no template comment; no date, so the same inputs give the same page */
    HASNT(out, "@@");
    HAS(out, "\n.TH MMAP_CONSTS 7 \"\" \"mmap\\-consts 9.9\\-test\" "
             "\"mmap\\-consts\"\n.SH NAME\nmmap_consts \\- mmap constants of "
             "x86_64\\-pc\\-linux\\-gnu\n");
    prot = strstr(out, "\n.SS \"PROT: Memory protection (mmap, mprotect)\"\n");
    map = strstr(out, "\n.SS \"MAP: mmap flags\"\n");
    madv = strstr(out, "\n.SS \"MADV: madvise advice\"\n");
    other = strstr(out, "\n.SS \"OTHER: Other constants\"\n");
    test = strstr(out, "\n.SS \"MMAPCTEST: Synthetic values for the "
                       "tests\"\n");
    see = strstr(out, "\n.SH SEE ALSO\n");
    ck_assert(prot != NULL && map != NULL && madv != NULL && other != NULL
              && test != NULL && see != NULL);
    ck_assert(prot < map && map < madv && madv < other && other < test
              && test < see);
    ck_assert(strstr(out, "\\fBMAP_EXTRA_ONE\\fR = 0x40\n") > map);
    ck_assert(strstr(out, "\\fBMAP_EXTRA_ONE\\fR = 0x40\n") < madv);
    /* one tagged paragraph per symbol: tag, description, then CPython and
     * the notes when there are any */
    HAS(out,
        "\n2 of 2 present on this target.\n.TP\n\\fBPROT_NONE\\fR = "
        "0x0\nPages may not be accessed at all.\n.TP\n\\fBPROT_READ\\fR = "
        "0x1\nPages may be read.\n.br\nCPython: 2.x.\n.SS");
    HAS(out, ".TP\n\\fBMAP_ANONYMOUS\\fR = 0x20\nNot backed by a file; "
             "\\(dqzero-filled\\(dq \\e (quote and backslash for the "
             "escapers), */ /* ?\?/ too.\n.br\nCPython: 2.x.\nNotes: differs "
             "between architectures.\n");
    HAS(out, ".TP\n\\fBMMAPCTEST_LLMIN\\fR = \\-0x8000000000000000\n"
             "\\-2\\(ha63: the smallest value.\n.TP\n");
    HAS(out, ".TP\n\\fBMADV_COLD\\fR (absent)\n");
    HAS(out, ".TP\n\\fBMAP_FAILED\\fR (present)\nWhat mmap returns on "
             "failure.\n.br\nNotes: not an integer.\n");
    HAS(out, ".TP\n\\fBMMAPCTEST_CONST\\fR (present)\nPresent but not a "
             "constant expression.\n.br\nNotes: not a constant expression.\n");
    /* target, functions, family summary */
    HAS(out, ".TP\ntarget\nx86_64\\-pc\\-linux\\-gnu (native build)\n");
    HAS(out, ".TP\ncompiler\ngcc (Debian 12.2.0\\-14+deb12u1) 12.2.0\n");
    HAS(out, ".TP\nheaders\n\\fBsys/mman.h\\fR,\n\\fBlinux/mman.h\\fR;\n"
             "not found:\n\\fBlinux/memfd.h\\fR\n.TP\n");
    HAS(out, ".TP\nmadvise address type\n\\fBvoid *\\fR\n");
    HAS(out,
        ".SH FUNCTIONS\nFound on this target (declared in the headers "
        "and linkable), 2 of 3:\n\\fBmadvise\\fR,\n\\fBposix_madvise\\fR.\n"
        ".PP\nNot found:\n\\fBmremap\\fR.\n.SH CONSTANTS\n");
    HAS(out, ".TP\n\\fBMAP\\fR\nmmap flags: 4 of 5 present\n");
    free(out);
    mmapc_results_free(&res);
    mmapc_catalog_free(&cat);
}
END_TEST

START_TEST(test_escapes)
{
    struct mmapc_catalog cat;
    struct mmapc_results res;
    char *out = tu_emit_escapes(mmapc_emit_man, &cat, &res);

    /* a line never starts with a control character */
    HAS(out, "\\fBESC_DOT\\fR = 0x1\n\\&.starts with a dot, like a roff "
             "request\n");
    HAS(out, "\\fBESC_QUOTE\\fR = 0x2\n\\&'starts with a quote, like a roff "
             "request\n");
    HAS(out, ".TP\ncompiler\n\\&.cc 1.0 \\(aqq\\(aq \\e | * \\-x "
             "\\(gab\\(ga\n");
    /* backslashes, quotes, hyphens: a hyphen between letters stays, every
     * other '-' is a minus; typed text has only minus signs */
    HAS(out, "\\fBESC_ROFF\\fR = \\-0x1\n\\efBbold\\efR \\(dqquoted\\(dq "
             "copy-on-write \\-1 \\-\\-option x86\\-64 2\\(han a\\(tib it's "
             "\\e\\e end\n");
    HAS(out,
        "pipe | star * under _x_ a_b back\\eslash \\(gatick\\(ga <tag> "
        "&amp; \\(tistrike\\(ti #hash [link](x) !\n.br\nCPython: 3.13.\n");
    /* in a macro argument */
    HAS(out, "\n.SS \"ESC: Escapes: | * _x_ \\e \\(gaq\\(ga <b> &amp; "
             "\\(tis\\(ti #h \\(dqtitle\\(dq \\-1\"\n");
    HAS(out, ".TP\n\\fB_ESC_LEAD\\fR = 0x10\n");
    /* the rest of the target */
    HAS(out, ".TP\nC library\nunknown\n");
    HAS(out, "x86_64\\-pc\\-linux\\-gnu (cross-compiled)\n");
    HAS(out, ".TP\nmadvise address type\n\\fBmadvise\\fR is not declared\n");
    HAS(out, "\n.SS \"EMPTY: A family without names\"\nThe catalog lists no "
             "names in this family.\n.SH SEE ALSO\n");
    free(out);
    mmapc_results_free(&res);
    mmapc_catalog_free(&cat);
}
END_TEST

START_TEST(test_notes)
{
    struct mmapc_catalog cat;
    struct mmapc_results res;
    char *out = tu_emit_escapes(mmapc_emit_man, &cat, &res);

    HAS(out, ".TP\n\\fBNOTE_A\\fR = 0x4\nAlias of NOTE_B (same value).\n.br\n"
             "Notes: same value as \\fBNOTE_B\\fR, \\fBNOTE_C\\fR.\n.TP\n");
    HAS(out,
        ".TP\n\\fBNOTE_B\\fR = 0x4\nAlias of NOTE_A, and differs "
        "between architectures.\n.br\nCPython: 2.x.\nNotes: same value as "
        "\\fBNOTE_A\\fR, \\fBNOTE_C\\fR; differs between architectures.\n");
    HAS(out, "\\fBNOTE_NEG2\\fR = \\-0x8\nNegative, the same as NOTE_NEG.\n"
             ".br\nNotes: same value as \\fBNOTE_NEG\\fR.\n");
    HAS(out, "\\fBNOTE_ZERO\\fR = 0x0\nA flag defined as 0: no effect.\n"
             ".br\nNotes: defined as 0: no effect.\n");
    HAS(out, "\\fBPROT_NONE\\fR = 0x0\nA flag whose 0 is its meaning.\n"
             ".TP\n");
    HAS(out, "\\fBNOTE_ZINT\\fR = 0x0\nAn int that is 0: a value like any "
             "other.\n.TP\n");
    HAS(out, "\\fBNOTE_PTR\\fR (present)\nA pointer, present.\n.br\nNotes: "
             "not an integer.\n");
    HAS(out, "\\fBNOTE_OBJ\\fR (present)\nPresent, but no constant "
             "expression.\n.br\nNotes: not a constant expression.\n");
    HAS(out, "\\fBNOTE_ABS\\fR (absent)\nAn absent flag that differs "
             "between architectures.\n.br\nNotes: differs between "
             "architectures.\n");
    HAS(out, "\\fBESC_OTHER\\fR = 0x4\nThe value of NOTE_A in another "
             "family: no alias.\n.SS");
    free(out);
    mmapc_results_free(&res);
    mmapc_catalog_free(&cat);
}
END_TEST

/* The header and function lists: none checked, none found, all found
 * (some of each: test_structure). */
START_TEST(test_lists)
{
    char *out;

    out = tu_emit_facts(mmapc_emit_man, "");
    HAS(out, ".TP\nheaders\nnone checked\n.TP\n");
    HAS(out, ".SH FUNCTIONS\nconfigure checked no functions.\n"
             ".SH CONSTANTS\n");
    HAS(out, ".TP\nmadvise address type\n\\fBcaddr_t\\fR\n");
    free(out);
    out = tu_emit_facts(mmapc_emit_man, "header a.h no\nheader b.h no\n"
                                        "function f no\nfunction g no\n");
    HAS(out, ".TP\nheaders\nnone found; checked:\n\\fBa.h\\fR,\n"
             "\\fBb.h\\fR\n.TP\n");
    HAS(out, ".SH FUNCTIONS\nNone found; configure checked:\n\\fBf\\fR,\n"
             "\\fBg\\fR.\n.SH CONSTANTS\n");
    free(out);
    out = tu_emit_facts(mmapc_emit_man, "header a.h yes\nfunction f yes\n"
                                        "function g yes\n");
    HAS(out, ".TP\nheaders\n\\fBa.h\\fR\n.TP\n");
    HAS(out,
        ".SH FUNCTIONS\nFound on this target (declared in the headers "
        "and linkable), 2 of 2:\n\\fBf\\fR,\n\\fBg\\fR.\n.SH CONSTANTS\n");
    HASNT(out, "Not found");
    HASNT(out, ".PP\n.SH");
    free(out);
}
END_TEST

/* Results of format 2: a Header line where the header is known, and the
 * conflicts among the notes. */
START_TEST(test_provenance)
{
    char *out = tu_emit_provenance(mmapc_emit_man);

    HAS(out, ".TP\n\\fBMAP_RENAME\\fR = 0x20\nRename.\n.br\n"
             "Header: \\fBlinux/mman.h\\fR.\nNotes: \\fBsys/mman.h\\fR says "
             "\\fB0x800\\fR; \\fBasm/mman.h\\fR defines it otherwise, not as "
             "an integer.\n");
    HAS(out, ".TP\n\\fBMAP_X\\fR = 0x40\nPresent, no header known.\n.TP\n");
    HAS(out, ".TP\n\\fBMAP_GONE\\fR (absent)\nAbsent.\n");
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
    X(test_lists) \
    X(test_provenance)
/* clang-format on */

TU_SUITE(emit_man)
