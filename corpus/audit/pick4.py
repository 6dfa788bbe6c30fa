# Picks the documents and draws the records of precision-4-enforcement.tsv. Run from the worktree
# root:  python3 corpus/audit/pick4.py            (the documents)
#        python3 corpus/audit/pick4.py BUILD TAG  > sample.jsonl   (TAG before or after)
# Unannotated Chinese rules and statutes (MANIFEST.tsv genre 条例, 办法, 规定, 细则, 规则, 法律;
# titles opening with EN: left out) whose four-digit id appears in no file under corpus/ nor in
# ../shared/gold (every gold set, README and audit sample, the targets' and deadlines' samples
# included; pool-2.txt, a list of candidates, and heldout-meta, metadata only, do not count). The
# documents of corpus/heldout-blind6 and heldout-blind7 (annotated blind) are excluded by name and
# never read; so are 0047, 0051 (read by branches enforce and enforce2) and 0052, 0098 (the
# statutes on public-order and administrative penalties, read by branch enforce3 while its rules
# were written). 10 documents are drawn (seed below) before any rule of enforce3 was changed,
# extracted with BUILD, and 40 enforcement records drawn from them, simple random (seed
# SEED-enforcement-TAG).
import json, os, random, re, subprocess, sys
SEED = 20261222
GENRES = {'条例', '办法', '规定', '细则', '规则', '法律'}
BLIND = ('0034 0308 0029 0060 0325 0205 0102 0198 0187 0174 0132 0179 0078 0087 '
         '0224 0199 0253 0222 0008 0069 0126 0057 0228 0267').split()
used = set(BLIND) | {'0047', '0051', '0052', '0098'}
paths = ['../shared/gold/policies.jsonl', '../shared/gold/dev.jsonl']
for top, dirs, files in os.walk('corpus'):
    dirs[:] = [d for d in dirs if d not in ('heldout-blind6', 'heldout-blind7', 'heldout-meta')]
    paths += [os.path.join(top, f) for f in files]
# This sample's own files name its documents, and pool-2.txt lists candidates, not judged ones.
paths = [p for p in paths if not p.endswith(('precision-4-enforcement.tsv', 'pool-2.txt', 'pick4.py'))]
for p in paths:
    with open(p, encoding='utf-8', errors='replace') as f:
        text = f.read().split('## precision-4-enforcement.tsv')[0]
        used |= set(re.findall(r'(?<![0-9])(0[0-3][0-9]{2})(?![0-9])', text))
man = [l.rstrip('\n').split('\t') for l in open('../shared/corpus/policies/MANIFEST.tsv')][1:]
free = sorted(r[0] for r in man
              if r[0] not in used and r[4] in GENRES and not r[1].startswith('EN:'))
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
