"""Write the four systems' records per set and score them with `zhengce eval` (aggregate lines only).

usage: report.py loso PROBS.pkl SETTINGS.json          (read sets, leave-one-set-out probabilities)
       report.py blind MODELS.pkl SETTINGS.json         (blind sets, models trained on all read sets)
Prints per set the overall F1 of each system and, pooled over the sets, per kind P/R/F1.
"""
import json, os, pickle, subprocess, sys
from collections import defaultdict
from combine import KINDS, fast_decode, rule_conf, overlaps
from data import load
from paths import CACHE, Z, ENV

SYSTEMS = ("rules", "tagger", "union", "filter")


def records(doc, k, pr, st):
    """The four systems' records of kind k in one document."""
    text, path = doc["text"], doc["path"]
    R = [r for r in doc["rules"] if r["kind"] == k]
    Rs = [tuple(r["span"]["char"]) for r in R]
    mk = lambda a, b: {"doc": path, "kind": k, "text": text[a:b], "span": {"char": [int(a), int(b)]},
                       "rule": "tagger"}
    t = st["tagger"]
    tag = [mk(a, b) for a, b, c in fast_decode(pr, t["delta"]) if c >= t["tau"]]
    u = st["union"]
    add = [mk(a, b) for a, b, c in fast_decode(pr, u["delta"])
           if c >= u["tau"] and not overlaps(a, b, Rs)]
    f = st["filter"]
    keep = [r for r in R if rule_conf(pr, *r["span"]["char"], f["how"]) >= f["theta"]]
    return {"rules": R, "tagger": tag, "union": R + add, "filter": keep}


def evaluate(gold, pred, corpus):
    out = subprocess.run([Z, "eval", "--gold", gold, "--pred", pred, corpus], env=ENV,
                         capture_output=True).stdout.decode()
    rows = {}
    for line in out.splitlines():
        f = line.split()
        if f and f[0] in KINDS + ("overall",) and len(f) == 7 and f[1].isdigit():
            rows[f[0]] = tuple(int(x) for x in f[1:4])
    return rows


def f1(g, p, m):
    P = m / p if p else 0.0
    R = m / g if g else 0.0
    return P, R, (2 * P * R / (P + R) if P + R else 0.0)


def main():
    mode, src, setf = sys.argv[1], sys.argv[2], sys.argv[3]
    settings = json.load(open(setf))
    which = "read" if mode == "loso" else "blind"
    docs, per_set = load(which)
    if mode == "loso":
        probs = pickle.load(open(src, "rb"))
        getp = lambda name, p, k: probs[(name, p, k)]
    else:
        models = pickle.load(open(src, "rb"))
        X = pickle.load(open(f"{CACHE}/blind/X.pkl", "rb"))
        cache = {}
        def getp(name, p, k):
            if (p, k) not in cache:
                cache[(p, k)] = models[k].predict_proba(X[p])
            return cache[(p, k)]
    tag = os.path.basename(src).replace(".pkl", "")
    outdir = f"{CACHE}/out/{mode}-{tag}"
    os.makedirs(outdir, exist_ok=True)
    pooled = {s: defaultdict(lambda: [0, 0, 0]) for s in SYSTEMS}
    lines = []
    for name, s in per_set.items():
        files = {sy: open(f"{outdir}/{name}-{sy}.jsonl", "w") for sy in SYSTEMS}
        for p in s["docs"]:
            for k in s["kinds"]:
                recs = records(docs[p], k, getp(name, p, k), settings[k])
                for sy in SYSTEMS:
                    for r in recs[sy]:
                        files[sy].write(json.dumps(r, ensure_ascii=False) + "\n")
        for fh in files.values():
            fh.close()
        row = [name]
        for sy in SYSTEMS:
            rows = evaluate(s["gold"], f"{outdir}/{name}-{sy}.jsonl", s["corpus"])
            for k in s["kinds"]:
                for i in range(3):
                    pooled[sy][k][i] += rows[k][i]
            key = "enforcement" if s["kinds"] == ("enforcement",) else "overall"
            row.append(f"{f1(*rows[key])[2]:.3f}")
        lines.append(row)
    print(f"{'set':12s} " + " ".join(f"{sy:>7s}" for sy in SYSTEMS))
    for row in lines:
        print(f"{row[0]:12s} " + " ".join(f"{x:>7s}" for x in row[1:]))
    print("\npooled over the sets: gold pred match P R F1")
    for sy in SYSTEMS:
        tot = [0, 0, 0]
        for k in KINDS:
            g, p, m = pooled[sy][k]
            tot = [tot[0] + g, tot[1] + p, tot[2] + m]
            print(f"{sy:7s} {k:12s} {g:5d} {p:5d} {m:5d}  %.3f %.3f %.3f" % f1(g, p, m))
        print(f"{sy:7s} {'overall':12s} {tot[0]:5d} {tot[1]:5d} {tot[2]:5d}  %.3f %.3f %.3f" % f1(*tot))


if __name__ == "__main__":
    main()
