# combine.awk: one result per probed name, from what the passes found.
#
#   awk -f combine.awk SCAN RECORDS VALUE_GOOD USE_GOOD TODO
#
# SCAN: "macro NAME" / "decl NAME" lines of the preprocessor pass.
# RECORDS: "TAG VALUE" read from the compile pass's object files.
# VALUE_GOOD, USE_GOOD: the compile-pass items that built ("TAG MODE EXPR").
# TODO: "NAME FAMILY KIND" of the names probed.
# Output "NAME RESULT": the value when a record holds it; `yes` when the name
# is a macro or an item using it built (present, but not an integer
# constant); `no` otherwise.

FILENAME == ARGV[1] { if ($1 == "macro") macro[$2] = 1; next }
FILENAME == ARGV[2] { value[$1] = $2; next }
FILENAME == ARGV[3] || FILENAME == ARGV[4] { built[$1] = 1; next }
{
    name = $1
    if (name in value) print name, value[name]
    else if ((name in macro) || (name in built)) print name, "yes"
    else print name, "no"
}
