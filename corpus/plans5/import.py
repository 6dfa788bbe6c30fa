#!/usr/bin/env python3
"""import.py — corpus/plans5 (and corpus/plans6): Shanghai city, district and town documents, drawn
in the order of candidates.tsv (candidates.py) from copies of their stored texts.

usage: import.py CANDIDATES RAW_DIR SHARED_CORPUS PROJECT_CORPUS OUT_DIR [N [PREFIX [FIRST]]]

No snapshot of the source repository (zhiyao87/Shanghai-Gov-Docs-Index) could be fetched here,
so its files were read one by one from the stored index of public repositories, at the commit
candidates.tsv names, and copied verbatim into RAW_DIR/NNN.md (NNN: the candidate's order), each
copy checked against the stored text's length in characters and at three spot offsets; a
candidate of under 1,500 or over 14,000 stored characters was not copied (RAW_DIR/NNN.skip).

A copy is a Markdown file: a YAML header (标题, 文号, 发布单位, 发布日期, …), two quoted lines of
the repository's own (its disclaimer: left out), the title as a # heading, then the document, a
paragraph a line with blank lines between; a page's script scraped after the document (from a
line opening with $( or holding function( on) is left out. The output text is the title line, then a line per
paragraph. Kept: documents whose genre (drawlib.genre_of) is a policy text's, that pass
drawlib.body_rejection (1,500-12,000 characters without whitespace, not in statute form, no news
item), are no repeat and are not already in SHARED_CORPUS or PROJECT_CORPUS. The first N kept
(default 24), in candidate order, are written as OUT_DIR/PREFIXNNN.txt (PREFIX: default H) with
OUT_DIR/manifest.tsv; OUT_DIR/draw.tsv lists every kept one. Candidates before order FIRST
(default 1) are not read, copies of them in RAW_DIR or not. Standard library only.

    corpus/plans5: import.py corpus/plans5/candidates.tsv RAW_DIR ../shared/corpus corpus corpus/plans5 40
    corpus/plans6: import.py corpus/plans5/candidates.tsv RAW_DIR ../shared/corpus corpus corpus/plans6 14 I 92
"""
import os, re, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import drawlib  # noqa: E402

GENRES = ('通知', '意见', '方案', '规划', '计划', '要点', '措施', '办法', '细则', '规程', '指引', '指南')
GENRE_END = re.compile('(' + '|'.join(GENRES + ('条例', '规定', '决定', '公告', '通告', '批复', '函')) + ')'
                       r'(?:[（(][^）)]{1,20}[）)]|\s)*$')


SCRIPT = re.compile(r'^\$\(|function\s*\(|<script')


def parse(path):
    """(header dict, title, paragraphs) of a copied Markdown file."""
    lines = open(path, encoding='utf-8').read().split('\n')
    assert lines[0] == '---', path
    end = lines.index('---', 1)
    head = dict(l.split(': ', 1) for l in lines[1:end] if ': ' in l)
    title, paras = head.get('标题', ''), []
    for l in lines[end + 1:]:
        s = l.strip()
        if SCRIPT.search(s):
            break   # the page's script, scraped after the document: page furniture
        if not s or s.startswith('>'):
            continue
        if s.startswith('# ') and not paras:
            title = s[2:].strip() or title
            continue
        paras.append(s)
    return head, title, paras


def main(cands, raw, shared, project, out, n=24, prefix='H', first=1):
    items, why = [], {}
    for line in open(cands, encoding='utf-8'):
        if line.startswith('#'):
            continue
        order, _, path, commit = line.rstrip('\n').split('\t')
        if int(order) < int(first):
            continue
        f = f'{raw}/{int(order):03d}.md'
        if not os.path.exists(f):
            continue
        head, title, paras = parse(f)
        name = f'{order}:{path}@{commit[:12]}'
        genre = drawlib.genre_of(title, GENRE_END)
        flat = re.sub(r'\s+', '', ''.join(paras))
        reason = ('genre ' + str(genre)) if genre not in GENRES else drawlib.body_rejection(paras, flat)
        if reason:
            print(f'left out: {name} ({reason})')
            continue
        items.append({'name': name, 'title': title, 'genre': genre, 'text': paras, 'flat': flat,
                      'issuer': head.get('发布单位', ''), 'date': head.get('发布日期', '')})
    known = drawlib.corpus_files(shared, project, out)
    kept = drawlib.drop_known(drawlib.drop_repeats(items, why), known, why)
    drawlib.write_draw(out, kept, int(n), prefix, 'order:path@commit', 'source (order:path@commit)')
    print(f'{len(kept)} kept, {min(len(kept), int(n))} written')


if __name__ == '__main__':
    main(*sys.argv[1:])
