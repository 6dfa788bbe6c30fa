#!/usr/bin/env bash
# extract --meta (a "document" line of metadata before each document's records) and the
# --jsonl-in fields "doc_date" (the document's own date) and "meta" (copied into its records).
# usage: extract_meta.sh ZHENGCE
set -u
zc=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
check() { if eval "$2"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL $1"; fi; }

printf '某某县人民政府关于做好防汛工作的通知\n各乡镇：\n各乡镇要在5月底前完成隐患排查，对工作不力的予以问责。\n某某县人民政府\n二〇二一年四月二日\n' >"$tmp/a.txt"
printf '各乡镇必须在1月25日前完成整改。\n' >"$tmp/b.txt"
"$zc" extract --quiet -j 1 "$tmp/a.txt" "$tmp/b.txt" >"$tmp/plain.jsonl"
"$zc" extract --quiet -j 1 --meta "$tmp/a.txt" "$tmp/b.txt" >"$tmp/meta.jsonl"
check "--meta: one document line per document, first" 'python3 - "$tmp/meta.jsonl" "$tmp/plain.jsonl" <<"PY"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
plain = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
docs = [r for r in rows if r["kind"] == "document"]
assert len(docs) == 2, docs
assert rows[0]["kind"] == "document" and rows[0]["title"]["text"] == "某某县人民政府关于做好防汛工作的通知"
assert rows[0]["date_issued"]["value"] == "2021-04-02" and rows[0]["issuer"][0]["text"] == "某某县人民政府"
first_b = next(i for i, r in enumerate(rows) if r["doc"].endswith("b.txt"))
assert rows[first_b]["kind"] == "document" and rows[first_b]["title"] is None
assert [r for r in rows if r["kind"] != "document"] == plain   # the records are unchanged
PY'
# The date of issue the document states is its date: 5月底前 in a notice signed 二〇二一年四月二日.
check "date of issue resolves relative dates" 'grep -q "\"date\":\"2021-05-31\"" "$tmp/plain.jsonl"'
"$zc" summary --records "$tmp/meta.jsonl" | cut -d, -f1,3 >"$tmp/s1"
"$zc" summary --records "$tmp/plain.jsonl" | cut -d, -f1,3 >"$tmp/s2"
check "readers of records skip document lines" 'cmp -s "$tmp/s1" "$tmp/s2"'

printf '%s\n' '{"id":"x","text":"各乡镇必须在1月25日前完成整改。","doc_date":"2009-12-28","meta":{"region":"陕西","no":7}}' \
    '{"id":"y","text":"各乡镇必须在1月25日前完成整改。"}' \
    '{"id":"z","text":"各乡镇必须在1月25日前完成整改。","doc_date":"2009-13-01"}' \
    '{"id":"w","text":"各乡镇必须在1月25日前完成整改。","meta":"陕西"}' >"$tmp/in.jsonl"
"$zc" extract --quiet -j 1 --jsonl-in --errors "$tmp/err.jsonl" <"$tmp/in.jsonl" >"$tmp/out.jsonl"
st=$?
check "bad doc_date or meta: error lines, exit 1" '[ $st -eq 1 ] &&
  grep -q "\"doc\":\"z\",\"error\":\"standard input line 3: doc_date is not a date" "$tmp/err.jsonl" &&
  grep -q "\"doc\":\"w\",\"error\":\"standard input line 4: meta is not a JSON object" "$tmp/err.jsonl"'
check "doc_date resolves dates, meta reaches every record" 'python3 - "$tmp/out.jsonl" <<"PY"
import json, sys
rows = {r["doc"]: r for r in map(json.loads, open(sys.argv[1], encoding="utf-8"))}
assert rows["x"]["deadline"]["date"] == "2010-01-25", rows["x"]
assert rows["x"]["meta"] == {"region": "陕西", "no": 7}
assert rows["y"]["deadline"]["date"] == "XXXX-01-25" and "meta" not in rows["y"]
PY'
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
