#!/usr/bin/env bash
# No two distinct documents of the shared corpus (speeches, government work reports,
# policies) are grouped as reposts, and every one of them is read.
# usage: dedup_corpus.sh ZHENGCE CORPUS   (exit 77 when CORPUS is absent)
set -u
zc=$1 corpus=$2
for d in speeches govreports policies; do
  [ -d "$corpus/$d" ] || { echo "skip: $corpus/$d absent"; exit 77; }
done
out=$(find "$corpus/speeches" "$corpus/govreports" "$corpus/policies" -name '*.txt' | sort |
  xargs -d '\n' "$zc" dedup)
rc=$?
n=$(find "$corpus/speeches" "$corpus/govreports" "$corpus/policies" -name '*.txt' | wc -l)
echo "$n documents, dedup exit status $rc"
[ -n "$out" ] && { echo "FAIL distinct documents grouped:"; echo "$out"; exit 1; }
[ "$rc" -eq 0 ] && [ "$n" -gt 300 ]
