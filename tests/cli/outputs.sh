#!/usr/bin/env bash
# extract's output files under hostile use: an -o or --errors path that is an input, a file
# under an input directory, the other one, or a device; two runs with the same -o; --resume
# with other options, of a finished run, of a cut partial; an error stream that cannot be
# written. Small generated documents only; every run under `timeout`.
# usage: outputs.sh ZHENGCE
set -u
zc=$(readlink -f "$1")   # the test works in its own directory
tmp=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null; done; rm -rf "$tmp"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }
z() { timeout -s KILL 60 "$zc" "$@"; }

# expect NAME STATUS PATTERN ARGS...: runs extract ARGS, checks its status and that stderr
# matches PATTERN.
expect() {
    local name=$1 want=$2 pat=$3
    shift 3
    z extract "$@" >"$tmp/stdout" 2>"$tmp/err"
    local got=$?
    if [ "$got" -eq "$want" ] && grep -Eq -- "$pat" "$tmp/err"; then
        ok
    else
        bad "$name: status $got (want $want), stderr:"
        sed 's/^/  /' "$tmp/err"
    fi
}
sum() { md5sum <"$1"; }
lines() { if [ -f "$1" ]; then wc -l <"$1"; else echo 0; fi; }
# bounded_wait PID: its exit status, or 137 after killing it when it runs past a minute.
bounded_wait() {
    for _ in $(seq 1200); do kill -0 "$1" 2>/dev/null || break; sleep 0.05; done
    kill -9 "$1" 2>/dev/null
    wait "$1"
}

cd "$tmp" || exit 1
printf '%s\n' doc1.txt doc2.txt doc3.txt >all.list
# Documents: a few policy sentences with records, repeated so the output has some size.
for i in 1 2 3; do
    for _ in $(seq 20); do
        echo "到${i}0${i}5年底,全县农村自来水普及率达到9${i}%以上,新建改建农村公路${i}20公里。"
        echo "各乡镇要在${i}月底前完成排查整治,对工作不力的单位予以通报批评并追究责任。"
    done >"doc$i.txt"
done
printf 'abc\0\0\0def\0ghi\0' >bin.dat
mkdir dir
cp doc1.txt doc2.txt dir/
z extract --quiet doc1.txt doc2.txt doc3.txt >full.jsonl
[ -s full.jsonl ] && [ "$(wc -l <full.jsonl)" -ge 6 ] && ok || bad "no records from the documents"

# An input named as -o or --errors survives (the review found it cut to 0 bytes, exit 0).
before=$(sum doc1.txt)
expect "-o is the input" 2 "doc1.txt.*input" -o doc1.txt doc1.txt
[ "$(sum doc1.txt)" = "$before" ] && ok || bad "-o doc1.txt doc1.txt changed the input"
expect "--errors is an input" 2 "--errors doc1.txt.*input" \
    --errors doc1.txt doc1.txt doc2.txt bin.dat
[ "$(sum doc1.txt)" = "$before" ] && ok || bad "--errors doc1.txt changed the input"
expect "-o is an input through a symlink" 2 "input" -o "$tmp/./dir/../doc1.txt" doc1.txt
[ "$(sum doc1.txt)" = "$before" ] && ok || bad "-o through another path changed the input"
echo doc1.txt >list.txt
expect "--files-from list as -o" 2 "files-from list.txt" -o list.txt --files-from list.txt
[ "$(cat list.txt)" = doc1.txt ] && ok || bad "-o list.txt changed the --files-from list"
expect "--files-from list as --errors" 2 "list.txt" --errors list.txt --files-from list.txt
[ "$(cat list.txt)" = doc1.txt ] && ok || bad "--errors list.txt changed the --files-from list"

printf '全县 100 n\n' >my.dict
expect "-o is a --user-dict" 2 "my.dict.*user-dict" -o my.dict --user-dict my.dict doc1.txt
[ "$(cat my.dict)" = '全县 100 n' ] && ok || bad "-o my.dict replaced the user dictionary"

# -o X --errors X: the error lines would vanish in the rename.
echo keep >same.jsonl
expect "-o and --errors the same" 2 "same file" -o same.jsonl --errors same.jsonl doc1.txt bin.dat
[ "$(cat same.jsonl)" = keep ] && ok || bad "-o X --errors X changed X"
expect "-o and --errors the same through ./" 2 "same file" \
    -o same.jsonl --errors ./same.jsonl doc1.txt

# -o inside a walked directory: the run would read its own partial output.
expect "-o under an input directory" 2 "under an input directory" -o dir/out.jsonl dir
[ ! -e dir/out.jsonl.partial ] && [ ! -e dir/out.jsonl ] &&
    ok || bad "-o under the input directory wrote files"
expect "-o under an input directory, absolute" 2 "under an input directory" \
    -o "$tmp/dir/sub.jsonl" ./

# -o onto a FIFO or a device node: never replaced by a regular file.
mkfifo pipe
expect "-o onto a FIFO" 2 "not a regular file" -o pipe doc1.txt
[ -p pipe ] && ok || bad "the FIFO was replaced"
if [ "$(id -u)" -eq 0 ] && mknod null c 1 3 2>/dev/null; then
    expect "-o onto a device node" 2 "not a regular file" -o null doc1.txt
    [ -c null ] && ok || bad "the device node was replaced"
