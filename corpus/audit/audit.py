"""Draws the precision samples of corpus/audit, each reproducible from its row of SAMPLES.

Run from the worktree root:
    python3 corpus/audit/audit.py docs SAMPLE                 # the sample's documents, one path a line
    python3 corpus/audit/audit.py extract SAMPLE BUILD > recs.jsonl
        # BUILD/src/cli/zhengce extract (with BUILD/dicts and the sample's options) over those documents
    python3 corpus/audit/audit.py draw SAMPLE recs.jsonl [after.jsonl] [--tag TAG] > sample.tsv
        # the drawn records; with after.jsonl each is looked up there too (same doc and span)
    python3 corpus/audit/audit.py wilson K N                  # K/N with its Wilson 95% interval

A sample is a pool (a recorded list of documents: pool-*.txt, one policy id or path under
../shared/corpus a line, its header saying how and where it was computed), an optional seeded
draw of documents from it (per genre of MANIFEST.tsv), and cells: (kinds, stratum, n) drawn
simple random, each with its own seed, from the records of the sample's documents. A stratum is
a set of genres (a government work report's genre is 政府工作报告). Records an earlier audit
judged (doc, span, kind in the TSVs of `judged`; doc and span alone with `judged_by` 'span') are
left out; a document named by a TSV of `tier2` is tier 2, and with `fill` a cell takes tier 1
records first and fills up from tier 2. With `lend` (stratum → stratum), what a cell of the first
stratum lacks of its n is drawn from the cell of the same kinds in the second.
The documents of the blind batches are never listed, extracted or drawn.
"""
import csv, json, math, os, random, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.environ.get('ZC_CORPUS', '../shared/corpus/')   # ZC_CORPUS: another checkout's path
BLIND = set(('0034 0308 0029 0060 0325 0205 0102 0198 0187 0174 0132 0179 0078 0087 '   # blind6
             '0224 0199 0253 0222 0008 0069 0126 0057 0228 0267 '                       # blind7
             '0073 0076 0079 0084 0085 0093 0196 0152 0160 0043 0011 0121 0180 0217 '   # blind8, 9
             '0044 0293 0134').split())
KINDS = ('target', 'deadline', 'enforcement', 'statistic')
FIGURE_GENRES = {'rule': '条例 办法 规定 法律', 'plan': '方案 规划 意见 批复',
                 'guide': '指南/规范 要点 指引 计划', 'report': '概况 报告 讲话 函'}
SPEECH_GENRES = {'report': '工作报告 政府工作报告', 'speech': '讲话'}
SPEECH_CELLS = [((k,), s, n) for k in KINDS for s, n in (('report', 8), ('speech', 7))]
P2 = ['precision-2-targets.tsv', 'precision-2-enforcement.tsv', 'precision-2-deadlines.tsv']
BEFORE_P4_FIGURES = ['precision-1.tsv', 'precision-3-deadlines-speeches.tsv',
                     'precision-3-figures.tsv', 'precision-3-statutes.tsv',
                     'precision-4-enforcement.tsv'] + P2

