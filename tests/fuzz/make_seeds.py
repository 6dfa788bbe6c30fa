#!/usr/bin/env python3
"""Writes the seed inputs of the fuzz targets into tests/fuzz/corpus/<target>/.

    tests/fuzz/make_seeds.py [BUILD_DICTS]

Seeds are short passages written for this purpose (not taken from the corpus) saved in
every encoding zhengce reads, plus edge cases (empty, BOM only, invalid and truncated
sequences, binary signatures). The image seeds are the built fold.zcd and charfreq.zcd of
BUILD_DICTS (default: build/dicts), a small words.zcd compiled by the build's dictc from a
few words (the real one is 17 MB) and a few cut or corrupted headers. Files are named
seed-*; inputs the fuzzer found are kept beside them under other names and left alone.
"""
import os
import struct
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

PASSAGES = {
    "deadline": "各地区各部门要在2021年6月30日前完成清理工作,逾期未完成的予以通报。",
    "target": "到2025年,单位国内生产总值能耗降低13.5%,城镇新增就业1100万人以上。",
    "enforce": "对弄虚作假的,依法依规追究有关人员责任,并处五万元以上十万元以下罚款。",
    "struct": "一、总体要求\n(一)指导思想。坚持稳中求进工作总基调。\n二、主要目标\n"
              "全年城镇调查失业率5.5%左右;一是稳就业,二是保民生。\n",
    "mixed": "ＧＤＰ增长６％左右,ＣＰＩ涨幅３％。PM2.5浓度下降10%。\r\n第三季度末前上报。",
    "boiler": "首页 > 政策 > 文件\n【打印本页】【关闭窗口】\n各单位应当于每月5日前报送数据。\n",
}
TRADITIONAL = "兩岸經濟合作架構協議自簽署之日起生效,各機關應於三個月內完成。"

ENCODINGS = [("utf8", "utf-8"), ("utf8bom", "utf-8-sig"), ("gb18030", "gb18030"),
             ("utf16le", "utf-16-le"), ("utf16be", "utf-16-be"), ("hz", "hz")]


def encodings_of(text, big5=False):
    out = {}
    for name, codec in ENCODINGS:
        try:
            out[name] = text.encode(codec)
        except UnicodeEncodeError:
            pass
    if "utf16le" in out:
        out["utf16lebom"] = b"\xff\xfe" + out["utf16le"]
    if big5:
        out["big5"] = text.encode("big5hkscs")
    return out


