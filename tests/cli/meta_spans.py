"""Every span `zhengce meta` writes slices the original file to its text.

usage: meta_spans.py ZHENGCE PATH...   (files or directories; UTF-8 and the encodings the
detector names are decoded with Python's codecs to slice by char). Checks, for every field of
every document: bytes[byte span] decodes to the text and decoded[char span] is the text (line
breaks inside a span are dropped from the text, as the writer drops them). Also that the
JSON holds the documented keys. Prints "N passed, N failed".
"""
import json
import os
import subprocess
import sys

zc = sys.argv[1]
paths = sys.argv[2:]
keys = ["doc", "kind", "title", "issuer", "doc_number", "date_issued", "doc_type", "addressees",
        "cc", "signatory", "speaker", "occasion"]
codecs = {"UTF-8": "utf-8-sig", "GB18030": "gb18030", "Big5-HKSCS": "big5hkscs",
          "UTF-16LE": "utf-16-le", "UTF-16BE": "utf-16-be"}
passed = failed = 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL", what)


files = []
for p in paths:
    if os.path.isdir(p):
        files += sorted(os.path.join(d, f) for d, _, fs in os.walk(p) for f in fs
                        if f.endswith(".txt"))
    else:
        files.append(p)
out = subprocess.run([zc, "meta"] + files, capture_output=True, check=True).stdout
enc = {}
det = subprocess.run([zc, "detect"] + files, capture_output=True).stdout.decode()
for line in det.splitlines():
    f = line.split("\t")
    enc[f[0]] = f[1]
for line in out.decode("utf-8").splitlines():
    r = json.loads(line)
    check(list(r.keys()) == keys, "%s: keys %s" % (r.get("doc"), list(r.keys())))
    raw = open(r["doc"], "rb").read()
    codec = codecs.get(enc.get(r["doc"]), "utf-8")
    text = raw.decode(codec)
    if codec == "utf-8-sig" or text.startswith("\ufeff"):
        text = text.lstrip("\ufeff")
    spans = []
    for k in keys[2:]:
        v = r[k]
        for item in (v if isinstance(v, list) else [v]):
            if isinstance(item, dict):
                spans.append((k, item.get("text", item.get("raw")), item["char"], item["byte"]))
    for k, t, (cs, ce), (bs, be) in spans:
        flat = lambda s: s.replace("\r", "").replace("\n", "")
        check(flat(text[cs:ce]) == t, "%s %s: char span gives %r, text %r" %
              (r["doc"], k, text[cs:ce], t))
        b = raw[bs:be].decode(codec if codec != "utf-8-sig" else "utf-8", "replace")
        check(flat(b) == t, "%s %s: byte span gives %r, text %r" % (r["doc"], k, b, t))
print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
