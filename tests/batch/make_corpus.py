#!/usr/bin/env python3
"""Builds a directory of about 1,000 documents from the real texts beside the checkout, for the
batch tests: the government work reports cut into pieces and the speeches, in mixed encodings
(UTF-8 with and without BOM, GB18030, UTF-16LE with BOM, UTF-16BE without), the traditional
SIGHAN texts in Big5-HKSCS, and the bad inputs a batch job meets: an empty file, a binary
file, a file with invalid bytes, a file without line breaks (--big MB of it), a dangling
symlink (unreadable), and a symlink loop.

usage: make_corpus.py CORPUS_DIR OUT_DIR [--big MB] [--no-bad]
Prints the bad inputs' paths, one per line, to standard output.
"""
import os, sys

corpus, out = sys.argv[1], sys.argv[2]
big = int(sys.argv[sys.argv.index("--big") + 1]) if "--big" in sys.argv else 0
bad = "--no-bad" not in sys.argv
os.makedirs(out, exist_ok=True)
encs = [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("gb18030", b""),
        ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"")]
n = 0


def write(sub, name, text, k):
    global n
    codec, bom = encs[k % len(encs)]
    d = os.path.join(out, sub)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(bom + text.encode(codec))
    n += 1


gr = os.path.join(corpus, "govreports")
for fn in sorted(os.listdir(gr)):
    if "政府工作报告" not in fn:
        continue
    lines = open(os.path.join(gr, fn), encoding="utf-8").read().split("\n")
    piece, part = [], 0
    for line in lines:
        piece.append(line)
        if sum(len(x) for x in piece) > 950:
            write("reports/" + fn[:4], f"{part:03d}.txt", "\n".join(piece) + "\n", n)
            piece, part = [], part + 1
    if piece:
        write("reports/" + fn[:4], f"{part:03d}.txt", "\n".join(piece) + "\n", n)
sp = os.path.join(corpus, "speeches")
for fn in sorted(f for f in os.listdir(sp) if f.endswith(".txt")):
    write("speeches", fn, open(os.path.join(sp, fn), encoding="utf-8").read(), n)
for fn in ("as_test.utf8", "cityu_test.utf8"):
    text = open(os.path.join(corpus, "sighan", fn), encoding="utf-8-sig").read()[:3000]
    d = os.path.join(out, "traditional")
    os.makedirs(d, exist_ok=True)
    try:
        data = text.encode("big5hkscs")
    except UnicodeEncodeError:
        continue
    open(os.path.join(d, fn.replace(".utf8", ".txt")), "wb").write(data)
if bad:
    d = os.path.join(out, "bad")
    os.makedirs(d, exist_ok=True)
    open(os.path.join(d, "empty.txt"), "wb").close()
    open(os.path.join(d, "image.png"), "wb").write(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(64))
    open(os.path.join(d, "invalid.txt"), "wb").write(
        "各乡镇要按时上报。".encode("utf-8") + b"\xff\xfe\xfd" + "严禁弄虚作假。".encode("utf-8"))
    os.symlink("no-such-file.txt", os.path.join(d, "unreadable.txt"))
    os.symlink("..", os.path.join(d, "loop"))
    print(os.path.join(d, "image.png"))
    print(os.path.join(d, "invalid.txt"))
    print(os.path.join(d, "unreadable.txt"))
    print(os.path.join(d, "loop"))
    if big:
        unit = open(os.path.join(gr, "2016政府工作报告_李克强.txt"), encoding="utf-8").read()
        unit = unit.replace("\n", "").encode("utf-8")
        with open(os.path.join(d, "no-line-breaks.txt"), "wb") as f:
            for _ in range(big * 1000000 // len(unit) + 1):
                f.write(unit)
print(f"{n} documents", file=sys.stderr)
