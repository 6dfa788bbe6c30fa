#!/usr/bin/env python3
"""Turn a hand-annotated enforcement list (records*.tsv) into gold records (gold*.jsonl).

Usage: tsv2jsonl.py RECORDS.tsv POLICIES_DIR > GOLD.jsonl

The TSV has lines starting with '#' as comments, a header line and then one record per line:
doc, line (1-based line of the document), excerpt (exact text of that line), mechanism (the
trigger: its first occurrence inside the excerpt), category.

Every excerpt is checked against its line and every trigger against its excerpt; an excerpt
that occurs more than once on its line, or any mismatch, stops the conversion with a message.
Each record becomes one gold line in the format of RECORDS.md ("Gold annotations and scoring"):
doc, kind "enforcement", text (the trigger), occurrence (1-based, counted the way `zhengce eval`
finds it: non-overlapping matches of text in the decoded document, left to right) and
enforcement {mechanism: the excerpt, category}.
"""
import json
import sys

# RECORDS.md's categories, and "none" for a mechanism GUIDELINES.md leaves without one (严惩)
CATEGORIES = {"veto", "financial", "accountability", "referral", "investigation", "incentive",
              "coercive", "none"}


def fail(where, why):
    sys.exit(f"{where}: {why}")


def occurrence(doc, text, pos):
    """Number of the non-overlapping match of text that starts at pos (1-based)."""
    k, at = 0, 0
    while True:
        p = doc.find(text, at)
        if p < 0 or p > pos:
            fail(text, f"no occurrence starts at {pos}")
        k += 1
        if p == pos:
            return k
        at = p + len(text)


def convert(tsv, policies):
    docs, out, header = {}, [], False
    with open(tsv, encoding="utf-8") as f:
        for n, row in enumerate(f, 1):
            row = row.rstrip("\n")
            if not row or row.startswith("#"):
                continue
            cols = row.split("\t")
            where = f"{tsv}:{n}"
            if not header:
                if cols != ["doc", "line", "excerpt", "mechanism", "category"]:
                    fail(where, "header must be doc, line, excerpt, mechanism, category")
                header = True
                continue
            if len(cols) != 5:
                fail(where, f"{len(cols)} columns, 5 expected")
            name, line, excerpt, mech, cat = cols
            if cat not in CATEGORIES:
                fail(where, f"unknown category {cat}")
            if name not in docs:
                with open(f"{policies}/{name}", encoding="utf-8-sig") as d:
                    docs[name] = d.read()
            doc = docs[name]
            lines = doc.split("\n")
            ln = int(line)
            if not 1 <= ln <= len(lines):
                fail(where, f"{name} has no line {ln}")
            start = sum(len(x) + 1 for x in lines[:ln - 1])
            at = lines[ln - 1].find(excerpt)
            if at < 0:
                fail(where, f"excerpt not on line {ln} of {name}")
            if lines[ln - 1].find(excerpt, at + 1) >= 0:
                fail(where, "excerpt occurs twice on its line: make it longer")
            m = excerpt.find(mech)
            if m < 0:
                fail(where, "mechanism not in the excerpt")
            out.append({"doc": name, "kind": "enforcement", "text": mech,
                        "occurrence": occurrence(doc, mech, start + at + m),
                        "enforcement": {"mechanism": excerpt, "category": cat}})
    return out


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    for rec in convert(sys.argv[1], sys.argv[2]):
        print(json.dumps(rec, ensure_ascii=False))


if __name__ == "__main__":
    main()
