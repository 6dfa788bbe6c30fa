#!/usr/bin/env python3
"""Score `zhengce meta` against a hand-written metadata gold (corpus/heldout-meta/gold.jsonl).

usage: score.py ZHENGCE GOLD.jsonl CORPUS_DIR

ZHENGCE is the zhengce binary (it must find its dictionaries: set ZHENGCE_DICTDIR or use a
build-tree binary); each gold `doc` is read relative to CORPUS_DIR. Per field: the documents
that state it (gold not null), correct, accuracy; missed (tool null where gold has a value),
wrong (both have a value, they differ) and invented (tool value where gold is null). Then a
table of every disagreement.
"""
import json
import re
import subprocess
import sys

FIELDS = ("title", "issuer", "doc_number", "date_issued", "doc_type")


def nows(s):
    return re.sub(r"\s", "", s)


def tool_values(rec):
    """The comparable value of each field of one `zhengce meta` line (None when null)."""
    out = {}
    t = rec.get("title")
    out["title"] = nows(t["text"]) if t else None
    iss = rec.get("issuer") or []
    out["issuer"] = sorted({nows(i["text"]) for i in iss}) or None
    n = rec.get("doc_number")
    out["doc_number"] = n["raw"] if n else None
    d = rec.get("date_issued")
    out["date_issued"] = d.get("value") if d else None
    k = rec.get("doc_type")
    out["doc_type"] = k.get("value") if k else None
    return out


def gold_values(g):
    return {
        "title": nows(g["title"]) if g["title"] else None,
        "issuer": sorted({nows(i) for i in g["issuer"]}) if g["issuer"] else None,
        "doc_number": g["doc_number"],
        "date_issued": g["date_issued"],
        "doc_type": g["doc_type"],
    }


def run_meta(zhengce, path):
    p = subprocess.run([zhengce, "meta", path], capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit("%s meta %s: exit %d: %s" % (zhengce, path, p.returncode, p.stderr.strip()))
    lines = [json.loads(l) for l in p.stdout.splitlines() if l.strip()]
    docs = [l for l in lines if l.get("kind") == "document"]
    if len(docs) != 1:
        sys.exit("%s: expected one document line, got %d" % (path, len(docs)))
    return docs[0]


def show(v):
    if v is None:
        return "null"
    return "; ".join(v) if isinstance(v, list) else v


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__.strip().splitlines()[2])
    zhengce, gold_path, corpus = sys.argv[1:]
    with open(gold_path, encoding="utf-8") as f:
        gold = [json.loads(l) for l in f if l.strip()]

    stats = {k: dict(stated=0, correct=0, missed=0, wrong=0, invented=0, null_ok=0)
             for k in FIELDS}
    rows = []
    for g in gold:
        want = gold_values(g)
        got = tool_values(run_meta(zhengce, corpus.rstrip("/") + "/" + g["doc"]))
        for k in FIELDS:
            s, w, v = stats[k], want[k], got[k]
            if w is None:
                if v is None:
                    s["null_ok"] += 1
                    continue
                s["invented"] += 1
                rows.append((g["doc"], k, "invented", w, v))
                continue
            s["stated"] += 1
            if v == w:
                s["correct"] += 1
            elif v is None:
                s["missed"] += 1
                rows.append((g["doc"], k, "missed", w, v))
            else:
                s["wrong"] += 1
                rows.append((g["doc"], k, "wrong", w, v))

    print("%d documents" % len(gold))
    print("%-12s %6s %7s %8s %6s %5s %8s %7s" % ("field", "stated", "correct", "accuracy",
                                               "missed", "wrong", "invented", "null ok"))
    for k in FIELDS:
        s = stats[k]
        acc = "%.2f" % (s["correct"] / s["stated"]) if s["stated"] else "-"
        print("%-12s %6d %7d %8s %6d %5d %8d %7d" % (k, s["stated"], s["correct"], acc,
                                                   s["missed"], s["wrong"], s["invented"],
                                                   s["null_ok"]))
    print()
    print("disagreements (doc, field, kind, gold, tool):")
    for doc, k, kind, w, v in rows:
        print("%s\t%s\t%s\t%s\t%s" % (doc, k, kind, show(w), show(v)))


if __name__ == "__main__":
    main()
