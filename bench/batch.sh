#!/usr/bin/env bash
# Batch extraction: -j 1 against -j 2 on a ~100 MB corpus, and peak RSS as the corpus grows
# from ~100 MB to ~1 GB (issue: "-j 2 at least 1.7x -j 1", "peak RSS flat").
#   bench/batch.sh [BUILD_DIR] [SMALL_MB] [LARGE_MB]
# The corpus: the government work reports cut into ~1,000 documents in mixed encodings
# (tests/batch/make_corpus.py), hard-linked into as many copies as the size needs.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$top/build}
small=${2:-100}
large=${3:-1000}
zc=$build/src/cli/zhengce
export ZHENGCE_DICTDIR=$build/dicts
corpus=${ZC_CORPUS:-$top/../shared/corpus}
[[ -x /usr/bin/time ]] || { echo "bench/batch.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
python3 "$top/tests/batch/make_corpus.py" "$corpus" "$tmp/base" --no-bad 2>/dev/null
unit=$(du -sb "$tmp/base" | cut -f1)
grow() {   # grow DIR MB: hard-linked copies of the base up to MB megabytes
  local n=$(( $2 * 1000000 / unit + 1 ))
  mkdir -p "$1"
  for i in $(seq -w 1 "$n"); do cp -al "$tmp/base" "$1/c$i"; done
}
grow "$tmp/small" "$small"
run() {   # run JOBS DIR: prints "seconds peak-KB"
  /usr/bin/time -f "%e %M" "$zc" extract -j "$1" --quiet "$2" 2>&1 >/dev/null | tail -1
}
read -r t1 m1 <<<"$(run 1 "$tmp/small")"
read -r t2 m2 <<<"$(run 2 "$tmp/small")"
grow "$tmp/large" "$large"
read -r t3 m3 <<<"$(run 2 "$tmp/large")"
# Copies are hard links, which du counts once: size = copies x the base.
copies() { find "$1" -mindepth 1 -maxdepth 1 -type d | wc -l; }
python3 - "$(( $(copies "$tmp/small") * unit ))" "$(( $(copies "$tmp/large") * unit ))" \
  "$t1" "$m1" "$t2" "$m2" "$t3" "$m3" "$(nproc)" <<'PY'
import sys
s, l = int(sys.argv[1]) / 1e6, int(sys.argv[2]) / 1e6
t1, m1, t2, m2, t3, m3 = map(float, sys.argv[3:9])
print(f"corpus {s:.0f} MB ({sys.argv[9]} cores)")
print(f"{'run':28} {'seconds':>8} {'MB/s':>7} {'peak RSS MB':>12}")
print(f"{'-j 1, ' + str(round(s)) + ' MB':28} {t1:8.1f} {s / t1:7.1f} {m1 / 1024:12.1f}")
print(f"{'-j 2, ' + str(round(s)) + ' MB':28} {t2:8.1f} {s / t2:7.1f} {m2 / 1024:12.1f}")
print(f"{'-j 2, ' + str(round(l)) + ' MB':28} {t3:8.1f} {l / t3:7.1f} {m3 / 1024:12.1f}")
print(f"speed-up -j 2 / -j 1: {t1 / t2:.2f}x (target >= 1.7x: {'met' if t1 / t2 >= 1.7 else 'NOT met'})")
print(f"peak RSS {round(l)} MB / {round(s)} MB: {m3 / m2:.2f} (flat: {'yes' if m3 <= m2 * 1.25 else 'NO'})")
PY
