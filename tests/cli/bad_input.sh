#!/usr/bin/env bash
# Bad input through the CLI: each case must end with the documented exit status and a message
# naming the file (and the byte offset where one applies), never a crash.
# usage: bad_input.sh ZHENGCE
set -u
zc=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0

# expect NAME STATUS PATTERN CMD...: runs CMD, checks its status and that stderr matches PATTERN
# (an empty PATTERN: stderr must be empty).
expect() {
    name=$1 want=$2 pat=$3
    shift 3
    "$@" >"$tmp/out" 2>"$tmp/err"
    got=$?
    if [ -z "$pat" ]; then ok=$([ ! -s "$tmp/err" ] && echo y); else ok=$(grep -Eq -- "$pat" "$tmp/err" && echo y); fi
    if [ "$got" -eq "$want" ] && [ "$ok" = y ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL $name: status $got (want $want), stderr:"
        sed 's/^/  /' "$tmp/err"
    fi
}

printf '\xe5\x85\xa8\xe5\x8e\xbf\xff\xe7\x9b\x91' >"$tmp/bad-utf8.txt"
# GB18030: 全县 then a lead byte followed by an invalid trail byte, then more text.
printf '\xc8\xab\xcf\xd8\x81\x20\xbc\xe0' >"$tmp/bad-gb.txt"
printf '\xe5\x85\xa8\xe5\x8e' >"$tmp/trunc-utf8.txt"
printf '\xc8\xab\xcf' >"$tmp/trunc-gb.txt"
: >"$tmp/empty.txt"
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\1' >"$tmp/image.png"
printf 'abc\0\0\0def\0ghi\0' >"$tmp/nul.bin"
mkdir "$tmp/dir"

expect "invalid UTF-8" 1 "bad-utf8.txt: .*UTF-8.* byte 6" "$zc" decode --from UTF-8 "$tmp/bad-utf8.txt"
expect "invalid GB18030" 1 "bad-gb.txt: .*GB18030.* byte 4" "$zc" decode --from GB18030 "$tmp/bad-gb.txt"
expect "truncated UTF-8" 1 "trunc-utf8.txt: .*byte 3" "$zc" decode --from UTF-8 "$tmp/trunc-utf8.txt"
expect "truncated GB18030" 1 "trunc-gb.txt: .*byte 2" "$zc" decode --from GB18030 "$tmp/trunc-gb.txt"
expect "lossy reports" 0 "replaced 1 invalid" "$zc" decode --lossy --from GB18030 "$tmp/bad-gb.txt"
expect "empty decodes" 0 "" "$zc" decode "$tmp/empty.txt"
expect "empty is UTF-8" 0 "" "$zc" detect "$tmp/empty.txt"
grep -q "	UTF-8	" "$tmp/out" || { fail=$((fail + 1)); echo "FAIL empty detect label"; }
expect "image is binary" 1 "image.png: not a text file" "$zc" detect "$tmp/image.png"
expect "NULs are binary" 1 "nul.bin: not a text file" "$zc" normalize "$tmp/nul.bin"
expect "directory" 1 "dir: is a directory" "$zc" decode "$tmp/dir"
expect "missing path" 1 "missing.txt: cannot open" "$zc" normalize "$tmp/missing.txt"
expect "unknown label" 2 "unknown encoding" "$zc" decode --from EBCDIC "$tmp/empty.txt"
expect "unknown option" 2 "unknown option" "$zc" decode --bogus "$tmp/empty.txt"
expect "no input" 2 "no input" "$zc" normalize
expect "jsonl-in and -" 2 "jsonl-in reads standard input" "$zc" extract --jsonl-in -
expect "unknown command" 2 "unknown command" "$zc" frobnicate
expect "model missing" 3 "cannot load model" env ZHENGCE_DICTDIR="$tmp/dir" "$zc" normalize "$tmp/empty.txt"
# A name with a terminal escape is printed escaped by every command, never raw.
esc=$(printf 'nope\033[31m.txt')
"$zc" decode "$tmp/$esc" >/dev/null 2>"$tmp/err"
if grep -q "$(printf '\033')" "$tmp/err" || ! grep -q 'nope\\x1b\[31m.txt: cannot open' "$tmp/err"; then
    fail=$((fail + 1)); echo "FAIL escape in a name reached stderr raw:"; od -c "$tmp/err" | head -3
else pass=$((pass + 1)); fi
# A binary run from its build tree finds that tree's dictionaries with no variable set.
printf '各乡镇必须在1月25日前完成。\n' >"$tmp/one.txt"
expect "build-tree dicts" 0 "" env -u ZHENGCE_DICTDIR "$zc" extract --quiet "$tmp/one.txt"
grep -q '"kind": *"deadline"' "$tmp/out" || { fail=$((fail + 1)); echo "FAIL build-tree dicts: no record"; }
# Valid but odd: a lone CR, a huge line, standard input.
head -c 3000000 /dev/zero | tr '\0' 'x' >"$tmp/huge-line.txt"
expect "huge line" 0 "" "$zc" normalize "$tmp/huge-line.txt"
cmp -s "$tmp/out" "$tmp/huge-line.txt" || { fail=$((fail + 1)); echo "FAIL huge line changed"; }
printf '\xc8\xab\xcf\xd8' | "$zc" decode - >"$tmp/out" 2>"$tmp/err"
if [ "$(cat "$tmp/out")" = "全县" ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL stdin"; fi

# Damaged files without --from: read in their own encoding with an error at the damaged byte,
# never decoded to another script in silence (they were UTF-16 and GB18030 once).
printf '各乡镇要按时上报。' | head -c 26 >"$tmp/cut-utf8.txt"   # cut inside 。
printf '各乡镇要\xff按时上报。' >"$tmp/stray-utf8.txt"
printf '\xd6\xd0\xce\xc4\xff\xfe\xd6\xd0' >"$tmp/gbk-2bad.txt"
expect "detect cut UTF-8" 1 "cut-utf8.txt: truncated UTF-8 .*byte 24" "$zc" detect "$tmp/cut-utf8.txt"
grep -q "	UTF-8	" "$tmp/out" || { fail=$((fail + 1)); echo "FAIL cut UTF-8 label"; }
expect "decode stray byte" 1 "stray-utf8.txt: invalid UTF-8 .*byte 12" "$zc" decode "$tmp/stray-utf8.txt"
expect "normalize cut UTF-8" 1 "cut-utf8.txt: truncated UTF-8 .*byte 24" "$zc" normalize "$tmp/cut-utf8.txt"
expect "lossy stray byte" 0 "replaced 1 invalid UTF-8 .*byte 12" "$zc" decode --lossy "$tmp/stray-utf8.txt"
[ "$(cat "$tmp/out")" = "各乡镇要�按时上报。" ] && pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL lossy text"; }
expect "doubtful GBK" 1 "gbk-2bad.txt: no encoding reads as Chinese text .*GB18030.*byte 4" "$zc" decode "$tmp/gbk-2bad.txt"
expect "doubtful even lossy" 1 "gbk-2bad.txt: no encoding" "$zc" normalize --lossy "$tmp/gbk-2bad.txt"
expect "forced GBK lossy" 0 "replaced 2 invalid GB18030" "$zc" decode --from GBK --lossy "$tmp/gbk-2bad.txt"
"$zc" extract --errors - "$tmp/cut-utf8.txt" >"$tmp/out" 2>/dev/null
grep -q '"error":"truncated UTF-8 sequence at end of input at byte 24","offset":24}' "$tmp/out" &&
    pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL extract error line: $(cat "$tmp/out")"; }
"$zc" extract --lossy --errors "$tmp/err.jsonl" "$tmp/stray-utf8.txt" >"$tmp/out" 2>/dev/null
grep -q '"warning":"replaced 1 invalid UTF-8 sequence(s) by U+FFFD","offset":12}' "$tmp/err.jsonl" &&
    pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL extract warning line: $(cat "$tmp/err.jsonl")"; }

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
