#!/usr/bin/env bash
# End-to-end extraction throughput, one thread, next to segmentation alone, on the same
# ~30 MB of government work reports, and next to the anchor, @node-rs/jieba segmentation alone
# (targets: extraction keeps at least half of the segmenter's speed, and is at least as fast as
# @node-rs/jieba merely segmenting).   bench/extract.sh [BUILD_DIR] [MB]
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$top/build}
mb=${2:-30}
zc=$build/src/cli/zhengce
export ZHENGCE_DICTDIR=$build/dicts
src=${ZC_CORPUS:-$top/../shared/corpus}/govreports
[[ -x /usr/bin/time ]] || { echo "bench/extract.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
"$top/bench/node_jieba.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
while (( $(stat -c %s "$tmp/in.txt" 2>/dev/null || echo 0) < mb * 1000000 )); do
  cat "$src"/*政府工作报告*.txt >> "$tmp/in.txt"
done
cpu() {   # user+sys CPU seconds of one run
  /usr/bin/time -f "%U %S" "$@" 2>&1 >/dev/null | tail -1 | awk '{print $1 + $2}'
}
# Rounds alternate the two commands, so that load from other work on a shared machine falls
# on both alike; the best round of each counts.
# The anchor's CPU time is its whole process, dictionary load included, like zhengce's.
ts=999999 te=999999 tn=999999
for _ in 1 2 3 4 5; do
  ts=$(python3 -c "print(min($ts, $(cpu "$zc" segment "$tmp/in.txt")))")
  te=$(python3 -c "print(min($te, $(cpu "$zc" extract -j 1 --quiet "$tmp/in.txt")))")
  tn=$(python3 -c "print(min($tn, $(cpu node "$top/bench/node/cut.js" "$tmp/in.txt")))")
done
python3 - "$(stat -c %s "$tmp/in.txt")" "$ts" "$te" "$tn" <<'PY'
import sys
mb, ts, te, tn = int(sys.argv[1]) / 1e6, float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
print(f"input: {mb:.1f} MB of government work reports, one thread, CPU seconds (best of 5 alternating rounds)")
print(f"{'zhengce segment':24} {ts:6.2f} s {mb / ts:7.1f} MB/s")
print(f"{'zhengce extract -j 1':24} {te:6.2f} s {mb / te:7.1f} MB/s  ({ts / te:.2f} of segmentation)")
print(f"{'@node-rs/jieba (segment)':24} {tn:6.2f} s {mb / tn:7.1f} MB/s  (extraction is {tn / te:.2f}x its speed)")
print(f"target: extraction >= 0.5 of segmentation: {'met' if ts / te >= 0.5 else 'NOT met'}")
print(f"target: extraction >= @node-rs/jieba segmentation: {'met' if tn / te >= 1 else 'NOT met'}")
PY
