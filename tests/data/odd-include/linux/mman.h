/* The system's <linux/mman.h>, if any, then definitions that agree or
   disagree with those of odd-include/sys/mman.h. */
#if defined __has_include_next
# if __has_include_next (<linux/mman.h>)
#  include_next <linux/mman.h>
# endif
#endif
#define MMAPC_T_CONFLICT 0x40
#define MMAPC_T_SAME_VALUE 16
#define MMAPC_T_SAME_TEXT 0x8
#define MMAPC_T_LINUX_ONLY 0x4
