# The closing summary of mmap-consts's own configure. Not part of the
# installed mmap-consts.m4 (Makefile.am): it reports our build (CC_FOR_BUILD,
# Check, PACKAGE_VERSION), and MMAPC_CONSTANTS prints no summary.

# MMAPC_SUMMARY
# -------------
# The closing summary: what configure found, where the results went.
AC_DEFUN([MMAPC_SUMMARY],
[AS_IF([test "x$cross_compiling" = xyes], [mmapc_cross="yes (nothing was run on the target)"],
  [mmapc_cross=no])
AS_IF([test "x$mmapc_cv_target_links" = xno],
  [mmapc_funcs_summary="unknown (the toolchain cannot link for the target)"],
  [mmapc_funcs_summary="$mmapc_funcs_count found${mmapc_funcs_missing:+, missing:$mmapc_funcs_missing}"])
AS_IF([test "x$mmapc_cv_probe_program" = xyes],
  [mmapc_probe_summary="built by make"],
  [mmapc_probe_summary="not built: $mmapc_probe_program_why"])
cat <<_MMAPC_EOF

mmap-consts $PACKAGE_VERSION configured
  target:             $host
  cross-compiling:    $mmapc_cross
  C library:          ${mmapc_cv_libc:-unknown}
  compiler (target):  $CC
  compiler (build):   $CC_FOR_BUILD
  headers:           ${mmapc_headers_found:- none}
  constants:          $mmapc_found_total of $mmapc_catalog_count present ($mmapc_runs_constants compiler runs)
  functions:          $mmapc_funcs_summary
  madvise address:    $mmapc_cv_madvise_addr_type
  mmapc-probe:        $mmapc_probe_summary
  extra symbols:      ${MMAPC_EXTRA_SYMBOLS:-none}
  unit tests (Check): $have_check
  results:            probe-results.txt (details in config.log)

Now run 'make' to generate mmap_consts.h.
_MMAPC_EOF
])
