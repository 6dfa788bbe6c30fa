# Draws the judged sample of precision-8-speech-deadlines.tsv: a fresh sample of deadline
# records from the pool of precision-5-speeches (draw5-speeches.py: the 49 Chinese government
# work reports and the unannotated speeches and reports of policies; heldout-blind6 and
# heldout-blind7 excluded by id, never read or extracted), leaving out every record that
# precision-3-deadlines-speeches, precision-5-speeches, precision-6-speeches or
# precision-7-speech-deadlines judged (same
# document and span). Run from the worktree root:
#   build/src/cli/zhengce extract --no-meta --quiet $(python3 corpus/audit/draw5-speeches.py docs) \
#       > recs.jsonl && python3 corpus/audit/draw8-speech-deadlines.py recs.jsonl [TAG] > sample.tsv
# Strata: report, speech; 10 deadline records each, simple random within each cell (seed
# SEED-TAG-deadline-stratum). Output: the TSV columns of precision-5-speeches.tsv.
import importlib.util, json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location('draw5', os.path.join(HERE, 'draw5-speeches.py'))
draw5 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(draw5)
SEED = 20270201
N = {'report': 10, 'speech': 10}
JUDGED = ['precision-3-deadlines-speeches.tsv', 'precision-5-speeches.tsv',
          'precision-6-speeches.tsv', 'precision-7-speech-deadlines.tsv']


def judged():
    out = set()
    for f in JUDGED:
        rows = [l.rstrip('\n').split('\t') for l in open(os.path.join(HERE, f))]
        out |= {(r[0], r[1]) for r in rows[1:] if len(r) > 1}
    return out


def key(r):
    return (r['doc'].replace('../shared/corpus/', ''), '%d-%d' % tuple(r['span']['char']))


def draw(recs, tag):
    stratum = {p: s for p, s in draw5.documents()}
    old = judged()
    out = []
    for s in N:
        rs = [r for r in recs if r['kind'] == 'deadline' and stratum.get(r['doc']) == s
              and key(r) not in old]
        rng = random.Random(f'{SEED}-{tag}-deadline-{s}')
        idx = sorted(rng.sample(range(len(rs)), min(N[s], len(rs))))
        out += [dict(rs[i], stratum=s) for i in idx]
        print(f'deadline {s}: {len(rs)} records over {len({r["doc"] for r in rs})} documents',
              file=sys.stderr)
    return out


if __name__ == '__main__':
    tag = sys.argv[2] if len(sys.argv) > 2 else 'main'
    recs = [json.loads(l) for l in open(sys.argv[1]) if '"kind"' in l]
    print('doc\tspan\tkind\tstratum\ttext\tvalue\tsentence\tverdict\tclass\treason')
    for r in draw(recs, tag):
        sent = r['sentence'].replace('\t', ' ').replace('\n', ' ')
        print('\t'.join([key(r)[0], key(r)[1], r['kind'], r['stratum'],
                         r['text'], draw5.value(r), sent, '', '', '']))
