# Draws the judged sample of precision-6-speeches.tsv: a second, fresh sample of records of
# every kind from the same pool as precision-5-speeches (draw5-speeches.py: the 49 Chinese
# government work reports and the unannotated speeches and reports of policies; heldout-blind6
# and heldout-blind7 excluded by id, never read or extracted), leaving out the records that
# precision-5-speeches.tsv judged (same document and span). Run from the worktree root:
#   build/src/cli/zhengce extract --no-meta --quiet $(python3 corpus/audit/draw5-speeches.py docs) \
#       > recs.jsonl && python3 corpus/audit/draw6-speeches.py recs.jsonl [TAG] > sample.tsv
# Strata: kind x (report, speech); 5 records each, simple random within each cell (seed
# SEED-TAG-kind-stratum); what the speech cell lacks is drawn from the reports (10 per kind). Output: the TSV columns of precision-5-speeches.tsv.
import importlib.util, json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location('draw5', os.path.join(HERE, 'draw5-speeches.py'))
draw5 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(draw5)
SEED = 20270101
N = {'report': 5, 'speech': 5}


def judged():
    rows = [l.rstrip('\n').split('\t') for l in open(os.path.join(HERE, 'precision-5-speeches.tsv'))]
    return {(r[0], r[1]) for r in rows[1:]}


def key(r):
    return (r['doc'].replace('../shared/corpus/', ''), '%d-%d' % tuple(r['span']['char']))


def draw(recs, tag):
    stratum = {p: s for p, s in draw5.documents()}
    old = judged()
    out = []
    for k in draw5.KINDS:
        cells = {s: [r for r in recs if r['kind'] == k and stratum.get(r['doc']) == s
                     and key(r) not in old] for s in N}
        short = max(0, N['speech'] - len(cells['speech']))
        for s in N:
            rs = cells[s]
            n = N[s] + short if s == 'report' else N[s]
            rng = random.Random(f'{SEED}-{tag}-{k}-{s}')
            idx = sorted(rng.sample(range(len(rs)), min(n, len(rs))))
            out += [dict(rs[i], stratum=s) for i in idx]
            print(f'{k} {s}: {len(rs)} records over {len({r["doc"] for r in rs})} documents',
                  file=sys.stderr)
    return out


tag = sys.argv[2] if len(sys.argv) > 2 else 'main'
recs = [json.loads(l) for l in open(sys.argv[1]) if '"kind"' in l]
print('doc\tspan\tkind\tstratum\ttext\tvalue\tsentence\tverdict\tclass\treason')
for r in draw(recs, tag):
    sent = r['sentence'].replace('\t', ' ').replace('\n', ' ')
    print('\t'.join([key(r)[0], key(r)[1], r['kind'], r['stratum'],
                     r['text'], draw5.value(r), sent, '', '', '']))
