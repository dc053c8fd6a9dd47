/* suites.h: the registry of the generator's Check suites. Each
 * tests/unit/test-NAME.c defines the suite NAME (dashes become
 * underscores) in mmapc_suite_NAME(); tests/unit/unit-tests.c runs them. A
 * new test file adds its suite here and its source to
 * mmapc_unit_suite_sources in Makefile.am, which makes it a test of its own
 * (tests/unit/test-NAME.unit). */
#ifndef MMAPC_SUITES_H
#define MMAPC_SUITES_H

#include <check.h>

#define MMAPC_UNIT_SUITES(X)                                                   \
    X(lines)                                                                   \
    X(intval)                                                                  \
    X(nameindex)                                                               \
    X(catalog)                                                                 \
    X(results)                                                                 \
    X(template)                                                                \
    X(outfile)                                                                 \
    X(emit_header)                                                             \
    X(emit_json)                                                               \
    X(emit_markdown)                                                           \
    X(emit_man)                                                                \
    X(json_read)                                                               \
    X(merge)                                                                   \
    X(options)

#define MMAPC_DECLARE_SUITE(name) Suite *mmapc_suite_##name(void);
MMAPC_UNIT_SUITES(MMAPC_DECLARE_SUITE)
#undef MMAPC_DECLARE_SUITE

#endif
