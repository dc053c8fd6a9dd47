# scratch.sh: sourced by tests. scratch_dir NAME makes an empty directory
# $scratch under the build tree, removed when the test ends.
scratch_dir() {
  scratch=`pwd`/tests/$1.tmp
  rm -rf "$scratch" && mkdir -p "$scratch" || exit 99
  trap 'rm -rf "$scratch"' 0
}
