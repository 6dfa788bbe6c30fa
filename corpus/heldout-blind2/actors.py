#!/usr/bin/env python3
"""Actor mismatches on matched pairs of a gold file, as `zhengce eval` pairs them (same kind,
char spans overlap, one to one, largest overlap first; gold without span.char found by text and
occurrence). One line per pair whose gold gives an actor that the record does not:
doc, kind, text, gold actor, predicted actor, sentence.

usage: actors.py GOLD.jsonl CORPUS_DIR [ZHENGCE]   (runs `zhengce extract` on the gold's docs)"""
import json, os, subprocess, sys, collections

gold, corpus = sys.argv[1], sys.argv[2]
exe = sys.argv[3] if len(sys.argv) > 3 else 'build/src/cli/zhengce'
gs = collections.defaultdict(list)
for line in open(gold, encoding='utf-8'):
    r = json.loads(line)
    gs[r['doc']].append(r)


def locate(text, needle, occ):
    at = -1
    for _ in range(occ):
        at = text.find(needle, at + len(needle) if at >= 0 else 0)
        if at < 0:
            return None
    return at, at + len(needle)


where = {}   # file name -> path under CORPUS_DIR, as eval finds documents
for d, _, fs in os.walk(corpus):
    for f in fs:
        if f in gs:
            where.setdefault(f, os.path.join(d, f))
n = ok = 0
for doc in sorted(gs):
    path = where[doc]
    text = open(path, encoding='utf-8').read()
    out = subprocess.run([exe, 'extract', '--no-meta', '--quiet', path], capture_output=True,
                         text=True, check=True).stdout
    ps = [json.loads(l) for l in out.splitlines() if l.strip()]
    g_spans = []
    for g in gs[doc]:
        sp = tuple(g['span']['char']) if 'span' in g else locate(text, g['text'],
                                                                    g.get('occurrence', 1))
        g_spans.append(sp)
    pairs = []
    for i, (g, gsp) in enumerate(zip(gs[doc], g_spans)):
        for j, p in enumerate(ps):
            if not gsp or p.get('kind') != g['kind']:
                continue
            s, e = max(gsp[0], p['span']['char'][0]), min(gsp[1], p['span']['char'][1])
            if e > s:
                pairs.append((-(e - s), i, j))
    pairs.sort()
    gm, pm = set(), set()
    for _, i, j in pairs:
        if i in gm or j in pm:
            continue
        gm.add(i); pm.add(j)
        g, p = gs[doc][i], ps[j]
        if 'actor' not in g:
            continue
        n += 1
        if (g['actor'] or None) == (p.get('actor') or None):
            ok += 1
            continue
        print(f"{doc}\t{g['kind']}\t{g['text']}\t{g['actor']}\t{p.get('actor')}\t{p.get('sentence')}")
print(f"actor {ok}/{n}", file=sys.stderr)
