# Picks the documents and draws the records of precision-3-statutes.tsv. Run from the worktree
# root:  python3 corpus/audit/pick3.py BUILD [TAG] > sample.jsonl
# Unannotated rules and statutes: policies of MANIFEST.tsv of genre 条例, 办法, 规定, 细则 or 规则
# whose four-digit id appears in no file under corpus/ (gold sets, READMEs, corpus/audit with
# precision-1's and precision-2's documents) nor in ../shared/gold; the fourteen documents of
# corpus/heldout-blind6 (being annotated blind) are excluded by name and never read, and so is
# 0051, read by branch enforce. 10
# documents are drawn (seed below), extracted with BUILD, and 40 enforcement records drawn from
# them, simple random (seed SEED-enforcement-TAG: TAG is `before` or `after`).
import json, os, random, re, subprocess, sys
SEED = 20261204
GENRES = {'条例', '办法', '规定', '细则', '规则'}
BLIND6 = '0034 0308 0029 0060 0325 0205 0102 0198 0187 0174 0132 0179 0078 0087'.split()
used = set(BLIND6)
# Read by branch enforce (its commits name 财政违法行为处罚处分条例): no longer unseen.
used.add('0051')
paths = ['../shared/gold/policies.jsonl', '../shared/gold/dev.jsonl']
for top, dirs, files in os.walk('corpus'):
    dirs[:] = [d for d in dirs if d != 'heldout-blind6']
    paths += [os.path.join(top, f) for f in files]
# This sample's own files name its documents: leave them out so that the draw reproduces.
paths = [p for p in paths if not p.endswith('precision-3-statutes.tsv')]
for p in paths:
    with open(p, encoding='utf-8', errors='replace') as f:
        text = f.read().split('## precision-3-statutes.tsv')[0]
        used |= set(re.findall(r'(?<![0-9])(0[0-3][0-9]{2})(?![0-9])', text))
man = [l.rstrip('\n').split('\t') for l in open('../shared/corpus/policies/MANIFEST.tsv')][1:]
free = sorted(r[0] for r in man if r[0] not in used and r[4] in GENRES)
rng = random.Random(SEED)
docs = sorted(rng.sample(free, 10))
if len(sys.argv) < 2:
    print(len(free), 'documents to draw from:', ' '.join(docs))
    sys.exit(0)
files = ['../shared/corpus/policies/%s.txt' % d for d in docs]
out = subprocess.run([sys.argv[1] + '/src/cli/zhengce', 'extract', '--no-meta'] + files,
                     capture_output=True, text=True).stdout
recs = [r for r in map(json.loads, out.splitlines()) if r['kind'] == 'enforcement']
tag = sys.argv[2] if len(sys.argv) > 2 else 'before'
print('# docs', ' '.join(docs), 'records', len(recs), file=sys.stderr)
rng = random.Random(f'{SEED}-enforcement-{tag}')
for i in sorted(rng.sample(range(len(recs)), min(40, len(recs)))):
    print(json.dumps(recs[i], ensure_ascii=False))
