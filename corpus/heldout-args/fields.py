#!/usr/bin/env python3
"""The field errors `zhengce eval` counts but does not list: runs `zhengce extract` on the
documents of each readable gold set, pairs records with gold as eval does (same kind, char
spans overlapping, largest overlap first, one to one; gold located by text + occurrence) and
prints one tab-separated line per actor, indicator (lenient) or deadline.task (lenient)
mismatch: set, field, doc, kind, text, gold, pred, sentence.
Run from the worktree root: python3 corpus/heldout-args/fields.py [SET...]
(sets: dev policies heldout blind2 blind3 blind4 blind5 args; heldout-blind6 is never read)."""
import json, os, subprocess, sys, re, unicodedata
ZC = 'build/src/cli/zhengce'
def letters(s):
    out=[]
    for c in s or '':
        o=ord(c)
        if o<0x80:
            if c.isalnum(): out.append(c)
            continue
        if 0x2000<=o<=0x206F or 0x3000<=o<=0x303F or 0xFF00<=o<=0xFF0F or 0xFF1A<=o<=0xFF20 or 0xFF3B<=o<=0xFF40 or 0xFF5B<=o<=0xFF65: continue
        out.append(c)
    return out
def lenient(a,b):
    x,y=letters(a),letters(b)
    if not x or not y: return len(x)==len(y)
    big,small=(x,y) if len(x)>=len(y) else (y,x)
    sb=''.join(big); ss=''.join(small)
    if ss in sb: return True
    if len(x)<2 or len(y)<2: return False
    used=[False]*len(y); common=0
    for i in range(len(x)-1):
        for j in range(len(y)-1):
            if not used[j] and x[i]==y[j] and x[i+1]==y[j+1]:
                used[j]=True; common+=1; break
    return 2*common/(len(x)-1+len(y)-1)>=0.5
def decode(b):
    for enc in ('utf-8','gb18030'):
        try:
            s=b.decode(enc)
            return s[1:] if s.startswith('\ufeff') else s
        except UnicodeDecodeError: pass
    return b.decode('utf-8','replace')
def main(name, gold, corpus):
    golds=[json.loads(l) for l in open(gold) if l.strip()]
    docs=sorted({g['doc'] for g in golds})
    paths={}
    for root,_,files in os.walk(corpus):
        for f in files:
            if f in docs and f not in paths: paths[f]=os.path.join(root,f)
    plist=[paths[d] for d in docs if d in paths]
    out=subprocess.run([ZC,'extract','--no-meta']+plist,capture_output=True,text=True).stdout
    preds={}
    for l in out.splitlines():
        r=json.loads(l)
        if 'kind' not in r: continue
        preds.setdefault(os.path.basename(r['doc']),[]).append(r)
    for d in docs:
        if d not in paths: continue
        text=decode(open(paths[d],'rb').read())
        gs=[g for g in golds if g['doc']==d]
        ps=preds.get(d,[])
        loc=[]
        for g in gs:
            i=-1
            for _ in range(g.get('occurrence',1)):
                i=text.find(g['text'],i+1)
                if i<0: break
            loc.append((i,i+len(g['text'])) if i>=0 else None)
        pairs=[]
        for gi,g in enumerate(gs):
            if not loc[gi]: continue
            for pi,p in enumerate(ps):
                if p['kind']!=g['kind']: continue
                s=max(loc[gi][0],p['span']['char'][0]); e=min(loc[gi][1],p['span']['char'][1])
                if e>s: pairs.append((-(e-s),gi,pi))
        pairs.sort(); ug=set(); up=set()
        for _,gi,pi in pairs:
            if gi in ug or pi in up: continue
            ug.add(gi); up.add(pi)
            g,p=gs[gi],ps[pi]
            sent=p.get('sentence','').replace('\n','⏎')
            if 'actor' in g:
                ga,pa=g['actor'],p.get('actor')
                ga,pa=[x.replace('\n','⏎') if x else x for x in (ga,pa)]
                if (ga or None)!=(pa or None):
                    print(f"{name}\tACTOR\t{d}\t{g['kind']}\t{g['text']}\tgold={ga}\tpred={pa}\t{sent[:160]}")
            fig='target' if 'target' in g else 'statistic'
            gi_=(g.get(fig) or {}).get('indicator')
            if gi_:
                pi_=(p.get(fig) or {}).get('indicator')
                if not (pi_ and lenient(gi_,pi_)):
                    print(f"{name}\tIND\t{d}\t{g['kind']}\t{g['text']}\tgold={gi_}\tpred={pi_}\t{sent[:160]}")
            gt=(g.get('deadline') or {}).get('task')
            if gt:
                pt=(p.get('deadline') or {}).get('task')
                if not (pt and lenient(gt,pt)):
                    print(f"{name}\tTASK\t{d}\t{g['kind']}\t{g['text']}\tgold={gt}\tpred={pt}\t{sent[:160]}")
SETS=[('dev','../shared/gold/dev.jsonl','../shared/corpus'),
('policies','../shared/gold/policies.jsonl','../shared/corpus/policies'),
('heldout','corpus/gold/heldout.jsonl','corpus/heldout'),
('blind2','corpus/heldout-blind2/gold.jsonl','../shared/corpus/policies'),
('blind3','corpus/heldout-blind3/gold.jsonl','../shared/corpus/policies'),
('blind4','corpus/heldout-blind4/gold.jsonl','../shared/corpus/policies'),
('blind5','corpus/heldout-blind5/gold.jsonl','../shared/corpus/policies'),
('args','corpus/heldout-args/gold.jsonl','../shared/corpus/policies')]
for n,g,c in SETS:
    if len(sys.argv)>1 and n not in sys.argv[1:]: continue
    main(n,g,c)
