"""Every span a record carries slices the original file to its text.

usage: spans.py ZHENGCE PATH...   (files or directories). For each record of `zhengce extract`
on the PATHs: `span` gives `text`; `sentence_span` gives `sentence`, and `actor_span`,
`indicator_span`, `task_span`, `mechanism_span` and `condition_span` give their parts (the
sentence and the actor drop their line breaks, as the writer does; the other parts keep
them), both by
char (code points of the decoded file) and by byte (of the file on disk). And the CSV carries
the same spans in its flattened columns. Prints "N passed, N failed".
"""
import csv
import io
import json
import os
import subprocess
import sys

zc, paths = sys.argv[1], sys.argv[2:]
codecs = {"UTF-8": "utf-8-sig", "GB18030": "gb18030", "Big5-HKSCS": "big5hkscs",
          "UTF-16LE": "utf-16-le", "UTF-16BE": "utf-16-be"}
files = []
for p in paths:
    if os.path.isdir(p):
        files += sorted(os.path.join(d, f) for d, _, fs in os.walk(p) for f in fs
                        if f.endswith(".txt"))
    else:
        files.append(p)
passed = failed = 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        if failed <= 20:
            print("FAIL", what)


enc = {}
for line in subprocess.run([zc, "detect"] + files, capture_output=True).stdout.decode().splitlines():
    f = line.split("\t")
    if len(f) > 1:
        enc[f[0]] = f[1]
out = subprocess.run([zc, "extract", "--quiet", "-j", "2", "--files-from", "-"],
                     input="\n".join(files).encode(), capture_output=True).stdout.decode()
csv_out = subprocess.run([zc, "extract", "--quiet", "-j", "2", "--format", "csv", "--files-from",
                          "-"], input="\n".join(files).encode(), capture_output=True).stdout
rows = list(csv.DictReader(io.StringIO(csv_out.decode("utf-8"), newline="")))
texts = {}
flat = lambda s: s.replace("\r", "").replace("\n", "")
lines = [json.loads(line) for line in out.splitlines()]
recs = [r for r in lines if r["kind"] != "document"]
# One document line per document in JSON Lines (first of its lines), none in CSV.
docs = [r["doc"] for r in lines if r["kind"] == "document"]
check(len(docs) == len(set(docs)) == len(files),
      "%d document lines for %d documents" % (len(docs), len(files)))
check(all(l["kind"] == "document" for i, l in enumerate(lines)
          if i == 0 or lines[i - 1]["doc"] != l["doc"]), "a document's first line is its metadata")
check(len(rows) == len(recs), "CSV has %d rows for %d records" % (len(rows), len(recs)))
for n, r in enumerate(recs):
    doc = r["doc"]
    if doc not in texts:
        raw = open(doc, "rb").read()
        codec = codecs.get(enc.get(doc), "utf-8-sig")
        texts[doc] = (raw, raw.decode(codec).lstrip("\ufeff"), codec.replace("-sig", ""))
    raw, text, codec = texts[doc]
    parts = [("text", r["text"], r["span"]), ("sentence", r["sentence"], r["sentence_span"]),
             ("actor", r["actor"], r["actor_span"])]
    obj = r[r["kind"]]
    for p in ("indicator", "task", "mechanism", "condition"):
        if p + "_span" in obj:
            parts.append((p, obj[p], obj[p + "_span"]))
    for name, t, sp in parts:
        if t is None:
            check(sp is None, "%s: %s null with a span" % (doc, name))
            continue
        (cs, ce), (bs, be) = sp["char"], sp["byte"]
        f = flat if name in ("sentence", "actor") else (lambda s: s)   # line breaks dropped
        check(f(text[cs:ce]) == t, "%s %s char span: %r != %r" % (doc, name, text[cs:ce], t))
        b = raw[bs:be].decode(codec, "replace")
        check(f(b) == t, "%s %s byte span: %r != %r" % (doc, name, b, t))
        if n < len(rows) and name != "text":
            c = rows[n]
            check(c[name + "_char_start"] == str(cs) and c[name + "_byte_end"] == str(be),
                  "%s %s CSV span columns %s,%s != %d,%d" % (doc, name, c[name + "_char_start"],
                                                             c[name + "_byte_end"], cs, be))
print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
