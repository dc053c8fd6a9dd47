/* literals.c: compile-time checks of the header generated from tests/data
 * (catalog-small.def + catalog-extra.def with results-lp64.txt or
 * results-ilp32.txt); tests/gen/header-literals.sh compiles it in every C and
 * C++ mode with -pedantic -Wall -Wextra -Wundef -Werror. Each check is a
 * typedef of an array whose size is negative when the check fails. It also
 * compiles as C++. */
#include "mmap_consts.h"

#define MMAPC_T_CHECK(name, cond) typedef char mmapc_t_##name[(cond) ? 1 : -1]
/* An expression of unsigned type is >= 0 after subtracting 1 from 0. */
#define MMAPC_T_UNSIGNED(x) ((x) * 0 - 1 > 0)

/* Presence and absence. */
MMAPC_T_CHECK(have_read, MMAPC_HAVE_PROT_READ == 1);
MMAPC_T_CHECK(have_aligned, MMAPC_HAVE_MAP_ALIGNED == 0);
MMAPC_T_CHECK(have_failed, MMAPC_HAVE_MAP_FAILED == 1);
MMAPC_T_CHECK(have_cold, MMAPC_HAVE_MADV_COLD == 0);
MMAPC_T_CHECK(have_const, MMAPC_HAVE_MMAPCTEST_CONST == 1);
MMAPC_T_CHECK(have_header, MMAPC_HAVE_SYS_MMAN_H == 1);
MMAPC_T_CHECK(have_memfd, MMAPC_HAVE_LINUX_MEMFD_H == 0);
MMAPC_T_CHECK(have_madvise, MMAPC_HAVE_MADVISE == 1);
MMAPC_T_CHECK(have_mremap, MMAPC_HAVE_MREMAP == 0);
#if defined(MMAPC_MADV_COLD) || defined(MMAPC_MAP_FAILED) \
    || defined(MMAPC_MAP_ALIGNED) || defined(MMAPC_MMAPCTEST_CONST)
#error "an absent int, a pointer, a macro or a non-constant has a value"
#endif
#if !MMAPC_HAVE_PROT_READ || MMAPC_PROT_READ != 1 || MMAPC_MADV_FREE != 8
#error "values are not usable in #if"
#endif

/* Values and types that fit int, unsigned int or long on every target. */
MMAPC_T_CHECK(prot_none, MMAPC_PROT_NONE == 0);
MMAPC_T_CHECK(noflag, MMAPC_MMAPCTEST_NOFLAG == 0);
MMAPC_T_CHECK(anon, MMAPC_MAP_ANONYMOUS == 0x20);
MMAPC_T_CHECK(extra, MMAPC_MAP_EXTRA_ONE == 0x40);
MMAPC_T_CHECK(dec, MMAPC_MMAPCTEST_DEC == 4096);
MMAPC_T_CHECK(neg, MMAPC_MMAPCTEST_NEG == -1);
MMAPC_T_CHECK(neg_int, sizeof (MMAPC_MMAPCTEST_NEG) == sizeof (int));
MMAPC_T_CHECK(intmin, MMAPC_MMAPCTEST_INTMIN < 0
              && MMAPC_MMAPCTEST_INTMIN + 2147483647 == -1);
MMAPC_T_CHECK(intmin_int, sizeof (MMAPC_MMAPCTEST_INTMIN) == sizeof (int));
MMAPC_T_CHECK(u32, MMAPC_MMAPCTEST_U32 == 0x80000000UL);
MMAPC_T_CHECK(u32_unsigned, MMAPC_T_UNSIGNED(MMAPC_MMAPCTEST_U32));
MMAPC_T_CHECK(u32_size, sizeof (MMAPC_MMAPCTEST_U32) == sizeof (int));
MMAPC_T_CHECK(huge16, MMAPC_MAP_HUGE_16GB == 0x88000000UL);
#if (MMAPC_MMAPCTEST_INTMIN) >= 0 || (MMAPC_MMAPCTEST_NEG) != -1
#error "negative values are not usable in #if"
#endif

/* Values that need long (LP64) or long long (ILP32). g++ -std=c++98
 * -pedantic rightly warns about any use of long long, so skip them there. */
#if !defined(__cplusplus) || __cplusplus >= 201103L || defined(__clang__)
MMAPC_T_CHECK(big, MMAPC_MMAPCTEST_BIG / 65536 / 65536 == 1);
MMAPC_T_CHECK(big_signed, !MMAPC_T_UNSIGNED(MMAPC_MMAPCTEST_BIG));
MMAPC_T_CHECK(big_size, sizeof (MMAPC_MMAPCTEST_BIG)
              == (sizeof (long) >= 8 ? sizeof (long) : 8));
MMAPC_T_CHECK(umax_unsigned, MMAPC_T_UNSIGNED(MMAPC_MMAPCTEST_UMAX));
MMAPC_T_CHECK(umax, MMAPC_MMAPCTEST_UMAX / 65536 / 65536 / 65536 == 65535
              && MMAPC_MMAPCTEST_UMAX % 65536 == 65535);
MMAPC_T_CHECK(umax_size, sizeof (MMAPC_MMAPCTEST_UMAX)
              == (sizeof (long) >= 8 ? sizeof (long) : 8));
MMAPC_T_CHECK(llmin, MMAPC_MMAPCTEST_LLMIN / 65536 / 65536 / 65536 / 32768
              == -1);
MMAPC_T_CHECK(llmin_size, sizeof (MMAPC_MMAPCTEST_LLMIN)
              == (sizeof (long) >= 8 ? sizeof (long) : 8));
#endif

/* The target string and the version. */
MMAPC_T_CHECK(target, sizeof (MMAPC_TARGET) > 1);
MMAPC_T_CHECK(version, sizeof (MMAPC_VERSION) > 1);

/* Absent flags are safe in flag sets. */
int mmapc_t_flags(void);
int mmapc_t_flags(void)
{
    return (int) (MMAPC_MAP_SHARED | MMAPC_MMAPCTEST_NOFLAG | MMAPC_PROT_NONE);
}
