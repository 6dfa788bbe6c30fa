#!/usr/bin/env bash
# Hostile inputs to `zhengce extract`: each must end (timeout 60 turns a hang into a failure)
# with the documented status and error line, the batch going on past it, and outputs that
# stay valid JSON and carry no control characters from file names.
# usage: hostile_input.sh ZHENGCE SRCDIR
set -u
zc=$1
seed=$2/corpus/seed.txt
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }

# run NAME CMD...: runs CMD under `timeout 60`, output in $tmp/out and $tmp/err, status in $rc.
run() {
    name=$1
    shift
    timeout 60 "$@" >"$tmp/out" 2>"$tmp/err"
    rc=$?
    [ "$rc" -ne 124 ] || bad "$name: hung (killed after 60 s)"
}
# want NAME STATUS PATTERN: the last run ended with STATUS and stderr matches PATTERN (an
# empty PATTERN: stderr is empty).
want() {
    if [ -z "$3" ]; then m=$([ ! -s "$tmp/err" ] && echo y); else m=$(grep -Eq -- "$3" "$tmp/err" && echo y); fi
    if [ "$rc" -eq "$2" ] && [ "$m" = y ]; then ok; else
        bad "$1: status $rc (want $2), stderr:"
        head -c 2000 "$tmp/err" | sed 's/^/  /'
    fi
}
# records NAME N: the last run wrote N records of seed.txt-like documents (any count >= N).
records() {
    n=$(wc -l <"$tmp/out")
    [ "$n" -ge "$2" ] && ok || bad "$1: $n records, want at least $2"
}
# 400 MB of address space, where the binary runs in it (a sanitizer build reserves terabytes
# for its shadow memory: there the reads are only checked to stop at the limit).
vm='ulimit -v 400000 &&'
bash -c "$vm"' "$0" extract --help; exit $?' "$zc" >/dev/null 2>&1 || vm=''   # no exec: an abort is reported here
seed_n=$("$zc" extract --quiet "$seed" | wc -l)
[ "$seed_n" -gt 0 ] || { echo "seed.txt gives no records"; exit 1; }

# --- special files: a FIFO in a walked directory is reported, never opened --------------
mkdir "$tmp/d"
cp "$seed" "$tmp/d/a.txt"
mkfifo "$tmp/d/b-fifo"
cp "$seed" "$tmp/d/c.txt"
run "fifo in a walk" "$zc" extract --quiet -j 2 "$tmp/d"
want "fifo in a walk" 1 '"doc":"[^"]*/d/b-fifo","error":"[^"]*FIFO'
records "fifo in a walk: both files" $((2 * seed_n))
run "fifo in a walk, -o" "$zc" extract --quiet -o "$tmp/o.jsonl" "$tmp/d"
want "fifo in a walk, -o" 1 'b-fifo.*FIFO'
# A run killed after a.txt: its journal vouches for a.txt, the resume walks on to the FIFO.
# (The journal's first line, the run's options, is taken from a real run with the same ones.)
"$zc" extract --quiet -o "$tmp/h.jsonl" "$tmp/d/a.txt"
"$zc" extract --quiet "$tmp/d/a.txt" >"$tmp/o2.jsonl.partial"
{ head -n 1 "$tmp/h.jsonl.journal"
  printf '0\t%s\t%s\t-1\t0\t0\t0\t0\t0\n' "$tmp/d/a.txt" "$(wc -c <"$tmp/o2.jsonl.partial")"
} >"$tmp/o2.jsonl.partial.journal"
run "fifo in a walk, --resume" "$zc" extract --quiet -o "$tmp/o2.jsonl" --resume "$tmp/d"
want "fifo in a walk, --resume" 1 'b-fifo.*FIFO'
[ "$(cat "$tmp/o2.jsonl" 2>/dev/null | wc -l)" -eq $((2 * seed_n)) ] && ok || bad "fifo in a walk, --resume: output"
# A FIFO the user names is read (here fed by a writer), bounded like any input.
mkfifo "$tmp/named-fifo"
(timeout 60 cat "$seed" >"$tmp/named-fifo" &)
run "named fifo" "$zc" extract --quiet "$tmp/named-fifo"
want "named fifo" 0 ''
records "named fifo" "$seed_n"

