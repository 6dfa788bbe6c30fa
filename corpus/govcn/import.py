#!/usr/bin/env python3
"""Imports the State Council documents of a database dump into corpus/govcn.

usage: import.py REPO.git COMMIT SHARED_CORPUS PROJECT_CORPUS OUT_DIR

Reads db/ge_policy_raw20190217.sql at COMMIT of the repository (rows of title, issuing office,
document number, gov.cn address and HTML content), one row per address, turns each content into
plain text (a line per paragraph or table row, cells joined by tabs, entities decoded), and
leaves out every document whose text is already in SHARED_CORPUS or PROJECT_CORPUS (a third or
more of its 8-character shingles, taken every third character, found in a file there; corpus/
govcn itself is skipped). Writes the rest in dump order as GNNN.txt and manifest.tsv (id,
issuer, number, title, address), and prints the documents left out with the file they repeat.
"""
import glob, html, os, re, subprocess, sys


def rows(sql):
    for m in re.finditer(r"insert into ge_policy_raw \([^)]*\) values \(", sql):
        i, fields = m.end(), []
        while True:
            while sql[i] in ' \n':
                i += 1
            if sql[i] == "'":
                j, buf = i + 1, []
                while True:
                    k = sql.index("'", j)
                    if sql[k + 1:k + 2] == "'":
                        buf.append(sql[j:k + 1]); j = k + 2; continue
                    buf.append(sql[j:k]); i = k + 1; break
                fields.append(''.join(buf).replace("\\'", "'").replace('\\"', '"').replace('\\n', '\n'))
            else:
                k = min(x for x in (sql.find(',', i), sql.find(')', i)) if x >= 0)
                fields.append(sql[i:k].strip()); i = k
            while sql[i] in ' \n':
                i += 1
            if sql[i] == ',':
                i += 1; continue
            break
        yield fields


def text_of(h):
    h = re.sub(r'(?is)<(script|style)[^>]*>.*?</\1>', '', h)
    h = re.sub(r'(?i)<br\s*/?>', '\n', h)
    h = re.sub(r'(?i)</(p|div|tr|h\d|li|table)>', '\n', h)
    h = re.sub(r'(?i)</td>', '\t', h)
    t = html.unescape(re.sub(r'<[^>]+>', '', h)).replace('\xa0', ' ').replace('\u3000', ' ')
    return '\n'.join(l for l in (x.strip(' \t') for x in t.split('\n')) if l) + '\n'


def main(repo, commit, shared, project, out):
    sql = subprocess.run(['git', '--git-dir', repo, 'show', f'{commit}:db/ge_policy_raw20190217.sql'],
                         capture_output=True, text=True, check=True).stdout
    seen, docs = set(), []
    for f in rows(sql):
        if f[1] not in seen:
            seen.add(f[1]); docs.append(f)
    known = {}
    for p in glob.glob(f'{shared}/**/*', recursive=True) + glob.glob(f'{project}/**/*', recursive=True):
        if not os.path.isfile(p) or '/govcn/' in p or not p.endswith(('.txt', '.jsonl', '.html', '.htm', '.md')):
            continue
        t = re.sub(r'\s+', '', open(p, encoding='utf-8', errors='ignore').read())
        for i in range(len(t) - 7):
            known.setdefault(t[i:i + 8], p)
    os.makedirs(out, exist_ok=True)
    man, n = ['id\tissued_by\tnumber\ttitle\tpublished_url'], 0
    for f in docs:
        t = text_of(f[11])
        flat = re.sub(r'\s+', '', t)
        g = {flat[i:i + 8] for i in range(0, max(0, len(flat) - 7), 3)}
        hits = {}
        for x in g:
            if x in known:
                hits[known[x]] = hits.get(known[x], 0) + 1
        top = max(hits.items(), key=lambda kv: kv[1]) if hits else (None, 0)
        if g and top[1] >= len(g) / 3:
            print(f'left out: {f[4]} (repeats {os.path.relpath(top[0])})')
            continue
        n += 1
        open(f'{out}/G{n:03d}.txt', 'w', encoding='utf-8').write(t)
        man.append(f'G{n:03d}\t{f[5]}\t{f[6]}\t{f[4]}\t{f[1]}')
    open(f'{out}/manifest.tsv', 'w', encoding='utf-8').write('\n'.join(man) + '\n')


if __name__ == '__main__':
    main(*sys.argv[1:6])
