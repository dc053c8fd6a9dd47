# read-results.awk: what assert-results.awk and merged-asserts.awk share;
# given first on the command line:
#
#   awk -f read-results.awk -f CHECKS.awk CATALOG... RESULTS > check.c
#
# CATALOG files give each name's kind (kind[NAME], without its attributes);
# RESULTS is probe-results.txt: the names in order (names[1..n]), each
# one's result (result[NAME]) and the headers found (headers, as
# #include lines). prologue() prints the start of a C file with the same
# feature macros and headers as the probes.

function prologue(    f, i) {
    split("_GNU_SOURCE _DEFAULT_SOURCE _BSD_SOURCE _NETBSD_SOURCE _DARWIN_C_SOURCE __EXTENSIONS__ _ALL_SOURCE", f, " ")
    for (i = 1; i in f; i++) printf "#ifndef %s\n# define %s 1\n#endif\n", f[i], f[i]
    print "#include <sys/types.h>"
    print "#include <limits.h>"
    printf "%s", headers
}

# catalog files: every file but the last
FILENAME != ARGV[ARGC - 1] {
    if ($0 ~ /^[ \t]*(#|%|$)/) next
    kind[$1] = $3; sub(/,.*/, "", kind[$1])
    next
}

$1 == "header" && $3 == "yes" { headers = headers "#include <" $2 ">\n"; next }

$1 == "symbol" { names[++n] = $2; result[$2] = $3 }
