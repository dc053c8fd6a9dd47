# probe-source.awk: write the C source of one batch probe.
#
#   awk -v mode=cpp -f probe-source.awk NAMES TARGET_MACROS
#       For the preprocessor pass: after a marker line, an #ifdef test for
#       every name in NAMES (one per line), the value of every macro of
#       TARGET_MACROS that is defined, and the C library's identity.
#   awk -v mode=cc -f probe-source.awk ITEMS
#       For the compile pass. ITEMS lines are "TAG value EXPR..." (encode the
#       integer constant EXPR into the object file as a record) or
#       "TAG use EXPR..." (only require that EXPR compiles).
#   awk -v mode=ld -f probe-source.awk FUNCS
#       For the link pass: a program taking the address of every function.
#
# The caller puts the prologue (feature macros and #includes) in front.
#
# A record is a char array holding "@MMAPC<TAG=S0123456789abcdef>": S is the
# sign and the hex digits the value's 64 bits (two's complement when S is
# '-': read-records.awk turns them into the magnitude), computed by the
# compiler as character constants. Each digit names the value twice, so the
# compile stays small however long the catalog (docs/benchmarks.md). Characters are bytes, so the record reads the same in
# any object format and byte order; only LTO bitcode hides it (configure
# compiles this without -flto).

function chars(s,    i, out) {
    out = ""
    for (i = 1; i <= length(s); i++)
        out = out "'" substr(s, i, 1) "',"
    return out
}

function rest(from,    i, out) {
    out = $from
    for (i = from + 1; i <= NF; i++) out = out " " $i
    return out
}

BEGIN {
    if (mode == "cpp") {
        print "mmapc_section_begin"
    } else if (mode == "cc") {
        print "#define MMAPC_D(e, n) ((int) (((unsigned long long) (e) >> (4 * (n))) & 15))"
        print "#define MMAPC_X(e, n) ((char) ('0' + MMAPC_D(e, n) + ('a' - '0' - 10) * (MMAPC_D(e, n) > 9)))"
        print "#define MMAPC_RECORD(e) ((e) < 0 ? '-' : '+'), \\"
        print "  MMAPC_X(e, 15), MMAPC_X(e, 14), MMAPC_X(e, 13), MMAPC_X(e, 12), \\"
        print "  MMAPC_X(e, 11), MMAPC_X(e, 10), MMAPC_X(e, 9), MMAPC_X(e, 8), \\"
        print "  MMAPC_X(e, 7), MMAPC_X(e, 6), MMAPC_X(e, 5), MMAPC_X(e, 4), \\"
        print "  MMAPC_X(e, 3), MMAPC_X(e, 2), MMAPC_X(e, 1), MMAPC_X(e, 0)"
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

mode == "cc" && $2 == "value" {
    print "extern const char mmapc_r_" $1 "[];"
    print "const char mmapc_r_" $1 "[] = { '\\n', '@','M','M','A','P','C','<'," chars($1) "'=',"
    print "  MMAPC_RECORD(" rest(3) "), '>', '\\n' };"
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
        print "#elif defined __sun"
        print "mmapc_libc = sunos-libc ;"
        print "#elif defined __linux__"
        print "mmapc_libc = musl ;"
        print "#else"
        print "mmapc_libc = unknown ;"
        print "#endif"
    } else if (mode == "ld") {
        print "  0"
        print "};"
        print "int main(void) { return mmapc_fns[0] == 0; }"
    }
}
