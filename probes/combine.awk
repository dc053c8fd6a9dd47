# combine.awk: one result per probed name, from what the passes found.
#
#   awk -f combine.awk SCAN RECORDS VALUE_GOOD USE_GOOD CONFLICTS TODO
#
# SCAN: scan-cpp.awk's output ("macro NAME", "from NAME HEADER", ...).
# RECORDS: "TAG VALUE" read from the compile pass's object files.
# VALUE_GOOD, USE_GOOD: the compile-pass items that built ("TAG MODE EXPR").
# CONFLICTS: "TAG NAME HEADER EARLIER", the items of other headers'
# definitions (plan.awk). TODO: "NAME FAMILY KIND" of the names probed.
# Output, per name of TODO:
#   sym NAME RESULT [HEADER]
# RESULT is the value when a record holds it; `yes` when the name is a
# macro or an item using it built (present, but not an integer constant
# whose value fits 64 bits); `no` otherwise. HEADER: the probed header of
# its definition, when the scan told; of two headers that give the same
# value, the one that defined it first (MFD_CLOEXEC: sys/mman.h, although
# <linux/memfd.h> defines it again as 0x0001U). Then, for a present name, one line
#   conflict NAME HEADER RESULT
# per other probed header whose definition gives another result.

FILENAME == ARGV[1] {
    if ($1 == "macro") macro[$2] = 1
    else if ($1 == "from") from[$2] = $3
    next
}
FILENAME == ARGV[2] { value[$1] = $2; next }
FILENAME == ARGV[3] || FILENAME == ARGV[4] { built[$1] = 1; next }
FILENAME == ARGV[5] {
    nc[$2]++; ctag[$2, nc[$2]] = $1; chdr[$2, nc[$2]] = $3; cearly[$2, nc[$2]] = $4
    next
}
{
    name = $1
    if (name in value) result = value[name]
    else if ((name in macro) || (name in built)) result = "yes"
    else result = "no"
    header = (name in from) ? from[name] : ""
    n = result == "no" ? 0 : nc[name]
    for (i = n; i >= 1; i--) {
        tag = ctag[name, i]
        other[i] = (tag in value) ? value[tag] : "yes"
        if (other[i] == result && cearly[name, i] && other[i] != "yes") header = chdr[name, i]
    }
    if (result == "no" || header == "") print "sym", name, result
    else print "sym", name, result, header
    for (i = 1; i <= n; i++)
        if (other[i] != result) print "conflict", name, chdr[name, i], other[i]
}
