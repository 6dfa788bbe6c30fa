#!/usr/bin/env bash
# Indexing throughput beside extraction throughput, one thread each (CPU seconds), and both
# with a thread per core (elapsed seconds), on the same ~1,000 documents (the government work reports cut into pieces and the speeches, in mixed
# encodings: tests/batch/make_corpus.py). Indexing extracts every document too, then adds
# the full-text index (segmentation, FTS5), the MinHash signature and the SQLite rows; the
# target is index >= 0.5 of extract.   bench/index.sh [BUILD_DIR]
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$top/build}
zc=$build/src/cli/zhengce
export ZHENGCE_DICTDIR=$build/dicts
corpus=${ZC_CORPUS:-$top/../shared/corpus}
[[ -d $corpus ]] || { echo "bench/index.sh: needs the corpus at $corpus (or ZC_CORPUS)" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "bench/index.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
python3 "$top/tests/batch/make_corpus.py" "$corpus" "$tmp/docs" --no-bad >/dev/null 2>&1
cpu() {   # user+sys CPU seconds of one run
  /usr/bin/time -f "%U %S" "$@" 2>&1 >/dev/null | tail -1 | awk '{print $1 + $2}'
}
wall() {   # elapsed seconds of one run
  /usr/bin/time -f "%e" "$@" 2>&1 >/dev/null | tail -1
}
j=$(nproc)
# Rounds alternate the two commands, so that load from other work on a shared machine falls
# on both alike; the best round of each counts.
te=999999 ti=999999 we=999999 wi=999999
for _ in 1 2 3; do
  te=$(python3 -c "print(min($te, $(cpu "$zc" extract -j 1 --quiet "$tmp/docs")))")
  rm -f "$tmp"/archive.db*
  ti=$(python3 -c "print(min($ti, $(cpu "$zc" index -j 1 -q -o "$tmp/archive.db" "$tmp/docs")))")
  we=$(python3 -c "print(min($we, $(wall "$zc" extract -j "$j" --quiet "$tmp/docs")))")
  rm -f "$tmp"/archive.db*
  wi=$(python3 -c "print(min($wi, $(wall "$zc" index -j "$j" -q -o "$tmp/archive.db" "$tmp/docs")))")
done
tr=$(cpu "$zc" index -j 1 -q -o "$tmp/archive.db" "$tmp/docs")   # again: nothing changed
python3 - "$(find "$tmp/docs" -type f | wc -l)" "$(du -sb "$tmp/docs" | cut -f1)" \
  "$(stat -c %s "$tmp/archive.db")" "$te" "$ti" "$tr" "$j" "$we" "$wi" <<'PY'
import sys
n, size, dbsize = int(sys.argv[1]), int(sys.argv[2]) / 1e6, int(sys.argv[3]) / 1e6
te, ti, tr = map(float, sys.argv[4:7])
j, we, wi = int(sys.argv[7]), float(sys.argv[8]), float(sys.argv[9])
print(f"input: {n} documents, {size:.1f} MB on disk; one thread, CPU seconds (best of 3 alternating rounds)")
print(f"{'zhengce extract -j 1':24} {te:6.2f} s {n / te:7.0f} docs/s {size / te:6.1f} MB/s")
print(f"{'zhengce index -j 1':24} {ti:6.2f} s {n / ti:7.0f} docs/s {size / ti:6.1f} MB/s  ({te / ti:.2f} of extract)")
print(f"{'zhengce index (again)':24} {tr:6.2f} s  (nothing changed: size and mtime only)")
print(f"{j} threads each, elapsed seconds:")
print(f"{'zhengce extract -j %d' % j:24} {we:6.2f} s {n / we:7.0f} docs/s")
print(f"{'zhengce index -j %d' % j:24} {wi:6.2f} s {n / wi:7.0f} docs/s  ({we / wi:.2f} of extract)")
print(f"database: {dbsize:.1f} MB")
print(f"target: index >= 0.5 of extract: {'met' if te / ti >= 0.5 else 'NOT met'}")
PY
