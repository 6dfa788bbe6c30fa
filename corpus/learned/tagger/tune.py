"""Choose decoding / combination settings per kind on the leave-one-set-out probabilities.

usage: tune.py PROBS.pkl  -> prints the grid optimum per kind and system; writes settings JSON
"""
import json, pickle, sys
from collections import defaultdict
from combine import KINDS, fast_decode, rule_conf, overlaps, match, prf
from data import load

DELTAS = (-1.0, 0.0, 1.0, 2.0, 3.0, 4.0)
TAUS = (0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)   # 1.01 = add nothing
THETAS = (0.0, 0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5)     # 0.0 = filter nothing


def units(per_set, probs):
    """(set, path, kind, gold spans, rule spans, probs) for every annotated (doc, kind)."""
    docs_rules = None
    for name, s in per_set.items():
        for p in s["docs"]:
            for k in s["kinds"]:
                g = [(a, b) for kk, a, b in s["spans"].get(p, []) if kk == k]
                yield name, p, k, g, probs[(name, p, k)]


VERB = len(sys.argv) > 2


def main():
    probs = pickle.load(open(sys.argv[1], "rb"))
    docs, per_set = load("read")
    U = list(units(per_set, probs))
    rules = {}
    for name, p, k, g, pr in U:
        rules[(p, k)] = [tuple(r["span"]["char"]) for r in docs[p]["rules"] if r["kind"] == k]
    dec = {}
    for d in DELTAS:
        for name, p, k, g, pr in U:
            dec[(d, name, p, k)] = fast_decode(pr, d)
    best = {}
    for k in KINDS:
        Uk = [u for u in U if u[2] == k]
        ng = sum(len(u[3]) for u in Uk)
        # rules
        tp = sum(match(g, rules[(p, k)]) for _, p, _, g, _ in Uk)
        npred = sum(len(rules[(p, k)]) for _, p, _, _, _ in Uk)
        res = {"rules": (prf(tp, npred, ng), {})}
        # tagger alone and union
        bt, bu = (None, -1), (None, -1)
        for d in DELTAS:
            for t in TAUS:
                tpa = npa = tpu = npu = 0
                for name, p, _, g, pr in Uk:
                    sp = [(a, b) for a, b, c in dec[(d, name, p, k)] if c >= t]
                    tpa += match(g, sp); npa += len(sp)
                    R = rules[(p, k)]
                    un = R + [(a, b) for a, b in sp if not overlaps(a, b, R)]
                    tpu += match(g, un); npu += len(un)
                fa, fu = prf(tpa, npa, ng), prf(tpu, npu, ng)
                if VERB and t in (0.3, 0.5, 0.7, 0.9):
                    print(f"   union d={d} t={t}: added {npu-npred} of which right {tpu-tp}  F={fu[2]:.3f}")
                if fa[2] > bt[1]:
                    bt = ((fa, {"delta": d, "tau": t}), fa[2])
                if fu[2] > bu[1] or (fu[2] == bu[1] and t > bu[0][1]["tau"]):
                    bu = ((fu, {"delta": d, "tau": t}), fu[2])
        res["tagger"], res["union"] = bt[0], bu[0]
        bf = (None, -1)
        for how in ("max", "mean"):
            for th in THETAS:
                tpf = npf = 0
                for name, p, _, g, pr in Uk:
                    R = [(a, b) for a, b in rules[(p, k)] if rule_conf(pr, a, b, how) >= th]
                    tpf += match(g, R); npf += len(R)
                ff = prf(tpf, npf, ng)
                if VERB and th:
                    print(f"   filter {how} th={th}: removed {npred-npf} of which right {tp-tpf}  F={ff[2]:.3f}")
                if ff[2] > bf[1] + 1e-12:
                    bf = ((ff, {"how": how, "theta": th}), ff[2])
        res["filter"] = bf[0]
        best[k] = res
        print(f"{k:12s} gold={ng}")
        for sysn, (f, par) in res.items():
            print(f"   {sysn:7s} P={f[0]:.3f} R={f[1]:.3f} F={f[2]:.3f} {par}")
    out = sys.argv[1].replace(".pkl", "-settings.json")
    json.dump({k: {s: v[1] for s, v in r.items()} for k, r in best.items()}, open(out, "w"), indent=1)
    print("settings ->", out)


if __name__ == "__main__":
    main()