# name: pool, extract (options of zhengce extract), docs (seed, [(genre or None, n)]) when the
# documents are drawn, strata, cells [(kinds, stratum, n)], seed (a format of kind, stratum and
# tag; an int is used as is; a dict picks one per tag), tag (default), judged, judged_by ('span':
# a judged record is left out whatever the kind now at its span), tier2, fill, lend (a short
# stratum → the stratum that makes up its lack), order ('span': the cell is the records keyed by
# doc and span, sorted, as precision-4-figures drew), by_actor (the stratum is read from the
# record, not the genre: 'actor' when it has one, 'named' when it has none and its sentence
# names an organ or an agent marker (ORGAN); the value column then leads with the actor), by_doc
# (each cell is drawn systematically over its records in document order: the documents are
# strata, allocation proportional).
SAMPLES = {
    'precision-1': dict(
        pool='pool-1.lst', extract=['--no-meta'],
        docs=(20261202, [('条例', 4), ('办法', 3), ('方案', 3), ('通知', 1), ('意见', 1), ('讲话', 3),
                         ('概况', 3), ('规划', 2), ('细则', 1), ('函', 2), ('规定', 1), ('指南/规范', 1),
                         ('统计公报', 0), ('工作报告', 0), ('政府工作报告', 3)]),
        cells=[((k,), None, 40) for k in KINDS], seed='20261202-{kind}'),
    'precision-2-enforcement': dict(
        pool='pool-2.lst', extract=['--no-meta'], docs=(20261203, [(None, 20)]),
        cells=[(('enforcement',), None, 40)], tag='after',
        seed={'after': '20261203-enforcement', 'before': '20261203-enforcement-before'}),
    'precision-2-deadlines': dict(
        pool='pool-2.lst', extract=['--no-meta', '--quiet'],
        cells=[(('deadline',), None, 40)], seed='20261215-deadline'),
    'precision-2-targets': dict(
        pool='pool-2.lst', extract=[],
        cells=[((k,), None, 40) for k in ('target', 'statistic')], seed='20261203-{kind}'),
    'precision-3-statutes': dict(
        pool='pool-3-statutes.lst', extract=['--no-meta'], docs=(20261204, [(None, 10)]),
        cells=[(('enforcement',), None, 40)], seed='20261204-enforcement-{tag}', tag='before'),
    'precision-3-deadlines-speeches': dict(
        pool='pool-3-deadlines-speeches.lst', extract=['--no-meta', '--quiet'],
        strata=SPEECH_GENRES, cells=[(('deadline',), 'report', 25), (('deadline',), 'speech', 15)],
        seed='20261216-{tag}-{stratum}', tag='main'),
    'precision-3-figures': dict(
        pool='pool-2.lst', extract=[], strata=FIGURE_GENRES,
        cells=[((k,), g, 10) for g in FIGURE_GENRES for k in ('target', 'statistic')],
        seed='20261220-{tag}-{stratum}-{kind}', tag='before',
        judged=P2[:1], tier2=P2, fill=True),
    'precision-4-enforcement': dict(
        pool='pool-4-enforcement.lst', extract=['--no-meta'], docs=(20261222, [(None, 10)]),
        cells=[(('enforcement',), None, 40)], seed='20261222-enforcement-{tag}', tag='before'),
    'precision-4-figures': dict(
        pool='pool-4-figures.lst', extract=[], cells=[(('target', 'statistic'), None, 30)],
        seed=20261202, judged=BEFORE_P4_FIGURES, tier2=BEFORE_P4_FIGURES, order='span'),
    'precision-5-speeches': dict(
        pool='pool-5-speeches.lst', extract=['--no-meta', '--quiet'], strata=SPEECH_GENRES,
        cells=SPEECH_CELLS, seed='20261230-{tag}-{kind}-{stratum}', tag='main'),
    'precision-6-speeches': dict(
        pool='pool-5-speeches.lst', extract=['--no-meta', '--quiet'], strata=SPEECH_GENRES,
        cells=[((k,), s, 5) for k in KINDS for s in ('report', 'speech')],
        lend={'speech': 'report'},
        seed='20270101-{tag}-{kind}-{stratum}', tag='main',
        judged=['precision-5-speeches.tsv'], judged_by='span'),
    'precision-7-speech-deadlines': dict(
        pool='pool-5-speeches.lst', extract=['--no-meta', '--quiet'], strata=SPEECH_GENRES,
        cells=[(('deadline',), s, 10) for s in ('report', 'speech')],
        seed='20270115-{tag}-{kind}-{stratum}', tag='main',
        judged=['precision-3-deadlines-speeches.tsv', 'precision-5-speeches.tsv',
                'precision-6-speeches.tsv'], judged_by='span'),
    'precision-8-speech-deadlines': dict(
        pool='pool-5-speeches.lst', extract=['--no-meta', '--quiet'], strata=SPEECH_GENRES,
        cells=[(('deadline',), s, 10) for s in ('report', 'speech')],
        seed='20270201-{tag}-{kind}-{stratum}', tag='main',
        judged=['precision-3-deadlines-speeches.tsv', 'precision-5-speeches.tsv',
                'precision-6-speeches.tsv', 'precision-7-speech-deadlines.tsv'],
        judged_by='span'),
    'precision-9-speech-deadlines': dict(
        pool='pool-9-speech-deadlines.lst', extract=['--no-meta', '--quiet'], strata=SPEECH_GENRES,
        cells=[(('deadline',), s, 15) for s in ('report', 'speech')], lend={'speech': 'report'},
        seed='20270301-{tag}-{kind}-{stratum}', tag='main',
        judged=['precision-3-deadlines-speeches.tsv', 'precision-5-speeches.tsv',
                'precision-6-speeches.tsv', 'precision-7-speech-deadlines.tsv',
                'precision-8-speech-deadlines.tsv'], judged_by='span'),
    'precision-10-actors': dict(
        pool='pool-10-actors.lst', extract=['--no-meta', '--quiet'], by_actor=True,
        cells=[(KINDS, 'actor', 35), (KINDS, 'named', 15)],
        seed='20270401-{tag}-{stratum}', tag='before'),
    'precision-10-enforcement': dict(
        pool='pool-10-enforcement.lst', extract=['--no-meta', '--quiet'],
        cells=[(('enforcement',), None, 60)], seed='20270401-enforcement-{tag}', tag='before',
        judged=['precision-1.tsv', 'precision-2-enforcement.tsv', 'precision-3-statutes.tsv',
                'precision-4-enforcement.tsv', 'precision-5-speeches.tsv',
                'precision-6-speeches.tsv'], by_doc=True),
    'precision-11-enforcement': dict(
        pool='pool-10-enforcement.lst', extract=['--no-meta', '--quiet'],
        strata={'other': '方案 意见 通知 指南/规范 规划 要点 指引 计划 概况 讲话 报告 工作报告 '
                         '函 批复 政策措施 统计公报'},
        cells=[(('enforcement',), 'other', 40)], seed='20270601-enforcement-{tag}', tag='before',
        judged=['precision-1.tsv', 'precision-2-enforcement.tsv', 'precision-3-statutes.tsv',
                'precision-4-enforcement.tsv', 'precision-5-speeches.tsv',
                'precision-6-speeches.tsv', 'precision-10-enforcement.tsv'], by_doc=True),
    'precision-10-figures': dict(
        pool='pool-10-figures.lst', extract=['--no-meta', '--quiet'],
        cells=[(('target',), None, 30), (('statistic',), None, 20)],
        seed='20270501-{tag}-{kind}', tag='before', by_doc=True, judged_by='span',
        judged=['precision-1.tsv', 'precision-2-targets.tsv', 'precision-3-figures.tsv',
                'precision-4-figures.tsv', 'precision-5-speeches.tsv',
                'precision-6-speeches.tsv', 'precision-10-actors.tsv']),
}
ORGAN = re.compile('由|部门|机关|政府|局|委员会|厅|办公室|牵头|负责')