fi
# (Not /dev/null or /dev/stdout themselves: a zhengce without the check would replace them
# for the whole machine.)

# Two runs with the same -o: the second fails at once and changes nothing. The first holds
# the lock while it waits for its --files-from list on a FIFO.
mkfifo list1
exec 3<>list1
"$zc" extract --quiet -j 1 -o two.jsonl --files-from list1 3>&- &
pids+=($!)
pid=$!
for _ in $(seq 600); do [ -s two.jsonl.partial.journal ] && break; sleep 0.05; done
expect "second run with the same -o" 2 "two.jsonl.partial is locked" -o two.jsonl doc3.txt
printf '%s\n' doc1.txt doc2.txt doc3.txt >&3
exec 3>&-
bounded_wait $pid
rc=$?
[ $rc -eq 0 ] && cmp -s two.jsonl full.jsonl &&
    ok || bad "the first run did not finish intact (status $rc)"
# The same with a lock held by flock(1): the partial it guards is not truncated.
echo held >lock.jsonl.partial
exec 9<>lock.jsonl.partial
flock -n 9 || bad "flock(1) could not lock"
expect "a partial locked by flock" 2 "locked" -o lock.jsonl doc1.txt
exec 9>&-
[ "$(cat lock.jsonl.partial)" = held ] && ok || bad "the locked partial was changed"
# An --errors file another run is writing (locked) is not truncated either.
echo held >lock.err
exec 9<>lock.err
flock -n 9 || bad "flock(1) could not lock"
expect "an --errors file locked by flock" 2 "lock.err is locked" --errors lock.err doc1.txt bin.dat
exec 9>&-
[ "$(cat lock.err)" = held ] && ok || bad "the locked --errors file was changed"

# interrupted OUT ARGS... -- N: a run with ARGS over long.list, killed once its journal
# vouches for N inputs. The list comes through a FIFO held open, so the run cannot finish
# first; it is longer than the window of documents in flight (-j 1: 8) by far, as the run
# writes a document only when it can read on.
for _ in $(seq 10); do cat all.list; done >long.list
interrupted() {
    local out=$1
    shift
    local args=()
    while [ "$1" != -- ]; do args+=("$1"); shift; done
    local n=$2
    rm -f fifo "$out" "$out.partial" "$out.partial.journal" "$out.journal"
    mkfifo fifo
    exec 3<>fifo
    "$zc" extract --quiet -j 1 -o "$out" "${args[@]}" --files-from fifo 3>&- &
    local p=$!
    pids+=($p)
    cat "${list:-long.list}" >&3
    for _ in $(seq 600); do
        [ "$(lines "$out.partial.journal")" -gt "$n" ] && break
        sleep 0.05
    done
    kill -9 $p 2>/dev/null
    wait $p 2>/dev/null
    exec 3>&-
    [ "$(lines "$out.partial.journal")" -gt "$n" ] && [ ! -e "$out" ] ||
        bad "the run to interrupt did not journal $n inputs"
}
z extract --quiet --files-from long.list >long.jsonl

# --resume with other options that shape the records is refused and changes nothing.
interrupted res.jsonl -- 2
p=$(sum res.jsonl.partial)
expect "resume with another --format" 2 "--format" \
    -o res.jsonl --resume --format csv --files-from long.list
expect "resume with another --doc-date" 2 "--doc-date" \
    -o res.jsonl --resume --doc-date 2020-01-01 --files-from long.list
expect "resume with --no-t2s" 2 "--no-t2s" -o res.jsonl --resume --no-t2s --files-from long.list
expect "resume with --keep-boilerplate" 2 "--keep-boilerplate" \
    -o res.jsonl --resume --keep-boilerplate --files-from long.list
expect "resume with other --errors" 2 "--errors" \
    -o res.jsonl --resume --errors e.jsonl --files-from long.list
[ "$(sum res.jsonl.partial)" = "$p" ] && [ ! -e res.jsonl ] &&
    ok || bad "a refused resume changed the partial"
expect "resume with the same options" 0 "done before the resume" \
    -o res.jsonl --resume --files-from long.list
cmp -s res.jsonl long.jsonl && ok || bad "the resumed output differs from a run not interrupted"

# A partial cut shorter than its journal says: resumed from the last input both vouch for,
# never padded with NUL bytes.
interrupted cut.jsonl -- 2
# Cut below what the journal vouches for (its last whole line's output length): the partial
# may hold more at the kill, the records of a document written through before its line.
v=$(awk -F'\t' 'NF == 9 && $3 ~ /^[0-9]+$/ { n = $3 } END { print n + 0 }' cut.jsonl.partial.journal)
truncate -s "$((v - 7))" cut.jsonl.partial
expect "resume of a cut partial" 0 "shorter than its journal" \
    -o cut.jsonl --resume --files-from long.list
