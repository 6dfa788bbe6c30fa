#!/usr/bin/env python3
"""Scores zhengce deadline records against a hand list of deadline expressions (blind*.tsv).

usage: score.py LIST.tsv CORPUS_DIR < records.jsonl   (records of the documents of LIST)
Rates: detected = deadline rows overlapped by a deadline record; false alarms = deadline
records that overlap no deadline row (a doubtful `?` row absorbs its record); exact date =
detected rows whose record has the expected date (null as null).
"""
import json
import sys


def main():
    lst, corpus = sys.argv[1], sys.argv[2]
    rows = []
    for line in open(lst, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        doc, occ, _, expr, value, rel, _ = line.rstrip('\n').split('\t')
        text = open(f'{corpus}/{doc}', encoding='utf-8-sig').read()
        at = -1
        for _ in range(int(occ)):
            at = text.find(expr, at + 1)
        rows.append((doc, at, at + len(expr), expr, None if value == '-' else value, rel))
    docs = {r[0] for r in rows}
    recs = []
    for line in sys.stdin:
        r = json.loads(line)
        if r.get('kind') != 'deadline':
            continue
        doc = r['doc'].rsplit('/', 1)[-1]
        if doc in docs:
            recs.append((doc, *r['span']['char'], r['text'], r['deadline']['date']))
    used = set()
    det = exact = 0
    want = [r for r in rows if r[5] not in ('none', '?')]
    for doc, s, e, expr, value, rel in rows:
        hit = [k for k, q in enumerate(recs) if q[0] == doc and q[1] < e and s < q[2]
               and k not in used]
        if rel == 'none':
            continue
        used.update(hit[:1])
        if rel == '?' or not hit:
            if rel != '?':
                print(f'miss\t{doc}\t{expr}')
            continue
        det += 1
        got = recs[hit[0]][4]
        if got == value:
            exact += 1
        else:
            print(f'date\t{doc}\t{expr}\twant {value}\tgot {got}')
    fa = [q for k, q in enumerate(recs) if k not in used]
    for q in fa:
        print(f'false\t{q[0]}\t{q[3]}\t{q[4]}')
    n = len(want)
    print(f'deadline rows {n}, records {len(recs)}: detected {det}/{n} = {det / n:.2f}, '
          f'false alarms {len(fa)}/{len(recs)} = {len(fa) / max(len(recs), 1):.2f}, '
          f'exact date {exact}/{det} = {exact / max(det, 1):.2f}')


main()