def actor_stratum(r):
    """'actor', 'named' or None: a by_actor sample's stratum of a record."""
    if r.get('actor'):
        return 'actor'
    return 'named' if ORGAN.search(r.get('sentence', '')) else None


def rel(doc):
    """A document's path under ../shared/corpus (policies/0002.txt) from a record's doc field,
    a pool line or a TSV cell (0002, policies/0002.txt, ../shared/corpus/policies/0002.txt)."""
    if re.fullmatch(r'[0-9]{4}', doc):
        return f'policies/{doc}.txt'
    return doc.split('corpus/', 1)[-1]


def genres():
    """Document (under ../shared/corpus) → genre: MANIFEST.tsv's for policies, 政府工作报告 else."""
    with open(CORPUS + 'policies/MANIFEST.tsv', encoding='utf-8') as f:
        return {rel(r['id']): r['genre'] for r in csv.DictReader(f, delimiter='\t')}


def genre_of(doc, manifest):
    return manifest.get(doc, '政府工作报告' if doc.startswith('govreports/') else None)


def documents(s):
    """The sample's documents under ../shared/corpus, in extraction order, the blind batches'
    left out (the pools of 7db82fc and before list some: all-pool samples then differ)."""
    with open(os.path.join(HERE, s['pool']), encoding='utf-8') as f:
        pool = [rel(l.strip()) for l in f if l.strip() and not l.startswith('#')]
    out = pool
    if 'docs' in s:
        seed, quota = s['docs']
        manifest, rng, out = genres(), random.Random(seed), []
        for g, n in quota:
            ds = sorted(d for d in pool if g is None or genre_of(d, manifest) == g)
            out += sorted(rng.sample(ds, min(n, len(ds))))
    blind = [d for d in out if d[9:13] in BLIND and d.startswith('policies/')]
    if blind:
        print(f'audit.py: {len(blind)} documents of the blind batches left out', file=sys.stderr)
    return [d for d in out if d not in blind]


