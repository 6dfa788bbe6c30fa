# Draws the judged sample of precision-5-speeches.tsv: records of every kind from the speeches
# and work reports nobody has annotated. Run from the worktree root:
#   python3 corpus/audit/draw5-speeches.py docs          # the documents, one path a line
#   build/src/cli/zhengce extract --no-meta --quiet $(python3 corpus/audit/draw5-speeches.py docs) \
#       > recs.jsonl && python3 corpus/audit/draw5-speeches.py draw recs.jsonl [TAG] > sample.tsv
# Documents: the 49 Chinese government work reports of ../shared/corpus/govreports (the English
# 2017 report left out; earlier audits judged deadlines of 46 of them, and all kinds of 1983, 1997
# and 2012 in precision-1), and the policies of MANIFEST.tsv of genre 讲话 or 工作报告 that no
# record gold names (every .jsonl under corpus/ but heldout-meta's, which hold document metadata
# only, and ../shared/gold/*.jsonl), not in English. The documents being annotated blind for
# heldout-blind6 and heldout-blind7 are excluded by id and never read or extracted.
# Strata: kind x (report, speech); per kind 8 records from the reports and 7 from the speeches,
# simple random within each cell (seed SEED-TAG-kind-stratum); a cell with fewer records is
# taken whole. Output: TSV rows sorted by kind, stratum, doc, span.
import json, os, random, re, sys
SEED = 20261230
BLIND6 = '0034 0308 0029 0060 0325 0205 0102 0198 0187 0174 0132 0179 0078 0087'.split()
BLIND7 = '0224 0199 0253 0222 0008 0069 0126 0057 0228 0267'.split()
N = {'report': 8, 'speech': 7}
KINDS = ['target', 'deadline', 'enforcement', 'statistic']
POL = '../shared/corpus/policies'
GOV = '../shared/corpus/govreports'


def record_gold_ids():
    paths = ['../shared/gold/policies.jsonl', '../shared/gold/dev.jsonl']
    for top, dirs, files in os.walk('corpus'):
        if 'heldout-meta' not in top and 'heldout-blind6' not in top and 'heldout-blind7' not in top:
            paths += [os.path.join(top, f) for f in files if f.endswith('.jsonl')]
    ids = set()
    for p in paths:
        with open(p, encoding='utf-8', errors='replace') as f:
            ids |= set(re.findall(r'(0[0-3][0-9]{2})\.txt', f.read()))
    return ids


def documents():
    used = record_gold_ids() | set(BLIND6) | set(BLIND7)
    man = [l.rstrip('\n').split('\t') for l in open(f'{POL}/MANIFEST.tsv')][1:]
    pol = [(f'{POL}/{r[0]}.txt', 'report' if r[4] == '工作报告' else 'speech') for r in man
           if r[4] in ('讲话', '工作报告') and r[0] not in used and not r[1].startswith('EN:')]
    gov = [(f'{GOV}/{f}', 'report') for f in sorted(os.listdir(GOV)) if '政府工作报告' in f]
    return gov + pol


def draw(recs, tag):
    stratum = {p: s for p, s in documents()}
    out = []
    for k in KINDS:
        for s in N:
            rs = [r for r in recs if r['kind'] == k and stratum.get(r['doc']) == s]
            rng = random.Random(f'{SEED}-{tag}-{k}-{s}')
            idx = sorted(rng.sample(range(len(rs)), min(N[s], len(rs))))
            out += [dict(rs[i], stratum=s) for i in idx]
            print(f'{k} {s}: {len(rs)} records over {len({r["doc"] for r in rs})} documents',
                  file=sys.stderr)
    return out


def value(r):
    o = r.get(r['kind']) or {}
    if r['kind'] == 'deadline':
        return f"{o.get('date')}|{o.get('relation')}|{o.get('recurrence')}"
    if r['kind'] == 'enforcement':
        return f"{o.get('category')}"
    return f"{o.get('comparator', '')}{o.get('value')}|{o.get('unit')}|{o.get('indicator')}"


if __name__ == '__main__':
    if sys.argv[1] == 'docs':
        for p, _ in documents():
            print(p)
    else:
        tag = sys.argv[3] if len(sys.argv) > 3 else 'main'
        recs = [json.loads(l) for l in open(sys.argv[2]) if '"kind"' in l]
        print('doc\tspan\tkind\tstratum\ttext\tvalue\tsentence\tverdict\tclass\treason')
        for r in draw(recs, tag):
            sent = r['sentence'].replace('\t', ' ').replace('\n', ' ')
            print('\t'.join([r['doc'].replace('../shared/corpus/', ''),
                             '%d-%d' % tuple(r['span']['char']), r['kind'], r['stratum'],
                             r['text'], value(r), sent, '', '', '']))
