/* unit-tests.c: the one program that runs the generator's Check suites
 * (the registry is suites.h). Without an argument it runs every suite;
 * given names, those suites only. make check runs each suite as a test of
 * its own through tests/unit/run-unit.sh, so the harness reports them
 * apart. Each test runs in a child process, so a crash fails one test.
 * Exit status: 0 all passed, 1 a test failed, 99 an unknown suite name. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "suites.h"

struct suite_entry {
    const char *name;
    Suite *(*make)(void);
};

#define MMAPC_SUITE_ENTRY(name) {#name, mmapc_suite_##name},
static const struct suite_entry suites[] = {
    MMAPC_UNIT_SUITES(MMAPC_SUITE_ENTRY)
};
#undef MMAPC_SUITE_ENTRY

#define SUITE_COUNT (sizeof suites / sizeof suites[0])

static const struct suite_entry *find_suite(const char *name)
{
    size_t i;

    for (i = 0; i < SUITE_COUNT; i++)
        if (strcmp(suites[i].name, name) == 0)
            return &suites[i];
    return NULL;
}

/* Add S to the runner *SR, creating it for the first suite. */
static void add_suite(SRunner **sr, Suite *s)
{
    if (*sr == NULL)
        *sr = srunner_create(s);
    else
        srunner_add_suite(*sr, s);
}

int main(int argc, char **argv)
{
    SRunner *sr = NULL;
    size_t i;
    int arg;
    int failed;

    if (argc == 2 && strcmp(argv[1], "--list") == 0) {
        for (i = 0; i < SUITE_COUNT; i++)
            puts(suites[i].name);
        return EXIT_SUCCESS;
    }
    for (arg = 1; arg < argc; arg++) {
        const struct suite_entry *e = find_suite(argv[arg]);

        if (e == NULL) {
            fprintf(stderr, "unit-tests: no suite named '%s' (--list lists "
                            "them)\n", argv[arg]);
            if (sr != NULL)
                srunner_free(sr);
            return 99;
        }
        add_suite(&sr, e->make());
    }
    if (argc == 1)
        for (i = 0; i < SUITE_COUNT; i++)
            add_suite(&sr, suites[i].make());
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
