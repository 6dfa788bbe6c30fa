#!/usr/bin/env python3
"""gen_samples.py — builds the encoding accuracy test set (tests/enc_accuracy/README.md).

Cuts passages of 8 to 4096 characters, at random character positions, from real Chinese
texts of ../shared/corpus — simplified: the government work reports (govreports/) and the
original GB file of the SIGHAN PKU test set (sighan/pku_test.txt); traditional: the SIGHAN AS
and CityU test sets (sighan/as_test.utf8, sighan/cityu_test.utf8) — and saves each in every
target encoding it can be encoded in. None of these texts went into the frequency model
(dicts/enc/README.md). Standard library only; deterministic for a given seed.

Output: one pack file. Each sample is a header line
    ENCODING<TAB>CHARS<TAB>NBYTES<TAB>NUTF8<LF>
then NBYTES bytes of the encoded sample, then NUTF8 bytes of the expected UTF-8 text. When the
corpus is absent the pack holds the single line "SKIP<LF>".

Usage: gen_samples.py CORPUS_DIR OUT.pack [--seed N] [--scale F] [--strip]
(--scale multiplies the sample counts; --strip removes all whitespace from the texts first.)
"""
import argparse
import glob
import os
import random
import sys

LENGTHS = [8, 16, 32, 64, 128, 512, 4096]
COUNTS = {8: 300, 16: 300, 32: 300, 64: 200, 128: 200, 512: 100, 4096: 30}
# label, python codec, BOM bytes, preferred script ('s', 't' or None for both)
ENCODINGS = [
    ("UTF-8", "utf-8", b"", None),
    ("UTF-8-BOM", "utf-8", b"\xef\xbb\xbf", None),
    ("UTF-16LE", "utf-16-le", b"", None),
    ("UTF-16BE", "utf-16-be", b"", None),
    ("UTF-16LE-BOM", "utf-16-le", b"\xff\xfe", None),
    ("UTF-16BE-BOM", "utf-16-be", b"\xfe\xff", None),
    ("GB18030", "gb18030", b"", None),
    ("GBK", "gbk", b"", None),
    ("GB2312", "gb2312", b"", "s"),
    ("HZ", "hz", b"", "s"),
    ("Big5", "big5", b"", "t"),
    ("Big5-HKSCS", "big5hkscs", b"", "t"),
]


def load(corpus):
    simp, trad = [], []
    for p in sorted(glob.glob(os.path.join(corpus, "govreports", "*.txt"))):
        if "english" in p:
            continue
        with open(p, encoding="utf-8") as f:
            simp.append(f.read())
    with open(os.path.join(corpus, "sighan", "pku_test.txt"), "rb") as f:
        simp.append(f.read().decode("gb18030", errors="replace"))
    for n in ("as_test.utf8", "cityu_test.utf8"):
        with open(os.path.join(corpus, "sighan", n), encoding="utf-8", errors="replace") as f:
            trad.append(f.read())
    clean = lambda t: t.replace("\ufeff", "").replace("\ufffd", "").replace("\r", "")
    return [clean(t) for t in simp], [clean(t) for t in trad]


def cut(rng, texts, n):
    weights = [len(t) for t in texts]
    t = rng.choices(texts, weights)[0]
    if len(t) <= n:
        return t
    i = rng.randrange(0, len(t) - n)
    return t[i:i + n]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=20240601)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--strip", action="store_true", help="remove whitespace from the texts")
    a = ap.parse_args()
    if not os.path.isdir(os.path.join(a.corpus, "sighan")):
        with open(a.out, "wb") as f:
            f.write(b"SKIP\n")
        return
    simp, trad = load(a.corpus)
    if a.strip:
        simp, trad = (["".join(t.split()) for t in ts] for ts in (simp, trad))
    rng = random.Random(a.seed)
    with open(a.out, "wb") as out:
        for label, codec, bom, pref in ENCODINGS:
            for n in LENGTHS:
                for k in range(max(1, int(COUNTS[n] * a.scale))):
                    pools = [simp, trad] if k % 2 == 0 else [trad, simp]
                    if pref == "s":
                        pools = [simp, trad]
                    elif pref == "t":
                        pools = [trad, simp]
                    data = None
                    for pool in pools:
                        for _ in range(60):
                            text = cut(rng, pool, n)
                            if len(text) < n:
                                continue
                            try:
                                data = bom + text.encode(codec)
                            except UnicodeEncodeError:
                                continue
                            # skip passages a strict decoder of the codec would not give back
                            if data[len(bom):].decode(codec) != text:
                                data = None
                                continue
                            break
                        if data is not None:
                            break
                    if data is None:
                        continue
                    utf8 = text.encode("utf-8")
                    out.write(f"{label}\t{n}\t{len(data)}\t{len(utf8)}\n".encode("ascii"))
                    out.write(data)
                    out.write(utf8)


if __name__ == "__main__":
    sys.exit(main())
