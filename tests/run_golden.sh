#!/bin/sh
# run_golden.sh — golden tests through the CLI.
#
# usage: run_golden.sh ZHENGCE GOLDEN_DIR STAGE...
#
# For each STAGE, runs ZHENGCE on every NAME.txt in GOLDEN_DIR/STAGE/ and compares its standard
# output with NAME.out. The arguments before the input file come from NAME.cmd when it exists,
# else from the stage's COMMAND file (one line, e.g. "sentences --format text"). The command
# runs inside the stage folder with the input named NAME.txt, so outputs carry no build paths.
# ZC_GOLDEN_UPDATE=1 rewrites the .out files instead (review the diff before committing).
# Exit status: 0 when every output matches, 1 otherwise, 2 on a usage error.
set -u
if [ $# -lt 3 ]; then
    echo "usage: run_golden.sh ZHENGCE GOLDEN_DIR STAGE..." >&2
    exit 2
fi
zhengce=$1
dir=$2
shift 2
case $zhengce in /*) ;; *) zhengce=$(pwd)/$zhengce ;; esac
fail=0
total=0
for stage in "$@"; do
    sdir=$dir/$stage
    if [ ! -d "$sdir" ]; then
        echo "run_golden: no folder $sdir" >&2
        exit 2
    fi
    for input in "$sdir"/*.txt; do
        [ -e "$input" ] || continue
        name=$(basename "$input" .txt)
        if [ -f "$sdir/$name.cmd" ]; then
            args=$(cat "$sdir/$name.cmd")
        elif [ -f "$sdir/COMMAND" ]; then
            args=$(cat "$sdir/COMMAND")
        else
            echo "run_golden: $sdir has no COMMAND file (nor $name.cmd)" >&2
            exit 2
        fi
        total=$((total + 1))
        out=$(mktemp)
        # shellcheck disable=SC2086  # args is a word list by design
        (cd "$sdir" && "$zhengce" $args "$name.txt") >"$out" 2>"$out.err"
        rc=$?
        if [ $rc -ne 0 ]; then
            echo "FAIL $stage/$name: exit status $rc" >&2
            cat "$out.err" >&2
            fail=$((fail + 1))
        elif [ "${ZC_GOLDEN_UPDATE:-0}" = 1 ]; then
            cp "$out" "$sdir/$name.out"
            echo "updated $stage/$name.out"
        elif [ ! -f "$sdir/$name.out" ]; then
            echo "FAIL $stage/$name: no $name.out (run with ZC_GOLDEN_UPDATE=1)" >&2
            fail=$((fail + 1))
        elif ! diff -u "$sdir/$name.out" "$out" >"$out.diff"; then
            echo "FAIL $stage/$name: output differs from $name.out:" >&2
            head -n 60 "$out.diff" >&2
            fail=$((fail + 1))
        else
            echo "ok   $stage/$name"
        fi
        rm -f "$out" "$out.err" "$out.diff"
    done
done
echo "$((total - fail)) of $total golden outputs match"
[ $fail -eq 0 ]
