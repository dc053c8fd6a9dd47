# read-records.awk: take the values out of the compile pass's object file.
#
#   od -An -v -tx1 conftest.o | awk -f read-records.awk ITEMS -
#
# ITEMS: the compile pass's items (see probe-source.awk); its "TAG value
# EXPR" lines name the values in the order of the object's array.
# The array: the marker "@MMAPC[[", the number of values, two words per
# value (its 64 bits, then 1 if it is negative), and "]]CPAMM@". The words
# are in the target's byte order, which the marker tells.
# Output: "TAG VALUE" with VALUE in C syntax, 0x... or -0x... (the
# magnitude). Exit 1 with a message on stderr when the array is
# malformed or present twice with different contents, 2 when there is none.

# 2^64 - H, for 16 hex digits H: every digit inverted, plus one.
function negate(h,    i, d, carry, out) {
    carry = 1; out = ""
    for (i = 16; i >= 1; i--) {
        d = 15 - (index(HEX, substr(h, i, 1)) - 1) + carry
        carry = d > 15
        if (carry) d -= 16
        out = substr(HEX, d + 1, 1) out
    }
    return out
}

# The word at byte offset OFF of the object, as 16 hex digits, most
# significant first.
function word(off,    i, out) {
    out = ""
    for (i = 0; i < 8; i++)
        out = little ? byte[off + i] out : out byte[off + i]
    return out
}

# A number of at most 15 hex digits (the count: never that large).
function number(h,    i, v) {
    v = 0
    for (i = 1; i <= length(h); i++) v = v * 16 + index(HEX, substr(h, i, 1)) - 1
    return v
}

function fail(msg, status) {
    print "read-records.awk: " msg > "/dev/stderr"
    bad = 1
    exit status ? status : 1
}

# Read the array at byte offset OFF; the values go to got[1..n].
function read_array(off,    n, i, w, neg, v) {
    w = word(off + 8)
    n = number(substr(w, 2))
    if (substr(w, 1, 1) != "0" || off + 16 * n + 23 >= nbytes)
        fail("the values' array of the object file is cut short")
    if (word(off + 16 + 16 * n) != END_MARK)
        fail("the values' array of the object file does not end where it should")
    if (n != nwanted)
        fail("the object file holds " n " values, the probe asked for " nwanted)
    for (i = 1; i <= n; i++) {
        v = word(off + 16 * i)
        neg = word(off + 16 * i + 8)
        if (neg != ZERO) {
            if (neg != ONE) fail("a sign word of the object file is neither 0 nor 1")
            v = negate(v)
        }
        sub(/^0+/, "", v)
        if (v == "") { v = "0"; neg = ZERO }
        got[i] = (neg == ZERO ? "" : "-") "0x" v
    }
}

BEGIN {
    HEX = "0123456789abcdef"
    START_MARK = "404d4d4150435b5b"    # "@MMAPC[["
    END_MARK = "5d5d4350414d4d40"      # "]]CPAMM@"
    ZERO = "0000000000000000"; ONE = "0000000000000001"
}

FILENAME == ARGV[1] { if ($2 == "value") wanted[++nwanted] = $1; next }

{ for (i = 1; i <= NF; i++) byte[nbytes++] = $i }

END {
    if (bad) exit 1
    found = 0
    for (off = 0; off + 15 < nbytes; off++) {
        if (byte[off] == "40" && byte[off + 7] == "5b") little = 0
        else if (byte[off] == "5b" && byte[off + 7] == "40") little = 1
        else continue
        if (word(off) != START_MARK) continue
        split("", got)
        read_array(off)
        if (found) {
            for (i = 1; i <= nwanted; i++)
                if (got[i] != first[i])
                    fail("the object file holds two arrays of values that differ (" wanted[i] ")")
        }
        for (i = 1; i <= nwanted; i++) first[i] = got[i]
        found = 1
    }
    if (!found) {
        if (nwanted == 0) exit 0
        fail("the object file holds no array of values", 2)
    }
    for (i = 1; i <= nwanted; i++) print wanted[i], first[i]
}
