# Draws the judged sample of precision-1.tsv from the records of the 28 documents
# (build/src/cli/zhengce extract --no-meta FILES > recs.jsonl, FILES from pick.py),
# 40 records per kind, simple random within each kind, seed fixed.
import json, random, sys
SEED = 20261202
recs = [json.loads(l) for l in open(sys.argv[1])]
out = []
for k in ['target', 'deadline', 'enforcement', 'statistic']:
    rs = [r for r in recs if r['kind'] == k]
    rng = random.Random(f'{SEED}-{k}')
    out += [rs[i] for i in sorted(rng.sample(range(len(rs)), min(40, len(rs))))]
json.dump(out, sys.stdout, ensure_ascii=False)
