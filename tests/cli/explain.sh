#!/usr/bin/env bash
# extract --explain and the readers of record files: a run with --explain holds the records of
# a run without it (each with an explain array) plus rejected lines; eval, agree, export,
# import, summary and report read it as the run without it; --explain with CSV is a usage
# error; the output is the same for every -j. Inputs: the golden notice written for the
# project (tests/golden/extract/explain.txt) and the seed document.
# usage: explain.sh ZHENGCE SRCDIR
set -u
zc=$(readlink -f "$1")
src=$(readlink -f "$2")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
check() {   # check NAME CMD...: passes when CMD succeeds
    local name=$1
    shift
    if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL $name"; fi
}
cd "$tmp" || exit 1
cp "$src/tests/golden/extract/explain.txt" notice.txt
cp "$src/corpus/seed.txt" seed.txt
"$zc" extract --quiet --doc-date 2024-03-01 notice.txt seed.txt > plain.jsonl || exit 1
"$zc" extract --quiet --explain --doc-date 2024-03-01 notice.txt seed.txt > explain.jsonl || exit 1
"$zc" extract --quiet --explain -j 2 --doc-date 2024-03-01 notice.txt seed.txt > explain2.jsonl
check "-j 2 gives the same --explain output" cmp -s explain.jsonl explain2.jsonl
python3 - <<'PY' || { fail=$((fail + 1)); echo "FAIL explain lines"; }
import json
plain = [json.loads(l) for l in open("plain.jsonl")]
ex = [json.loads(l) for l in open("explain.jsonl")]
recs = [r for r in ex if r["kind"] not in ("rejected", "document")]
rej = [r for r in ex if r["kind"] == "rejected"]
plain = [r for r in plain if r["kind"] != "document"]
assert [{k: v for k, v in r.items() if k != "explain"} for r in recs] == plain, "records differ"
# Every record says why: a decision table's rows, or a pattern's line of extract.tsv.
assert all(isinstance(r["explain"], list) and r["explain"] for r in recs)
assert all((e["table"].startswith("decide-") or e["table"] == "extract") and e["row"] > 0 and
           e["reason"] for r in ex for e in r.get("explain", []))
assert any(e["table"] == "extract" for r in recs for e in r["explain"]), "no pattern record"
assert all(set(r) == {"doc", "kind", "text", "span", "explain"} and r["explain"] for r in rej)
assert {"截至2023年底", "督查室", "三个"} <= {r["text"] for r in rej}, rej
for r in rej:   # the span gives the text back
    t = open(r["doc"], encoding="utf-8").read()
    assert t[r["span"]["char"][0]:r["span"]["char"][1]] == r["text"], r
PY
"$zc" extract --explain --format csv notice.txt > /dev/null 2> err.txt
check "--explain with CSV is a usage error" test $? -eq 2
# Readers of record files: the same answer from either run.
same() {   # same NAME CMD...: CMD's output with {} as the plain run, then as the explain run
    local name=$1
    shift
    "${@//\{\}/plain.jsonl}" > a.out 2>&1
    local ra=$?
    "${@//\{\}/explain.jsonl}" > b.out 2>&1
    local rb=$?
    check "$name" test "$ra" -eq 0 -a "$rb" -eq 0
    check "$name: same output" cmp -s a.out b.out
}
same "eval --pred" "$zc" eval --gold plain.jsonl --pred {} .
same "eval --gold" "$zc" eval --gold {} --pred plain.jsonl .
same "agree" "$zc" agree {} plain.jsonl
same "summary" "$zc" summary --records {}
rm -rf exA exB
"$zc" export --to doccano -o exA --records plain.jsonl > /dev/null 2>&1
"$zc" export --to doccano -o exB --records explain.jsonl > /dev/null 2>&1
check "export --records" diff -r exA exB
"$zc" import --from doccano -o iA.jsonl exA > /dev/null 2>&1
cp -r exA exC   # rejected lines among the tool's own are skipped
grep '"kind":"rejected"' explain.jsonl >> exC/doccano.jsonl
"$zc" import --from doccano -o iB.jsonl exC > /dev/null 2>&1
check "import" test $? -eq 0 -a -s iA.jsonl
check "import: same gold" cmp -s iA.jsonl iB.jsonl
"$zc" report -o report.html --records explain.jsonl > /dev/null 2>&1
check "report runs" test $? -eq 0
check "report shows no rejected candidate" bash -c '! grep -q "k-rejected" report.html'
echo "explain: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
