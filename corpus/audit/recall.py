"""Draws the enforcement recall sample of corpus/audit: occurrences of the domain's sanction,
incentive and inspection words over which a build makes no enforcement record.

Run from the repository root (ZC_CORPUS names the shared corpus when it is not ../shared/corpus):
    python3 corpus/audit/recall.py extract BUILD > recs.jsonl   # BUILD's zhengce over pool-10-recall.lst
    python3 corpus/audit/recall.py count recs.jsonl             # occurrences, covered, uncovered
    python3 corpus/audit/recall.py draw recs.jsonl > sample.tsv # the seeded sample of uncovered ones
    python3 corpus/audit/recall.py check sample.tsv recs.jsonl  # each sample row: covered now?

An occurrence is a match of WORDS (leftmost-longest, so 严重警告 hides its 警告) outside 《…》 (a
title names a law or document: GUIDELINES.md, no record for names of documents). It is covered
when an enforcement record's span overlaps it (for 责令, or starts within three characters after it:
the order verb's object is its record). The draw shuffles the uncovered occurrences with
SEED and takes them in order, at most PER_DOC per document, up to N: a spread over many documents,
not an occurrence-weighted estimate (a long statute would otherwise fill the sample).
"""
import csv, json, os, random, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.environ.get('ZC_CORPUS', '../shared/corpus') + '/policies/'   # the shared corpus
POOL = 'pool-10-recall.lst'
SEED, N, PER_DOC = '20270401-enforcement-recall', 60, 3

# The inventories of the brief: 中国共产党纪律处分条例 (2023) Art. 8 and 公职人员政务处分法 (2020)
# Art. 7; 行政处罚法 (2021) Art. 9; 行政强制法 (2011) Art. 9, 12; 中国共产党问责条例 (2019) Art. 8;
# credit measures; supervision; incentives.
WORDS = """
警告 严重警告 撤销党内职务 留党察看 开除党籍 记过 记大过 降级 撤职 开除 处分 纪律处分 政务处分
通报批评 罚款 罚金 没收违法所得 没收非法财物 没收 暂扣 降低资质等级 吊销 限制开展生产经营活动
责令停产停业 责令关闭 限制从业 行政拘留 拘留 处罚 行政处罚
查封 扣押 冻结 强制执行 加处罚款 滞纳金 代履行 拍卖
诫勉 组织调整 组织处理 停职检查 调离岗位 引咎辞职 责令辞职 免职 降职 问责 追究 责令 取缔 查处 惩戒
失信联合惩戒 联合惩戒 黑名单 信用修复 经营异常名录 失信
督查 督导 巡查 巡视 巡察 暗访 约谈 函询 提醒 挂牌督办 督办 抽查 核查 督察 监督检查 通报
表彰 奖励 以奖代补 补助 补贴 资金支持 奖补 资助 嘉奖 记功 表扬 奖惩
""".split()
# An order verb whose object is a mechanism is recorded as that mechanism (enforcement.tsv mode
# `order`: 责令限期改正 → 限期改正): a record starting within three characters after it covers it.
ORDER, ORDER_REACH = {'责令'}, 3
PATTERN = re.compile('|'.join(sorted(set(WORDS), key=lambda w: (-len(w), w))))


def pool():
    with open(os.path.join(HERE, POOL), encoding='utf-8') as f:
        return [l.strip() for l in f if l.strip() and not l.startswith('#')]


def titled(text):
    """Char offsets inside 《…》."""
    inside = set()
    for m in re.finditer(r'《[^《》\n]*》', text):
        inside.update(range(m.start(), m.end()))
    return inside


def sentence(text, i, j):
    a = max(text.rfind(c, 0, i) for c in '。；！？\n') + 1
    bs = [k for k in (text.find(c, j) for c in '。；！？\n') if k >= 0]
    return text[a:min(bs) + 1 if bs else len(text)].strip()


def occurrences(recs):
    """(doc, start, end, word, covered, sentence) of every word occurrence in the pool."""
    spans = {}
    for r in recs:
        if r.get('kind') == 'enforcement':
            spans.setdefault(os.path.basename(r['doc'])[:4], []).append(r['span']['char'])
    out = []
    for doc in pool():
        with open(CORPUS + doc + '.txt', encoding='utf-8') as f:
            text = f.read()
        inside = titled(text)
        for m in PATTERN.finditer(text):
            if m.start() in inside:
                continue
            end = m.end() + (ORDER_REACH if m.group() in ORDER else 0)
            cov = any(a < end and m.start() < b for a, b in spans.get(doc, []))
            out.append((doc, m.start(), m.end(), m.group(), cov, sentence(text, m.start(), m.end())))
    return out


def read_jsonl(path):
    with open(path, encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.startswith('{')]


def draw(occ):
    rng = random.Random(SEED)
    un = [o for o in occ if not o[4]]
    rng.shuffle(un)
    got, per = [], {}
    for o in un:
        if len(got) < N and per.get(o[0], 0) < PER_DOC:
            got.append(o)
            per[o[0]] = per.get(o[0], 0) + 1
    return sorted(got)


def main(argv):
    if len(argv) == 2 and argv[0] == 'extract':
        env = dict(os.environ, ZHENGCE_DICTDIR=os.path.join(argv[1], 'dicts'))
        exe = os.path.join(argv[1], 'src/cli/zhengce')
        docs = [CORPUS + d + '.txt' for d in pool()]
        sys.exit(subprocess.run([exe, 'extract', '--no-meta', '--quiet'] + docs, env=env).returncode)
    elif len(argv) == 2 and argv[0] == 'count':
        occ = occurrences(read_jsonl(argv[1]))
        cov = sum(o[4] for o in occ)
        print(f'{len(occ)} occurrences in {len({o[0] for o in occ})} documents: '
              f'{cov} covered, {len(occ) - cov} uncovered')
    elif len(argv) == 2 and argv[0] == 'draw':
        print('doc\tspan\tword\tsentence')
        for doc, a, b, w, _, s in draw(occurrences(read_jsonl(argv[1]))):
            print(f'{doc}\t{a}-{b}\t{w}\t{s}')
    elif len(argv) == 3 and argv[0] == 'check':
        occ = {(o[0], f'{o[1]}-{o[2]}'): o[4] for o in occurrences(read_jsonl(argv[2]))}
        with open(argv[1], encoding='utf-8') as f:
            for row in csv.DictReader(f, delimiter='\t'):
                print(row['doc'], row['span'], row['word'],
                      'covered' if occ.get((row['doc'], row['span'])) else 'none', sep='\t')
    else:
        sys.exit(__doc__)


main(sys.argv[1:])
