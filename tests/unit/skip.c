/* skip.c: stands in for each unit test when configure found no Check, so
 * the tests show as SKIP (exit status 77) rather than disappear. */
#include <stdio.h>

int main(void)
{
    puts("SKIP: the Check unit test framework was not found by configure");
    return 77;
}
