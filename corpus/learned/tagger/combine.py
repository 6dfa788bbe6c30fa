"""Decoding of tagger probabilities into spans, the combinations with the rules, and a scorer.

Scorer = RECORDS.md: same kind, char spans overlap, one-to-one, largest overlap first.
"""
import numpy as np

KINDS = ("target", "deadline", "enforcement", "statistic")


def viterbi(pr, delta):
    """BIO decode of probs n x 3 (O,B,I) with log pO lowered by delta; returns [(a,b,conf)]."""
    n = pr.shape[0]
    if n == 0:
        return []
    lp = np.log(np.clip(pr, 1e-9, 1.0))
    lp[:, 0] -= delta
    # cheap exit: nothing can be a span where B and I lose to O everywhere
    if not np.any(np.maximum(lp[:, 1], lp[:, 2]) > lp[:, 0]):
        return []
    NEG = -1e18
    back = np.zeros((n, 3), dtype=np.int8)
    prev = np.array([lp[0, 0], lp[0, 1], NEG])
    for i in range(1, n):
        bo = int(np.argmax(prev))  # best of O,B,I
        cur = np.empty(3)
        # to O: from any
        cur[0] = prev[bo] + lp[i, 0]
        back[i, 0] = bo
        # to B: from any
        cur[1] = prev[bo] + lp[i, 1]
        back[i, 1] = bo
        # to I: from B or I
        if prev[1] >= prev[2]:
            cur[2] = prev[1] + lp[i, 2]; back[i, 2] = 1
        else:
            cur[2] = prev[2] + lp[i, 2]; back[i, 2] = 2
        prev = cur
    st = int(np.argmax(prev))
    tags = np.empty(n, dtype=np.int8)
    for i in range(n - 1, -1, -1):
        tags[i] = st
        st = back[i, st]
    spans, a = [], None
    for i in range(n + 1):
        t = tags[i] if i < n else 0
        if a is not None and t != 2:
            spans.append((a, i))
            a = None
        if t == 1:
            a = i
    q = 1.0 - pr[:, 0]
    return [(a, b, float(q[a:b].mean())) for a, b in spans]


def fast_decode(pr, delta):
    """Same as viterbi but skipping long O stretches: decode only windows around candidate chars."""
    n = pr.shape[0]
    lp = np.log(np.clip(pr, 1e-9, 1.0))
    cand = np.where(np.maximum(lp[:, 1], lp[:, 2]) > lp[:, 0] - delta)[0]
    if len(cand) == 0:
        return []
    out = []
    # group candidates into windows separated by >= 3 non-candidates
    groups, s, e = [], cand[0], cand[0]
    for c in cand[1:]:
        if c - e > 3:
            groups.append((s, e)); s = c
        e = c
    groups.append((s, e))
    for s, e in groups:
        a0, b0 = max(0, s - 1), min(n, e + 2)
        for a, b, conf in viterbi(pr[a0:b0], delta):
            out.append((a + a0, b + a0, conf))
    return out


def rule_conf(pr, a, b, how):
    q = 1.0 - pr[a:b, 0]
    if len(q) == 0:
        return 0.0
    return float(q.max() if how == "max" else q.mean())


def overlaps(a, b, spans):
    return any(a < y and x < b for x, y in spans)


def match(gold, pred):
    """tp count: one-to-one, largest overlap first."""
    pairs = []
    for i, (ga, gb) in enumerate(gold):
        for j, (pa, pb) in enumerate(pred):
            ov = min(gb, pb) - max(ga, pa)
            if ov > 0:
                pairs.append((-ov, i, j))
    pairs.sort()
    ug, up, tp = set(), set(), 0
    for _, i, j in pairs:
        if i not in ug and j not in up:
            ug.add(i); up.add(j); tp += 1
    return tp


def prf(tp, np_, ng):
    p = tp / np_ if np_ else 0.0
    r = tp / ng if ng else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f
