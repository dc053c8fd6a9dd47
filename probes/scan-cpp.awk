# scan-cpp.awk: read the preprocessor pass's output.
#
#   awk -v names=NAMES -f scan-cpp.awk conftest.i
#
# NAMES lists the names asked about, one per line. Before the marker line the
# output is the target's headers, preprocessed: a name that occurs there as
# an identifier is declared by them (an enumerator, an extern object, a
# function). After the marker come our own lines. Output:
#   macro NAME          NAME is a macro
#   decl NAME           NAME occurs as an identifier in the headers
#   predef NAME VALUE   a target macro and its value
#   libc TEXT           the C library
# A declaration seen here is only a candidate: the compile pass confirms it.

BEGIN {
    while ((getline line < names) > 0)
        if (line != "") asked[line] = 1
    close(names)
    body = 1
}

/^#/ { next }                       # line markers

body && /mmapc_section_begin/ { body = 0; next }

body {
    gsub(/[^A-Za-z0-9_]+/, " ")
    for (i = 1; i <= NF; i++)
        if (($i in asked) && !($i in seen)) {
            seen[$i] = 1
            print "decl", $i
        }
    next
}

# Our lines: kept as one stream of tokens, since the preprocessor may break
# a line where a macro from a system header expands (GCC does).
{ for (i = 1; i <= NF; i++) tok[++ntok] = $i }

END {
    for (i = 1; i <= ntok; i++) {
        if (tok[i] ~ /^mmapc_defined_/) {
            print "macro", substr(tok[i], 15)
        } else if (tok[i] ~ /^mmapc_predef_/ || tok[i] == "mmapc_libc") {
            key = tok[i]; value = ""
            for (j = i + 2; j <= ntok && tok[j] != ";"; j++)
                value = value (value == "" ? "" : " ") tok[j]
            i = j
            if (key == "mmapc_libc") {
                gsub(/ *\. */, ".", value); gsub(/ *- */, "-", value)
                sub(/ /, "\001", value); gsub(/ /, "", value); sub(/\001/, " ", value)
                print "libc", value
            } else {
                gsub(/ /, "", value)
                print "predef", substr(key, 14), value
            }
        }
    }
}
