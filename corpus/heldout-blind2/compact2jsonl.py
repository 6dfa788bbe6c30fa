#!/usr/bin/env python3
"""Turns the hand-written compact annotation (annotation.ann) into gold JSON Lines.

Lines: `# doc NNNN.txt` starts a document; records follow in document order as
fields separated by ' | ':
  S | text | indicator | value | unit | approx(0/1)
  T | text | indicator | comparator | value | unit | approx(0/1)
  D | text | date | relation | recurrence | task
  E | text | mechanism | category | condition   (category `-`: the key is left out)
then optional key=value fields: modality, actor, note, value_max, duration, amount (JSON),
in (a context string that contains text: the text is found inside it), occ (explicit
occurrence), cell=1 (a table cell: text is a whole line). `-` stands for null. Without occ, a record's occurrence is the first one at or
after the start of the previous record of the document (records are listed in order)."""
import json, sys

def num(s):
    if s == '-': return None
    v = float(s)
    return int(v) if v.is_integer() else v

def nul(s):
    return None if s == '-' else s

def main(src, corpus, out):
    rows, doc, text, cursor, prev = [], None, None, 0, None
    for ln, line in enumerate(open(src, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('//'):
            continue
        if line.startswith('# doc '):
            doc = line[6:].strip()
            text = open(f'{corpus}/{doc}', encoding='utf-8').read()
            cursor = 0
            continue
        parts = [p.strip() for p in line.split(' | ')]
        opts = {}
        while parts and '=' in parts[-1] and parts[-1].split('=', 1)[0] in (
                'modality', 'actor', 'note', 'value_max', 'duration', 'amount', 'in', 'occ', 'cell'):
            k, v = parts.pop().split('=', 1)
            opts[k] = v
        k, t = parts[0], parts[1]
        if 'occ' in opts:
            occ = int(opts['occ'])
            pos = -1
            for _ in range(occ):
                pos = text.find(t, pos + 1)
        else:
            if 'in' in opts:
                c = text.find(opts['in'], cursor)
                if c < 0: sys.exit(f'{src}:{ln}: context {opts["in"]!r} not found')
                pos = text.find(t, c)
            elif 'cell' in opts:   # a table cell: the text is a whole line
                pos = text.find('\n' + t + '\n', cursor + (1 if t == prev else 0))
                pos = pos + 1 if pos >= 0 else pos
            else:
                pos = text.find(t, cursor)
                if pos == cursor and t == prev:   # the same text twice in a row: the next one
                    pos = text.find(t, cursor + 1)
            if pos < 0: sys.exit(f'{src}:{ln}: {t!r} not found after {cursor}')
            occ = sum(1 for i in range(pos) if text.startswith(t, i)) + 1
        if pos < 0: sys.exit(f'{src}:{ln}: {t!r} occurrence {occ} not found')
        cursor, prev = pos, t
        r = {'doc': doc, 'kind': {'S': 'statistic', 'T': 'target', 'D': 'deadline',
                                   'E': 'enforcement'}[k], 'text': t, 'occurrence': occ}
        f = parts[2:]
        if k == 'S':
            d = {'indicator': nul(f[0]), 'value': num(f[1]), 'unit': nul(f[2]), 'approx': f[3] == '1'}
            if 'value_max' in opts: d['value_max'] = num(opts['value_max'])
            r['statistic'] = d
        elif k == 'T':
            d = {'indicator': nul(f[0]), 'comparator': f[1], 'value': num(f[2]),
                 'unit': nul(f[3]), 'approx': f[4] == '1'}
            r['target'] = d
        elif k == 'D':
            d = {'date': nul(f[0]), 'relation': f[1], 'recurrence': nul(f[2]), 'task': nul(f[3])}
            if 'duration' in opts: d['duration'] = opts['duration']
            r['deadline'] = d
        else:
            d = {'mechanism': nul(f[0]), 'category': nul(f[1]), 'condition': nul(f[2]) if len(f) > 2 else None}
            if d['category'] is None:   # no category: left out, not scored (as a bare 严惩 in dev.jsonl)
                del d['category']
            if 'amount' in opts: d['amount'] = json.loads(opts['amount'])
            r['enforcement'] = d
        for key in ('modality', 'actor', 'note'):
            if key in opts: r[key] = nul(opts[key]) if key != 'note' else opts[key]
        rows.append(r)
    with open(out, 'w', encoding='utf-8') as o:
        for r in rows:
            o.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(f'{len(rows)} rows', file=sys.stderr)

if __name__ == '__main__':
    main(*sys.argv[1:4])
