/* Names with awkward values, forced into every probe with -include, to
   prove the probes read them exactly (tests/probes/probe-edge-values.sh). */
#define MMAPC_T_NEG (-5)
#define MMAPC_T_U64MAX 0xffffffffffffffffULL
#define MMAPC_T_S64MIN (-9223372036854775807LL - 1)
#define MMAPC_T_S64MAX 0x7fffffffffffffffLL
#define MMAPC_T_SHIFTED (34U << 26)
#define MMAPC_T_FN(x) ((x) << 1)
#define MMAPC_T_PTR ((void *) -1)
enum mmapc_t_enum { MMAPC_T_ENUM = 42, MMAPC_T_ENUM_NEG = -7 };
extern const int MMAPC_T_OBJECT;
