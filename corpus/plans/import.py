#!/usr/bin/env python3
"""Draw and import policy documents of the politic_analysis_paper_2025 repository as plain texts.

Usage: import.py REPO_GIT_DIR COMMIT POLICIES_DIR N OUT_DIR [MIN MAX PREFIX]

The repository's data/Policies Data.xlsx holds 250 Chinese policy documents (two sheets: national
and Shandong) with their release date, department, English title and full text. Kept: documents
of 1,500-12,000 characters whose English title names a genre of policy text (notice, opinion,
plan, measures, rules, policies, key points, guidelines) and not a news item; left out: those
whose text is already a document of POLICIES_DIR (the policies corpus drew on this file too) and
repeated texts. The kept ones, sorted by (sheet, row), are shuffled with random.seed(20261204);
OUT_DIR/draw.tsv lists them in the order drawn and the first N are written as OUT_DIR/PNNN.txt
with OUT_DIR/manifest.tsv. With MIN MAX PREFIX (a second draw: 12001 25000 Q) the length band
is MIN-MAX characters and the files are PREFIXNNN.txt, with draw-PREFIX.tsv and
manifest-PREFIX.tsv, the same seed. The text is the cell's, line ends normalised and outer blank lines
taken off, so offsets are those of the .txt files here. Only the standard library is used
(an .xlsx file is a zip of XML parts).
"""
import datetime, io, os, random, re, subprocess, sys, zipfile
import xml.etree.ElementTree as ET

NS = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
GENRE = re.compile(r'\b(Notice|Opinions?|Plan|Measures|Rules|Policies|Key Points|Guidelines)\b')
NEWS = re.compile(r'Participat|Held|Release of|Case Stud|Report on|List of|Framework|Compilation|'
                  r'Recommendation|Letter|Soliciting|Seeking|Evaluation Work|Delegation')

def cells(zf, shared, part):
    for row in ET.parse(zf.open(part)).getroot().iter(NS + 'row'):
        out = {}
        for c in row.findall(NS + 'c'):
            col = re.match(r'[A-Z]+', c.get('r')).group()
            v = c.find(NS + 'v')
            if v is not None:
                out[col] = shared[int(v.text)] if c.get('t') == 's' else v.text
            else:
                out[col] = ''.join(t.text or '' for t in c.iter(NS + 't'))
        yield out

def squeeze(s):
    return re.sub(r'\s+', '', s)

def main():
    git, commit, policies, n, out = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
    lo, hi, prefix = (int(sys.argv[6]), int(sys.argv[7]), sys.argv[8]) if len(sys.argv) > 8 else (1500, 12000, 'P')
    tag = '' if prefix == 'P' else f'-{prefix}'
    blob = subprocess.run(['git', '--git-dir', git, 'show', f'{commit}:data/Policies Data.xlsx'],
                          check=True, capture_output=True).stdout
    zf = zipfile.ZipFile(io.BytesIO(blob))
    shared = [''.join(t.text or '' for t in si.iter(NS + 't'))
              for si in ET.parse(zf.open('xl/sharedStrings.xml')).getroot().findall(NS + 'si')]
    known = [squeeze(open(os.path.join(policies, f), encoding='utf-8').read())
             for f in sorted(os.listdir(policies)) if f.endswith('.txt')]
    kept, seen = [], set()
    for sheet in ('sheet1', 'sheet2'):
        for row in list(cells(zf, shared, f'xl/worksheets/{sheet}.xml'))[1:]:
            text = (row.get('F') or '').replace('\r\n', '\n').replace('\r', '\n').strip('\n') + '\n'
            title = ' '.join((row.get('E') or '').split())
            body = squeeze(text)
            if not lo <= len(body) <= hi or not GENRE.search(title) or NEWS.search(title):
                continue
            key = body[100:160]
            if key in seen or any(key in k for k in known):
                continue
            seen.add(key)
            date = (datetime.date(1899, 12, 30) + datetime.timedelta(days=int(float(row['B'])))).isoformat()
            kept.append((sheet, int(row['A']), date, ' '.join((row.get('D') or '').split()), title, text))
    random.seed(20261204)
    random.shuffle(kept)
    with open(f'{out}/draw{tag}.tsv', 'w', encoding='utf-8') as d:
        d.write('# order\tsheet\trow\trelease date\tdepartment\ttitle (English, as the file gives it)\n')
        for i, k in enumerate(kept, 1):
            d.write(f'{i}\t{k[0]}\t{k[1]}\t{k[2]}\t{k[3]}\t{k[4]}\n')
    with open(f'{out}/manifest{tag}.tsv', 'w', encoding='utf-8') as man:
        man.write(f'# id\tsheet\trow\trelease date\tdepartment\ttitle (English)  [data/Policies Data.xlsx at commit {commit}]\n')
        for i, k in enumerate(kept[:n], 1):
            ident = f'{prefix}{i:03d}'
            open(f'{out}/{ident}.txt', 'w', encoding='utf-8').write(k[5])
            man.write(f'{ident}\t{k[0]}\t{k[1]}\t{k[2]}\t{k[3]}\t{k[4]}\n')
    print(f'{len(kept)} kept, {min(n, len(kept))} written')

main()
