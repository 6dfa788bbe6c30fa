# Draws the judged sample of precision-2-targets.tsv. Run from the worktree root:
#   build/src/cli/zhengce extract $(python3 corpus/audit/draw2.py --docs) > recs.jsonl
#   python3 corpus/audit/draw2.py recs.jsonl > sample.json
# Documents: the policies of ../shared/corpus/policies/MANIFEST.tsv whose four-digit id
# appears in no gold file (../shared/gold/policies.jsonl and every file under corpus/, the
# audit's own precision-1.tsv included, so its 25 documents are out too) and that are not in
# the sixth blind batch (heldout-blind6, being annotated: its ids are excluded by name and its
# files never opened). Records: 40 target and 40 statistic, simple random within each kind.
import json, os, random, re, sys
SEED = 20261203
BLIND6 = '0034 0308 0029 0060 0325 0205 0102 0198 0187 0174 0132 0179 0078 0087'.split()
def free_docs():
    used = set(BLIND6)
    paths = ['../shared/gold/policies.jsonl']
    for top, dirs, files in os.walk('corpus'):
        paths += [os.path.join(top, f) for f in files if f != 'precision-2-targets.tsv']
    for p in paths:
        with open(p, encoding='utf-8', errors='replace') as f:
            used |= set(re.findall(r'(?<![0-9])(0[0-3][0-9]{2})(?![0-9])', f.read()))
    man = [l.rstrip('\n').split('\t') for l in open('../shared/corpus/policies/MANIFEST.tsv')][1:]
    return sorted(r[0] for r in man if r[0] not in used)
if sys.argv[1] == '--docs':
    print(' '.join(f'../shared/corpus/policies/{i}.txt' for i in free_docs()))
    sys.exit()
recs = [json.loads(l) for l in open(sys.argv[1])]
out = []
for k in ['target', 'statistic']:
    rs = [r for r in recs if r['kind'] == k]
    rng = random.Random(f'{SEED}-{k}')
    out += [rs[i] for i in sorted(rng.sample(range(len(rs)), min(40, len(rs))))]
json.dump(out, sys.stdout, ensure_ascii=False)