# --- --max-bytes bounds every read: a device, standard input, --jsonl-in -----------------
# Under 400 MB of address space /dev/zero read whole would fail with "out of memory" (or be
# killed); bounded, it is an error line naming the limit and the next input still runs.
run "/dev/zero" bash -c "$vm"' exec "$0" extract --quiet -j 1 --max-bytes 1000000 /dev/zero "$1"' "$zc" "$seed"
want "/dev/zero" 1 '"doc":"/dev/zero","error":"[^"]*over the limit of 1000000"'
records "/dev/zero: the next input" "$seed_n"
run "stdin /dev/zero" bash -c "$vm"' exec "$0" extract --quiet -j 1 --max-bytes 1M - <"$1"' "$zc" /dev/zero
want "stdin /dev/zero" 1 '"doc":"-","error":"standard input: [^"]*over the limit of 1048576"'
head -c 2000000 /dev/zero | tr '\0' x >"$tmp/x2m.txt"
run "stdin over" sh -c '"$0" extract --quiet --max-bytes 1000000 - <"$1"' "$zc" "$tmp/x2m.txt"
want "stdin over" 1 'standard input: .*over the limit of 1000000'
run "file over" "$zc" extract --quiet --max-bytes 1000000 "$tmp/x2m.txt" "$seed"
want "file over" 1 'x2m.txt","error":"[^"]*2000000 bytes, over the limit of 1000000'
records "file over: the next input" "$seed_n"
python3 - "$tmp" "$seed" <<'EOF'
import json, sys
tmp, seed = sys.argv[1], sys.argv[2]
text = open(seed, encoding="utf-8").read()
with open(tmp + "/big.jsonl", "w") as f:
    f.write(json.dumps({"id": "over", "text": "x" * 3000}) + "\n")           # text over 1000
    f.write(json.dumps({"id": "long", "text": "x" * 200000}) + "\n")         # line over 6*1000+64K
    f.write(json.dumps({"id": "file", "path": tmp + "/x2m.txt"}) + "\n")
    f.write(json.dumps({"id": "dev", "path": "/dev/zero"}) + "\n")     # data, not the command line
    f.write(json.dumps({"id": "fifo", "path": tmp + "/d/b-fifo"}) + "\n")
    f.write(json.dumps({"id": "fine", "text": text[:300]}, ensure_ascii=False) + "\n")
EOF
run "jsonl-in over" bash -c "$vm"' exec "$0" extract --quiet -j 1 --jsonl-in --max-bytes 1000 <"$1"' "$zc" "$tmp/big.jsonl"
want "jsonl-in text over" 1 '"doc":"over","error":"standard input line 1: text of 3000 bytes, over the limit of 1000"'
want "jsonl-in line over" 1 '"doc":"stdin:2","error":"standard input line 2: longer than'
want "jsonl-in path over" 1 '"doc":"file","error":"[^"]*x2m.txt: 2000000 bytes, over the limit of 1000"'
want "jsonl-in device" 1 '"doc":"dev","error":"/dev/zero: a character device, not a regular file'
want "jsonl-in fifo" 1 '"doc":"fifo","error":"[^"]*b-fifo: a FIFO, not a regular file'
grep -q '"doc":"fine"' "$tmp/out" && ok || bad "jsonl-in over: the document after them"

# A --files-from list: a line too long for a path, or with a NUL, is an error line (getline
# grew without bound on such a line, and a NUL cut a path short).
{ echo "$seed"; head -c 100000 /dev/zero | tr '\0' a; printf '\n%s\0x\n%s\n' "$seed" "$seed"; } >"$tmp/list"
run "files-from" "$zc" extract --quiet --files-from "$tmp/list"
want "files-from long line" 1 '"error":"[^"]*list line 2: longer than a path can be"'
want "files-from NUL" 1 '"error":"[^"]*list line 3: a NUL byte in a path"'
records "files-from: the other lines" $((2 * seed_n))
printf '%s\n%s\n' "$tmp/d/b-fifo" "$seed" >"$tmp/list2"
run "files-from fifo" "$zc" extract --quiet --files-from "$tmp/list2"
want "files-from fifo" 1 '"doc":"[^"]*b-fifo","error":"a FIFO, not a regular file'
records "files-from fifo: the next line" "$seed_n"

