# presets.awk: the catalog names' presets, read from one `set' and checked
# in one place, and the names left to probe.
#
#   (set) | awk -v unset=UNSET -v todo=TODO -v asked=ASKED \
#       -f presets.awk CATALOG -
#
# CATALOG: catalog.awk's list ("sym NAME FAMILY KIND"). Reads the lines of
# `set' that assign mmapc_cv_sym_NAME, mmapc_cv_from_NAME or
# mmapc_cv_conflicts_NAME. Writes the catalog names whose result is not
# preset to TODO ("NAME FAMILY KIND") and ASKED (NAME), in catalog order.
# For every name whose result is preset, prints it in combine.awk's form:
#   sym NAME RESULT [HEADER]
#   conflict NAME HEADER RESULT      (a present name's mmapc_cv_conflicts_NAME)
# The header and conflicts describe a result, so they are taken only where
# the result is preset too; a probed name gets them from the probes.
# Writes UNSET, `unset VARIABLE...' lines for every variable read: the
# results are kept in files, since a shell's variables grow its `set' and
# Autoconf's cache dump (bash) or each assignment (dash) superlinearly.
# A preset that would not make a valid results file stops configure: the
# message on standard output, exit 1. The rules are mmapc-gen's
# (gen/model/results.c): a value is yes, no or a C integer (decimal
# without a leading 0, or 0x hex; either with a leading -) from -2^63 to
# 2^64-1; a name of kind pointer or macro has no value; a header is
# written as in #include <...> (letters, digits and _ . / + -, not
# absolute, no ..); a conflict names each header once.

function fail(msg) { print msg; failed = 1; exit 1 }

# The value as the shell holds it, from `set's printing of it: bare, or in
# single quotes. Anything else (a quote inside, $'...') is left as printed,
# which no rule below accepts.
function unquote(v) {
    if (v ~ /^'[^']*'$/) return substr(v, 2, length(v) - 2)
    return v
}

# Whether V is a C integer (is_int) and within 64 bits (in_range).
function is_int(v) {
    return v ~ /^-?0$/ || v ~ /^-?[1-9][0-9]*$/ || v ~ /^-?0[xX][0-9a-fA-F]+$/
}
function in_range(v,    neg, d, max) {
    neg = v ~ /^-/
    d = v; sub(/^-/, "", d)
    if (d ~ /^0[xX]/) {
        d = tolower(substr(d, 3)); sub(/^0+/, "", d)
        max = neg ? "8000000000000000" : "ffffffffffffffff"
    } else
        max = neg ? "9223372036854775808" : "18446744073709551615"
    return length(d) < length(max) || (length(d) == length(max) && d <= max)
}
function is_header(h) {
    return h ~ /^[A-Za-z0-9_.\/+-]+$/ && h !~ /^\// && index(h, "..") == 0
}

function check_sym(name, v, var) {
    if (v != "yes" && v != "no" && !is_int(v))
        fail(var "='" v "' is not yes, no or a C integer (decimal or 0x hex)")
    if (v == "yes" || v == "no") return
    if (!in_range(v))
        fail(var "='" v "' is out of range (from -2^63 to 2^64-1)")
    if (kind[name] == "pointer" || kind[name] == "macro")
        fail(var "='" v "': " name " is of kind " kind[name] \
             ", which has no value (want yes or no)")
}
function check_from(v, var) {
    if (v != "" && !is_header(v))
        fail(var "='" v "' is not a header's name (letters, digits and _ . / + -;" \
             " not absolute, no ..)")
}
# A list of HEADER=RESULT words, kept as nc[NAME] pairs ch[NAME, I], cr[NAME, I].
function check_conflicts(name, v, var,    n, w, i, h, r, seen) {
    if (v ~ /[^A-Za-z0-9_.\/+= -]/)
        fail(var "='" v "' is not HEADER=RESULT words")
    n = split(v, w, " ")
    for (i = 1; i <= n; i++) {
        h = w[i]; sub(/=.*/, "", h)
        r = substr(w[i], length(h) + 2)
        if (index(w[i], "=") == 0 || !is_header(h) || (r != "yes" && !is_int(r)))
            fail(var ": '" w[i] "' is not HEADER=RESULT (yes or a C integer)")
        if (r != "yes" && !in_range(r))
            fail(var ": '" w[i] "' is out of range (from -2^63 to 2^64-1)")
        if (h in seen)
            fail(var ": '" w[i] "' names " h " a second time")
        seen[h] = 1
        ch[name, i] = h; cr[name, i] = r
    }
    nc[name] = n
}

FILENAME == ARGV[1] {
    if ($1 == "sym") { kind[$2] = $4; catalog[++ncat] = $2 " " $3 " " $4 }
    next
}

match($0, /^mmapc_cv_(sym|from|conflicts)_[A-Za-z0-9_]+=/) {
    var = substr($0, 1, RLENGTH - 1)
    v = unquote(substr($0, RLENGTH + 1))
    name = var
    sub(/^mmapc_cv_[a-z]+_/, "", name)
    if (var ~ /^mmapc_cv_sym_/) {
        check_sym(name, v, var)
        result[name] = v
        order[++n] = name
    } else if (var ~ /^mmapc_cv_from_/) {
        check_from(v, var)
        from[name] = v
    } else {
        check_conflicts(name, v, var)
    }
    vars = vars " " var
    if (++nvars % 100 == 0) { print "unset" vars >unset; vars = "" }
}

END {
    if (failed) exit 1
    if (vars != "") print "unset" vars >unset
    for (i = 1; i <= n; i++) {
        name = order[i]
        if (result[name] == "no" || from[name] == "")
            print "sym", name, result[name]
        else
            print "sym", name, result[name], from[name]
        if (result[name] == "no") continue
        for (j = 1; j <= nc[name]; j++)
            print "conflict", name, ch[name, j], cr[name, j]
    }
    for (i = 1; i <= ncat; i++) {
        split(catalog[i], w, " ")
        if (w[1] in result) continue
        print catalog[i] >todo
        print w[1] >asked
    }
}
