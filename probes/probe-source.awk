# probe-source.awk: write the C source of one batch probe.
#
#   awk -v mode=cpp -f probe-source.awk NAMES TARGET_MACROS
#       For the preprocessor pass: after a marker line, an #ifdef test for
#       every name in NAMES (one per line), the value of every macro of
#       TARGET_MACROS that is defined, and the C library's identity.
#   awk -v mode=cc -f probe-source.awk ITEMS
#       For the compile pass. ITEMS lines are "TAG value EXPR..." (store the
#       integer constant EXPR in the object file) or "TAG use EXPR..." (only
#       require that EXPR compiles).
#   awk -v mode=ld -f probe-source.awk FUNCS
#       For the link pass: a program taking the address of every function.
#
# The caller puts the prologue (feature macros and #includes) in front.
#
# The values of the compile pass go into one array of unsigned long long,
# which the compiler stores verbatim in the object file:
#
#   "@MMAPC[[" (a marker, eight bytes), the number of values N,
#   then for each value its 64 bits and 1 if it is negative (else 0),
#   then "]]CPAMM@" (the marker reversed, to check the end).
#
# Each value is named twice, so the compile stays small however long the
# catalog: the shipped one compiles in a quarter of the time it took when
# every value was spelled out in characters (docs/benchmarks.md). read-records.awk finds the marker in
# the object's bytes, in either byte order, and reads the values in the
# order of ITEMS. Any object format keeps initialised data as it is; only
# LTO bitcode hides it (configure compiles this without -flto).

function rest(from,    i, out) {
    out = $from
    for (i = from + 1; i <= NF; i++) out = out " " $i
    return out
}

BEGIN {
    if (mode == "cpp") {
        print "mmapc_section_begin"
    } else if (mode == "cc") {
        # C89 has no long long: GCC and Clang accept it after __extension__
        # even with -pedantic-errors.
        print "#if defined __GNUC__"
        print "# define MMAPC_EXT __extension__"
        print "#else"
        print "# define MMAPC_EXT"
        print "#endif"
        print "MMAPC_EXT typedef unsigned long long mmapc_u64;"
        print "MMAPC_EXT typedef long long mmapc_s64;"
        # Clang computes an overflowing constant expression with a warning
        # only; GCC refuses it where a constant is required.
        print "#if defined __clang__"
        print "# pragma clang diagnostic error \"-Winteger-overflow\""
        print "# pragma clang diagnostic error \"-Wshift-count-overflow\""
        print "#endif"
        # 64-bit words from two 32-bit halves: C89 has no long long literals.
        print "#define MMAPC_W(hi, lo) ((mmapc_u64) (hi) << 32 | (unsigned long) (lo))"
        nvalues = 0
    } else if (mode == "ld") {
        print "typedef void (*mmapc_fn) (void);"
        print "mmapc_fn mmapc_fns[] = {"
    } else {
        print "probe-source.awk: mode must be cpp, cc or ld" > "/dev/stderr"
        exit 2
    }
}

/^[ \t]*(#|$)/ { next }

mode == "cpp" && FILENAME == ARGV[1] {
    print "#ifdef " $1
    print "mmapc_defined_" $1
    print "#endif"
    next
}

mode == "cpp" {
    print "#ifdef " $1
    print "mmapc_predef_" $1 " = " $1 " ;"
    print "#endif"
    next
}

# Each value must be an integer constant expression (`%' takes no string,
# pointer, function or floating operand; an array size at file scope must
# be a constant) whose value fits in 64 bits, signed or unsigned; otherwise
# the compile fails and bisection finds the item. The array is a struct's
# member, not a typedef: GCC takes time in proportion to the number of
# typedefs of one array type for each new one (41,000 values: 17 s, as
# structs 0.9 s; docs/benchmarks.md).
mode == "cc" && $2 == "value" {
    values[++nvalues] = v = rest(3)
    print "struct mmapc_ice_" nvalues " { char c[(" v ") % 1 == 0 && ((" v ") == (mmapc_u64) (" v ") || (" v ") == (mmapc_s64) (" v ")) ? 1 : -1]; };"
    next
}

mode == "cc" && $2 == "use" {
    print "void mmapc_u_" $1 "(void);"
    print "void mmapc_u_" $1 "(void) { (void) (" rest(3) "); }"
    next
}

mode == "ld" {
    print "  (mmapc_fn) " $1 ","
    next
}

END {
    if (mode == "cpp") {
        # The C library, as far as its macros tell; musl deliberately has
        # none, so a Linux target with none of the others is taken as musl.
        print "#if defined __BIONIC__"
        print "mmapc_libc = bionic __ANDROID_API__ ;"
        print "#elif defined __UCLIBC__"
        print "mmapc_libc = uclibc __UCLIBC_MAJOR__ . __UCLIBC_MINOR__ ;"
        print "#elif defined __GLIBC__"
        print "mmapc_libc = glibc __GLIBC__ . __GLIBC_MINOR__ ;"
        print "#elif defined __MINGW64_VERSION_MAJOR"
        print "mmapc_libc = mingw-w64 __MINGW64_VERSION_MAJOR . __MINGW64_VERSION_MINOR ;"
        print "#elif defined __NEWLIB__"
        print "mmapc_libc = newlib __NEWLIB__ . __NEWLIB_MINOR__ ;"
        print "#elif defined __CYGWIN__"
        print "mmapc_libc = cygwin ;"
        print "#elif defined __APPLE__"
        print "mmapc_libc = libsystem ;"
        print "#elif defined __FreeBSD__ || defined __NetBSD__ || defined __OpenBSD__ || defined __DragonFly__"
        print "mmapc_libc = bsd-libc ;"
        print "#elif defined __wasi__"
        print "mmapc_libc = wasi-libc ;"
        # illumos: its compilers predefine __illumos__ (GCC), else its
        # <sys/mman.h> has MADV_PURGE, which Solaris's lacks.
        print "#elif defined __sun && (defined __illumos__ || defined MADV_PURGE)"
        print "mmapc_libc = illumos-libc ;"
        print "#elif defined __sun"
        print "mmapc_libc = solaris-libc ;"
        print "#elif defined __linux__"
        print "mmapc_libc = musl ;"
        print "#else"
        print "mmapc_libc = unknown ;"
        print "#endif"
    } else if (mode == "cc") {
        print "extern const mmapc_u64 mmapc_values[];"
        print "const mmapc_u64 mmapc_values[] = {"
        print "  MMAPC_W(0x404d4d41UL, 0x50435b5bUL), " nvalues ","
        for (i = 1; i <= nvalues; i++)
            print "  (mmapc_u64) (" values[i] "), (" values[i] ") < 0,"
        print "  MMAPC_W(0x5d5d4350UL, 0x414d4d40UL)"
        print "};"
    } else if (mode == "ld") {
        print "  0"
        print "};"
        # Every entry is read through a volatile pointer, so no optimiser
        # (link-time optimisation included) can drop the table, and with it
        # the references that make the link fail for a missing function.
        print "int main(void)"
        print "{"
        print "  mmapc_fn const volatile *p = mmapc_fns;"
        print "  int n = 0;"
        print "  while (p[n] != 0)"
        print "    n++;"
        print "  return n == 0;"
        print "}"
    }
}
