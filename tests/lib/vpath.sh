# vpath.sh: sourced by tests that configure mmap-consts in a scratch
# directory of the build tree. Needs top_srcdir and top_builddir.
#
# Once the source tree is itself configured (an in-tree build, as .ci/run
# does), configure refuses any other build directory ("source directory
# already configured"), and rightly: make would take the source tree's build
# products (probe-results.txt, mmap_consts.h, gen/mmapc-gen) through VPATH
# in place of the scratch build's own.
#
# vpath_srcdir DIR sets $vpath_srcdir to the source tree (absolute), or, in
# an in-tree build, to DIR/src: a copy of the distributed files made by
# `make distdir`, what a release tarball holds. Exits 99 when that fails.
vpath_srcdir() {
  vpath_srcdir=`cd "$top_srcdir" && pwd` || exit 99
  test -f "$vpath_srcdir/config.status" || return 0
  (cd "$top_builddir" && unset MAKEFLAGS MFLAGS MAKELEVEL &&
   ${MAKE:-make} distdir distdir="$1/src" top_distdir="$1/src") \
    >"$1/distdir.log" 2>&1 || {
    echo "vpath_srcdir: in-tree build, and make distdir failed:" >&2
    tail -20 "$1/distdir.log" >&2
    exit 99
  }
  vpath_srcdir=`cd "$1/src" && pwd` || exit 99
}

# configure_as_build DIR ARG...: run $abs_srcdir/configure -q in DIR with
# this build's own configure arguments (config.status --config: the
# target, its compiler and flags, so a cross build configures again for
# the same target), then ARG..., which come last and so win. The source
# and cache options of the build are left out.
configure_as_build() {
  build_config_args=`"$top_builddir/config.status" --config |
    sed "s/'--srcdir=[^']*'//g; s/'--cache-file=[^']*'//g; s/'-C'//g"` || exit 99
  (cd "$1" || exit 99
   shift
   eval "set x $build_config_args"' "$@"'
   shift
   exec "$abs_srcdir/configure" -q "$@")
}