# --- option values: checked whole, a usage error ------------------------------------------
for opt in "-j 4294967297" "-j 0" "-j -1" "-j 1x" "--max-bytes -1" "--max-bytes 1x" \
           "--max-bytes 18446744073709551616" "--max-bytes 2T" "--doc-date -001-01-01" \
           "--doc-date 0000-01-01" "--doc-date 2023-02-29" "--shard 1/-1" "--shard -1/3" \
           "--shard 1/4294967297" "--paths-under $tmp/missing --jsonl-in" \
           "--paths-under $seed --jsonl-in" "--paths-under $tmp"; do
    # shellcheck disable=SC2086
    run "option $opt" "$zc" extract --quiet $opt "$seed"
    want "option $opt" 2 "zhengce extract: ${opt%% *} "
done
run "option --max-bytes 1K" "$zc" extract --quiet --max-bytes 1K "$seed"
want "option --max-bytes 1K" 1 'over the limit of 1024'

# --- --jsonl-in: one object per line, one document per id ------------------------------
python3 - "$tmp" "$seed" <<'EOF'
import json, sys
tmp, seed = sys.argv[1], sys.argv[2]
text = open(seed, encoding="utf-8").read()
d = lambda i: json.dumps({"id": i, "text": text}, ensure_ascii=False)
with open(tmp + "/two.jsonl", "w") as f:
    f.write(d("a") + "\n")
    f.write(d("b") + d("c") + "\n")   # two objects on one line
    f.write(d("a") + "\n")            # the id of line 1 again
    f.write(d("e") + "  \r\n")        # trailing spaces are fine
EOF
run "jsonl-in" sh -c '"$0" extract --quiet --jsonl-in <"$1"' "$zc" "$tmp/two.jsonl"
want "jsonl-in two objects" 1 '"doc":"b","error":"standard input line 2: more after the JSON object'
want "jsonl-in duplicate id" 1 '"doc":"a","error":"standard input line 3: the id of line 1 again"'
[ "$(grep -c . "$tmp/err")" -eq 2 ] && ok || bad "jsonl-in: want 2 error lines, got $(cat "$tmp/err")"
docs=$(python3 -c 'import json,sys; print(" ".join(sorted({json.loads(l)["doc"] for l in open(sys.argv[1])})))' "$tmp/out")
[ "$docs" = "a e" ] && ok || bad "jsonl-in: documents '$docs', want 'a e'"

# --- --paths-under confines --jsonl-in paths --------------------------------------------
mkdir "$tmp/in" "$tmp/in/sub"
cp "$seed" "$tmp/in/sub/ok.txt"
echo '各乡镇必须在1月25日前完成秘密工作。' >"$tmp/secret.txt"
ln -s ../secret.txt "$tmp/in/link.txt"
printf '{"id":"ok","path":"%s"}\n{"id":"out","path":"%s"}\n{"id":"dots","path":"%s"}\n{"id":"link","path":"%s"}\n' \
    "$tmp/in/sub/ok.txt" "$tmp/secret.txt" "$tmp/in/../secret.txt" "$tmp/in/link.txt" >"$tmp/paths.jsonl"
run "paths-under" sh -c '"$0" extract --quiet --jsonl-in --paths-under "$1" <"$2"' "$zc" "$tmp/in" "$tmp/paths.jsonl"
want "paths-under outside" 1 '"doc":"out","error":"[^"]*secret.txt: outside --paths-under'
want "paths-under dots" 1 '"doc":"dots","error":"[^"]*outside --paths-under'
want "paths-under link" 1 '"doc":"link","error":"[^"]*outside --paths-under'
grep -q '秘密' "$tmp/out" && bad "paths-under: the secret was read" || ok
[ "$(grep -c '"doc":"ok"' "$tmp/out")" -eq "$seed_n" ] && ok || bad "paths-under: ok.txt not read"
run "paths unconfined" sh -c '"$0" extract --quiet --jsonl-in <"$1"' "$zc" "$tmp/paths.jsonl"
grep -q '秘密' "$tmp/out" && ok || bad "without --paths-under a path reads any file"

