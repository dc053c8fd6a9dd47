/* skip.c: stands in for the unit-test runner when configure found no
 * Check, so every suite shows as SKIP (exit status 77) rather than
 * disappearing. */
#include <stdio.h>

int main(void)
{
    puts("SKIP: the Check unit test framework was not found by configure");
    return 77;
}
