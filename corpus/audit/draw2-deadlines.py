# Draws the judged sample of precision-2-deadlines.tsv. Run from the worktree root:
#   python3 corpus/audit/draw2-deadlines.py docs            # the unannotated documents, one path a line
#   build/src/cli/zhengce extract --no-meta --quiet $(python3 corpus/audit/draw2-deadlines.py docs) \
#       > recs.jsonl && python3 corpus/audit/draw2-deadlines.py draw recs.jsonl
# Unannotated = policies of MANIFEST.tsv whose four-digit id appears in no file under corpus/
# (every gold set, heldout-blind5 included, and precision-1's documents under corpus/audit)
# nor in ../shared/gold/policies.jsonl; the fourteen documents being annotated blind for
# heldout-blind6 are excluded by id and never read or extracted.
import json, os, random, re, sys
SEED = 20261215
BLIND6 = '0034 0308 0029 0060 0325 0205 0102 0198 0187 0174 0132 0179 0078 0087'.split()
N = 40


def pool():
    """The ids of corpus/audit/pool-2.txt (documents unnamed at 7db82fc, blind6 out)."""
    return [l.strip() for l in open('corpus/audit/pool-2.txt') if l.strip() and l[0] != '#']


if sys.argv[1] == 'docs':
    for i in pool():
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
