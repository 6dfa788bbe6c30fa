#!/usr/bin/env python3
"""Per-document F1 of a gold file and its mean over documents (the batch's headline figure).

usage: perdoc.py GOLD.jsonl CORPUS_DIR [ZHENGCE]   (runs `zhengce eval --json` per document)"""
import json, subprocess, sys, tempfile, collections

gold, corpus = sys.argv[1], sys.argv[2]
exe = sys.argv[3] if len(sys.argv) > 3 else 'build/src/cli/zhengce'
by = collections.defaultdict(list)
for line in open(gold, encoding='utf-8'):
    by[json.loads(line)['doc']].append(line)
f1s = []
for doc in sorted(by):
    with tempfile.NamedTemporaryFile('w', suffix='.jsonl', encoding='utf-8') as t:
        t.writelines(by[doc]); t.flush()
        out = subprocess.run([exe, 'eval', '--json', '--gold', t.name, corpus],
                             capture_output=True, text=True, check=True).stdout
    s = json.loads(out)
    o = s['kinds']['overall']
    f1 = o['f1'] if o['f1'] is not None else 0.0
    f1s.append(f1)
    print(f"{doc}\tgold {o['gold']}\tpred {o['pred']}\tmatch {o['match']}\tF1 {f1:.3f}")
print(f"mean over {len(f1s)} documents\t{sum(f1s) / len(f1s):.3f}")
