#!/bin/sh
# segment.sh BUILDDIR — segmentation throughput on ~30 MB of government work reports
# (../shared/corpus/govreports repeated), one thread, whole process: zhengce (`zhengce segment`)
# next to @node-rs/jieba (npm, HMM off), Python jieba (Debian python3-jieba, HMM off) and ICU's
# word BreakIterator; plus zhengce's start-up time and peak RSS (GNU time).
set -eu
B=$(cd "${1:-build}" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
C=${GOVREPORTS:-$HERE/../../shared/corpus/govreports}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
ZC=${ZC_SEGMENT:-"$B/src/cli/zhengce" segment}
export ZHENGCE_DICTDIR="$B/dicts"
[ -x /usr/bin/time ] || { echo "segment.sh: install the 'time' package" >&2; exit 2; }
while [ "$(stat -c %s "$T/in.txt" 2>/dev/null || echo 0)" -lt 30000000 ]; do
    cat "$C"/*政府工作报告*.txt >> "$T/in.txt"
done
MB=$(awk -v s="$(stat -c %s "$T/in.txt")" 'BEGIN {printf "%.1f", s / 1e6}')
cc -O2 -o "$T/icu_words" "$HERE/icu_words.c" $(pkg-config --cflags --libs icu-uc icu-i18n)
"$HERE/node_jieba.sh"
cat > "$T/cut_jieba.py" <<'PY'
import sys, jieba
jieba.setLogLevel(60)
n = 0
for line in open(sys.argv[1], encoding='utf-8'):
    n += sum(1 for _ in jieba.cut(line, HMM=False))
print(n)
PY
# run NAME CMD...: seconds and peak RSS (MB) of one whole run
run() {
    name=$1; shift
    /usr/bin/time -f '%e %M' -o "$T/t" "$@" > /dev/null
    read -r secs kb < "$T/t"
    echo "$name $secs $kb" >> "$T/results"
}
run zhengce $ZC "$T/in.txt"
run node-rs-jieba node "$HERE/node/cut.js" "$T/in.txt"
run python-jieba /usr/bin/python3 "$T/cut_jieba.py" "$T/in.txt"
run icu "$T/icu_words" -n "$T/in.txt"
: > "$T/empty.txt"
best=999
for i in 1 2 3 4 5; do
    /usr/bin/time -f '%e' -o "$T/t" $ZC "$T/empty.txt" > /dev/null
    best=$(awk -v a="$best" -v b="$(cat "$T/t")" 'BEGIN {print (b < a) ? b : a}')
done
echo "input: $MB MB of government work reports"
awk -v mb="$MB" '
    $1 == "zhengce" {z = mb / $2}
    {name[NR] = $1; rate[NR] = mb / $2; rss[NR] = $3 / 1024; secs[NR] = $2}
    END {
        printf "%-14s %8s %8s %10s %12s\n", "tool", "seconds", "MB/s", "peak MB", "zhengce ×"
        for (i = 1; i <= NR; i++)
            printf "%-14s %8.2f %8.1f %10.0f %12.2f\n", name[i], secs[i], rate[i], rss[i], z / rate[i]
    }' "$T/results"
echo "zhengce start-up (empty input, best of 5): $(awk -v s="$best" 'BEGIN {printf "%.0f ms", s * 1000}')"
