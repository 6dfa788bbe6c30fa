# Draws the judged samples of precision-3-figures.tsv: target and statistic records by genre.
# Run from the worktree root:
#   build/src/cli/zhengce extract $(python3 corpus/audit/draw2-targets.py --docs) > recs.jsonl
#   python3 corpus/audit/draw3-figures.py recs.jsonl before > sample-before.tsv   (or: after)
# Pool: corpus/audit/pool-2.txt as draw2-targets.py reads it (the heldout-blind6 ids are not in
# it; their files are never opened). Documents: those of the pool that no precision-2 sample
# (precision-2-targets.tsv, -enforcement.tsv, -deadlines.tsv) names. Genres from the genre
# column of ../shared/corpus/policies/MANIFEST.tsv, four strata:
#   rule    条例 办法 规定 法律
#   plan    方案 规划 意见 批复
#   guide   指南/规范 要点 指引 计划
#   report  概况 报告 讲话 函
# (其他 is in none). Per genre and kind, 10 records, simple random (seed SEED-tag-genre-kind)
# from the unused documents; when these hold fewer than 10, all of them, and the rest drawn
# (same seed) from the records of the pool's used documents of that genre that
# precision-2-targets.tsv did not judge (tier 2: documents another precision-2 sample read,
# records still unjudged). Output: one TSV row per record, sorted by genre, kind, doc, span.
import csv, json, random, re, sys
SEED = 20261220
GENRES = {'rule': '条例 办法 规定 法律', 'plan': '方案 规划 意见 批复',
          'guide': '指南/规范 要点 指引 计划', 'report': '概况 报告 讲话 函'}
OF = {g: k for k, v in GENRES.items() for g in v.split()}
P2 = ['precision-2-targets.tsv', 'precision-2-enforcement.tsv', 'precision-2-deadlines.tsv']


def pool():
    return [l.strip() for l in open('corpus/audit/pool-2.txt') if l.strip() and l[0] != '#']


def used_and_judged():
    used, judged = set(), set()
    for f in P2:
        for row in csv.DictReader(open('corpus/audit/' + f), delimiter='\t'):
            m = re.search(r'(\d{4})', row.get('doc') or '')
            if m:
                used.add(m.group(1))
                if f == P2[0]:
                    judged.add((m.group(1), row['span'], row['kind']))
    return used, judged


def key(r):
    d = re.search(r'(\d{4})\.txt', r['doc']).group(1)
    return d, '%d-%d' % tuple(r['span']['char']), r['kind']


def row(tag, genre, tier, r):
    f = r[r['kind']]
    d, span, kind = key(r)
    cells = [tag, genre, str(tier), d, span, kind, r['text'], r['rule'], f.get('comparator', ''),
             str(f.get('value')), str(f.get('unit')), f.get('indicator') or '', r['sentence'][:160]]
    return [re.sub(r'\s', ' ', c) for c in cells]


def main():
    recs, tag = sys.argv[1], sys.argv[2]
    man = {r['id']: r for r in csv.DictReader(
        open('../shared/corpus/policies/MANIFEST.tsv'), delimiter='\t')}
    ids = set(pool())
    used, judged = used_and_judged()
    cells = {}
    for l in open(recs):
        r = json.loads(l)
        if r['kind'] not in ('target', 'statistic'):
            continue
        d, span, kind = key(r)
        g = OF.get(man[d]['genre'])
        if d not in ids or g is None or (d, span, kind) in judged:
            continue
        tier = 1 if d not in used else 2
        cells.setdefault((g, kind, tier), []).append(r)
    out = [['sample', 'genre', 'tier', 'doc', 'span', 'kind', 'text', 'rule', 'comparator',
            'value', 'unit', 'indicator', 'sentence']]
    for g in GENRES:
        for kind in ('target', 'statistic'):
            rng = random.Random(f'{SEED}-{tag}-{g}-{kind}')
            got = []
            for tier in (1, 2):
                rs = cells.get((g, kind, tier), [])
                n = min(10 - len(got), len(rs))
                got += [(tier, rs[i]) for i in sorted(rng.sample(range(len(rs)), n))]
            out += [row(tag, g, t, r) for t, r in got]
    for o in out:
        print('\t'.join(o))


main()
