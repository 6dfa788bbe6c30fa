#!/usr/bin/env python3
"""The full-text index finds every document that holds a query, as a plain substring scan of
the decoded texts does, compounds included (问责 inside 追责问责, 追责 inside 追责问责), for
every query form of the README: words and sub-words, "phrases", AND, OR, NOT and NEAR; and
(generated corpus) it ranks them as bm25 over the scan's counts ranks them.

usage: recall.py ZHENGCE --generate N            a generated corpus of N documents: the
                                                 index must give exactly the scan's documents
       recall.py ZHENGCE PATH...                 real documents (slow suite): every document
                                                 the scan finds is found (the index may find
                                                 more: it reads through line breaks and
                                                 traditional characters)
Exit 0 when every check holds, 1 otherwise; 77 (skip) when the PATHs are absent.
"""
import math
import os
import random
import re
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

# The other query forms, each with its scan: a predicate on a decoded text.
FORMS = [
    ('"追责 问责"', lambda t: "追责问责" in t),
    ('"一票否决"', lambda t: "一票否决" in t),
    ("问责 AND 整改", lambda t: "问责" in t and "整改" in t),
    ("考核 OR 监督", lambda t: "考核" in t or "监督" in t),
    ("问 NOT 问责", lambda t: "问" in t and "问责" not in t),
    ("责任 NOT 责任追究", lambda t: "责任" in t and "责任追究" not in t),
]
# NEAR(a b, n): at most n positions between the two (either order); scanned over positions.
NEARS = [("问题", "整改", 0), ("问题", "整改", 4), ("整改", "追责", 4), ("整改", "追责", 5),
         ("考核", "政府", 5)]
UNIT = re.compile(r"[0-9][0-9.,%]*|[\u3400-\u9fff]")   # the positions of generated texts


def near(units, a, b, n):
    def starts(p):
        k = len(p)
        return [i for i in range(len(units) - k + 1) if units[i:i + k] == list(p)]
    return any(0 <= j - (i + len(x)) <= n
               for x, y in ((a, b), (b, a)) for i in starts(x) for j in starts(y))


def bm25(units, q, nrow, nhit, avgdl):
    """FTS5's bm25 (k1 1.2, b 0.75) of a one-phrase query, from the scan's count."""
    k = len(q)
    f = sum(1 for i in range(len(units) - k + 1) if units[i:i + k] == list(q))
    idf = math.log((nrow - nhit + 0.5) / (nhit + 0.5))
    idf = idf if idf > 0 else 1e-6
    return idf * f * 2.2 / (f + 1.2 * (0.25 + 0.75 * len(units) / avgdl))


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


def search(zc, db, q):
    out = subprocess.run([zc, "search", "-n", "100000", db, q], capture_output=True,
                         check=True).stdout.decode("utf-8")
    return [line.split("\t")[0] for line in out.splitlines()]


def check_forms(zc, db, texts):
    """The query forms besides plain ones, and the bm25 order (generated corpus only)."""
    fails = 0
    units = {p: UNIT.findall(t) for p, t in texts.items()}
    cases = [(q, {p for p, t in texts.items() if ok(t)}) for q, ok in FORMS]
    cases += [("NEAR(%s %s, %d)" % (a, b, n), {p for p, u in units.items() if near(u, a, b, n)})
              for a, b, n in NEARS]
    for q, want in cases:
        got = search(zc, db, q)
        print("%-20s scan %4d  index %4d" % (q, len(want), len(got)))
        if set(got) != want or len(got) != len(set(got)) or not want:
            print("  FAIL %s: missed %s extra %s" % (q, sorted(want - set(got))[:3],
                                                      sorted(set(got) - want)[:3]))
            fails += 1
    avgdl = sum(len(u) for u in units.values()) / len(units)
    for q in QUERIES:
        got = search(zc, db, q)
        s = [bm25(units[p], q, len(units), len(got), avgdl) for p in got]
        if any(s[i] < s[i + 1] * (1 - 1e-9) for i in range(len(s) - 1)):
            print("  FAIL %s: not in bm25 order of the scan's counts: %s" % (q, s[:8]))
            fails += 1
    print("%d query forms failed, bm25 order checked on %d queries" % (fails, len(QUERIES)))
    return fails


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
        got = search(zc, db, q)
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
    if exact:
        fails += check_forms(zc, db, texts)
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
