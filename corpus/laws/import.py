#!/usr/bin/env python3
"""Import local regulations of the LawRefBook/Laws repository as plain texts.

Usage: import.py LAWS_GIT_DIR COMMIT DRAW_TSV N OUT_DIR

DRAW_TSV lists (bytes, path) in the order drawn (see README.md); the first N are written as
OUT_DIR/LNNN.txt with manifest.tsv naming the source path. The text is the source's: only the
Markdown marks are taken off (heading '#' signs, the '<!-- INFO END -->' line), so offsets are
those of the .txt files here.
"""
import subprocess, sys

def main():
    git, commit, draw, n, out = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
    rows = [l.rstrip('\n').split('\t')[1] for l in open(draw, encoding='utf-8')][:n]
    with open(f'{out}/manifest.tsv', 'w', encoding='utf-8') as man:
        man.write('# id\tpath in LawRefBook/Laws at commit ' + commit + '\n')
        for i, path in enumerate(rows, 1):
            raw = subprocess.run(['git', '--git-dir', git, 'show', f'{commit}:{path}'],
                                 check=True, capture_output=True).stdout.decode('utf-8')
            lines = []
            for line in raw.split('\n'):
                if line.strip() == '<!-- INFO END -->':
                    continue
                lines.append(line.lstrip('#').lstrip(' ') if line.startswith('#') else line)
            text = '\n'.join(lines).strip('\n') + '\n'
            ident = f'L{i:03d}'
            open(f'{out}/{ident}.txt', 'w', encoding='utf-8').write(text)
            man.write(f'{ident}\t{path}\n')

main()
