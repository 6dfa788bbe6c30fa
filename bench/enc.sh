#!/usr/bin/env bash
# Normalizer throughput next to glibc iconv, on the same GB18030 file, in the same run.
#   bench/enc.sh [BUILD_DIR] [MB]
# Input: the government work reports (../shared/corpus/govreports beside the checkout),
# converted to GB18030 and repeated to about MB megabytes (default 30).
# Prints MB/s of `iconv -f GB18030 -t UTF-8`, of `zhengce decode` (detect + decode) and of
# `zhengce normalize` (detect + decode + normalize), best of 3, with ratios to iconv, and the
# peak RSS of normalize against the issue's bound (4 × input + 64 MB).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$top/build}
mb=${2:-30}
zc=$build/src/cli/zhengce
export ZHENGCE_DICTDIR=$build/dicts
src=${ZC_CORPUS:-$top/../shared/corpus}/govreports
[[ -d $src ]] || { echo "bench/enc.sh: no corpus at $src" >&2; exit 1; }
command -v /usr/bin/time >/dev/null || { echo "bench/enc.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cat "$src"/*政府工作报告*.txt | iconv -f UTF-8 -t GB18030 > "$tmp/one.gb"
while (( $(stat -c %s "$tmp/all.gb" 2>/dev/null || echo 0) < mb * 1000000 )); do
  cat "$tmp/one.gb" >> "$tmp/all.gb"
done
size=$(stat -c %s "$tmp/all.gb")

best() {   # best wall time of 3 runs of "$@", in seconds
  local b=999999 t
  for _ in 1 2 3; do
    t=$(/usr/bin/time -f %e "$@" 2>&1 >/dev/null | tail -1)
    b=$(python3 -c "print(min($b, $t))")
  done
  echo "$b"
}
t_iconv=$(best iconv -f GB18030 -t UTF-8 "$tmp/all.gb")
t_dec=$(best "$zc" decode "$tmp/all.gb")
t_norm=$(best "$zc" normalize "$tmp/all.gb")
rss=$(/usr/bin/time -f %M "$zc" normalize "$tmp/all.gb" 2>&1 >/dev/null | tail -1)
python3 - "$size" "$t_iconv" "$t_dec" "$t_norm" "$rss" <<'PY'
import sys
size, ti, td, tn, rss = int(sys.argv[1]), *map(float, sys.argv[2:5]), int(sys.argv[5])
mb = size / 1e6
print(f"input: {mb:.1f} MB of GB18030 (government work reports, repeated)")
print(f"{'tool':36} {'MB/s':>8} {'vs iconv':>9}")
for name, t in [("glibc iconv -f GB18030 -t UTF-8", ti), ("zhengce decode (detect+decode)", td),
                ("zhengce normalize (+NFKC, clean)", tn)]:
    print(f"{name:36} {mb / t:8.1f} {ti / t:8.2f}x")
bound = 4 * size / 1024 + 64 * 1024
print(f"normalize peak RSS: {rss / 1024:.1f} MB (bound 4 x input + 64 MB = {bound / 1024:.1f} MB)"
      f" {'ok' if rss <= bound else 'OVER'}")
print(f"target: normalize >= 0.5x iconv: {'met' if ti / tn >= 0.5 else 'NOT met'}")
PY
