#!/usr/bin/env python3
"""The full-text index finds every document that holds a query, as a plain substring scan of
the decoded texts does, compounds included (问责 inside 追责问责, 追责 inside 追责问责).

usage: recall.py ZHENGCE --generate N            a generated corpus of N documents: the
                                                 index must give exactly the scan's documents
       recall.py ZHENGCE PATH...                 real documents (slow suite): every document
                                                 the scan finds is found (the index may find
                                                 more: it reads through line breaks and
                                                 traditional characters)
Exit 0 when every check holds, 1 otherwise; 77 (skip) when the PATHs are absent.
"""
import os
import random
import subprocess
import sys
import tempfile

# Queries: words, compounds and their parts, single characters, a phrase across words.
QUERIES = ["问责", "追责", "追责问责", "责任", "责任追究", "整改", "考核", "一票否决", "监督",
           "检查", "年", "政府", "问", "严肃", "发展", "完成整改", "依法", "处理"]

# Generated documents are made of these clauses, so every query occurs in some documents,
# inside other words in some and alone in others.
CLAUSES = ["要严格追责问责", "对失职人员严肃问责", "实行一票否决", "层层落实责任", "开展监督检查",
           "限期完成整改", "纳入年度考核", "依法依规处理", "推动经济发展", "市政府召开会议",
           "问题整改不到位的要追责", "责任追究制度", "加强安全生产", "各乡镇政府负总责",
           "问计于民", "做好年终总结", "2010年增长15%", "督查组发现问题"]


def generate(root, n):
    rnd = random.Random(20261202)
    paths = []
    for i in range(n):
        sents = ["".join(rnd.sample(CLAUSES, rnd.randint(1, 3))) + "。"
                 for _ in range(rnd.randint(1, 6))]
        p = os.path.join(root, "doc%03d.txt" % i)
        with open(p, "w", encoding="utf-8") as f:
            f.write("\n".join(sents) + "\n")
        paths.append(p)
    return paths


def files_under(paths):
    out = []
    for p in paths:
        if os.path.isdir(p):
            for d, _, fs in os.walk(p):
                out += [os.path.join(d, f) for f in fs if f.endswith(".txt")]
        else:
            out.append(p)
    return sorted(out)


def main():
    zc, args = sys.argv[1], sys.argv[2:]
    with tempfile.TemporaryDirectory() as tmp:
        return run(zc, args, tmp)


def run(zc, args, tmp):
    exact = args[0] == "--generate"
    if exact:
        docs = generate(tmp, int(args[1]))
    else:
        if not all(os.path.exists(p) for p in args):
            print("skip: %s absent" % " ".join(args))
            return 77
        docs = files_under(args)
    db = os.path.join(tmp, "archive.db")
    r = subprocess.run([zc, "index", "-q", "-o", db] + docs)
    if r.returncode != 0:
        print("FAIL index exited with %d" % r.returncode)
        return 1
    texts = {}
    for p in docs:
        t = subprocess.run([zc, "decode", p], capture_output=True)
        texts[p] = t.stdout.decode("utf-8")
    fails = 0
    for q in QUERIES:
        want = {p for p, t in texts.items() if q in t}
        out = subprocess.run([zc, "search", "-n", "100000", db, q], capture_output=True,
                             check=True).stdout.decode("utf-8")
        got = [line.split("\t")[0] for line in out.splitlines()]
        missed = want - set(got)
        extra = set(got) - want
        print("%-8s scan %4d  index %4d  missed %d  extra %d" %
              (q, len(want), len(got), len(missed), len(extra)))
        if missed or len(got) != len(set(got)) or (exact and extra):
            fails += 1
            for p in sorted(missed)[:5]:
                print("  FAIL missed %s" % p)
            for p in sorted(extra)[:5] if exact else []:
                print("  FAIL extra %s" % p)
    # The compound case must really be there: documents where 问责 occurs only inside 追责问责.
    if exact and not any("追责问责" in t and "问责" not in t.replace("追责问责", "")
                         for t in texts.values()):
        print("FAIL the generated corpus has no 问责 inside 追责问责 alone")
        fails += 1
    print("%d of %d queries failed" % (fails, len(QUERIES)))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
