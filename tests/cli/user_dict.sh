#!/usr/bin/env bash
# extract --user-dict changes extraction: the user's words and tags are the words the
# arguments are made of. 申能控股 is no actor without it (no actor suffix ends it); as one
# word tagged nt (an organisation) it is the actor of its clause.
# usage: user_dict.sh ZHENGCE
set -u
zc=$(readlink -f "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }
cd "$tmp" || exit 1
printf '申能控股要在年底前完成平台建设。\n' >doc.txt
printf '申能控股 nt\n' >org.dict
actor() { grep -o '"actor":[^,]*' | head -1; }
without=$(timeout 60 "$zc" extract --quiet doc.txt | actor)
with=$(timeout 60 "$zc" extract --quiet --user-dict org.dict doc.txt 2>/dev/null | actor)
[ "$without" = '"actor":null' ] && ok || bad "without the user dictionary: $without"
[ "$with" = '"actor":"申能控股"' ] && ok || bad "with the user dictionary: $with"
# The run's stderr reports the dictionary as segment does.
timeout 60 "$zc" extract --quiet --user-dict org.dict doc.txt 2>&1 >/dev/null |
    grep -q 'org.dict: 1 words added, 0 lines rejected' && ok || bad "no load report"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
