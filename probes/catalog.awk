# catalog.awk: validate catalog files and list their contents for configure.
#
#   awk -f catalog.awk symbols.def [extra.def ...]
#
# Output, one line each, in file order:
#   family NAME
#   sym NAME FAMILY KIND          (KIND without its attributes)
# Errors go to stderr as FILE:LINE: message; the exit status is then 1.
# The rules are those of docs/formats.md; mmapc-gen enforces the same ones.
# Two things awk cannot see portably are checked by the caller before this
# runs: NUL bytes and a missing final newline.

function fail(msg) {
    printf "%s:%d: %s\n", FILENAME, FNR, msg > "/dev/stderr"
    errors++
    if (errors >= 20) {
        print "catalog.awk: too many errors, stopping" > "/dev/stderr"
        exit 1
    }
}

BEGIN {
    errors = 0; symbols = 0
    # C and C++ keywords and operators in lower case (as gen/catalog.c)
    n = split("alignas alignof and and_eq asm auto bitand bitor bool break case catch char char16_t char32_t char8_t class co_await co_return co_yield compl concept const const_cast consteval constexpr constinit continue decltype default defined delete do double dynamic_cast else enum explicit export extern false float for friend goto if inline int long mutable namespace new noexcept not not_eq nullptr operator or or_eq private protected public register reinterpret_cast requires restrict return short signed sizeof static static_assert static_cast struct switch template this thread_local throw true try typedef typeid typename typeof typeof_unqual union unsigned using virtual void volatile wchar_t while xor xor_eq", words, " ")
    for (i = 1; i <= n; i++) reserved[words[i]] = 1
}

FNR == 1 { file_symbols[FILENAME] = 0; files[++nfiles] = FILENAME }

{
    if (length($0) > 1023) { fail("line is longer than 1023 bytes"); next }
    if ($0 ~ /\r$/) { fail("carriage return at the end of the line (CRLF line ends are not allowed)"); next }
    if ($0 ~ /[^\t -~]/) { fail("byte outside printable ASCII (the catalog is ASCII text)"); next }
}

/^[ \t]*$/ || /^[ \t]*#/ { next }

$1 == "%family" {
    if (NF < 3) { fail("%family needs a NAME and a TITLE"); next }
    if ($2 !~ /^[A-Z][A-Z0-9_]*$/) { fail("bad family name '" $2 "' (expected [A-Z][A-Z0-9_]*)"); next }
    if ($2 in family_at) { fail("family " $2 " declared twice (first at " family_at[$2] ")"); next }
    family_at[$2] = FILENAME ":" FNR
    print "family", $2
    next
}

/^[ \t]*%/ { fail("unknown directive '" $1 "'"); next }

{
    if (NF < 5) { fail("expected NAME FAMILY KIND PYTHON DESCRIPTION, found " NF " field" (NF == 1 ? "" : "s")); next }
    name = $1; family = $2; kind = $3; python = $4
    if (name !~ /^[A-Za-z_][A-Za-z0-9_]*$/) { fail("bad symbol name '" name "' (not a C identifier)"); next }
    if (length(name) > 63) { fail("symbol name " name " is longer than 63 characters"); next }
    if (name ~ /^_[A-Z][a-z]/ || name ~ /^__[a-z]/ || name ~ /^__.+__$/ || name in reserved) { fail("symbol name " name " is reserved by the compiler (a keyword, an operator or a predefined name of C or C++)"); next }
    if (name in sym_at) { fail("symbol " name " listed twice (first at " sym_at[name] ")"); next }
    if (!(family in family_at)) { fail("family " family " of " name " is not declared (use %family first)"); next }
    n = split(kind, parts, ",")
    if (parts[1] != "flag" && parts[1] != "int" && parts[1] != "pointer" && parts[1] != "macro") {
        fail("unknown kind '" parts[1] "' of " name " (expected flag, int, pointer or macro)"); next
    }
    bad_attr = ""
    for (i = 2; i <= n; i++)
        if (parts[i] != "archdep") bad_attr = parts[i]
    if (n > 1 && bad_attr != "archdep" && bad_attr != "") { fail("unknown attribute '" bad_attr "' of " name " (expected archdep)"); next }
    if (kind ~ /,$/ || kind ~ /,,/) { fail("empty attribute in kind '" kind "' of " name); next }
    if (python != "-" && python !~ /^[0-9]+\.([0-9]+|x)$/) { fail("bad CPython version '" python "' of " name " (expected - or a version such as 3.13)"); next }
    sym_at[name] = FILENAME ":" FNR
    file_symbols[FILENAME]++
    symbols++
    print "sym", name, family, parts[1]
}

END {
    if (errors) exit 1
    for (i = 1; i <= nfiles; i++)
        if (file_symbols[files[i]] == 0) {
            printf "%s:1: no symbols in this file\n", files[i] > "/dev/stderr"
            exit 1
        }
}
