# read-records.awk: take the records out of the compile pass's object file.
#
#   LC_ALL=C tr -c '[:print:]' '[\n*]' <conftest.o | awk -f read-records.awk
#
# A record is "@MMAPC<TAG=S" followed by 16 hex digits and ">" (see
# probe-source.awk): the value's 64 bits, two's complement when S is '-'.
# Output: "TAG VALUE" with VALUE in C syntax, 0x... or -0x... (the
# magnitude). A TAG seen twice with different values (a stray copy, debug
# data) is an error: exit 1 with a message on stderr.

# 2^64 - H, for 16 hex digits H: every digit inverted, plus one.
function negate(h,    i, d, carry, out) {
    carry = 1; out = ""
    for (i = 16; i >= 1; i--) {
        d = 15 - (index("0123456789abcdef", substr(h, i, 1)) - 1) + carry
        carry = d > 15
        if (carry) d -= 16
        out = substr("0123456789abcdef", d + 1, 1) out
    }
    return out
}

/^@MMAPC<[A-Za-z0-9_]+=[-+][0-9a-f]+>$/ {
    rec = substr($0, 8, length($0) - 8)
    eq = index(rec, "=")
    tag = substr(rec, 1, eq - 1)
    sign = substr(rec, eq + 1, 1)
    digits = substr(rec, eq + 2)
    if (length(digits) != 16) next
    if (sign == "-") digits = negate(digits)
    sub(/^0+/, "", digits)
    if (digits == "") { digits = "0"; sign = "+" }
    value = (sign == "-" ? "-" : "") "0x" digits
    if ((tag in found) && found[tag] != value) {
        print "read-records.awk: " tag " has two different values, " found[tag] " and " value > "/dev/stderr"
        bad = 1
    }
    if (!(tag in found)) order[++n] = tag
    found[tag] = value
}

END {
    for (i = 1; i <= n; i++) print order[i], found[order[i]]
    exit bad
}
