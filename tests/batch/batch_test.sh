#!/usr/bin/env bash
# Batch extraction over ~1,000 real documents in mixed encodings with bad inputs mixed in
# (issue: "every input accounted for"). Checks:
#  - the run ends with status 1, every bad input is named in the error stream with a reason,
#    and every good document's records are those it gets alone;
#  - -j 1 and -j 2 give byte-identical output;
#  - a run killed with SIGKILL and resumed with --resume gives the same output;
#  - GNU parallel over --shard I/N gives, together, the same records (the README's command);
#  - CSV (with --excel) and --jsonl-in work.
# usage: batch_test.sh ZHENGCE CORPUS_DIR
set -u
zc=$1 corpus=$2
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }

python3 "$here/make_corpus.py" "$corpus" "$tmp/docs" --big 50 >"$tmp/bad.list" 2>/dev/null
ndocs=$(find "$tmp/docs" -type f | wc -l)
[ "$ndocs" -ge 1000 ] && ok || bad "only $ndocs documents made"

"$zc" extract -j 2 --quiet -o "$tmp/j2.jsonl" --errors "$tmp/j2.err" "$tmp/docs"
rc=$?
[ $rc -eq 1 ] && ok || bad "status $rc with bad inputs (want 1)"
while read -r b; do
    grep -q "\"doc\":\"$b\",\"error\":\"[^\"]" "$tmp/j2.err" && ok || bad "$b not named in the errors"
done <"$tmp/bad.list"
[ "$(wc -l <"$tmp/j2.err")" -eq "$(wc -l <"$tmp/bad.list")" ] && ok ||
    bad "error lines: $(wc -l <"$tmp/j2.err"), bad inputs: $(wc -l <"$tmp/bad.list")"
grep -q '"doc":"[^"]*no-line-breaks.txt"' "$tmp/j2.jsonl" && ok || bad "50 MB line-less file has no records"

"$zc" extract -j 1 --quiet -o "$tmp/j1.jsonl" --errors "$tmp/j1.err" "$tmp/docs"
cmp -s "$tmp/j1.jsonl" "$tmp/j2.jsonl" && ok || bad "-j 1 and -j 2 differ"
cmp -s "$tmp/j1.err" "$tmp/j2.err" && ok || bad "-j 1 and -j 2 error streams differ"

# Each of 40 documents alone gives exactly its records in the batch output.
find "$tmp/docs" -type f -name '*.txt' ! -path '*/bad/*' | sort | awk 'NR % 25 == 1' | head -40 >"$tmp/sample"
while read -r f; do
    "$zc" extract --quiet "$f" >"$tmp/one.jsonl"
    grep -F "\"doc\":\"$f\"," "$tmp/j2.jsonl" >"$tmp/in-batch.jsonl"
    cmp -s "$tmp/one.jsonl" "$tmp/in-batch.jsonl" && ok || bad "$f: batch records differ from a run alone"
done <"$tmp/sample"

# Kill a run halfway (SIGKILL), resume it, and compare with the uninterrupted run.
rm -f "$tmp/docs/bad/no-line-breaks.txt"
"$zc" extract -j 2 --quiet -o "$tmp/full.jsonl" --errors "$tmp/full.err" "$tmp/docs"
"$zc" extract -j 1 --quiet -o "$tmp/res.jsonl" --errors "$tmp/res.err" "$tmp/docs" &
pid=$!
for _ in $(seq 200); do
    [ -f "$tmp/res.jsonl.partial.journal" ] && [ "$(wc -l <"$tmp/res.jsonl.partial.journal")" -gt 300 ] && break
    sleep 0.05
done
kill -9 $pid 2>/dev/null
wait $pid 2>/dev/null
if [ -f "$tmp/res.jsonl" ]; then
    bad "the run finished before it could be killed"
else
    ok
    "$zc" extract -j 2 --quiet -o "$tmp/res.jsonl" --errors "$tmp/res.err" --resume "$tmp/docs"
    cmp -s "$tmp/full.jsonl" "$tmp/res.jsonl" && ok || bad "resumed output differs"
    cmp -s "$tmp/full.err" "$tmp/res.err" && ok || bad "resumed error stream differs"
    [ ! -e "$tmp/res.jsonl.partial" ] && ok || bad "partial file left behind"
fi

# GNU parallel, as in the README: four shards, then all records together.
if command -v parallel >/dev/null; then
    parallel -j 2 "$zc" extract -j 1 --quiet --shard {}/4 -o "$tmp/shard-{}.jsonl" \
        --errors "$tmp/shard-{}.err" "$tmp/docs" ::: 0 1 2 3
    cat "$tmp"/shard-?.jsonl | sort >"$tmp/shards.sorted"
    sort "$tmp/full.jsonl" >"$tmp/full.sorted"
    cmp -s "$tmp/shards.sorted" "$tmp/full.sorted" && ok || bad "shards together differ from one run"
    [ "$(cat "$tmp"/shard-?.err | wc -l)" -eq "$(wc -l <"$tmp/full.err")" ] && ok || bad "shard errors"
else
    bad "GNU parallel is not installed"
fi

# CSV for Excel, and documents streamed as JSON Lines.
"$zc" extract --quiet --format csv --excel "$corpus/seed/seed.txt" >"$tmp/seed.csv"
head -c 3 "$tmp/seed.csv" | od -An -tx1 | grep -q "ef bb bf" && ok || bad "no BOM with --excel"
python3 - "$tmp/seed.csv" <<'PY' && ok || bad "CSV does not parse as RFC 4180"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
assert rows[0][:3] == ["doc", "kind", "text"] and len(rows) > 50
assert all(len(r) == len(rows[0]) for r in rows)
PY
python3 -c 'import json,sys; print(json.dumps({"id": "s1", "text": open(sys.argv[1], encoding="utf-8").read()}, ensure_ascii=False)); print(json.dumps({"id": "s2", "path": sys.argv[1]}))' \
    "$corpus/seed/seed.txt" | "$zc" extract --quiet --jsonl-in >"$tmp/in.jsonl"
[ "$(grep -c '"doc":"s1"' "$tmp/in.jsonl")" -gt 50 ] &&
    [ "$(grep -c '"doc":"s1"' "$tmp/in.jsonl")" -eq "$(grep -c '"doc":"s2"' "$tmp/in.jsonl")" ] && ok ||
    bad "--jsonl-in text and path inputs"

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
