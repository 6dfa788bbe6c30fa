# Draws the judged sample of precision-3-deadlines-speeches.tsv: deadline records of speeches
# and work reports nobody has annotated. Run from the worktree root:
#   python3 corpus/audit/draw3.py docs            # the documents, one path a line
#   build/src/cli/zhengce extract --no-meta --quiet $(python3 corpus/audit/draw3.py docs) \
#       > recs.jsonl && python3 corpus/audit/draw3.py draw recs.jsonl [TAG]
# Documents: the Chinese government work reports of ../shared/corpus/govreports except the three
# precision-1 judged (1983, 1997, 2012), and the policies of MANIFEST.tsv of genre 讲话 or 工作报告
# that no record gold names (every gold .jsonl under corpus/ but heldout-meta's, which hold
# document metadata only, and ../shared/gold/policies.jsonl) nor precision-1.tsv, and that are not
# in English; the fourteen documents being annotated blind for heldout-blind6 are excluded by id
# and never read or extracted. Strata: work reports (govreports and the 工作报告 of policies) and
# speeches, 25 and 15 records drawn simple random within each (seed SEED-TAG-stratum).
import json, os, random, re, sys
SEED = 20261216
BLIND6 = '0034 0308 0029 0060 0325 0205 0102 0198 0187 0174 0132 0179 0078 0087'.split()
N = {'report': 25, 'speech': 15}
POL = '../shared/corpus/policies'
GOV = '../shared/corpus/govreports'


def record_gold_ids():
    paths = ['../shared/gold/policies.jsonl', 'corpus/audit/precision-1.tsv']
    for top, dirs, files in os.walk('corpus'):
        if 'heldout-meta' not in top and 'heldout-blind6' not in top:
            paths += [os.path.join(top, f) for f in files if f.endswith('.jsonl')]
    ids = set()
    for p in paths:
        with open(p, encoding='utf-8', errors='replace') as f:
            ids |= set(re.findall(r'(0[0-3][0-9]{2})\.txt', f.read()))
    return ids


def documents():
    used = record_gold_ids() | set(BLIND6)
    man = [l.rstrip('\n').split('\t') for l in open(f'{POL}/MANIFEST.tsv')][1:]
    pol = [(f'{POL}/{r[0]}.txt', 'report' if r[4] == '工作报告' else 'speech') for r in man
           if r[4] in ('讲话', '工作报告') and r[0] not in used and not r[1].startswith('EN:')]
    gov = [(f'{GOV}/{f}', 'report') for f in sorted(os.listdir(GOV))
           if '政府工作报告' in f and f[:4] not in ('1983', '1997', '2012')]
    return gov + pol


if sys.argv[1] == 'docs':
    for p, _ in documents():
        print(p)
else:
    stratum = {p: s for p, s in documents()}
    tag = sys.argv[3] if len(sys.argv) > 3 else 'main'
    recs = [json.loads(l) for l in open(sys.argv[2])]
    out = []
    for s in N:
        rs = [r for r in recs if r['kind'] == 'deadline' and stratum.get(r['doc']) == s]
        rng = random.Random(f'{SEED}-{tag}-{s}')
        out += [dict(r, stratum=s) for r in (rs[i] for i in sorted(rng.sample(range(len(rs)), N[s])))]
        print(f'{s}: {len(rs)} deadline records over {len({r["doc"] for r in rs})} documents',
              file=sys.stderr)
    json.dump(out, sys.stdout, ensure_ascii=False)
