#!/usr/bin/env python3
"""Wrote notice.pdf, the PDF version of notice.txt, once; the PDF is checked in, this script
says how it was made. Each line of notice.txt becomes a paragraph (tab-separated lines a
table row), sections 一 and 二 on page 1, 三 and 四 on page 2, printed by Debian's chromium in
headless mode with a CJK font installed (fonts-wqy-zenhei), without the browser's header and
footer (date, title, page number: text that is not the document's).

usage: make_pdf.py [OUT.pdf]     (default: notice.pdf beside this script)
"""
import html
import os
import shutil
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "notice.pdf"))
lines = open(os.path.join(here, "notice.txt"), encoding="utf-8").read().splitlines()

body, rows = [], []
for line in lines + [""]:
    if "\t" in line:
        rows.append("<tr>%s</tr>" % "".join("<td>%s</td>" % html.escape(c)
                                            for c in line.split("\t")))
        continue
    if rows:
        body.append("<table>%s</table>" % "".join(rows))
        rows = []
    if line:
        page2 = line.startswith("三、")
        body.append('<p%s>%s</p>' % (' class="page2"' if page2 else "", html.escape(line)))

page = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<style>
body { font-family: "WenQuanYi Zen Hei", sans-serif; font-size: 14pt; }
.page2 { break-before: page; }
td { padding: 2pt 12pt; }
</style></head><body>
%s
</body></html>
""" % "\n".join(body)

browser = shutil.which("chromium") or shutil.which("chromium-browser")
if not browser:
    sys.exit("make_pdf.py: needs chromium (apt-get install chromium fonts-wqy-zenhei)")
with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "notice.html")
    open(src, "w", encoding="utf-8").write(page)
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", "--print-to-pdf=" + out, "file://" + src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(out)
