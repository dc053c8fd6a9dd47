#!/bin/sh
# A compiler whose --version line has a CR, bytes outside ASCII and more
# than 1023 bytes: configure writes a `cc' line the generator takes
# (printable ASCII, at most 200 bytes), so make does not fail on a
# probe-results.txt the user never wrote.
. "${top_srcdir:-.}/tests/lib/prelude.sh"
scratch_dir probes/ccversion
vpath_srcdir "$scratch"   # a clean source tree, also in an in-tree build
abs_srcdir=$vpath_srcdir
real_cc=`command -v ${CC%% *}` || { echo "SKIP: no $CC"; exit 77; }
long=`awk 'BEGIN { while (n++ < 300) printf "abcd" }'`
{ echo '#!/bin/sh'
  echo 'if test "x$1" = x--version; then'
  printf "  printf 'cc\\\\r \\\\303\\\\251\\\\001 %s\\\\r\\\\n2nd line\\\\n'\n" "$long"
  echo '  exit 0'
  echo 'fi'
  echo "exec '$real_cc' \"\$@\""
} >"$scratch/odd-cc" && chmod +x "$scratch/odd-cc" || exit 99
fail=0
"$scratch/odd-cc" --version | od -c | sed 1q
(cd "$scratch" && "$abs_srcdir/configure" -q CC="$scratch/odd-cc") \
  >"$scratch/out" 2>&1 || { cat "$scratch/out"; exit 1; }
line=`sed -n 's/^cc //p' "$scratch/probe-results.txt"`
case $line in
  'cc ??? abcdabcd'*) echo "ok: the cc line is cleaned: ${line%${line#?????????????????????}}..." ;;
  *) echo "FAIL: unexpected cc line: $line"; fail=1 ;;
esac
test ${#line} -le 200 && echo "ok: ${#line} bytes" || { echo "FAIL: ${#line} bytes"; fail=1; }
"$top_builddir/gen/mmapc-gen" --catalog "$top_srcdir/catalog/symbols.def" \
  --results "$scratch/probe-results.txt" --format json --output "$scratch/out.json" &&
  echo "ok: the generator takes the results" ||
  { echo "FAIL: the generator refuses the results"; fail=1; }
exit $fail