def judged_records(names):
    """(doc, span, kind) of every row of the audit TSVs named, and the documents they name."""
    recs, docs = set(), set()
    for name in names:
        with open(os.path.join(HERE, name), encoding='utf-8') as f:
            for row in csv.DictReader(f, delimiter='\t'):
                if row.get('doc'):
                    docs.add(rel(row['doc']))
                    recs.add((rel(row['doc']), row.get('span'), row.get('kind')))
    return recs, docs


def span(r):
    return '%d-%d' % tuple(r['span']['char'])


def populations(s, recs):
    """(kinds, stratum, tier) → the records that may be drawn for it, in order."""
    docs, manifest = set(documents(s)), genres()
    of = {g: k for k, v in s.get('strata', {}).items() for g in v.split()}
    judged, _ = judged_records(s.get('judged', []))
    if s.get('judged_by') == 'span':
        judged = {(d, sp) for d, sp, _ in judged}
    _, tier2 = judged_records(s.get('tier2', []))
    kinds = {k for ks, _, _ in s['cells'] for k in ks}
    if s.get('order') == 'span':   # keyed by doc and span (the last record wins), sorted
        recs = sorted({(rel(r['doc']), span(r)): r for r in recs
                       if r['kind'] in kinds}.items())
        recs = [r for _, r in recs]
    pops = {}
    for r in recs:
        d = rel(r['doc'])
        stratum = of.get(genre_of(d, manifest)) if of else None
        if s.get('by_actor'):
            stratum = actor_stratum(r)
            if stratum is None:
                continue
        key = (d, span(r)) if s.get('judged_by') == 'span' else (d, span(r), r['kind'])
        if d not in docs or (of and stratum is None) or key in judged:
            continue
        tier = 2 if d in tier2 else 1
        for ks, st, _ in s['cells']:
            if r['kind'] in ks and st == stratum:
                pops.setdefault((ks, st, tier if s.get('fill') else 1), []).append(dict(r, tier=tier))
    return pops


def lent(s, pops, ks, st):
    """How many records the cell (ks, st) draws for the short cells `lend` sends to it."""
    size = {(k, t): sum(len(pops.get((k, t, tier), [])) for tier in (1, 2))
            for k, t, _ in s['cells']}
    return sum(max(0, n - size[(k, t)]) for k, t, n in s['cells']
               if k == ks and s.get('lend', {}).get(t) == st)


def systematic(rng, size, n):
    """n indices of size records in document order, one every size/n from a seeded start: the
    documents are strata with allocation proportional to their records (a document with fewer
    than size/n records is drawn or not by where the start falls)."""
    if n >= size:
        return list(range(size))
    step = size / n
    start = rng.random() * step
    return [int(start + i * step) for i in range(n)]


