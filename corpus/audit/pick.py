# Picks the documents of precision-1.tsv. Run from the worktree root:
#   python3 corpus/audit/pick.py
# Unannotated = policies of MANIFEST.tsv whose four-digit id appears in no gold file:
# ids are collected from ../shared/gold/policies.jsonl and every file under corpus/ but
# corpus/audit (this sample) and corpus/heldout-blind5 (never read: its twelve ids, listed
# in the session brief, are excluded by name).
import os, random, re
SEED = 20261202
BLIND5 = '0161 0220 0210 0310 0104 0046 0127 0037 0175 0096 0094 0083'.split()
used = set(BLIND5)
paths = ['../shared/gold/policies.jsonl']
for top, dirs, files in os.walk('corpus'):
    dirs[:] = [d for d in dirs if d not in ('heldout-blind5', 'audit')]
    paths += [os.path.join(top, f) for f in files]
for p in paths:
    with open(p, encoding='utf-8', errors='replace') as f:
        used |= set(re.findall(r'(?<![0-9])(0[0-3][0-9]{2})(?![0-9])', f.read()))
man = [l.rstrip('\n').split('\t') for l in open('../shared/corpus/policies/MANIFEST.tsv')][1:]
free = [(r[0], r[4]) for r in man if r[0] not in used]
rng = random.Random(SEED)
quota = {'条例': 4, '办法': 3, '方案': 3, '通知': 1, '意见': 1, '讲话': 3, '概况': 3, '规划': 2,
         '细则': 1, '函': 2, '规定': 1, '指南/规范': 1, '统计公报': 0, '工作报告': 0}
out = []
for g, q in quota.items():
    ids = sorted(i for i, gg in free if gg == g)
    out += [(i, g) for i in sorted(rng.sample(ids, min(q, len(ids))))]
gr = sorted(f for f in os.listdir('../shared/corpus/govreports') if '政府工作报告' in f)
for i, g in out:
    print(i, g)
for f in sorted(rng.sample(gr, 3)):
    print(f)