def text_inputs():
    """(name, bytes) of documents in every encoding, and edge cases."""
    items = []
    for key, text in PASSAGES.items():
        for enc, data in encodings_of(text).items():
            items.append((f"{key}-{enc}", data))
    for enc, data in encodings_of(TRADITIONAL, big5=True).items():
        items.append((f"trad-{enc}", data))
    gbk = PASSAGES["deadline"].encode("gb18030")
    items += [
        ("empty", b""),
        ("bom-only", b"\xef\xbb\xbf"),
        ("utf8-invalid", PASSAGES["target"].encode()[:20] + b"\xff\xc0\xaf" +
         PASSAGES["target"].encode()[20:]),
        ("utf8-truncated", PASSAGES["target"].encode()[:-1]),
        ("gbk-invalid", gbk[:10] + b"\x81\x20" + gbk[10:]),
        ("gb18030-4byte", "㐀䶵€".encode("gb18030")),
        ("utf16-odd", PASSAGES["target"].encode("utf-16-le") + b"\x00"),
        ("utf16-lone-surrogate", b"\xff\xfe" + "发展".encode("utf-16-le") + b"\x00\xd8"),
        ("hz-bad-escape", b"~{<:Ky~x~}"),
        ("png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
        ("nul", b"abc\x00def"),
        ("controls", "表\u200b格\u00a0数据\u3000\x07\x1b[0m\r\n".encode()),
    ]
    return items


def image_inputs(dicts):
    items = []
    for name in ("fold", "charfreq"):   # no .zcd suffix: .gitignore has *.zcd
        with open(os.path.join(dicts, name + ".zcd"), "rb") as f:
            data = f.read()
        items.append((name + "-image", data))
        items.append((name + "-image-cut", data[:4096]))
    items.append(("words-image-small", small_words(dicts)))
    hdr = b"ZCDIMG\0\0" + struct.pack("<4I", 1, 0x444C4F46, 1, 0)   # FOLD, 1 section
    items.append(("bad-section", hdr + struct.pack("<Q", 72) +
                  struct.pack("<IIQQ", 1, 0, 1 << 40, 8) + bytes(8)))
    items.append(("header-only", b"ZCDIMG\0\0" + struct.pack("<4IQ", 1, 0x51524643, 0, 0, 32)))
    return items


def small_words(dicts):
    """A words image of a dozen words, compiled like dicts/meson.build does the real one."""
    dictc = os.path.join(dicts, "..", "src", "tools", "dictc")
    seg = os.path.join(HERE, "..", "..", "dicts", "seg")
    words = ("发展 5000 vn\n经济 4000 n\n经济发展 300 n\n国内 3000 s\n生产 3000 vn\n"
             "总值 200 n\n国内生产总值 150 n\n完成 2500 v\n工作 6000 vn\n治理 800 vn\n"
             "方案 1200 n\n提出 1500 v\n在 90000 p\n年 20000 m\n")
    with tempfile.TemporaryDirectory() as tmp:
        base = os.path.join(tmp, "dict.txt")
        empty = os.path.join(tmp, "empty.tsv")
        out = os.path.join(tmp, "words.zcd")
        with open(base, "w", encoding="utf-8") as f:
            f.write(words)
        with open(empty, "w", encoding="utf-8") as f:
            f.write("# none\n")
        subprocess.run([dictc, "words", base, empty, empty, os.path.join(seg, "chars.tsv"),
                        "-o", out], check=True)
        with open(out, "rb") as f:
            return f.read()


def write(target, items):
    d = os.path.join(HERE, "corpus", target)
    os.makedirs(d, exist_ok=True)
    for name, data in items:
        with open(os.path.join(d, "seed-" + name), "wb") as f:
            f.write(data)


def main():
    dicts = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "build", "dicts")
    texts = text_inputs()
    write("detect_decode", texts)
    # normalize and extract take an option byte first: 0 (defaults), 1 (t2s), 2 (keep
    # boilerplate), 4 (lossy), 8 (a document date, extract only).
    write("normalize", [(n, bytes([0]) + d) for n, d in texts])
    write("normalize", [(n + "-t2s-lossy", bytes([5]) + d) for n, d in texts
                        if n.startswith(("trad", "boiler", "utf8-invalid"))])
    write("normalize", [("boiler-keep", bytes([2]) + PASSAGES["boiler"].encode()),
                        ("forced-gb18030", bytes([4 << 3]) + PASSAGES["struct"].encode("gb18030"))])
    ext = [(n, bytes([8]) + d) for n, d in texts if n.endswith(("-utf8", "-gb18030", "-big5"))]
    ext += [("all-utf8", bytes([8]) + "".join(PASSAGES.values()).encode()),
            ("trad-t2s", bytes([9]) + TRADITIONAL.encode()),
            ("invalid-lossy", bytes([4]) + texts[0][1][:7] + b"\xff" + texts[0][1][7:])]
    write("extract", ext)
    # segment takes a stop count first (0: never stop)
    seg = [(n, bytes([0]) + d) for n, d in texts if n.endswith("-utf8") or "invalid" in n]
    seg += [("stop3", bytes([3]) + PASSAGES["struct"].encode()),
            ("user-words", bytes([0]) + "坚持稳中求进,深化放管服改革,推进一带一路和十四五规划,"
             "王小明说PM2.5下降。".encode())]
    write("segment", seg)
    write("image", image_inputs(dicts))


if __name__ == "__main__":
    main()
