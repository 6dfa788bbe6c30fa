"""drawlib.py — what the importers of corpus/plans3 and corpus/plans4 share: the genre word of a
title, date parts in Chinese numerals, the length, statute and news tests of a text, 8-character
shingles, repeats among the candidates, texts already in the shared or project corpus, the
fixed-seed shuffle and the written draw.

A candidate is a dict with at least name, title, genre, text (a list of paragraphs), flat (the
text without whitespace), issuer and date. Python 3, standard library only.
"""
import glob, os, random, re

CN = dict(zip('〇○零一二三四五六七八九', [0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]))

ARTICLE = re.compile(r'第[一二三四五六七八九十百零〇]+条')
NEWS_BODY = re.compile(r'^.{0,15}(?:讯|电)[（( 　]|^(?:本报|据)|记者')
READING = re.compile(r'(?<!本)《(?:通知|意见|方案|措施|办法|规划|计划|细则)》')

CORPUS_EXT = ('.txt', '.jsonl', '.json', '.html', '.htm', '.md', '.ann', '.tsv', '.utf8')


def genre_of(title, genre_end):
    """The genre word ending a title (genre_end: the importer's regex of genre words), or that
    of the document a notice issues (关于印发《X》的通知: X's), or None."""
    m = re.search(r'印发[^《]*《([^》]+)》', title) or re.search(r'《([^》]+)》[^《》]*的通知', title)
    inner = m.group(1) if m else title
    g = genre_end.search(inner)
    return g.group(1) if g else None


def cn_number(x):
    """A date part in Arabic digits or Chinese numerals (2023, 二〇二三, 十二, 五) as an int."""
    if x.isdigit():
        return int(x)
    if len(x) == 4 and all(c in CN for c in x):
        return int(''.join(str(CN[c]) for c in x))
    if '十' in x:
        a, _, b = x.partition('十')
        return (CN[a] if a else 1) * 10 + (CN[b] if b else 0)
    return CN.get(x, 0)


def body_rejection(text, flat):
    """Why a text of the right title is no policy text of the draw, or None: not 1,500-12,000
    characters (whitespace removed), 5 or more distinct 第N条 articles (a statute), or a news
    item or reading (a text that opens like one, or names the document 《通知》 twice)."""
    if not 1500 <= len(flat) <= 12000:
        return f'{len(flat)} chars'
    if len(set(ARTICLE.findall(flat))) >= 5:
        return 'articles (statute form)'
    if NEWS_BODY.search('\n'.join(text[:2])) or len(READING.findall(flat)) >= 2:
        return 'news item or reading of a document'
    return None


def shingles(flat):
    """The 8-character shingles of a text, taken every third character."""
    return {flat[i:i + 8] for i in range(0, max(0, len(flat) - 7), 3)}


def corpus_files(shared, project, out):
    """The text files of the shared and project corpora, the output folder's own left out."""
    outabs = os.path.abspath(out)
    files = sorted(set(glob.glob(f'{shared}/**/*', recursive=True) +
                       glob.glob(f'{project}/**/*', recursive=True)))
    return [p for p in files if os.path.isfile(p) and not os.path.abspath(p).startswith(outabs + os.sep)
            and p.endswith(CORPUS_EXT)]


def drop_repeats(cands, why):
    """The candidates left after repeats: an equal title, or a third of the shingles of one
    shared with one kept before (why[name] says which)."""
    kept = []
    for c in cands:
        c['sh'] = shingles(c['flat'])
        dup = next((k for k in kept if k['title'] == c['title'] or
                    len(c['sh'] & k['sh']) >= len(c['sh']) / 3 or len(c['sh'] & k['sh']) >= len(k['sh']) / 3), None)
        if dup:
            why[c['name']] = f'repeats {dup["name"]}'
            continue
        kept.append(c)
    return kept


def drop_known(kept, files, why):
    """The candidates none of `files` already holds (a third or more of its shingles found in
    one file)."""
    index = {}
    for i, c in enumerate(kept):
        for s in c['sh']:
            index.setdefault(s, []).append(i)
    seen_in = {}
    for p in files:
        t = re.sub(r'\s+', '', open(p, encoding='utf-8', errors='ignore').read())
        hits = {}
        for s in {t[j:j + 8] for j in range(len(t) - 7)}:
            for i in index.get(s, ()):
                hits[i] = hits.get(i, 0) + 1
        for i, k in hits.items():
            if k >= len(kept[i]['sh']) / 3 and i not in seen_in:
                seen_in[i] = os.path.relpath(p)
    for i in sorted(seen_in):
        why[kept[i]['name']] = f'already in {seen_in[i]}'
        print(f'left out: {kept[i]["name"]} (already in {seen_in[i]})')
    return [c for i, c in enumerate(kept) if i not in seen_in]


def shuffle(kept):
    """The draw order: random.seed(2026), then shuffled in place."""
    random.seed(2026)
    random.shuffle(kept)


def write_draw(out, kept, count, prefix, draw_source, manifest_source,
               draw_name='draw.tsv', manifest_name='manifest.tsv'):
    """Writes the draw order (all kept), the manifest and the first `count` texts as
    PREFIXNNN.txt (the title line, then a line per paragraph)."""
    os.makedirs(out, exist_ok=True)
    with open(f'{out}/{draw_name}', 'w', encoding='utf-8') as d:
        d.write(f'# order\t{draw_source}\tgenre\tchars\tissuer\tdate\ttitle\n')
        for i, c in enumerate(kept, 1):
            d.write(f'{i}\t{c["name"]}\t{c["genre"]}\t{len(c["flat"])}\t{c["issuer"]}\t{c["date"]}\t{c["title"]}\n')
    with open(f'{out}/{manifest_name}', 'w', encoding='utf-8') as m:
        m.write(f'# id\tissuer\tdate\ttitle\tchars\t{manifest_source}\n')
        for i, c in enumerate(kept[:count], 1):
            ident = f'{prefix}{i:03d}'
            with open(f'{out}/{ident}.txt', 'w', encoding='utf-8') as f:
                f.write(c['title'] + '\n' + '\n'.join(c['text']) + '\n')
            m.write(f'{ident}\t{c["issuer"]}\t{c["date"]}\t{c["title"]}\t{len(c["flat"])}\t{c["name"]}\n')
