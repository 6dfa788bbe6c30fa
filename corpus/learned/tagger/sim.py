"""Read sets seen by the tagger as unseen, scored against rules as they were BEFORE those sets were read.

The rules of commit 09762b2 (a checkout built with meson, given by env ZC_OLD) had never run on
heldout-blind5 (added blind by that commit) nor on any corpus/laws document, so on these read sets
their errors are those of unseen text. With the leave-one-set-out tagger probabilities, this
measures what union and filter would add to rules on unseen text, and chooses their thresholds
without touching the blind sets.

usage: sim.py PROBS.pkl [SETTINGS.json]   (with SETTINGS: score only that setting)
"""
import json, os, pickle, subprocess, sys
from combine import KINDS, fast_decode, rule_conf, overlaps, match, prf
from data import load
from paths import CACHE, OLD

SETS = ("blind5", "laws", "b10seen", "enflaws", "agreement")
DELTAS = (1.0, 2.0, 3.0)
TAUS = (0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01)
THETAS = (0.0, 0.02, 0.05, 0.1, 0.2, 0.3)


def old_rules(docs, paths):
    cache = f"{CACHE}/read/old-rules.pkl"
    if os.path.exists(cache):
        return pickle.load(open(cache, "rb"))
    if not OLD:
        sys.exit("set ZC_OLD to a checkout of commit 09762b2 built with meson (build/)")
    env = dict(os.environ, ZHENGCE_DICTDIR=OLD + "/build/dicts")
    out, bad = {}, 0
    for p in paths:
        s = subprocess.run([OLD + "/build/src/cli/zhengce", "extract", "--quiet", p], env=env,
                           capture_output=True).stdout.decode()
        out[p] = []
        for line in s.splitlines():
            r = json.loads(line)
            if r.get("kind") in KINDS:
                a, b = r["span"]["char"]
                bad += docs[p]["text"][a:b] != r["text"]
                out[p].append((r["kind"], a, b))
    print("old rule records with offsets not agreeing with the decoded text:", bad)
    pickle.dump(out, open(cache, "wb"))
    return out


def main():
    probs = pickle.load(open(sys.argv[1], "rb"))
    docs, per_set = load("read")
    U = []
    for name in SETS:
        s = per_set[name]
        for p in s["docs"]:
            for k in s["kinds"]:
                U.append((name, p, k, [(a, b) for kk, a, b in s["spans"].get(p, []) if kk == k],
                          probs[(name, p, k)]))
    old = old_rules(docs, sorted({u[1] for u in U}))
    base = json.load(open(sys.argv[1].replace(".pkl", "-settings.json")))
    chosen = {}
    for k in KINDS:
        Uk = [u for u in U if u[2] == k]
        ng = sum(len(u[3]) for u in Uk)
        if not ng:
            continue
        R = {p: [(a, b) for kk, a, b in old[p] if kk == k] for _, p, _, _, _ in Uk}
        tp = sum(match(g, R[p]) for _, p, _, g, _ in Uk)
        npred = sum(len(R[p]) for _, p, _, _, _ in Uk)
        f0 = prf(tp, npred, ng)
        print(f"{k:12s} gold={ng} old rules P={f0[0]:.3f} R={f0[1]:.3f} F={f0[2]:.3f}")
        bu, bf = (f0[2], {"delta": 1.0, "tau": 1.01}), (f0[2], {"how": "max", "theta": 0.0})
        for d in DELTAS:
            dec = {(n, p): fast_decode(pr, d) for n, p, _, _, pr in Uk}
            for t in TAUS[:-1]:
                tpu = npu = 0
                for n, p, _, g, pr in Uk:
                    un = R[p] + [(a, b) for a, b, c in dec[(n, p)] if c >= t and not overlaps(a, b, R[p])]
                    tpu += match(g, un); npu += len(un)
                fu = prf(tpu, npu, ng)
                if fu[2] > bu[0] + 1e-12:
                    bu = (fu[2], {"delta": d, "tau": t})
                print(f"   union d={d} t={t}: +{npu - npred} right {tpu - tp}  P={fu[0]:.3f} R={fu[1]:.3f} F={fu[2]:.3f}")
        for how in ("max", "mean"):
            for th in THETAS[1:]:
                tpf = npf = 0
                for n, p, _, g, pr in Uk:
                    keep = [(a, b) for a, b in R[p] if rule_conf(pr, a, b, how) >= th]
                    tpf += match(g, keep); npf += len(keep)
                ff = prf(tpf, npf, ng)
                if ff[2] > bf[0] + 1e-12:
                    bf = (ff[2], {"how": how, "theta": th})
                print(f"   filter {how} th={th}: -{npred - npf} of them right {tp - tpf}  F={ff[2]:.3f}")
        chosen[k] = {"tagger": base[k]["tagger"], "union": bu[1], "filter": bf[1]}
        print(f"   chosen: union {bu}  filter {bf}")
    out = sys.argv[1].replace(".pkl", "-sim-settings.json")
    json.dump(chosen, open(out, "w"), indent=1)
    print("settings ->", out)


if __name__ == "__main__":
    main()
