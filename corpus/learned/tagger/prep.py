"""Cache, per document, what the tool sees: decoded text, segmenter words, genre, rule records.

usage: prep.py read|blind      -> $ZC_CACHE/<which>/docs.pkl  {path: doc dict}
Prints only counts (never content for blind documents).
"""
import json, os, pickle, subprocess, sys
from sets import READ, BLIND, resolve
from paths import CACHE, Z, ENV

KINDS = ("target", "deadline", "enforcement", "statistic")


def run(*args):
    return subprocess.run([Z, *args], env=ENV, capture_output=True, check=False).stdout.decode("utf-8")


def load_doc(path):
    text = run("decode", path)
    words = []
    for line in run("segment", "--format", "tsv", path).splitlines()[1:]:
        f = line.split("\t")
        words.append((int(f[2]), int(f[3]), f[1]))
    genre, rules = "none", []
    for line in run("extract", "--quiet", path).splitlines():
        r = json.loads(line)
        if r.get("kind") == "document":
            dt = r.get("doc_type") or {}
            genre = dt.get("genre") or "none"
        elif r.get("kind") in KINDS:
            rules.append(r)
    return {"path": path, "text": text, "words": words, "genre": genre, "rules": rules}


def main():
    which = sys.argv[1]
    sets = READ if which == "read" else BLIND
    out = f"{CACHE}/{which}"
    os.makedirs(out, exist_ok=True)
    docs = {}
    for name, gold, corpus, _ in sets:
        for line in open(gold, encoding="utf-8"):
            if not line.strip():
                continue
            d = json.loads(line)["doc"]
            p = resolve(corpus, os.path.basename(d))
            if p not in docs:
                docs[p] = load_doc(p)
    pickle.dump(docs, open(out + "/docs.pkl", "wb"))
    print(which, "documents:", len(docs), "chars:", sum(len(d["text"]) for d in docs.values()))


if __name__ == "__main__":
    main()
