#!/usr/bin/env python3
"""Whole-document checks of the normalizer on the real texts of the shared corpus.

For each text and each encoding it is re-encoded in (GB18030, UTF-16LE/BE with and without
BOM, UTF-8 with BOM; Big5-HKSCS for the traditional SIGHAN texts), `zhengce decode` and
`zhengce normalize` must equal those of the UTF-8 original, and the offset map must be exact:
for every character of the matching view, the original bytes at its byte span decode to the
decoded characters at its char span, and those characters or their NFKC hold the view
character.

usage: corpus_roundtrip.py ZHENGCE CORPUS_DIR [--quick]
Exit 0 when every check passed; prints "N passed, N failed" at the end.
"""
import os, subprocess, sys, tempfile, unicodedata

zc, corpus = sys.argv[1], sys.argv[2]
quick = "--quick" in sys.argv
passed = failed = 0


def run(*args):
    r = subprocess.run([zc, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if r.returncode != 0:
        raise RuntimeError(f"{' '.join(args)}: exit {r.returncode}: {r.stderr.decode()[:300]}")
    return r.stdout


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {name} {detail}")


def texts():
    simp = [os.path.join(corpus, "seed", "seed.txt")]
    sp = os.path.join(corpus, "speeches")
    simp += sorted(os.path.join(sp, f) for f in os.listdir(sp) if f.endswith(".txt"))
    gr = os.path.join(corpus, "govreports")
    reports = sorted(os.path.join(gr, f) for f in os.listdir(gr) if "政府工作报告" in f)
    simp += reports[:3] if quick else reports
    trad = [os.path.join(corpus, "sighan", f) for f in ("as_test.utf8", "cityu_test.utf8")]
    return simp, trad


def encodings(text, traditional):
    out = [("utf-8-sig", "UTF-8", True), ("gb18030", "GB18030", False),
           ("utf-16-le", "UTF-16LE", False), ("utf-16-be", "UTF-16BE", False),
           ("utf-16-le", "UTF-16LE", True), ("utf-16-be", "UTF-16BE", True)]
    if traditional:
        out.append(("big5hkscs", "Big5-HKSCS", False))
    res = []
    for codec, label, bom in out:
        try:
            data = text.encode(codec)
        except UnicodeEncodeError:
            continue   # a character this encoding lacks: not a fair sample
        if bom and codec.startswith("utf-16"):
            data = (b"\xff\xfe" if codec.endswith("le") else b"\xfe\xff") + data
        res.append((codec, label, bom, data))
    return res


def offsets_exact(name, data, codec, decoded, view_lines):
    bad = 0
    for line in view_lines:
        if not line:
            continue
        f = line.split("\t")
        ch = {"\\n": "\n", "\\t": "\t"}.get(f[2], f[2])
        cs, ce, bs, be = map(int, f[3:7])
        piece = data[bs:be].decode(codec.replace("-sig", ""))
        # The view char is the original, its NFKC (list markers like ① are kept as they are),
        # or a line break or space.
        if piece != decoded[cs:ce] or ch not in piece + unicodedata.normalize("NFKC", piece) + "\n ":
            bad += 1
            if bad <= 3:
                print(f"  {name}: view char {f[1]} {ch!r}: bytes {bs}-{be} give {piece!r},"
                      f" chars {cs}-{ce} are {decoded[cs:ce]!r}")
    return bad == 0


simp, trad = texts()
with tempfile.TemporaryDirectory() as tmp:
    for path in simp + trad:
        base = os.path.basename(path)
        traditional = path in trad
        raw = open(path, "rb").read()
        text = raw.decode("utf-8")
        if text.startswith("\ufeff"):
            text = text[1:]   # the file's own BOM: not part of the text
        if traditional and quick:
            text = text[:20000]
        src = os.path.join(tmp, "ref.txt")
        open(src, "wb").write(text.encode("utf-8"))
        ref_dec = run("decode", src)
        ref_norm = run("normalize", src)
        check(f"{base} utf-8 decode is the text", ref_dec == text.encode("utf-8"))
        for codec, label, bom, data in encodings(text, traditional):
            name = f"{base} {label}{' +BOM' if bom else ''}"
            f = os.path.join(tmp, "x.txt")
            open(f, "wb").write(data)
            det = subprocess.run([zc, "detect", f], stdout=subprocess.PIPE).stdout.decode().split("\t")
            check(f"{name} detect", det[1] == label, f"got {det[1]} ({det[3].strip()})")
            check(f"{name} decode", run("decode", f) == ref_dec)
            check(f"{name} normalize", run("normalize", f) == ref_norm)
            if traditional:
                check(f"{name} normalize --t2s",
                      run("normalize", "--t2s", f) == run("normalize", "--t2s", src))
            lines = run("normalize", "--offsets", f).decode().split("\n")
            check(f"{name} offsets", offsets_exact(name, data, codec, text, lines))
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
