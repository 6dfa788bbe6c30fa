#!/usr/bin/env python3
"""Calibration experiment: leave-one-batch-out logistic model over the rules' candidates.
Prints aggregate figures only (blind batches: never their text).

usage: calibrate.py [REPO]   REPO: the checkout whose build and corpus are scored; default the
repository holding this file (corpus/learned, two levels down).
env: ZC_SHARED  the shared data (corpus/policies); default the repository top's sibling ../shared
     ZC_BUILD   the meson build directory, absolute or relative to REPO; default build
     ZC_CACHE   where the candidates of every batch are written (ZC_CACHE/calib); default a
                fresh temporary directory; it holds blind records: delete it after the run
     EXTRA      read sets as extra training: name=gold:dir,... (a name must not start
                with b: such names are the blind folds)
     READONLY=1 train on the EXTRA sets only; CTX=0 no context features; W context width (6)
"""
import json, os, re, subprocess, sys, math, random, collections, tempfile
TOP = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
R = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else TOP
B = os.environ.get('ZC_BUILD') or 'build'
Z = os.path.join(R, B, 'src', 'cli', 'zhengce')
env = dict(os.environ, ZHENGCE_DICTDIR=os.path.join(R, B, 'dicts'))
SHARED = os.path.abspath(os.environ.get('ZC_SHARED') or os.path.join(TOP, '..', 'shared'))
P = f'{SHARED}/corpus/policies'
TMP = (os.path.join(os.environ['ZC_CACHE'], 'calib') if os.environ.get('ZC_CACHE')
       else tempfile.mkdtemp(prefix='calib-'))
os.makedirs(TMP, exist_ok=True)
BATCHES = [(f'b{n}', f'{R}/corpus/heldout-blind{n}/gold.jsonl', P) for n in (6, 7, 8, 9)] + \
          [('b10', f'{R}/corpus/heldout-blind10/gold.jsonl', f'{R}/corpus/laws')]
EXTRA = os.environ.get('EXTRA', '')  # read sets as extra training: name=gold:dir,...
for spec in filter(None, EXTRA.split(',')):
    n, rest = spec.split('='); g, d = rest.split(':'); BATCHES.append((n, g, d))
TABLE_KIND = {'decide-enforcement': 'enforcement', 'decide-deadline': 'deadline',
              'decide-statistic': 'statistic'}

def run(name, gold, cdir):
    docs = sorted({json.loads(l)['doc'] for l in open(gold) if l.strip()})
    pred = f'{TMP}/{name}.jsonl'
    with open(pred, 'w') as f:
        subprocess.run([Z, 'extract', '--explain', '--quiet'] + [f'{cdir}/{os.path.basename(d)}' for d in docs],
                       stdout=f, stderr=subprocess.DEVNULL, env=env)
    out = subprocess.run([Z, 'eval', '--gold', gold, '--pred', pred, '--verbose', cdir],
                         capture_output=True, text=True, env=env).stdout
    spur, miss = set(), collections.defaultdict(list)
    for l in out.splitlines():
        p = l.split('\t')
        if p[0] == 'SPURIOUS':
            a, b = map(int, re.findall(r'\d+', p[4])); spur.add((os.path.basename(p[1]), p[2], a, b))
        elif p[0] == 'MISS':
            a, b = map(int, re.findall(r'\d+', p[4])); miss[(os.path.basename(p[1]), p[2])].append((a, b))
    ngold = collections.Counter(json.loads(l)['kind'] for l in open(gold) if l.strip())
    ex, genre = [], {}
    for l in open(pred):
        r = json.loads(l); doc = os.path.basename(r['doc'])
        if r['kind'] == 'document':
            genre[doc] = ((r.get('doc_type') or {}).get('genre') or 'none'); continue
        ch = r['span']['char']; rows = r.get('explain', [])
        if r['kind'] == 'rejected':
            if not rows: continue
            kind = TABLE_KIND.get(rows[-1]['table'])
            if not kind: continue
            pos = any(a < ch[1] and ch[0] < b for a, b in miss.get((doc, kind), []))
            acc = 0
        else:
            kind = r['kind']; acc = 1
            pos = (doc, kind, ch[0], ch[1]) not in spur
        f = feats(r, kind, acc, rows, genre.get(doc, 'none')) + ctx(cdir, doc, ch)
        ex.append((f, int(pos), acc, kind))
    tp = sum(1 for e in ex if e[2] and e[1]); fp = sum(1 for e in ex if e[2] and not e[1])
    return ex, tp, fp, sum(ngold.values())

