#!/bin/sh
# sighan.sh BUILDDIR — SIGHAN 2005 bakeoff (PKU, MSR test sets) scored with the official
# scorer: zhengce (`zhengce segment`, shipped lexicons), jieba (Debian python3-jieba, HMM off)
# and ICU's word BreakIterator. Prints P, R, F1 and OOV recall. The training word lists are
# used only by the scorer (OOV recall), never as a lexicon.
set -eu
B=$(cd "${1:-build}" && pwd)
S=${SIGHAN:-$(dirname "$0")/../../shared/corpus/sighan}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cc -O2 -o "$T/icu_words" "$(dirname "$0")/icu_words.c" $(pkg-config --cflags --libs icu-uc icu-i18n)
printf '%-5s %-8s %6s %6s %6s %8s\n' set tool P R F1 OOV-R
for c in pku msr; do
    ZHENGCE_DICTDIR="$B/dicts" ${ZC_SEGMENT:-"$B/src/cli/zhengce" segment} "$S/${c}_test.utf8" > "$T/zhengce"
    /usr/bin/python3 -c '
import sys, jieba
jieba.setLogLevel(60)
for line in open(sys.argv[1], encoding="utf-8"):
    print(" ".join(w for w in jieba.cut(line.rstrip("\n"), HMM=False) if w.strip()))
' "$S/${c}_test.utf8" > "$T/jieba"
    "$T/icu_words" "$S/${c}_test.utf8" > "$T/icu"
    for tool in zhengce jieba icu; do
        perl "$S/score" "$S/${c}_training_words.utf8" "$S/${c}_test_gold.utf8" "$T/$tool" |
            awk -v c="$c" -v t="$tool" '
                /=== TOTAL TRUE WORDS RECALL/ {r=$NF} /=== TOTAL TEST WORDS PRECISION/ {p=$NF}
                /=== F MEASURE/ {f=$NF} /=== OOV Recall Rate/ {o=$NF}
                END {printf "%-5s %-8s %6s %6s %6s %8s\n", c, t, p, r, f, o}'
    done
done
