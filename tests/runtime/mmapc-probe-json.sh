#! /bin/sh
# mmapc-probe-json.sh: mmapc-probe --json parses with Python's json module
# (strictly: no control characters, no duplicate keys), has the keys and
# types docs/mmapc-probe.md gives, lists exactly the advice names that
# mmap_consts.json says are present (and only present MAP_* flags), and
# says what this machine does: MADV_NORMAL accepted, --advice=-1 rejected
# with EINVAL (class unsupported), MADV_HWPOISON and MADV_SOFT_OFFLINE
# skipped with a reason; an effect only on accepted rows, each with what
# was observed; --map-flag gives map flag rows only. Skipped without
# python3.

. "${top_srcdir:-.}/tests/lib/prelude.sh"
need_native
need_python

"$MMAPC_PROBE" --json >"$tmp/all.json" || fail "--json exits non-zero"
"$MMAPC_PROBE" --json --advice=-1 >"$tmp/one.json" ||
    fail "--json --advice=-1 exits non-zero"
"$MMAPC_PROBE" --json --map-flag=0x0 >"$tmp/flag.json" ||
    fail "--json --map-flag=0x0 exits non-zero"

"$py" - "$tmp/all.json" "$tmp/one.json" "$top_builddir/mmap_consts.json" \
    "$tmp/flag.json" \
    <<'_EOF' || fail "the JSON is not as documented (see above)"
import json, sys

errors = []
def err(msg):
    errors.append(msg)

def no_dups(items):
    keys = [k for k, _ in items]
    if len(set(keys)) != len(keys):
        raise ValueError("duplicate key in %r" % keys)
    return dict(items)

def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f, object_pairs_hook=no_dups)

TOP = ["schema_version", "program", "target", "available", "kernel",
       "page_size", "thp", "root", "observation", "advice", "map_flags"]
ROW = ["name", "value", "status", "errno", "class", "effect", "mapping",
       "reason", "note", "observed"]
CLASSES = {"rejected": {"unsupported", "failed-here"},
           "accepted": {None}, "skipped": {None}}
EFFECTS = {"rejected": {None}, "accepted": {None, "seen", "not-seen"},
           "skipped": {None}}
METHODS = ["smaps", "mincore", "fork", "read-back", "address"]

def check_doc(doc, where):
    if list(doc) != TOP:
        err("%s: top-level keys %r, expected %r" % (where, list(doc), TOP))
        return
    if doc["schema_version"] != 2:
        err("%s: schema_version is not 2" % where)
    o = doc["observation"]
    if list(o) != ["methods", "note"] or \
            not isinstance(o["methods"], list) or \
            any(m not in METHODS for m in o["methods"]) or \
            not (o["note"] is None or isinstance(o["note"], str)):
        err("%s: observation is %r" % (where, o))
    elif not o["methods"] and not o["note"]:
        err("%s: no observation method and no note saying why" % where)
    if doc["available"] is not True:
        err("%s: available is not true" % where)
    k = doc["kernel"]
    if list(k) != ["sysname", "release", "machine"] or \
            not all(isinstance(v, str) and v for v in k.values()):
        err("%s: kernel is %r" % (where, k))
    if not (isinstance(doc["page_size"], int) and doc["page_size"] > 0):
        err("%s: page_size is %r" % (where, doc["page_size"]))
    if not (isinstance(doc["thp"], str) and doc["thp"]):
        err("%s: thp is %r" % (where, doc["thp"]))
    if not isinstance(doc["root"], bool):
        err("%s: root is not a boolean" % where)
    for key in ("advice", "map_flags"):
        for r in doc[key]:
            if list(r) != ROW:
                err("%s: %s row keys %r" % (where, key, list(r)))
                continue
            n = r["name"]
            if not (n is None or isinstance(n, str)):
                err("%s: name %r" % (where, n))
            if type(r["value"]) is not int:
                err("%s: %s: value %r" % (where, n, r["value"]))
            st = r["status"]
            if st not in CLASSES:
                err("%s: %s: status %r" % (where, n, st))
                continue
            if r["class"] not in CLASSES[st]:
                err("%s: %s: class %r with status %s" % (where, n,
                                                          r["class"], st))
            if r["effect"] not in EFFECTS[st]:
                err("%s: %s: effect %r with status %s" % (where, n,
                                                           r["effect"], st))
            if r["effect"] is not None and not \
                    (isinstance(r["observed"], str) and r["observed"]):
                err("%s: %s: effect %r, but observed %r" %
                    (where, n, r["effect"], r["observed"]))
            if st != "accepted" and r["observed"] is not None:
                err("%s: %s: observed %r with status %s" %
                    (where, n, r["observed"], st))
            e = r["errno"]
            if (st == "rejected") != (isinstance(e, str) and
                                      e.startswith("E")):
                err("%s: %s: errno %r with status %s" % (where, n, e, st))
            if (st == "skipped") != isinstance(r["reason"], str):
                err("%s: %s: reason %r with status %s" % (where, n,
                                                           r["reason"], st))
            if st != "skipped" and not isinstance(r["mapping"], str):
                err("%s: %s: no mapping" % (where, n))
            if not (r["note"] is None or
                    (isinstance(r["note"], str) and r["note"])):
                err("%s: %s: note %r" % (where, n, r["note"]))

try:
    full, one, consts, flag = (load(p) for p in sys.argv[1:5])
except ValueError as e:
    print("does not parse: %s" % e)
    sys.exit(1)

check_doc(full, "--json")
check_doc(one, "--json --advice=-1")
check_doc(flag, "--json --map-flag=0x0")
if flag["advice"] or len(flag["map_flags"]) != 1 or \
        flag["map_flags"][0]["status"] != "skipped":
    err("--map-flag=0x0: expected one skipped map flag row and no advice")

present = {c["name"]: c for c in consts["constants"] if c["present"]}
want = [c["name"] for c in consts["constants"] if c["present"] and
        c["family"] in ("MADV", "POSIX_MADV")]
got = [r["name"] for r in full["advice"]]
if got != want:
    err("advice names %r, expected (catalog order) %r" % (got, want))
for r in full["map_flags"]:
    c = present.get(r["name"])
    if c is None or c["family"] != "MAP":
        err("map flag %r is not a present MAP_* name" % r["name"])
    elif c.get("value") is not None and c["value"] != r["value"]:
        err("%s: value %r, mmap_consts.json says %r" % (r["name"],
                                                         r["value"],
                                                         c["value"]))
for r in full["advice"]:
    c = present[r["name"]]
    if c.get("value") is not None and c["value"] != r["value"]:
        err("%s: value %r, mmap_consts.json says %r" % (r["name"],
                                                         r["value"],
                                                         c["value"]))
rows = {r["name"]: r for r in full["advice"]}
if rows.get("MADV_NORMAL", {}).get("status") != "accepted":
    err("MADV_NORMAL is not accepted: %r" % rows.get("MADV_NORMAL"))
for name in ("MADV_HWPOISON", "MADV_SOFT_OFFLINE"):
    if name in present and rows.get(name, {}).get("status") != "skipped":
        err("%s is not skipped: %r" % (name, rows.get(name)))

if len(one["advice"]) != 1 or one["map_flags"]:
    err("--advice=-1: expected one advice row and no map flags")
else:
    r = one["advice"][0]
    want_row = {"name": None, "value": -1, "status": "rejected",
                "errno": "EINVAL", "class": "unsupported"}
    for k, v in want_row.items():
        if r[k] != v:
            err("--advice=-1: %s is %r, not %r" % (k, r[k], v))

for e in errors:
    print(e)
sys.exit(1 if errors else 0)
_EOF

finish
