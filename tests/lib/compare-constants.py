"""compare-constants.py REFERENCE.json LINES [CATALOG.json]

Checks the lines a program printed (LINES: one "NAME VALUE" per present
integer constant, VALUE in decimal) against a mmap_consts.json: the same
names, in catalog order, with the JSON's values. With CATALOG.json (the
mmap_consts.json of the program's own build), only the names that it lists
are expected, so a reference made with extra catalogs still compares.
Prints what differs; exit status 0 when nothing does, 1 otherwise.
"""
import json
import sys


def constants(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)["constants"]


def main(argv):
    ref = constants(argv[1])
    if len(argv) > 3:
        names = {c["name"] for c in constants(argv[3])}
        ref = [c for c in ref if c["name"] in names]
    want = ["%s %d" % (c["name"], c["value"]) for c in ref
            if c["present"] and c["value"] is not None]
    with open(argv[2], encoding="utf-8") as f:
        got = f.read().splitlines()
    if got == want:
        print("%d lines, each as in %s" % (len(got), argv[1]))
        return 0
    wanted, printed = set(want), set(got)
    for line in want:
        if line not in printed:
            print("missing: " + line)
    for line in got:
        if line not in wanted:
            print("unexpected: " + line)
    if wanted == printed:
        print("the lines are not in catalog order")
    return 1


sys.exit(main(sys.argv))
