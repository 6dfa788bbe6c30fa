"""drawlib.py — the steps every corpus/*/import.py of the plans3 and plans4 kind shares once
its candidates are read: 8-character shingles, repeats among the candidates, texts already in
the shared or project corpus, the fixed-seed shuffle and the written draw.

A candidate is a dict with at least name, title, genre, text (a list of paragraphs), flat (the
text without whitespace), issuer and date. Python 3, standard library only.
"""
import glob, os, random, re

CORPUS_EXT = ('.txt', '.jsonl', '.json', '.html', '.htm', '.md', '.ann', '.tsv', '.utf8')


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
