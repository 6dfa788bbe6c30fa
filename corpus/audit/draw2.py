# Draws the judged sample of precision-2-deadlines.tsv. Run from the worktree root:
#   python3 corpus/audit/draw2.py docs            # the unannotated documents, one path a line
#   build/src/cli/zhengce extract --no-meta --quiet $(python3 corpus/audit/draw2.py docs) \
#       > recs.jsonl && python3 corpus/audit/draw2.py draw recs.jsonl
# Unannotated = policies of MANIFEST.tsv whose four-digit id appears in no file under corpus/
# (every gold set, heldout-blind5 included, and precision-1's documents under corpus/audit)
# nor in ../shared/gold/policies.jsonl; the fourteen documents being annotated blind for
# heldout-blind6 are excluded by id and never read or extracted.
import json, os, random, re, sys
SEED = 20261215
BLIND6 = '0034 0308 0029 0060 0325 0205 0102 0198 0187 0174 0132 0179 0078 0087'.split()
N = 40


def unannotated():
    used = set(BLIND6)
    paths = ['../shared/gold/policies.jsonl']
    for top, dirs, files in os.walk('corpus'):
        paths += [os.path.join(top, f) for f in files if f != 'precision-2-deadlines.tsv']
    for p in paths:
        with open(p, encoding='utf-8', errors='replace') as f:
            used |= set(re.findall(r'(?<![0-9])(0[0-3][0-9]{2})(?![0-9])', f.read()))
    man = [l.rstrip('\n').split('\t') for l in open('../shared/corpus/policies/MANIFEST.tsv')][1:]
    return sorted(r[0] for r in man if r[0] not in used)


if sys.argv[1] == 'docs':
    for i in unannotated():
        print(f'../shared/corpus/policies/{i}.txt')
else:
    recs = [json.loads(l) for l in open(sys.argv[2])]
    rs = [r for r in recs if r['kind'] == 'deadline'
          and os.path.basename(r['doc'])[:4] not in BLIND6]
    rng = random.Random(f'{SEED}-deadline')
    out = [rs[i] for i in sorted(rng.sample(range(len(rs)), min(N, len(rs))))]
    print(f'{len(rs)} deadline records over {len({r["doc"] for r in rs})} documents',
          file=sys.stderr)
    json.dump(out, sys.stdout, ensure_ascii=False)
