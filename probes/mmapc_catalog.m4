# MMAPC_CATALOG(CATALOG)
# ----------------------
# Load the catalog CATALOG (a path, or several separated by blanks; relative
# ones are taken from the current directory, so pass "$srcdir/..." for a
# file of the source tree) and the user's extra names from
# --with-extra-symbols=FILE, validate them (probes/catalog.awk, with the
# rules of mmapc-gen), and leave the list of names in
# $mmapc_tmp/catalog.lst ("sym NAME FAMILY KIND" and "family NAME" lines).
# A bad file stops configure with FILE:LINE: message.
# Substitutes MMAPC_EXTRA_SYMBOLS (absolute path, or empty).
AC_DEFUN([MMAPC_CATALOG],
[AC_REQUIRE([AC_PROG_AWK])dnl
AC_REQUIRE([_MMAPC_TMPDIR])dnl
_MMAPC_CATALOG_FILES([$1])
AC_MSG_CHECKING([the symbol catalog])
AS_IF([(_MMAPC_VALIDATE_CATALOG)], [],
  [AC_MSG_RESULT([invalid])
   cat "$mmapc_tmp/catalog.err" >&2
   cat "$mmapc_tmp/catalog.err" >&AS_MESSAGE_LOG_FD
   AC_MSG_ERROR([the catalog has errors (see above)])])
read mmapc_catalog_count <"$mmapc_tmp/catalog.count"
AC_MSG_RESULT([$mmapc_catalog_count names])
])

# _MMAPC_CATALOG_FILES(CATALOG)
# -----------------------------
# --with-extra-symbols, and the list of catalog files in mmapc_catalog_files.
m4_define([_MMAPC_CATALOG_FILES],
[AC_ARG_WITH([extra-symbols],
  [AS_HELP_STRING([--with-extra-symbols=FILE],
    [also probe the names listed in FILE (catalog format, see docs/formats.md)])],
  [], [with_extra_symbols=no])
MMAPC_EXTRA_SYMBOLS=
AS_CASE([$with_extra_symbols],
  [no | ""], [],
  [yes], [AC_MSG_ERROR([--with-extra-symbols needs a FILE])],
  [/*], [MMAPC_EXTRA_SYMBOLS=$with_extra_symbols],
  [MMAPC_EXTRA_SYMBOLS=`pwd`/$with_extra_symbols])
AC_SUBST([MMAPC_EXTRA_SYMBOLS])
mmapc_catalog_files="$1${MMAPC_EXTRA_SYMBOLS:+ $MMAPC_EXTRA_SYMBOLS}"
])

# _MMAPC_VALIDATE_CATALOG
# -----------------------
# Validate the files of mmapc_catalog_files into $mmapc_tmp/catalog.lst and
# the number of names into catalog.count; on an error, exit 1 with the
# message in catalog.err. Run it in a subshell.
m4_define([_MMAPC_VALIDATE_CATALOG],
[for mmapc_f in $mmapc_catalog_files; do
  _MMAPC_CHECK_TEXT_FILE([$mmapc_f])
  test -z "$mmapc_bad" || { echo "$mmapc_bad" >"$mmapc_tmp/catalog.err"; exit 1; }
done
LC_ALL=C $AWK -f "$mmapc_probe_dir/catalog.awk" $mmapc_catalog_files \
  >"$mmapc_tmp/catalog.lst" 2>"$mmapc_tmp/catalog.err" || exit 1
$AWK '$[]1 == "sym" { n++ } END { print n + 0 }' "$mmapc_tmp/catalog.lst" \
  >"$mmapc_tmp/catalog.count"
])

# _MMAPC_CHECK_TEXT_FILE(FILE)
# ----------------------------
# Set mmapc_bad to a FILE:LINE: message, in mmapc-gen's words, when FILE
# cannot be read, is empty, holds a NUL byte or lacks its final newline:
# the things awk cannot report portably. Empty when FILE is fine.
m4_define([_MMAPC_CHECK_TEXT_FILE],
[mmapc_bad=
if test ! -f "$1" || test ! -r "$1"; then
  mmapc_bad="$1: cannot read the file"
elif test ! -s "$1"; then
  mmapc_bad="$1:1: no symbols in this file"
elif LC_ALL=C tr -d '\000' <"$1" | cmp -s - "$1"; then
  AS_IF([test "x`tail -c 1 "$1"`" = x], [],
    [mmapc_line=`wc -l <"$1" | tr -d ' '`
     mmapc_bad="$1:`expr $mmapc_line + 1`: no newline at end of file (truncated line)"])
else
  mmapc_bad=`LC_ALL=C tr '\000' '\001' <"$1" |
    $AWK -v f="$1" '[index]($[]0, "\001") { print f ":" NR ": NUL byte at column " [index]($[]0, "\001"); exit }'`
fi
])

# _MMAPC_TMPDIR
# -------------
# A scratch directory for the probes, removed when configure ends (its
# contents are copied to config.log where they explain a result). Named
# conf$$.mmapc, not conftest.*, which the compiler's checks remove. Also sets
# mmapc_probe_dir, where the probes' awk scripts and target-macros.def are:
# probes/ of our source tree, unless the installed mmap-consts.m4 set it.
AC_DEFUN([_MMAPC_TMPDIR],
[: "${mmapc_probe_dir=$srcdir/probes}"
mmapc_tmp=conf$$.mmapc
rm -rf "$mmapc_tmp" && mkdir "$mmapc_tmp" ||
  AC_MSG_ERROR([cannot create the scratch directory $mmapc_tmp])
])
