#!/usr/bin/env python3
"""make_data.py — writes the encoding fixtures of tests/check_enc.c: one short simplified
text (zh.*), one traditional (zh-hant.*) and one with HKSCS characters (zh-hkscs.*), each
saved as UTF-8 and in the encodings that can hold it. Run it in this folder."""
SIMP = "关于进一步加强安全生产工作的通知\n各区县人民政府：要在2024年底前完成整改任务。\n"
GB18030_EXTRA = "吉祥字𠮷与欧元符号€。\n"   # 𠮷 takes a 4-byte GB18030 sequence
TRAD = "關於進一步加強安全生產工作的通知\n各區縣人民政府：要在2024年底前完成整改任務。\n"
HKSCS = "呢個係香港嘅通告，唔該大家留意。\n"   # 嘅 唔 are HKSCS, not Big5

FILES = [
    ("zh.utf8", SIMP, "utf-8", b""),
    ("zh.utf8-bom", SIMP, "utf-8", b"\xef\xbb\xbf"),
    ("zh.gbk", SIMP, "gbk", b""),
    ("zh.gb18030", SIMP + GB18030_EXTRA, "gb18030", b""),
    ("zh.gb18030.utf8", SIMP + GB18030_EXTRA, "utf-8", b""),
    ("zh.utf16le", SIMP, "utf-16-le", b""),
    ("zh.utf16be", SIMP, "utf-16-be", b""),
    ("zh.utf16le-bom", SIMP, "utf-16-le", b"\xff\xfe"),
    ("zh.utf16be-bom", SIMP, "utf-16-be", b"\xfe\xff"),
    ("zh.hz", SIMP, "hz", b""),
    ("zh-hant.utf8", TRAD, "utf-8", b""),
    ("zh-hant.big5", TRAD, "big5", b""),
    ("zh-hkscs.utf8", HKSCS, "utf-8", b""),
    ("zh-hkscs.big5hkscs", HKSCS, "big5hkscs", b""),
]
for name, text, codec, bom in FILES:
    with open(name, "wb") as f:
        f.write(bom + text.encode(codec))
try:
    HKSCS.encode("big5")
    raise SystemExit("the HKSCS text should not be encodable in plain Big5")
except UnicodeEncodeError:
    pass
