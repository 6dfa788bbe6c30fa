# Draws the judged sample of precision-2-targets.tsv. Run from the worktree root:
#   build/src/cli/zhengce extract $(python3 corpus/audit/draw2-targets.py --docs) > recs.jsonl
#   python3 corpus/audit/draw2-targets.py recs.jsonl > sample.json
# Documents: the policies of ../shared/corpus/policies/MANIFEST.tsv whose four-digit id
# appears in no gold file (../shared/gold/policies.jsonl and every file under corpus/, the
# audit's own precision-1.tsv included, so its 25 documents are out too) and that are not in
# the sixth blind batch (heldout-blind6, being annotated: its ids are excluded by name and its
# files never opened). Records: 40 target and 40 statistic, simple random within each kind.
import json, os, random, re, sys
SEED = 20261203
BLIND6 = '0034 0308 0029 0060 0325 0205 0102 0198 0187 0174 0132 0179 0078 0087'.split()
def pool():
    """The ids of corpus/audit/pool-2.txt (documents unnamed at 7db82fc, blind6 out)."""
    return [l.strip() for l in open('corpus/audit/pool-2.txt') if l.strip() and l[0] != '#']
if sys.argv[1] == '--docs':
    print(' '.join(f'../shared/corpus/policies/{i}.txt' for i in pool()))
    sys.exit()
recs = [json.loads(l) for l in open(sys.argv[1])]
out = []
for k in ['target', 'statistic']:
    rs = [r for r in recs if r['kind'] == k]
    rng = random.Random(f'{SEED}-{k}')
    out += [rs[i] for i in sorted(rng.sample(range(len(rs)), min(40, len(rs))))]
json.dump(out, sys.stdout, ensure_ascii=False)
