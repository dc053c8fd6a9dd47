#! /bin/sh
# mmapc-probe-qemu.sh: a cross-built mmapc-probe runs under qemu-user.
# Configures this source tree with --host=aarch64-linux-gnu in a temporary
# directory, runs `make mmapc-probe` there, runs the program with
# qemu-aarch64 -L /usr/aarch64-linux-gnu (or $QEMU_LD_PREFIX) and checks
# its --json output. Skipped when aarch64-linux-gnu-gcc or qemu-aarch64 is
# missing. (Under qemu-user the answers are the emulator's: it accepts most
# advice without passing it on to the kernel, and /proc/self/smaps
# describes the emulator: the probe must say so and report every effect
# as null.)

. "${top_srcdir:-.}/tests/lib/prelude.sh"

host=aarch64-linux-gnu
command -v $host-gcc >/dev/null 2>&1 || skip "$host-gcc not found"
command -v qemu-aarch64 >/dev/null 2>&1 || skip "qemu-aarch64 not found"
sysroot=${QEMU_LD_PREFIX:-/usr/$host}
test -d "$sysroot" || skip "no $host sysroot at $sysroot"

b=$tmp/build
cross_build $host "$b"
grep '^cross_compiling yes' "$b/probe-results.txt" >/dev/null ||
    fail "the $host build is not a cross build"

qemu-aarch64 -L "$sysroot" "$probe_exe" --json >"$tmp/out.json" \
    2>"$tmp/err" || { cat "$tmp/err"; fail "mmapc-probe under qemu failed"; }
qemu-aarch64 -L "$sysroot" "$probe_exe" >"$tmp/out.txt" 2>&1 ||
    fail "mmapc-probe (table) under qemu failed"
grep '^MADV_NORMAL .* accepted' "$tmp/out.txt" >/dev/null ||
    fail "the table does not show MADV_NORMAL accepted"
grep '^effects: *not observed (.*emulator' "$tmp/out.txt" >/dev/null ||
    fail "the table does not say that effects are not observed here"

need_python
"$py" - "$tmp/out.json" "$host" <<'_EOF' || fail "unexpected JSON (above)"
import json, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
host = sys.argv[2]
errors = []
if doc.get("schema_version") != 2:
    errors.append("schema_version %r" % doc.get("schema_version"))
if not str(doc.get("target", "")).startswith("aarch64"):
    errors.append("target %r" % doc.get("target"))
if doc.get("kernel", {}).get("machine") != "aarch64":
    errors.append("kernel.machine %r" % doc.get("kernel", {}).get("machine"))
if not isinstance(doc.get("page_size"), int) or doc["page_size"] <= 0:
    errors.append("page_size %r" % doc.get("page_size"))
rows = {r["name"]: r for r in doc.get("advice", [])}
if rows.get("MADV_NORMAL", {}).get("status") != "accepted":
    errors.append("MADV_NORMAL %r" % rows.get("MADV_NORMAL"))
for name in ("MADV_HWPOISON", "MADV_SOFT_OFFLINE"):
    if name in rows and rows[name]["status"] != "skipped":
        errors.append("%s %r" % (name, rows[name]))
if not doc.get("map_flags"):
    errors.append("no map flags")
obs = doc.get("observation", {})
if obs.get("methods") != [] or "emulator" not in str(obs.get("note")):
    errors.append("observation %r: not none, with a note on the emulator"
                  % obs)
for key in ("advice", "map_flags"):
    for r in doc.get(key, []):
        if r.get("effect") is not None or r.get("observed") is not None:
            errors.append("%s: effect %r (%r) under an emulator" %
                          (r["name"], r.get("effect"), r.get("observed")))
for e in errors:
    print(e)
sys.exit(1 if errors else 0)
_EOF

finish
