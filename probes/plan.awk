# plan.awk: from what the preprocessor pass found, plan the compile pass.
#
#   awk -v items=ITEMS -v fdecl=FDECL -v conflicts=CONFLICTS \
#       -f plan.awk SCAN TODO FNAMES
#
# SCAN: scan-cpp.awk's output ("macro NAME", "decl NAME", "other NAME
# HEADER BODY", "predef NAME VALUE", "libc TEXT"). TODO: "NAME FAMILY KIND"
# of the names to probe. FNAMES: the functions asked about, one per line.
# Writes ITEMS, the compile pass's items (probe-source.awk): "NAME value
# NAME" for every integer name (kind flag, strict or int) that is a macro
# or declared, "NAME use NAME" for a name of another kind that is declared
# but no macro, and "mmapc_cN value BODY" for the replacement text another
# probed header gave an integer name (scan-cpp.awk's "other"), so the same
# compile computes both values. Writes CONFLICTS, "mmapc_cN NAME HEADER
# EARLIER" for each of those. Writes FDECL, the functions of FNAMES that are declared
# or macros, once each. Prints, for configure to read:
#   libc TEXT                 the C library (empty when not found)
#   predefs NAME=VALUE ...    the target macros defined
#   madvise_declared yes|no   madvise declared as a function, not a macro
# All in one run: each awk is a process, and configure counts them.

FILENAME == ARGV[1] {
    if ($1 == "macro" || $1 == "decl") seen[$1 " " $2] = 1
    else if ($1 == "other") {
        body = $0
        sub(/^other +[^ ]+ +[^ ]+ +[^ ]+ +/, "", body)
        others[$2] = others[$2] SUBSEP $3 " " $4 " " body
    }
    else if ($1 == "libc") { libc = $0; sub(/^libc /, "", libc) }
    else if ($1 == "predef") predefs = predefs (predefs == "" ? "" : " ") $2 "=" $3
    next
}

FILENAME == ARGV[2] {
    name = $1; kind = $3
    if (kind == "flag" || kind == "strict" || kind == "int") {
        if (seen["macro " name] || seen["decl " name]) print name, "value", name > items
        n = split(others[name], other, SUBSEP)
        for (i = 2; i <= n; i++) {
            split(other[i], field, " ")
            body = other[i]; sub(/^[^ ]+ [^ ]+ /, "", body)
            print "mmapc_c" ++nconflicts, "value", body > items
            print "mmapc_c" nconflicts, name, field[1], field[2] > conflicts
        }
    } else if (seen["decl " name] && !seen["macro " name]) print name, "use", name > items
    next
}

$1 != "" && !($1 in listed) && (seen["macro " $1] || seen["decl " $1]) {
    listed[$1] = 1
    print $1 > fdecl
}

END {
    printf "" > items
    printf "" > fdecl
    printf "" > conflicts
    print "libc", libc
    print "predefs", predefs
    print "madvise_declared", (seen["decl madvise"] && !seen["macro madvise"]) ? "yes" : "no"
}
