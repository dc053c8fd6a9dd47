# MMAPC_PRESEED_DEPFILES
# ----------------------
# Create the empty dependency files (.deps/*.Po) of the top Makefile before
# config.status runs, with shell builtins. Automake 1.16 has config.status
# run `make am--depfiles`, which creates each one with two or three processes
# of its own: with the unit tests' objects that is some 300 processes, more
# than the rest of configure together (docs/benchmarks.md). That make run
# still happens, but finds nothing left to do. Existing files are kept (`:
# >>FILE`), so a re-configured tree keeps its dependencies. An empty file is
# what Automake 1.17 writes itself. Does nothing when dependency tracking is
# off, or when Makefile.in has no `# am--include-marker` lines (an Automake
# older than 1.16): then config.status does it all, as before.
AC_DEFUN([MMAPC_PRESEED_DEPFILES],
[AC_CONFIG_COMMANDS_PRE(
[AS_IF([test "x$enable_dependency_tracking" != xno && test -n "$DEPDIR"],
  [mmapc_depfiles=`sed -n -e 's|\$(DEPDIR)|'"$DEPDIR"'|g' \
     -e 's|^@AMDEP_TRUE@@am__include@ @am__quote@\(.*\)@am__quote@ *# am--include-marker$|\1|p' \
     "$srcdir/Makefile.in"`
   AS_IF([test -n "$mmapc_depfiles"],
     [$MKDIR_P `echo "$mmapc_depfiles" | sed 's|/[[^/]]*$||' | sort -u` &&
      for mmapc_f in $mmapc_depfiles; do
        : >>"$mmapc_f"
      done])])])
])
