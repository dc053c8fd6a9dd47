#! /bin/sh
# json-valid.sh: the build's mmap_consts.json parses with Python's json
# module, has its keys in the documented order (no duplicates), lists every
# catalog symbol exactly once and in catalog order, and says what
# probe-results.txt says (presence, value, hex; target facts, headers,
# functions, predefined macros) and the catalog says (families). Skipped
# without python3.

. "${top_srcdir:-.}/tests/lib/prelude.sh"
need_gen
need_python
json=$top_builddir/mmap_consts.json
test -f "$json" || hard_error "no $json (run make first)"
version=`"$MMAPC_GEN" --version | sed 's/.* //'`

"$py" - "$json" "$top_builddir/probe-results.txt" "$version" \
    "$top_srcdir/catalog/symbols.def" $MMAPC_EXTRA_SYMBOLS <<'_EOF'
import json, re, sys

json_path, results_path, version = sys.argv[1:4]
catalogs = sys.argv[4:]
errors = []

def err(msg):
    errors.append(msg)

def pairs(items):
    keys = [k for k, _ in items]
    if len(set(keys)) != len(keys):
        err("duplicate keys: %r" % keys)
    return items

raw = open(json_path, "rb").read()
raw.decode("ascii")  # the inputs are ASCII, so is the output
if not raw.endswith(b"\n"):
    err("no final newline")
doc = json.loads(raw.decode("utf-8"), object_pairs_hook=pairs)

def obj(items):
    return dict(items)

def keys(items):
    return [k for k, _ in items]

top = keys(doc)
want = ["schema_version", "generator", "target", "sizeof", "headers",
        "functions", "madvise_addr_type", "constants", "predefs", "families"]
if top != want:
    err("top-level keys %r, want %r" % (top, want))
d = obj(doc)
if d["schema_version"] != 1:
    err("schema_version %r" % d["schema_version"])
if d["generator"] != [("name", "mmap-consts"), ("version", version)]:
    err("generator %r" % d["generator"])

# catalog(s)
symbols = []
families = []
for path in catalogs:
    for line in open(path):
        line = line.rstrip("\n")
        s = line.strip(" \t")
        if s.startswith("%family"):
            f = s.split(None, 2)
            families.append((f[1], f[2].rstrip(" \t")))
            continue
        if not s or s.startswith("#") or s.startswith("%"):
            continue
        f = s.split(None, 4)
        kind, _, attr = f[2].partition(",")
        symbols.append(dict(name=f[0], family=f[1], kind=kind,
                            archdep=attr == "archdep",
                            python=None if f[3] == "-" else f[3],
                            description=f[4].rstrip(" \t")))

# results
res = {"predef": [], "header": [], "function": [], "symbol": {}}
sizes = []
for line in open(results_path):
    kw, _, rest = line.rstrip("\n").partition(" ")
    rest = rest.strip(" \t")
    if kw in ("header", "function"):
        name, value = rest.split()
        res[kw].append((name, value == "yes"))
    elif kw == "symbol":
        f = rest.split()
        res["symbol"][f[0]] = f[1]
        res.setdefault("origin", {})[f[0]] = f[2] if len(f) > 2 else None
    elif kw == "conflict":
        name, header, value = rest.split()
        res.setdefault("conflicts", {}).setdefault(name, []).append(
            {"header": header,
             "value": None if value == "yes" else int(value, 0)})
    elif kw == "predef":
        name, _, value = rest.partition(" ")
        res["predef"].append((name, value.strip(" \t")))
    elif kw == "sizeof":
        t, n = rest.split()
        sizes.append((t, int(n)))
    else:
        res[kw] = rest

target = d["target"]
want = [("triplet", res["target"]), ("os", res["os"]), ("cpu", res["cpu"]),
        ("libc", res["libc"]), ("cc", res["cc"]),
        ("cross_compiling", res["cross_compiling"] == "yes")]
if target != want:
    err("target %r, want %r" % (target, want))
if d["sizeof"] != sizes:
    err("sizeof %r, want %r" % (d["sizeof"], sizes))
if d["headers"] != res["header"]:
    err("headers %r, want %r" % (d["headers"], res["header"]))
if d["functions"] != res["function"]:
    err("functions %r, want %r" % (d["functions"], res["function"]))
if d["predefs"] != res["predef"]:
    err("predefs %r, want %r" % (d["predefs"], res["predef"]))
if d["families"] != families:
    err("families %r, want %r" % (d["families"], families))
mat = res["madvise_addr_type"]
if d["madvise_addr_type"] != (None if mat == "none" else mat):
    err("madvise_addr_type %r" % d["madvise_addr_type"])

consts = d["constants"]
names = [obj(c)["name"] for c in consts]
if names != [s["name"] for s in symbols]:
    err("constants are not the catalog's names in catalog order")
if len(set(names)) != len(names):
    err("a constant appears twice")
ckeys = ["name", "family", "kind", "flag", "archdep", "present", "value",
         "hex", "python", "description", "header"]
for c, s in zip(consts, symbols):
    strict = s["kind"] == "strict"
    want_keys = ckeys[:5] + ["strict"] * strict + ckeys[5:]
    if "conflicts" in keys(c):
        want_keys = want_keys + ["conflicts"]
    if keys(c) != want_keys:
        err("%s: keys %r" % (s["name"], keys(c)))
        continue
    c = obj(c)
    r = res["symbol"].get(s["name"])
    if r is None:
        err("%s: no result" % s["name"])
        continue
    integer = s["kind"] in ("flag", "strict", "int")
    value = None
    if r not in ("yes", "no"):
        value = int(r, 0) if not re.match(r"^-?0[0-9]", r) else None
    want = dict(name=s["name"], family=s["family"],
                kind="int" if integer else s["kind"],
                flag=s["kind"] in ("flag", "strict"), archdep=s["archdep"],
                strict=True,
                present=r != "no", value=value,
                hex=None if value is None else
                    ("-" if value < 0 else "") + hex(abs(value)),
                python=s["python"], description=s["description"],
                header=res.get("origin", {}).get(s["name"]),
                conflicts=res.get("conflicts", {}).get(s["name"]))
    if want["conflicts"] and "conflicts" not in want_keys:
        err("%s: no conflicts, want %r" % (s["name"], want["conflicts"]))
    for k in want_keys:
        if c[k] != want[k] or type(c[k]) is not type(want[k]):
            err("%s: %s is %r, want %r" % (s["name"], k, c[k], want[k]))
    if value is not None and not -2**63 <= value < 2**64:
        err("%s: value out of range" % s["name"])

for e in errors[:30]:
    print("json-valid: " + e)
print("json-valid: %d constants checked, %d problems" % (len(consts), len(errors)))
sys.exit(1 if errors else 0)
_EOF
status=$?
test $status -eq 0 || fail "mmap_consts.json does not match (status $status)"
finish
