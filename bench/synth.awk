# synth.awk: synthetic names for the benchmark's larger catalog.
#
#   awk -v n=COUNT -v catalog=EXTRA.def -v header=sys/mman.h \
#       -v expect=EXPECTED.txt -f synth.awk </dev/null
#
# Writes COUNT names MMAPC_BENCH_SYM_1 .. MMAPC_BENCH_SYM_COUNT:
#   CATALOG   a catalog file for --with-extra-symbols (docs/formats.md);
#   HEADER    a sys/mman.h for a directory given with CPPFLAGS=-I: it takes
#             in the real one (#include_next) and defines about half of the
#             names, as macros, enumerators, pointers and function-like macros;
#   EXPECTED  "symbol NAME RESULT" as configure must report each name.
# The mix (per 12 names): 5 absent, 3 macro flags, 1 enumerator, 1 negative
# int macro, 1 pointer, 1 function-like macro.

function hex(v,    s, d) {
    if (v == 0) return "0x0"
    s = ""
    while (v > 0) { d = v % 16; s = substr("0123456789abcdef", d + 1, 1) s; v = (v - d) / 16 }
    return "0x" s
}

BEGIN {
    print "# Synthetic names for make bench (bench/synth.awk): do not edit." > catalog
    print "%family MMAPC_BENCH\tSynthetic names of the benchmark" > catalog
    print "/* Synthetic names for make bench (bench/synth.awk): do not edit. */" > header
    print "#include_next <sys/mman.h>" > header
    print "#ifndef MMAPC_BENCH_SYNTH_H" > header
    print "#define MMAPC_BENCH_SYNTH_H 1" > header
    for (i = 1; i <= n; i++) {
        name = "MMAPC_BENCH_SYM_" i
        m = i % 12
        if (m == 0) {
            kind = "flag"; v = 2 ^ (i % 31)
            print "#define " name " " hex(v) > header; res = hex(v)
        } else if (m == 1 || m == 2) {
            kind = "flag"; v = i * 4096
            print "#define " name " (" hex(v) " | 0x1)" > header; res = hex(v + 1)
        } else if (m == 3) {
            kind = "int"; v = i
            print "enum { " name " = " v " };" > header; res = hex(v)
        } else if (m == 4) {
            kind = "int"; v = i
            print "#define " name " (-" v ")" > header; res = "-" hex(v)
        } else if (m == 5) {
            kind = "pointer"
            print "#define " name " ((void *) -1)" > header; res = "yes"
        } else if (m == 6) {
            kind = "macro"
            print "#define " name "(n) ((n) << 8)" > header; res = "yes"
        } else {
            kind = (m == 11 ? "int" : m == 10 ? "pointer" : "flag"); res = "no"
        }
        print name "\tMMAPC_BENCH\t" kind "\t-\tsynthetic name " i " of make bench" > catalog
        print "symbol " name " " res > expect
    }
    print "#endif" > header
}
