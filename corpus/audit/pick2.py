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
free = [l.strip() for l in open('corpus/audit/pool-2.txt') if l.strip() and l[0] != '#']
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