# --- names: valid UTF-8 ids that round-trip, no control characters ----------------------
mkdir "$tmp/n"
printf '各乡镇必须在1月25日前完成工作。\n' >"$tmp/n/$(printf 'gbk-\xd5\xfe\xb2\xdf.txt')"
printf '各乡镇必须在1月25日前完成工作。\n' >"$tmp/n/$(printf 'gbk-\xd5\xfe.txt')"
printf '各乡镇必须在1月25日前完成工作。\n' >"$tmp/n/$(printf 'esc-\x1b]0;owned\x07-\x1b[31m.txt')"
printf '各乡镇必须在1月25日前完成工作。\n' >"$tmp/n/back\\x41slash.txt"
printf 'abc\0\0\0def' >"$tmp/n/$(printf 'bin-\x1b[2J-\xff.txt')"   # fails: an error line
run "names" "$zc" extract --quiet "$tmp/n"
want "names" 1 'bin-'
python3 - "$tmp/n" "$tmp/out" "$tmp/err" <<'EOF' && ok || bad "names: ids not valid JSON or not reversible"
import json, os, re, sys
d, out, err = sys.argv[1:]
def unescape(s):   # README: a backslash is written twice, any other escaped byte \xHH
    return re.sub(rb"\\(\\|x([0-9a-f]{2}))",
                  lambda m: b"\\" if m.group(1) == b"\\" else bytes([int(m.group(2), 16)]),
                  s.encode("utf-8"))
names = {os.path.join(os.fsencode(d), n) for n in os.listdir(os.fsencode(d))}
seen = set()
for f in (out, err):
    for line in open(f, "rb"):
        doc = json.loads(line.decode("utf-8", errors="strict"))["doc"]
        assert not any(ord(c) < 0x20 or 0x7f <= ord(c) < 0xa0 for c in doc), doc
        seen.add(unescape(doc))
assert seen == names, (seen ^ names)
EOF
for f in out err; do
    LC_ALL=C grep -q "$(printf '[\001-\010\013-\037\177]')" "$tmp/$f" && bad "names: control bytes in std$f" || ok
done
run "names tsv" "$zc" extract --quiet --format tsv "$tmp/n"
cut -f1 "$tmp/out" | LC_ALL=C grep -q "$(printf '[\001-\037\177]')" && bad "names: control bytes in TSV" || ok
grep -qF 'esc-\x1b]0;owned\x07-\x1b[31m.txt' "$tmp/out" && ok || bad "names: TSV id not escaped"

# --- CSV and TSV for Excel: no formulas --------------------------------------------------
printf '{"id":"=HYPERLINK(\\"http://evil.example/\\",\\"x\\")","text":"@SUM(1)各乡镇必须在1月25日前完成。"}\n{"id":"-2+3","text":"+各乡镇必须在1月25日前完成。"}\n' >"$tmp/formula.jsonl"
for fmt in csv tsv; do
    run "excel $fmt" sh -c '"$0" extract --quiet --jsonl-in --format "$1" --excel <"$2"' "$zc" "$fmt" "$tmp/formula.jsonl"
    python3 - "$tmp/out" "$fmt" <<'EOF' && ok || bad "excel $fmt: a cell a spreadsheet would run"
import csv, sys
path, fmt = sys.argv[1:]
rows = list(csv.reader(open(path, encoding="utf-8-sig", newline=""),
                       delimiter="," if fmt == "csv" else "\t", quoting=csv.QUOTE_MINIMAL
                       if fmt == "csv" else csv.QUOTE_NONE))
head, body = rows[0], rows[1:]
assert len(body) >= 2, rows
numbers = {"char_start", "char_end", "byte_start", "byte_end", "value", "value_max"}
for r in body:
    for name, cell in zip(head, r):
        assert name in numbers or not cell or cell[0] not in "=+-@\t\r", (name, cell)
docs = {r[0]: r for r in body}
assert set(docs) == {"'=HYPERLINK(\"http://evil.example/\",\"x\")", "'-2+3"}, docs.keys()
assert docs["'-2+3"][head.index("sentence")].startswith("'+"), docs["'-2+3"]
EOF
done
run "csv without --excel" sh -c '"$0" extract --quiet --jsonl-in --format csv <"$1"' "$zc" "$tmp/formula.jsonl"
grep -q '^"=HYPERLINK(""http://evil.example/"",""x"")",' "$tmp/out" && ok || bad "csv without --excel changed"

# A text of line breaks alone: the metadata stage, which extraction asks for the genre, read
# the first of no lines (a crash of both `meta` and `extract`).
printf '\n\n' >"$tmp/blank.txt"
run "blank meta" "$zc" meta "$tmp/blank.txt"
want "blank meta" 0 ''
run "blank extract" "$zc" extract --quiet "$tmp/blank.txt"
want "blank extract" 0 ''

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
