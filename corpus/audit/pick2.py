# Picks the documents and draws the records of precision-2-enforcement.tsv. Run from the
# worktree root:  python3 corpus/audit/pick2.py BUILD > sample.jsonl
# Unannotated = policies of MANIFEST.tsv whose four-digit id appears in no file under corpus/
# (gold sets, READMEs, corpus/audit with precision-1's documents) nor in ../shared/gold; the
# fourteen documents of corpus/heldout-blind6 (being annotated blind) are excluded by name and
# never read. 20 documents are drawn (seed below), extracted with BUILD, and 40 enforcement
# records drawn from them, simple random (a document with many records weighs more).
import json, os, random, re, subprocess, sys
SEED = 20261203
BLIND6 = '0034 0308 0029 0060 0325 0205 0102 0198 0187 0174 0132 0179 0078 0087'.split()
used = set(BLIND6)
paths = ['../shared/gold/policies.jsonl', '../shared/gold/dev.jsonl']
for top, dirs, files in os.walk('corpus'):
    dirs[:] = [d for d in dirs if d != 'heldout-blind6']
    paths += [os.path.join(top, f) for f in files]
# This sample's own files name its documents: leave them out so that the draw reproduces.
paths = [p for p in paths if not p.endswith('precision-2-enforcement.tsv')]
for p in paths:
    with open(p, encoding='utf-8', errors='replace') as f:
        text = f.read().split('## precision-2-enforcement.tsv')[0]
        used |= set(re.findall(r'(?<![0-9])(0[0-3][0-9]{2})(?![0-9])', text))
man = [l.rstrip('\n').split('\t') for l in open('../shared/corpus/policies/MANIFEST.tsv')][1:]
free = sorted(r[0] for r in man if r[0] not in used)
rng = random.Random(SEED)
docs = sorted(rng.sample(free, 20))
files = ['../shared/corpus/policies/%s.txt' % d for d in docs]
out = subprocess.run([sys.argv[1] + '/src/cli/zhengce', 'extract', '--no-meta'] + files,
                     capture_output=True, text=True).stdout
recs = [r for r in map(json.loads, out.splitlines()) if r['kind'] == 'enforcement']
print('# docs', ' '.join(docs), 'records', len(recs), file=sys.stderr)
rng = random.Random(f'{SEED}-enforcement')
for i in sorted(rng.sample(range(len(recs)), min(40, len(recs)))):
    print(json.dumps(recs[i], ensure_ascii=False))
