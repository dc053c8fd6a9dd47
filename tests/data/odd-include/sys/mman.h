/* The system's <sys/mman.h>, then names defined in odd ways, for
   tests/probes/probe-odd-definitions.sh (found first through -isystem). */
#include_next <sys/mman.h>
#define MMAPC_T_STRING "abc"
#define MMAPC_T_POINTER ((void *) 0x4000000)
int mmapc_t_function (void);
#define MMAPC_T_FUNCTION mmapc_t_function
#define MMAPC_T_FLOAT 1.5
#define MMAPC_T_BIGFLOAT 1e30
#define MMAPC_T_HEXFLOAT 0x1p4
#ifdef __SIZEOF_INT128__
# define MMAPC_T_INT128 ((unsigned __int128) 1 << 70)
#else
# define MMAPC_T_INT128 1e30
#endif
#define MMAPC_T_SHIFT64 (1ULL << 64)
#define MMAPC_T_OVERFLOW (-9223372036854775807LL - 2)
#define MMAPC_T_COMMA 0x100000), (0
#define MMAPC_T_CAST ((unsigned int) 0x20)
#define MMAPC_T_SIZEOF (sizeof (char) * 2)
#define MMAPC_T_CHAR 'A'
#define MMAPC_T_S64MIN (-9223372036854775807LL - 1)
enum mmapc_t_enum { MMAPC_T_ENUM_NEG = -3 };
#define MMAPC_T_CONFLICT 0x20
#define MMAPC_T_SAME_VALUE 0x10
#define MMAPC_T_SAME_TEXT 0x8
