# catalog.awk: validate catalog files and list their contents for the probes.
#
#   LC_ALL=C awk -f catalog.awk symbols.def [extra.def ...]
#
# Output, one line each, in file order:
#   family NAME
#   sym NAME FAMILY KIND          (KIND without its attributes; strict is
#                                  listed as flag: both are probed alike)
# Errors go to stderr as FILE:LINE: message, with the rules and the words
# of mmapc-gen (gen/model/catalog.c, gen/core/lines.c), so configure refuses what the
# generator would refuse, as it would: the first error stops, with exit
# status 1. Two things awk cannot see portably are
# checked by the caller before this runs (_MMAPC_CHECK_TEXT_FILE): NUL
# bytes and a missing final newline.

# As mmapc-gen: the first error stops.
function fail(msg) {
    printf "%s:%d: %s\n", FILENAME, FNR, msg > "/dev/stderr"
    errors++
    exit 1
}

# As mmapc-gen, after each file: it must list a symbol.
function check_file_done() {
    if (nfiles > 0 && file_symbols == 0) {
        printf "%s:1: no symbols in this file\n", files[nfiles] > "/dev/stderr"
        errors++
        exit 1
    }
}

BEGIN {
    errors = 0
    for (i = 1; i < 256; i++)
        ord[sprintf("%c", i)] = i
    # C and C++ keywords and operators in lower case (as gen/model/catalog.c)
    n = split("alignas alignof and and_eq asm auto bitand bitor bool break case catch char char16_t char32_t char8_t class co_await co_return co_yield compl concept const const_cast consteval constexpr constinit continue decltype default defined delete do double dynamic_cast else enum explicit export extern false float for friend goto if inline int long mutable namespace new noexcept not not_eq nullptr operator or or_eq private protected public register reinterpret_cast requires restrict return short signed sizeof static static_assert static_cast struct switch template this thread_local throw true try typedef typeid typename typeof typeof_unqual union unsigned using virtual void volatile wchar_t while xor xor_eq", words, " ")
    for (i = 1; i <= n; i++) reserved[words[i]] = 1
}

FNR == 1 { check_file_done(); files[++nfiles] = FILENAME; file_symbols = 0 }

{
    # As gen/core/lines.c reads a line: the first bad byte, unless the line is
    # too long before it.
    if (match($0, /[^\t -~]/) && RSTART <= 1024) {
        c = substr($0, RSTART, 1)
        if (c == "\r")
            fail("carriage return (CR) at column " RSTART "; only LF line ends are accepted")
        else
            fail(sprintf("byte 0x%02x at column %d is not printable ASCII or TAB", ord[c], RSTART))
        next
    }
    if (length($0) > 1023) { fail("line longer than 1023 bytes"); next }
}

/^[ \t]*$/ || /^[ \t]*#/ { next }

/^[ \t]*%/ && $1 != "%family" { fail("unknown directive '" $1 "'"); next }

$1 == "%family" {
    if (NF < 2) { fail("%family: missing family name"); next }
    if ($2 !~ /^[A-Z][A-Z0-9_]*$/ || length($2) > 63) {
        fail("%family: bad family name '" $2 "' (want [A-Z][A-Z0-9_]*, at most 63 characters)"); next
    }
    if (NF < 3) { fail("%family " $2 ": missing title"); next }
    if ($2 in family_at) { fail("family " $2 " already declared at " family_at[$2]); next }
    family_at[$2] = FILENAME ":" FNR
    print "family", $2
    next
}

{
    name = $1; family = $2; kind = $3; python = $4
    if (length(name) > 63) { fail("name '" name "' is longer than 63 characters"); next }
    if (name !~ /^[A-Za-z_][A-Za-z0-9_]*$/) { fail("name '" name "' is not a C identifier"); next }
    if (name ~ /^_[A-Z][a-z]/ || name ~ /^__[a-z]/ || name ~ /^__.+__$/ || name in reserved) {
        fail("name '" name "' is reserved by the compiler (a keyword, an operator or a predefined name of C or C++), so no header defines it"); next
    }
    if (NF < 2) { fail(name ": missing FAMILY field"); next }
    if (NF < 3) { fail(name ": missing KIND field"); next }
    if (NF < 4) { fail(name ": missing PYTHON field"); next }
    if (NF < 5) { fail(name ": missing DESCRIPTION field"); next }
    if (name in sym_at) { fail(name " already listed at " sym_at[name]); next }
    if (!(family in family_at)) {
        fail(name ": family '" family "' is not declared (declare it first with %family)"); next
    }
    n = split(kind, parts, ",")
    base = parts[1]
    if (base != "flag" && base != "strict" && base != "int" && base != "pointer" && base != "macro") {
        fail("unknown kind '" base "' (want flag, strict, int, pointer or macro)"); next
    }
    archdep = 0
    for (i = 2; i <= n; i++) {
        if (parts[i] != "archdep") {
            fail("unknown attribute '" parts[i] "' in kind '" kind "' (the only attribute is archdep)")
            next
        }
        if (archdep) { fail("attribute archdep given twice"); next }
        archdep = 1
    }
    if (python != "-" && python !~ /^[0-9]+\.([0-9]+|x)$/) {
        fail(name ": malformed PYTHON field '" python "' (want '-' or a version such as 3.13 or 2.x)"); next
    }
    sym_at[name] = FILENAME ":" FNR
    file_symbols++
    print "sym", name, family, (base == "strict" ? "flag" : base)
}

END {
    if (errors) exit 1
    check_file_done()
}
