# scan-cpp.awk: read the preprocessor pass's output.
#
#   awk -v names=NAMES -v prologue=PROLOGUE -f scan-cpp.awk conftest.i
#
# NAMES lists the names asked about, one per line. PROLOGUE is the
# prologue.h the pass included: its `#include <HEADER>' lines are the probed
# headers, in configure's order. Before the marker line the output is the
# target's headers, preprocessed: a name that occurs there as an identifier
# is declared by them (an enumerator, an extern object, a function). After
# the marker come our own lines. Output:
#   macro NAME          NAME is a macro
#   decl NAME           NAME occurs as an identifier in the headers
#   from NAME HEADER    the probed header through which NAME's definition
#                       (its last one, or its first declaration) was reached
#   other NAME HEADER EARLIER BODY
#                       another probed header defined the object-like macro
#                       NAME with a different replacement text, BODY; EARLIER
#                       is 1 when it did so before the header of `from', else 0
#                       (in the order the headers first defined NAME)
#   predef NAME VALUE   a target macro and its value
#   libc TEXT           the C library
# A declaration seen here is only a candidate: the compile pass confirms it.
#
# `from' and `other' need the #define lines of -dD (GCC, Clang) and the line
# markers' include flags (1: a file entered, 2: back in a file): without
# them there are none.

BEGIN {
    while ((getline line < names) > 0)
        if (line != "") asked[line] = 1
    close(names)
    if (prologue != "") {
        while ((getline line < prologue) > 0)
            if (line ~ /^[ \t]*#[ \t]*include[ \t]*</) {
                sub(/^[^<]*</, "", line); sub(/>.*/, "", line)
                probed[++nprobed] = line
            }
        close(prologue)
    }
    body = 1
    sp = 0
    top = ""
}

# The probed header that FILE, entered from the prologue, is: the longest
# one whose name ends FILE's path.
function spelled(file,    i, h, best) {
    best = ""
    for (i = 1; i <= nprobed; i++) {
        h = probed[i]
        if ((file == h || substr(file, length(file) - length(h)) == "/" h) &&
            length(h) > length(best))
            best = h
    }
    return best
}

# After a change of the include stack: the probed header being read, if any.
function find_top(    i) {
    top = ""
    for (i = 1; i < sp; i++)
        if (stack[i] ~ /(^|\/)prologue\.h$/) { top = spelled(stack[i + 1]); return }
}

# A line marker: # LINE "FILE" FLAGS...
body && /^# *[0-9]+ "/ {
    file = $0
    sub(/^# *[0-9]+ "/, "", file)
    flags = file
    sub(/"[^"]*$/, "", file)
    sub(/^.*"/, "", flags)
    if (flags ~ /(^| )1( |$)/) stack[++sp] = file
    else if (flags ~ /(^| )2( |$)/) {
        while (sp > 0 && stack[sp] != file) sp--
        if (sp == 0) stack[++sp] = file
    } else if (sp == 0) stack[++sp] = file
    else stack[sp] = file
    find_top()
    next
}

body && /^#[ \t]*define[ \t]/ {
    name = $2
    object = name !~ /\(/
    sub(/\(.*/, "", name)
    if (!(name in asked)) next
    text = $0
    sub(/^#[ \t]*define[ \t]+[^ \t(]+/, "", text)
    if (!object) text = "(" text
    gsub(/[ \t]+/, " ", text); sub(/^ /, "", text); sub(/ $/, "", text)
    # Defined again with the same text: the first definition still gives it.
    if ((name in active) && active[name] == text) next
    active[name] = text
    where[name] = top
    if (top != "") {
        key = name SUBSEP top
        if (!(key in last)) headers_of[name] = headers_of[name] SUBSEP top
        last[key] = object ? text : ""
    }
    next
}

body && /^#[ \t]*undef[ \t]/ { delete active[$2]; next }

/^#/ { next }                       # other directives, line markers

body && /mmapc_section_begin/ { body = 0; next }

body {
    gsub(/[^A-Za-z0-9_]+/, " ")
    for (i = 1; i <= NF; i++)
        if (($i in asked) && !($i in seen)) {
            seen[$i] = 1
            first[$i] = top
            declared[++ndeclared] = $i
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
            name = substr(tok[i], 15)
            print "macro", name
            if (name in active) {
                if (where[name] != "") print "from", name, where[name]
                n = split(headers_of[name], hs, SUBSEP)
                earlier = 1
                for (j = 2; j <= n; j++) {
                    if (hs[j] == where[name]) earlier = 0
                    else if (last[name, hs[j]] != "" && last[name, hs[j]] != active[name])
                        print "other", name, hs[j], earlier, last[name, hs[j]]
                }
            }
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
    for (i = 1; i <= ndeclared; i++) {
        name = declared[i]
        if (!(name in active) && first[name] != "") print "from", name, first[name]
    }
}
