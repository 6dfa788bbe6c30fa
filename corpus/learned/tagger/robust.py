"""Settings that help on BOTH read-set proxies: current rules on all read sets (leave-one-set-out
tagger) and the pre-read rules of 09762b2 on blind5 + the corpus/laws sets (sim.py). Per kind and
combination, the grid point maximizing min(delta F1 on proxy 1, delta F1 on proxy 2); no change
unless that minimum is positive.

usage: robust.py PROBS.pkl  -> PROBS-robust-settings.json
"""
import json, pickle, sys
from combine import KINDS, fast_decode, rule_conf, overlaps, match, prf
from data import load
from sim import SETS, old_rules

DELTAS = (1.0, 2.0, 3.0)
TAUS = (0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95)
THETAS = (0.02, 0.05, 0.1, 0.2, 0.3)


def main():
    probs = pickle.load(open(sys.argv[1], "rb"))
    docs, per_set = load("read")
    old = old_rules(docs, None)
    base = json.load(open(sys.argv[1].replace(".pkl", "-settings.json")))
    pops = {"read": [], "sim": []}
    for name, s in per_set.items():
        for p in s["docs"]:
            for k in s["kinds"]:
                g = [(a, b) for kk, a, b in s["spans"].get(p, []) if kk == k]
                cur = [tuple(r["span"]["char"]) for r in docs[p]["rules"] if r["kind"] == k]
                pops["read"].append((name, p, k, g, probs[(name, p, k)], cur))
                if name in SETS:
                    pops["sim"].append((name, p, k, g, probs[(name, p, k)],
                                        [(a, b) for kk, a, b in old[p] if kk == k]))
    chosen = {}
    for k in KINDS:
        def f1(fn):
            out = {}
            for pop, U in pops.items():
                tp = npred = ng = 0
                for n, p, kk, g, pr, R in U:
                    if kk != k:
                        continue
                    P = fn(pr, R)
                    tp += match(g, P); npred += len(P); ng += len(g)
                out[pop] = prf(tp, npred, ng)[2]
            return out
        f0 = f1(lambda pr, R: R)
        best_u, best_f = (0.0, {"delta": 1.0, "tau": 1.01}), (0.0, {"how": "max", "theta": 0.0})
        for d in DELTAS:
            for t in TAUS:
                f = f1(lambda pr, R: R + [(a, b) for a, b, c in fast_decode(pr, d)
                                          if c >= t and not overlaps(a, b, R)])
                m = min(f[x] - f0[x] for x in f)
                if m > best_u[0] + 1e-12:
                    best_u = (m, {"delta": d, "tau": t})
        for how in ("max", "mean"):
            for th in THETAS:
                f = f1(lambda pr, R: [(a, b) for a, b in R if rule_conf(pr, a, b, how) >= th])
                m = min(f[x] - f0[x] for x in f)
                if m > best_f[0] + 1e-12:
                    best_f = (m, {"how": how, "theta": th})
        print(k, "base", {x: round(v, 3) for x, v in f0.items()}, "union", best_u, "filter", best_f)
        chosen[k] = {"tagger": base[k]["tagger"], "union": best_u[1], "filter": best_f[1]}
    out = sys.argv[1].replace(".pkl", "-robust-settings.json")
    json.dump(chosen, open(out, "w"), indent=1)
    print("settings ->", out)


if __name__ == "__main__":
    main()
