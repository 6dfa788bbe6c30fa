"""The Python package returns the same records as the command-line tool.

usage: test_binding.py ZHENGCE SOURCE_ROOT [SHARED_CORPUS]
Needs $ZHENGCE_LIBRARY (the built libzhengce.so) and $ZHENGCE_DICTDIR. Compares, record for
record, Model.extract_files with `zhengce extract` on the project's corpus/ (and on the shared
corpus's speeches and policies when given), Model.extract on text (str and GB18030 bytes) with
`zhengce extract -`, a doc_date, and the errors. Prints "N passed, N failed".
"""
import json
import os
import subprocess
import sys

zc, src = sys.argv[1], sys.argv[2]
sys.path.insert(0, os.path.join(src, "python"))
import zhengce  # noqa: E402

passed = failed = 0


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL", name, detail)


def cli(args, data=None):
    out = subprocess.run([zc, "extract", "--quiet", "-j", "1"] + args, input=data,
                         capture_output=True, check=True).stdout.decode("utf-8")
    return [json.loads(line) for line in out.splitlines() if line]


def files_under(root):
    return sorted(os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs
                  if f.endswith(".txt"))


m = zhengce.Model()
check("version", zhengce.version().count(".") == 2, zhengce.version())

sets = [files_under(os.path.join(src, "corpus"))]
if len(sys.argv) > 3:
    for sub in ("speeches", "policies"):
        sets.append(files_under(os.path.join(sys.argv[3], sub)))
for paths in sets:
    want = cli(paths)
    got = m.extract_files(paths)
    check("extract_files = extract on %d files" % len(paths), got == want and len(want) > 0,
          "%d records vs %d" % (len(got), len(want)))

text = "各乡镇必须在1月25日前,全面完成一次医学监护工作。凡弄虚作假的,一律问责。今年出生887人。"
want = cli(["--doc-date", "2010-01-05", "-"], text.encode("utf-8"))
got = m.extract(text, doc_date="2010-01-05")
check("extract(str) = extract -", got == want and len(want) == 4, repr(got))
check("the document line first, as extract writes it",
      got and got[0]["kind"] == "document" and got[0]["doc"] == "-", repr(got[:1]))
check("doc_date resolves", len(got) > 1 and got[1]["deadline"]["date"] == "2010-01-25",
      repr(got[1:2]))
bare = m.extract(text, doc_date="2010-01-05", meta=False)
check("meta=False = extract --no-meta",
      bare == cli(["--no-meta", "--doc-date", "2010-01-05", "-"], text.encode("utf-8")) and
      bare == got[1:], repr(bare[:1]))
gb = text.encode("gb18030")
got_gb = m.extract(gb, doc="-")
want_gb = cli(["-"], gb)
check("extract(GB18030 bytes) = extract -", got_gb == want_gb and len(want_gb) == 4)
check("empty text: its document line alone", [r["kind"] for r in m.extract("")] == ["document"])
check("empty text, meta=False", m.extract("", meta=False) == [])
want_ex = cli(["--explain", "--doc-date", "2010-01-05", "-"], text.encode("utf-8"))
got_ex = m.extract(text, doc_date="2010-01-05", explain=True)
check("extract(explain=True) = extract --explain -", got_ex == want_ex and
      all("explain" in r for r in got_ex if r["kind"] != "document") and any(r["kind"] == "rejected" for r in got_ex),
      repr(got_ex))
try:
    m.extract_files([os.path.join(src, "no-such-file.txt")])
    check("missing file raises", False)
except zhengce.ZhengceError as e:
    check("missing file raises", "no-such-file.txt" in str(e), str(e))
try:
    zhengce.Model(dict_dir="/nonexistent")
    check("bad dict_dir raises", False)
except zhengce.ZhengceError as e:
    check("bad dict_dir raises", "cannot load model" in str(e), str(e))

print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
