#!/usr/bin/env bash
# extract's "document" line of metadata before each document's records (the default, --meta
# accepted, --no-meta to leave it out; never in CSV) and the --jsonl-in fields "doc_date"
# (the document's own date) and "meta" (copied into its records, not into the document line).
# usage: extract_meta.sh ZHENGCE
set -u
zc=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
check() { if eval "$2"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL $1"; fi; }

printf '某某县人民政府关于做好防汛工作的通知\n各乡镇：\n各乡镇要在5月底前完成隐患排查，对工作不力的予以问责。\n某某县人民政府\n二〇二一年四月二日\n' >"$tmp/a.txt"
printf '各乡镇必须在1月25日前完成整改。\n' >"$tmp/b.txt"
"$zc" extract --quiet -j 1 --no-meta "$tmp/a.txt" "$tmp/b.txt" >"$tmp/plain.jsonl"
"$zc" extract --quiet -j 1 "$tmp/a.txt" "$tmp/b.txt" >"$tmp/meta.jsonl"
"$zc" extract --quiet -j 1 --meta "$tmp/a.txt" "$tmp/b.txt" >"$tmp/meta2.jsonl"
check "--meta is the default" 'cmp -s "$tmp/meta.jsonl" "$tmp/meta2.jsonl"'
check "--no-meta: no document line" '! grep -q "\"kind\":\"document\"" "$tmp/plain.jsonl" && [ -s "$tmp/plain.jsonl" ]'
"$zc" meta "$tmp/a.txt" "$tmp/b.txt" >"$tmp/meta_cmd.jsonl"
check "the document lines are those of zhengce meta" \
    'grep "\"kind\":\"document\"" "$tmp/meta.jsonl" | cmp -s - "$tmp/meta_cmd.jsonl"'
"$zc" extract --quiet -j 1 --format csv "$tmp/a.txt" "$tmp/b.txt" >"$tmp/a.csv"
"$zc" extract --quiet -j 1 --format csv --no-meta "$tmp/a.txt" "$tmp/b.txt" >"$tmp/b.csv"
check "CSV: records only, with or without --no-meta" 'cmp -s "$tmp/a.csv" "$tmp/b.csv" &&
  [ "$(($(wc -l <"$tmp/a.csv") - 1))" -eq "$(wc -l <"$tmp/plain.jsonl")" ]'
check "default: one document line per document, first" 'python3 - "$tmp/meta.jsonl" "$tmp/plain.jsonl" <<"PY"
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
# eval, agree, export, report and index read runs with document lines as runs without them.
grep -v '"kind":"document"' "$tmp/meta.jsonl" | grep -v '"kind":"statistic"' >"$tmp/gold.jsonl"
"$zc" eval --json --gold "$tmp/gold.jsonl" --pred "$tmp/meta.jsonl" "$tmp" >"$tmp/e1" 2>&1
"$zc" eval --json --gold "$tmp/gold.jsonl" --pred "$tmp/plain.jsonl" "$tmp" >"$tmp/e2" 2>&1
"$zc" eval --json --gold "$tmp/meta.jsonl" --pred "$tmp/plain.jsonl" "$tmp" >"$tmp/e3" 2>&1
check "eval: document lines skipped in runs and gold" 'cmp -s "$tmp/e1" "$tmp/e2" &&
  grep -q "\"f1\"" "$tmp/e1" && grep -q "\"f1\"" "$tmp/e3"'
"$zc" agree --json "$tmp/meta.jsonl" "$tmp/gold.jsonl" "$tmp" >"$tmp/a1" 2>&1
"$zc" agree --json "$tmp/plain.jsonl" "$tmp/gold.jsonl" "$tmp" >"$tmp/a2" 2>&1
check "agree: document lines skipped" 'cmp -s "$tmp/a1" "$tmp/a2" && grep -q "\"f1\"" "$tmp/a1"'
"$zc" export --to doccano -o "$tmp/x1" --records "$tmp/meta.jsonl" >/dev/null 2>&1
"$zc" export --to doccano -o "$tmp/x2" --records "$tmp/plain.jsonl" >/dev/null 2>&1
check "export: document lines are no spans" 'diff -r "$tmp/x1" "$tmp/x2" >/dev/null && [ -n "$(ls "$tmp/x1")" ]'
"$zc" report -o "$tmp/r1.html" --records "$tmp/meta.jsonl" 2>/dev/null
"$zc" report -o "$tmp/r2.html" --records "$tmp/plain.jsonl" 2>/dev/null
check "report: document lines are no records" 'cmp -s "$tmp/r1.html" "$tmp/r2.html"'
if "$zc" index -o "$tmp/i.db" --quiet "$tmp/a.txt" "$tmp/b.txt" 2>/dev/null && command -v sqlite3 >/dev/null; then
    check "index: records only, the metadata in documents" '[ "$(sqlite3 "$tmp/i.db" "select count(*) from records where kind = '"'"'document'"'"'")" = 0 ] &&
      [ "$(sqlite3 "$tmp/i.db" "select count(*) from records")" = "$(wc -l <"$tmp/plain.jsonl")" ] &&
      [ "$(sqlite3 "$tmp/i.db" "select count(*) from documents where title is not null")" = 1 ]'
fi

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
check "the document line carries no --jsonl-in meta" 'python3 - "$tmp/out.jsonl" <<"PY"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
docs = [r for r in rows if r["kind"] == "document"]
assert [r["doc"] for r in docs] == ["x", "y"] and all("meta" not in r for r in docs), docs
assert rows[0]["kind"] == "document" and rows[1]["meta"] == {"region": "陕西", "no": 7}
PY'
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
