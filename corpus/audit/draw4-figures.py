# Draws the judged sample of precision-4-figures.tsv: 30 target and statistic records of guides
# and technical documents, drawn from the before extraction (main) and looked up in the after
# extraction (the branch), so that one draw measures both: each drawn record is judged as each
# extraction has it (present, absent, or with another kind, comparator or value).
# Run from the worktree root:
#   build/src/cli/zhengce extract $(python3 corpus/audit/draw4-figures.py --docs) > after.jsonl
#   python3 corpus/audit/draw4-figures.py before.jsonl after.jsonl > sample.tsv
# Documents: ../shared/corpus/policies/MANIFEST.tsv genre 指南/规范 or 其他, and the documents
# titled or self-named as standards or review documents that the manifest files elsewhere
# (TECH below), minus heldout-blind6 and heldout-blind7 (by id; their files are never opened)
# and minus every document a gold file under corpus/ or ../shared/gold names. Records any
# corpus/audit/*.tsv already holds (doc, span, kind) are left out. Tier 1: a document no audit
# TSV names; tier 2: one that an earlier audit read (its other records unjudged).
# 30 records, simple random with seed SEED over the sorted union.
import csv, glob, json, random, re, sys
SEED = 20261202
BLIND = ('0034 0308 0029 0060 0325 0205 0102 0198 0187 0174 0132 0179 0078 0087 '
         '0224 0199 0253 0222 0008 0069 0126 0057 0228 0267').split()
TECH = ['0122', '0152']   # 本规范 documents the manifest files as 办法/规定
N = 30


def docs():
    man = {r['id']: r for r in csv.DictReader(
        open('../shared/corpus/policies/MANIFEST.tsv'), delimiter='\t')}
    gold = set()
    for f in glob.glob('corpus/**/*.jsonl', recursive=True) + glob.glob('../shared/gold/*.jsonl'):
        for l in open(f):
            m = re.search(r'"doc": ?"(?:[^"]*/)?(\d{4})\.txt', l)
            if m:
                gold.add(m.group(1))
    ids = [i for i, r in man.items() if (r['genre'] in ('指南/规范', '其他') or i in TECH)]
    return sorted(i for i in ids if i not in BLIND and i not in gold)


def audited():
    used, recs = set(), set()
    for f in glob.glob('corpus/audit/*.tsv'):
        if f.endswith('precision-4-figures.tsv'):
            continue
        for row in csv.DictReader(open(f), delimiter='\t'):
            m = re.search(r'(\d{4})', row.get('doc') or '')
            if m:
                used.add(m.group(1))
                recs.add((m.group(1), row.get('span'), row.get('kind')))
    return used, recs


def load(path, ids):
    out = {}
    for l in open(path):
        r = json.loads(l)
        if r['kind'] not in ('target', 'statistic'):
            continue
        d = re.search(r'(\d{4})\.txt', r['doc']).group(1)
        if d in ids:
            out[(d, '%d-%d' % tuple(r['span']['char']))] = r
    return out


def show(r):
    if not r:
        return ['absent', '', '', '', '']
    f = r[r['kind']]
    return [r['kind'], r['rule'], f.get('comparator', '') or '', str(f.get('value')),
            str(f.get('unit'))]


def main():
    ids = docs()
    if sys.argv[1] == '--docs':
        print(' '.join('../shared/corpus/policies/%s.txt' % i for i in ids))
        return
    used, recs = audited()
    a, b = load(sys.argv[1], set(ids)), load(sys.argv[2], set(ids))
    # Drawn from the before extraction alone, so that the draw does not move with the branch;
    # each drawn record is then looked up in the after extraction.
    keys = sorted(k for k in a if (k[0], k[1], a[k]['kind']) not in recs)
    pick = sorted(random.Random(SEED).sample(keys, min(N, len(keys))))
    w = csv.writer(sys.stdout, delimiter='\t', lineterminator='\n')
    w.writerow(['doc', 'tier', 'span', 'text', 'before', 'b_rule', 'b_cmp', 'b_value', 'b_unit',
                'after', 'a_rule', 'a_cmp', 'a_value', 'a_unit', 'context'])
    for k in pick:
        r = b.get(k) or a.get(k)
        s = r['sentence']
        i = s.find(r['text'])
        ctx = re.sub(r'\s', ' ', s[max(0, i - 40):i + len(r['text']) + 25])
        w.writerow([k[0], '2' if k[0] in used else '1', k[1], r['text']] + show(a.get(k)) +
                   show(b.get(k)) + [ctx])


main()
