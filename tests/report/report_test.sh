#!/usr/bin/env bash
# The HTML report in a real browser (Debian's chromium, headless): the page loads without a
# console message, holds one [data-record] element per record, and a click on a record shows
# its fields (the page's #selftest mode clicks the first record and marks <body>). Also a
# report of a saved run (--records) equals the report of the documents. Skipped (77) when
# chromium is not installed.
# usage: report_test.sh ZHENGCE SOURCE_ROOT
set -u
zc=$1 src=$2
case $zc in /*) ;; *) zc=$PWD/$zc ;; esac
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
    echo "SKIP: chromium is not installed (apt-get install chromium)"
    exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
check() { if eval "$2"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL $1"; fi; }

mkdir "$tmp/docs"
cp "$src/corpus/seed.txt" "$tmp/docs/seed.txt"
# Overlapping and nested records, CRLF, a character outside the BMP and markup characters.
printf '𠮷<b>&\r\n各乡镇必须在1月25日前完成整改，完成率达100%%。凡弄虚作假的，一律问责并处以罚款。\r\n' \
    >"$tmp/docs/mixed.txt"
# A notice that states its issuer and date, for the year and issuer views.
printf '某某县人民政府关于做好防汛工作的通知\n各乡镇：\n各乡镇要在5月底前完成隐患排查。\n某某县人民政府\n2021年4月2日\n' \
    >"$tmp/docs/notice.txt"
(cd "$tmp" && "$zc" extract --quiet -j 1 -o run.jsonl docs && "$zc" report -o report.html docs &&
    "$zc" report -o saved.html --records run.jsonl)
check "report written" '[ -s "$tmp/report.html" ]'
check "saved run gives the same report" 'cmp -s "$tmp/report.html" "$tmp/saved.html"'
nrec=$(grep -v '"kind":"document"' "$tmp/run.jsonl" | grep -c '"kind"')

# --no-sandbox: the suite runs as root; a fresh profile so nothing of the machine's is read.
timeout 120 "$browser" --headless --no-sandbox --disable-gpu --user-data-dir="$tmp/profile" \
    --enable-logging=stderr --v=0 --virtual-time-budget=3000 \
    --dump-dom "file://$tmp/report.html#selftest" >"$tmp/dom.html" 2>"$tmp/browser.log"
check "browser ran" '[ -s "$tmp/dom.html" ]'
check "click shows the fields" 'grep -q "data-selftest=\"ok\"" "$tmp/dom.html"'
got=$(grep -o 'data-records="[0-9]*"' "$tmp/dom.html" | grep -o '[0-9]*')
check "one [data-record] per record (${got:-none} of $nrec)" '[ "${got:-0}" -eq "$nrec" ] && [ "$nrec" -gt 60 ]'
check "no console message" '! grep -q ":CONSOLE" "$tmp/browser.log"'
grep ":CONSOLE" "$tmp/browser.log" | head -n 5
check "views by year of issue and by issuer" \
  'grep -q "aria-label=\"records by year of issue\"" "$tmp/report.html" &&
   grep -q ">2021</text>" "$tmp/report.html" && grep -q ">某某县人民政府</text>" "$tmp/report.html"'
check "no network address in the page" '! grep -Eq "(src|href)=\"(https?:)?//" "$tmp/report.html"'

# Crossing and nested records (a saved run written by hand): each keeps one data-record
# element, the markup nests, and the text reads as written.
printf '一二三四五六七八九十\n' >"$tmp/cross.txt"
for span in 0,5 1,2 3,8 8,8; do
    printf '{"doc":"%s","kind":"target","text":"x","span":{"char":[%s],"byte":[0,0]}}\n' \
        "$tmp/cross.txt" "$span"
done >"$tmp/cross.jsonl"
"$zc" report -o "$tmp/cross.html" --records "$tmp/cross.jsonl"
check "crossing records nest" 'python3 - "$tmp/cross.html" <<"PY"
import sys
from html.parser import HTMLParser
class P(HTMLParser):
    def __init__(s):
        super().__init__(); s.stack = []; s.recs = 0; s.ok = True; s.text = ""; s.indoc = 0
    def handle_starttag(s, t, a):
        a = dict(a)
        if t == "div" and a.get("class") == "doc": s.indoc = 1
        if t == "span" and s.indoc:
            s.stack.append(t); s.recs += "data-record" in a
    def handle_endtag(s, t):
        if t == "span" and s.indoc:
            s.ok = s.ok and bool(s.stack); s.stack and s.stack.pop()
        if t == "div": s.indoc = 0
    def handle_data(s, d):
        if s.indoc: s.text += d
p = P(); p.feed(open(sys.argv[1], encoding="utf-8").read())
sys.exit(0 if p.ok and not p.stack and p.recs == 4 and p.text == "一二三四五六七八九十\n" else 1)
PY'

"$zc" report "$tmp/docs" >/dev/null 2>&1
check "report without -o is a usage error" '[ $? -eq 2 ]'
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
