#!/usr/bin/env bash
# Batch extraction over ~1,000 real documents in mixed encodings with bad inputs mixed in
# (issue: "every input accounted for"). Checks:
#  - the run ends with status 1, every bad input is named in the error stream with a reason,
#    and every good document's records are those it gets alone;
#  - -j 1 and -j 2 give byte-identical output;
#  - a run killed with SIGKILL and resumed with --resume gives the same output, and one
#    killed after an input failed still ends with status 1 and the same summary counts;
#  - GNU parallel over --shard I/N gives, together, the same records (the README's command);
#  - SLURM array tasks with a step (ids 0,2,4,6) take shards 0-3 from SLURM_ARRAY_TASK_*, and
#    ids that do not step evenly (0,5,9) are a usage error;
#  - CSV (with --excel) and --jsonl-in work.
# usage: batch_test.sh ZHENGCE CORPUS_DIR
set -u
zc=$1 corpus=$2
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The suite may itself run as a SLURM array task: no run here takes its shard from that.
unset SLURM_ARRAY_TASK_ID SLURM_ARRAY_TASK_COUNT SLURM_ARRAY_TASK_MIN SLURM_ARRAY_TASK_MAX \
    SLURM_ARRAY_TASK_STEP
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

# Killed after an input failed, then resumed: status 1, output, errors and summary counts as
# in a run not interrupted. The paths come through a FIFO held open, so the run cannot finish
# before the kill, and the kill waits until the journal vouches for the failed input (listed
# first), however fast or slow the machine.
{ echo "$tmp/docs/bad/invalid.txt"; head -12 "$tmp/sample"; } >"$tmp/list"
"$zc" extract -j 1 -o "$tmp/once.jsonl" --errors "$tmp/once.err" --files-from "$tmp/list" \
    2>"$tmp/once.sum"
once=$?
mkfifo "$tmp/fifo"
exec 3<>"$tmp/fifo"
"$zc" extract -j 1 --quiet -o "$tmp/kr.jsonl" --errors "$tmp/kr.err" --files-from "$tmp/fifo" &
pid=$!
cat "$tmp/list" >&3
for _ in $(seq 1200); do
    [ "$(wc -l <"$tmp/kr.jsonl.partial.journal" 2>/dev/null || echo 0)" -ge 2 ] && break
    sleep 0.05
done
kill -9 $pid 2>/dev/null
wait $pid 2>/dev/null
exec 3>&-
if sed -n 2p "$tmp/kr.jsonl.partial.journal" 2>/dev/null | grep -qF "bad/invalid.txt" &&
    [ ! -e "$tmp/kr.jsonl" ]; then
    ok
    "$zc" extract -j 1 -o "$tmp/kr.jsonl" --errors "$tmp/kr.err" --resume \
        --files-from "$tmp/list" 2>"$tmp/kr.sum"
    rc=$?
    [ $once -eq 1 ] && [ $rc -eq 1 ] && ok ||
        bad "a failed input before the kill: status $rc resumed, $once uninterrupted (want 1)"
    cmp -s "$tmp/once.jsonl" "$tmp/kr.jsonl" && ok || bad "killed after a failure: output differs"
    cmp -s "$tmp/once.err" "$tmp/kr.err" && ok || bad "killed after a failure: errors differ"
    counts() { sed -e 's/ ([0-9]* done before the resume)//' -e 's/; [0-9.]* MB in .*//' "$1"; }
    [ "$(counts "$tmp/once.sum")" = "$(counts "$tmp/kr.sum")" ] && grep -q "before the resume" "$tmp/kr.sum" &&
        ok || bad "summaries differ: $(cat "$tmp/once.sum") / $(cat "$tmp/kr.sum")"
else
    bad "the killed run had not journaled the failed input, or it finished"
fi

# GNU parallel, as in the README: four shards, then all records together.
sort "$tmp/full.jsonl" >"$tmp/full.sorted"
if command -v parallel >/dev/null; then
    parallel -j 2 "$zc" extract -j 1 --quiet --shard {}/4 -o "$tmp/shard-{}.jsonl" \
        --errors "$tmp/shard-{}.err" "$tmp/docs" ::: 0 1 2 3
    cat "$tmp"/shard-?.jsonl | sort >"$tmp/shards.sorted"
    cmp -s "$tmp/shards.sorted" "$tmp/full.sorted" && ok || bad "shards together differ from one run"
    [ "$(cat "$tmp"/shard-?.err | wc -l)" -eq "$(wc -l <"$tmp/full.err")" ] && ok || bad "shard errors"
else
    bad "GNU parallel is not installed"
fi

# SLURM job arrays, their variables set as sbatch sets them. slurm ID COUNT MIN MAX STEP CMD...
slurm() {
    SLURM_ARRAY_TASK_ID=$1 SLURM_ARRAY_TASK_COUNT=$2 SLURM_ARRAY_TASK_MIN=$3 \
        SLURM_ARRAY_TASK_MAX=$4 SLURM_ARRAY_TASK_STEP=$5 "${@:6}"
}
# --array=0-6:2: four tasks, ids 0, 2, 4, 6, each one shard; together every document once.
for id in 0 2 4 6; do
    slurm $id 4 0 6 2 "$zc" extract -j 1 --quiet -o "$tmp/slurm-$id.jsonl" \
        --errors "$tmp/slurm-$id.err" "$tmp/docs"
done
cat "$tmp"/slurm-?.jsonl | sort | cmp -s - "$tmp/full.sorted" && ok ||
    bad "SLURM tasks 0,2,4,6 (step 2) together differ from one run"
for id in 0 2 4 6; do cat "$tmp/slurm-$id.jsonl" "$tmp/slurm-$id.err" | cut -d, -f1 | sort -u; done |
    sort | uniq -d >"$tmp/slurm.dup"
[ ! -s "$tmp/slurm.dup" ] && ok || bad "SLURM tasks share documents: $(head -2 "$tmp/slurm.dup")"
[ "$(cat "$tmp"/slurm-?.err | wc -l)" -eq "$(wc -l <"$tmp/full.err")" ] && ok || bad "SLURM task errors"
# --array=0,5,9: no task may guess a shard (that would leave shards to none); an explicit
# --shard still works.
for id in 0 5 9; do
    slurm $id 3 0 9 1 "$zc" extract --quiet "$tmp/docs" >/dev/null 2>"$tmp/slurm.msg"
    rc=$?
    [ $rc -eq 2 ] && grep -q -- "--shard I/N" "$tmp/slurm.msg" && ok ||
        bad "SLURM ids 0,5,9, task $id: status $rc (want 2 and a message)"
done
slurm 5 3 0 9 1 "$zc" extract --quiet --shard 1/3 "$tmp/docs/speeches" >/dev/null && ok ||
    bad "an explicit --shard in a SLURM array that does not step evenly"

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