def draw(s, recs, tag):
    """The drawn records, cell after cell, each with its stratum and tier."""
    pops, out = populations(s, recs), []
    for ks, st, n in s['cells']:
        n += lent(s, pops, ks, st)
        seed = s['seed'][tag] if isinstance(s['seed'], dict) else s['seed']
        rng = random.Random(seed.format(kind=ks[0], stratum=st, tag=tag)
                            if isinstance(seed, str) else seed)
        got = []
        for tier in (1, 2):
            rs = pops.get((ks, st, tier), [])
            got += [rs[i] for i in (systematic(rng, len(rs), n - len(got)) if s.get('by_doc') else
                                    sorted(rng.sample(range(len(rs)), min(n - len(got), len(rs)))))]
        out += [dict(r, stratum=st or '') for r in got]
        size = sum(len(pops.get((ks, st, t), [])) for t in (1, 2))
        print(f"{'+'.join(ks)} {st or 'all'}: {len(got)} of {size} records", file=sys.stderr)
    return out


def value(r, actor=False):
    """The record's key fields in one cell (led by its actor with `actor`)."""
    if actor:
        return f"{r.get('actor')}|{value(r)}"
    o = r.get(r['kind']) or {}
    if r['kind'] == 'deadline':
        return f"{o.get('date')}|{o.get('relation')}|{o.get('recurrence')}"
    if r['kind'] == 'enforcement':
        return f"{o.get('category')}"
    return f"{o.get('comparator') or ''}{o.get('value')}|{o.get('unit')}|{o.get('indicator')}"


def read_jsonl(path):
    with open(path, encoding='utf-8') as f:
        return [r for r in map(json.loads, f) if r.get('kind') in KINDS]


def cmd_draw(name, args):
    s = SAMPLES[name]
    tag = s.get('tag', 'main')
    if '--tag' in args:
        i = args.index('--tag')
        tag, args = args[i + 1], args[:i] + args[i + 2:]
    files = args
    after = {}
    if len(files) > 1:
        after = {(rel(r['doc']), span(r)): r for r in read_jsonl(files[1])}
    cols = ['doc', 'span', 'kind', 'stratum', 'tier', 'text', 'value', 'sentence']
    print('\t'.join(cols + (['after'] if after else [])))
    for r in draw(s, read_jsonl(files[0]), tag):
        ac = bool(s.get('by_actor'))
        cells = [rel(r['doc']), span(r), r['kind'], r['stratum'], str(r['tier']), r['text'],
                 value(r, ac), r['sentence']]
        if after:
            a = after.get((rel(r['doc']), span(r)))
            cells.append(f"{a['kind']} {value(a, ac)}" if a else 'absent')
        print('\t'.join(re.sub(r'\s', ' ', c) for c in cells))


def cmd_extract(name, build):
    docs = [CORPUS + d for d in documents(SAMPLES[name])]
    env = dict(os.environ, ZHENGCE_DICTDIR=os.path.join(build, 'dicts'))
    exe = os.path.join(build, 'src/cli/zhengce')
    sys.exit(subprocess.run([exe, 'extract'] + SAMPLES[name]['extract'] + docs, env=env).returncode)


def wilson(k, n, z=1.96):
    """The Wilson score interval of k successes in n trials."""
    p = k / n
    mid, half = p + z * z / (2 * n), z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return max(0.0, (mid - half) / (1 + z * z / n)), min(1.0, (mid + half) / (1 + z * z / n))


def main(argv):
    if len(argv) == 2 and argv[0] == 'docs' and argv[1] in SAMPLES:
        print('\n'.join(CORPUS + d for d in documents(SAMPLES[argv[1]])))
    elif len(argv) == 3 and argv[0] == 'extract' and argv[1] in SAMPLES:
        cmd_extract(argv[1], argv[2])
    elif len(argv) >= 3 and argv[0] == 'draw' and argv[1] in SAMPLES:
        cmd_draw(argv[1], argv[2:])
    elif len(argv) == 3 and argv[0] == 'wilson':
        k, n = int(argv[1]), int(argv[2])
        lo, hi = wilson(k, n)
        print(f'{k}/{n} = {k / n:.3f} ({lo:.3f}–{hi:.3f})')
    else:
        sys.exit(__doc__ + '\nsamples: ' + ' '.join(SAMPLES))


main(sys.argv[1:])