_txt = {}
def ctx(cdir, doc, ch):
    if os.environ.get('CTX', '1') == '0': return []
    if doc not in _txt:
        b = open(f'{cdir}/{doc}', 'rb').read()
        for enc in ('utf-8-sig', 'gb18030', 'utf-16'):
            try: _txt[doc] = b.decode(enc); break
            except Exception: pass
    t = _txt[doc]; W = int(os.environ.get('W', '6'))
    L = t[max(0, ch[0] - W):ch[0]]; Rr = t[ch[1]:ch[1] + W]
    f = [f'L2={L[i:i+2]}' for i in range(len(L) - 1)] + [f'R2={Rr[i:i+2]}' for i in range(len(Rr) - 1)]
    f += [f'L1={c}' for c in L] + [f'R1={c}' for c in Rr]
    return f

def feats(r, kind, acc, rows, genre):
    f = [f'acc={acc}', f'k={kind}', f'k={kind}|acc={acc}', f'g={genre}|k={kind}|acc={acc}']
    if rows:
        last = rows[-1]; f.append(f'last={last["table"]}:{last["row"]}')
        f.append(f'last={last["table"]}:{last["row"]}|g={genre}')
        for x in rows: f.append(f'row={x["table"]}:{x["row"]}')
    t = r.get('text', '')
    if kind == 'enforcement':
        f.append(f'cue={t}|acc={acc}')
        e = r.get('enforcement') or {}
        if e.get('category'): f.append(f'cat={e["category"]}')
    f.append(f'mod={r.get("modality")}|k={kind}')
    f.append(f'actor={r.get("actor") is not None}|k={kind}')
    f.append(f'len={min(len(t), 8)}|k={kind}')
    return f

def train(exs, l2=1.0, epochs=30, seed=1):
    w = collections.defaultdict(float); rnd = random.Random(seed); exs = list(exs); n = len(exs)
    lr = 0.1
    for ep in range(epochs):
        rnd.shuffle(exs)
        for f, y, *_ in exs:
            z = sum(w[k] for k in f); p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            g = p - y
            for k in f: w[k] -= lr * (g + l2 * w[k] / n)
        lr *= 0.9
    return w

def score(w, f):
    z = sum(w.get(k, 0.0) for k in f); return 1 / (1 + math.exp(-max(-30, min(30, z))))

def f1(tp, fp, ngold):
    p = tp / (tp + fp) if tp + fp else 0; r = tp / ngold if ngold else 0
    return 2 * p * r / (p + r) if p + r else 0

data = {n: run(n, g, d) for n, g, d in BATCHES}
blind = [n for n, *_ in BATCHES if n.startswith('b')]
for th in (0.5, 0.4, 0.3):
  for mode in ('drop', 'both'):
    line = []
    for held in blind:
        tr = [e for n in data if n != held and not (os.environ.get('READONLY') and n in blind) for e in data[n][0]]
        w = train(tr)
        ex, tp0, fp0, ng = data[held]
        tp, fp = tp0, fp0
        for f, y, acc, kind in ex:
            s = score(w, f)
            if acc and s < th:
                if y: tp -= 1
                else: fp -= 1
            if mode == 'both' and not acc and s >= 1 - th:
                if y: tp += 1
                else: fp += 1
        line.append(f'{held} {f1(tp0, fp0, ng):.3f}->{f1(tp, fp, ng):.3f}')
    print(f'th {th} {mode}: ' + ' | '.join(line), flush=True)
