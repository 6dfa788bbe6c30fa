#!/usr/bin/env python3
"""build_charfreq.py — builds dicts/enc/charfreq.tsv, the character frequency model of Chinese
used by the encoding detector (src/text/detect.c, compiled by src/tools/dictc_enc.c).

Sources (see README.md in this folder):
  * Han characters: the word frequencies of jieba's dictionary (Debian python3-jieba,
    /usr/lib/python3/dist-packages/jieba/dict.txt, MIT): every word adds its frequency to each
    of its characters. Each word is also converted to traditional script with ICU's
    Simplified-Traditional transliterator (`uconv -x Hans-Hant`) and the characters that
    change add the same frequency, so the model knows 國/發/說 as well as 国/发/说.
  * Everything else (punctuation, digits, Latin, spaces, newlines): counted in the running
    text of ../shared/corpus/speeches/*.txt and seed/seed.txt, scaled so that its share of
    the total matches its share in those texts. Traditional-only punctuation (「」『』) takes
    the counts of the corresponding curly quotes; fullwidth forms of ASCII punctuation take
    the counts of the halfwidth ones (a quarter for digits and letters). Latin letters,
    fullwidth forms, CJK, vertical and small-form punctuation and common symbols
    (℃ ○ ● ─ ·) get at least the count of the character at a fixed rank (1500, 2500,
    3000), so that abbreviations and symbols do not make real text look like a wrong decoding.
The evaluation (tests/enc_accuracy) uses govreports and the SIGHAN test files, not these.

Usage: python3 build_charfreq.py JIEBA_DICT CORPUS_DIR > charfreq.tsv
"""
import collections
import glob
import os
import subprocess
import sys
import tempfile


def is_han(c):
    o = ord(c)
    return (0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF
            or 0x20000 <= o <= 0x3FFFF)


def main():
    jieba, corpus = sys.argv[1], sys.argv[2]
    han = collections.Counter()
    words, freqs = [], []
    with open(jieba, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) < 2:
                continue
            w, n = parts[0], int(parts[1])
            words.append(w)
            freqs.append(n)
            for c in w:
                if is_han(c):
                    han[c] += n
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as t:
        t.write("\n".join(words) + "\n")
        tmp = t.name
    try:
        out = subprocess.run(["uconv", "-f", "utf-8", "-t", "utf-8", "-x", "Hans-Hant", tmp],
                             check=True, capture_output=True).stdout.decode("utf-8")
    finally:
        os.unlink(tmp)
    trad = out.split("\n")
    if len(trad) < len(words):
        sys.exit("uconv returned fewer lines than it was given")
    for w, tw, n in zip(words, trad, freqs):
        if len(tw) != len(w):
            continue
        for a, b in zip(w, tw):
            if a != b and is_han(b):
                han[b] += n

    run = collections.Counter()
    files = sorted(glob.glob(os.path.join(corpus, "speeches", "*.txt")))
    files.append(os.path.join(corpus, "seed", "seed.txt"))
    for p in files:
        with open(p, encoding="utf-8") as f:
            run.update(f.read())
    run_han = sum(n for c, n in run.items() if is_han(c))
    scale = sum(han.values()) / max(run_han, 1)
    other = {c: n * scale for c, n in run.items() if not is_han(c) and c != "\ufeff"}
    # The speeches use halfwidth punctuation; policy files as often use the fullwidth forms.
    for o in range(0x21, 0x7F):
        a, b = chr(o), chr(o + 0xFEE0)
        w = 0.25 if a.isalnum() else 1.0
        other[b] = max(other.get(b, 0), other.get(a, 0) * w)
    for a, b in (("\u201c", "\u300c"), ("\u201d", "\u300d"), ("\u2018", "\u300e"),
                 ("\u2019", "\u300f")):
        other[b] = max(other.get(b, 0), other.get(a, 0))

    # Floors by class, for characters Chinese files use that the speeches happen to lack:
    # Latin letters (abbreviations), fullwidth forms, CJK and vertical/small punctuation,
    # common symbols. Each class gets at least the count of the character of a given rank.
    ranked = sorted(list(han.values()) + list(other.values()), reverse=True)
    floors = [
        (ranked[1500], [range(0x41, 0x5B), range(0x61, 0x7B)]),
        (ranked[2500], [range(0xFF10, 0xFF1A), range(0xFF21, 0xFF3B), range(0xFF41, 0xFF5B)]),
        (ranked[3000], [range(0x3000, 0x3040), range(0xFE30, 0xFE70), range(0x2010, 0x2028),
                        range(0x2030, 0x203C), range(0x2100, 0x2123), range(0x2160, 0x216C),
                        range(0x2460, 0x2474), range(0x2500, 0x2550), range(0x25A0, 0x25D0),
                        range(0x2605, 0x2607), [0xB7, 0xD7, 0xF7, 0xB0, 0xA7]]),
    ]
    for n, ranges in floors:
        for r in ranges:
            for o in r:
                other[chr(o)] = max(other.get(chr(o), 0), n)

    total = dict(han)
    for c, n in other.items():
        total[c] = total.get(c, 0) + n
    print("# charfreq.tsv — character frequencies of Chinese (simplified and traditional) for")
    print("# the encoding detector. Built by build_charfreq.py; see README.md. Columns:")
    print("# code point (hex), count (integer, relative), the character (for reading only).")
    for c, n in sorted(total.items(), key=lambda kv: (-kv[1], ord(kv[0]))):
        n = int(round(n))
        if n < 1:
            continue
        shown = c if c.isprintable() and c not in " \t" else ""
        print(f"{ord(c):04X}\t{n}\t{shown}")


if __name__ == "__main__":
    main()
