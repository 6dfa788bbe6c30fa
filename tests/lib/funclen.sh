#!/usr/bin/env bash
# No function over 120 lines (STYLE: a function does one thing and fits in a reader's head).
# Function bodies in src/ open with `{` and close with `}` in column 0 (the house style; a
# body opened any other way is itself reported, so the check cannot be dodged by layout).
# Fails naming each function that is too long, with its file and line.
# usage: funclen.sh SOURCE_ROOT [MAX]
set -u
cd "$1/src" || exit 2
max=${2:-120}
out=$(find . -name '*.c' | sed 's|^\./||' | sort | xargs awk -v max="$max" '
    FNR == 1 { open = 0; sig = "" }
    /^[A-Za-z_].*\(/ && !open { sig = $0; sigline = FNR }
    /^[A-Za-z_].*\) *\{ *$/ && !open { printf "FAIL %s:%d: a function body opened on its signature line\n", FILENAME, FNR; bad++ }
    /^\{/ { open = FNR; next }
    /^\}/ && open {
        n = FNR - open - 1; funcs++
        if (n > max) { printf "FAIL %s:%d: %d lines: %s\n", FILENAME, sigline, n, sig; bad++ }
        open = 0
    }
    END { printf "%d functions, %d failed\n", funcs, bad + 0; exit bad > 0 }')
rc=$?; [ "$rc" -eq 0 ] || rc=1
echo "$out"
exit $rc
