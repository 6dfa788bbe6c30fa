"""Gold spans per set and document, in char offsets of the decoded text."""
import json, os, pickle
from sets import READ, BLIND, NOTRAIN, resolve
from paths import CACHE

KINDS = ("target", "deadline", "enforcement", "statistic")


def nth(text, s, n):
    i = -1
    for _ in range(n):
        i = text.find(s, i + 1)
        if i < 0:
            return None
    return i


def gold_spans(gold, corpus, docs):
    """{path: [(kind, a, b)]} of a gold file; unresolvable records are counted."""
    out, lost = {}, 0
    for line in open(gold, encoding="utf-8"):
        if not line.strip():
            continue
        r = json.loads(line)
        p = resolve(corpus, os.path.basename(r["doc"]))
        text = docs[p]["text"]
        sp = (r.get("span") or {}).get("char")
        if sp:
            a, b = sp
        else:
            a = nth(text, r["text"], int(r.get("occurrence", 1)))
            if a is None:
                lost += 1
                continue
            b = a + len(r["text"])
        out.setdefault(p, []).append((r["kind"], a, b))
    return out, lost


def load(which="read"):
    docs = pickle.load(open(f"{CACHE}/{which}/docs.pkl", "rb"))
    sets = READ if which == "read" else BLIND
    per_set = {}
    for name, gold, corpus, kinds in sets:
        g, lost = gold_spans(gold, corpus, docs)
        per_set[name] = {"gold": gold, "corpus": corpus, "kinds": kinds, "spans": g,
                         "docs": sorted(g), "lost": lost}
    return docs, per_set


def training_labels(per_set, exclude_docs):
    """{(path, kind): [(a,b)]} from the training sets: the first set annotating a kind wins."""
    lab = {}
    for name, s in per_set.items():
        if name in NOTRAIN:
            continue
        for p in s["docs"]:
            if p in exclude_docs:
                continue
            for k in s["kinds"]:
                if (p, k) in lab:
                    continue
                lab[(p, k)] = [(a, b) for kk, a, b in s["spans"].get(p, []) if kk == k]
    return lab