[ "$(tr -d '\000' <cut.jsonl | wc -c)" -eq "$(wc -c <cut.jsonl)" ] &&
    ok || bad "NUL bytes in the resumed output"
cmp -s cut.jsonl long.jsonl && ok || bad "the output resumed from a cut partial differs"
# A partial longer than its journal says (a kill between the data and its journal line).
interrupted longer.jsonl -- 1
printf '{"doc":"half a rec' >>longer.jsonl.partial
expect "resume of an extended partial" 0 "" -o longer.jsonl --resume --files-from long.list
cmp -s longer.jsonl long.jsonl && ok || bad "the output resumed from an extended partial differs"

# A journal without the options (an older zhengce's) cannot vouch for them: refused.
printf 'x\n' >old.jsonl.partial
printf '0\tdoc1.txt\t2\t-1\t0\t0\t0\t0\t0\n' >old.jsonl.partial.journal
expect "resume of a journal without options" 2 "not written by this version" \
    -o old.jsonl --resume doc1.txt
[ "$(cat old.jsonl.partial)" = x ] && ok || bad "a refused resume changed the partial"

# An errors file cut shorter than the journal says (lost, or a full disk): resumed from the
# last input whose error lines it still holds, never padded.
for _ in $(seq 10); do echo bin.dat; cat all.list; done >err.list
z extract --quiet -o errs.jsonl --errors errs.err --files-from err.list
list=err.list interrupted ie.jsonl --errors ie.err -- 3
: >ie.err
expect "resume with a cut errors file" 1 "shorter than its journal" -o ie.jsonl --errors ie.err \
    --resume --files-from err.list
cmp -s ie.err errs.err && cmp -s ie.jsonl errs.jsonl && ok ||
    bad "the run resumed with a cut errors file differs from one not interrupted"

# --resume of a finished run reports how it went: status 1 when an input failed.
expect "a run with a failure" 1 "1 failed" -o fin.jsonl --errors fin.err doc1.txt bin.dat
[ -s fin.jsonl.journal ] && ok || bad "no journal kept beside the finished output"
expect "resume of a finished run with a failure" 1 "2 documents.*1 ok, 1 failed" -o fin.jsonl \
    --errors fin.err --resume doc1.txt bin.dat
expect "resume of a finished run with another format" 2 "--format" -o fin.jsonl \
    --errors fin.err --resume --format tsv doc1.txt bin.dat

# A --files-from entry that is a file of the run (here the output of the last run) stops it
# before it is read, and the file is not replaced.
cp doc1.txt lazy.jsonl
echo lazy.jsonl >lazy.list
before=$(sum lazy.jsonl)
expect "a listed input that is the output" 2 "lazy.jsonl is a file this run writes" \
    -o lazy.jsonl --files-from lazy.list
[ "$(sum lazy.jsonl)" = "$before" ] && ok || bad "a listed input was replaced by the output"

# Error lines that cannot be written are reported, and the status says so.
expect "--errors /dev/full" 1 "/dev/full: cannot write error lines" \
    --errors /dev/full doc1.txt bin.dat
expect "--errors /dev/full with -o" 1 "/dev/full: cannot write error lines" -o full-err.jsonl \
    --errors /dev/full doc1.txt bin.dat
[ ! -e full-err.jsonl ] && ok || bad "the output was renamed complete without its error lines"
# Standard error on a full device: nothing to read the report, but the status is not 0.
z extract --quiet -o stderr-full.jsonl doc1.txt bin.dat 2>/dev/full
rc=$?
[ $rc -eq 1 ] && ok || bad "error lines lost on standard error: status $rc (want 1)"

# Records that cannot reach standard output: whether a worker wrote them through (the next
# document in order) or the writer copied them, the run says so and fails.
for j in 1 2; do
    z extract -j $j doc1.txt doc2.txt doc3.txt >/dev/full 2>"$tmp/err"
    rc=$?
    [ $rc -eq 1 ] && grep -q "standard output: cannot write" "$tmp/err" && ok ||
        bad "standard output /dev/full, -j $j: status $rc (want 1), stderr: $(cat "$tmp/err")"
done

# The partial and the journal reach the disk before the rename, the directory after it.
if strace -f -o /dev/null true 2>/dev/null; then
    # (LeakSanitizer cannot run under ptrace: off for this one run of a sanitized build.)
    ASAN_OPTIONS=detect_leaks=0 strace -f -e trace=fsync,fdatasync,rename -o trace.txt \
        "$zc" extract --quiet -o sync.jsonl doc1.txt
    n=$(grep -c 'fsync(' trace.txt)
    last_rename=$(grep -n 'rename(' trace.txt | tail -1 | cut -d: -f1)
    first_fsync=$(grep -n 'fsync(' trace.txt | head -1 | cut -d: -f1)
    last_fsync=$(grep -n 'fsync(' trace.txt | tail -1 | cut -d: -f1)
    [ "$n" -ge 3 ] && [ "$first_fsync" -lt "$last_rename" ] &&
        [ "$last_fsync" -gt "$last_rename" ] &&
        ok || bad "fsync before and after the rename: $(cat trace.txt)"
fi

echo "outputs: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
