#!/usr/bin/env bash
# kwic and summary beyond their goldens: summary of a saved run (--records) counts what
# summary of the documents counts, kwic filters and refuses bad values.
# usage: explore.sh ZHENGCE SOURCE_ROOT
set -u
zc=$1 src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
check() { if eval "$2"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL $1"; fi; }

mkdir "$tmp/docs"
cp "$src/corpus/seed.txt" "$tmp/docs/a.txt"
cp "$src/tests/golden/explore/small.txt" "$tmp/docs/b.txt"
printf '本周内完成排查，逾期未完成的予以通报批评。\n' >"$tmp/docs/c.txt"
"$zc" extract --quiet -j 1 -o "$tmp/run.jsonl" "$tmp/docs"
# doc, records and the per-kind and per-category counts must agree (chars are not in a run).
"$zc" summary "$tmp/docs" | cut -d, -f1,3,5- >"$tmp/direct.csv"
"$zc" summary --records "$tmp/run.jsonl" | cut -d, -f1,3,5- >"$tmp/saved.csv"
check "summary --records = summary PATH" 'cmp -s "$tmp/direct.csv" "$tmp/saved.csv" && [ "$(wc -l <"$tmp/direct.csv")" -eq 4 ]'
total=$(awk -F, 'NR > 1 { n += $2 } END { print n }' "$tmp/saved.csv")
check "summary counts every record ($total)" \
    '[ "$total" -eq "$(grep -v "\"kind\":\"document\"" "$tmp/run.jsonl" | grep -c "\"kind\"")" ]'
# kwic: one line per enforcement record of category accountability, each its trigger.
n=$("$zc" kwic --kind enforcement --category accountability "$tmp/docs" | cut -f1,3,5 | sort -u | wc -l)
want=$(grep '"category":"accountability"' "$tmp/run.jsonl" | wc -l)
check "kwic --category count ($n, want $want)" '[ "$n" -eq "$want" ] && [ "$n" -gt 0 ]'
"$zc" kwic --kind bogus "$tmp/docs" >/dev/null 2>"$tmp/err"
check "kwic bad kind exit 2" '[ $? -eq 2 ] && grep -q "unknown kind" "$tmp/err"'
"$zc" kwic -w 5000 "$tmp/docs" >/dev/null 2>&1
check "kwic width bound" '[ $? -eq 2 ]'
"$zc" summary --records "$tmp/run.jsonl" "$tmp/docs" >/dev/null 2>&1
check "summary: PATHs or --records" '[ $? -eq 2 ]'
"$zc" kwic "$tmp/docs/missing.txt" >/dev/null 2>"$tmp/err"
check "kwic missing file exit 1" '[ $? -eq 1 ] && grep -q "missing.txt" "$tmp/err"'

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
