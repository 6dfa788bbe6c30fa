#!/usr/bin/env bash
# The build's check of the text tables, over a copy of the built dictionaries: the pristine
# copy passes; a copy with one bad line appended to a file of each folder (a bad regex in rules
# and structure, a wrong column count in lex, a bad UTF-8 byte in meta and boiler), compiled
# into its image again with `dictc tables` as the build does, fails (at `dictc tables` for what
# the reader refuses, else at `dictc check`, which opens the images as the model does) naming
# the file and that line; lines of 10 KB load whole; the model reads the images only. Also
# `dictc enc` names a bad line of its input.
# usage: dictc_check.sh DICTC BUILT_DICTS
set -u
dictc=$1 built=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0

# tables FOLDER: compiles $tmp/d/FOLDER/*.tsv into $tmp/d/FOLDER.zcd as the build does.
tables() {
    "$dictc" tables "$1" "$tmp/d/$1"/*.tsv -o "$tmp/d/$1.zcd"
}

# check NAME WANT_STATUS PATTERN: compiles the folders of $tmp/d and runs dictc check on it,
# checks the status and that stderr matches PATTERN (empty: stderr must be empty).
check() {
    ( for f in lex rules structure boiler meta; do tables $f || exit 1; done
      "$dictc" check "$tmp/d" ) >"$tmp/out" 2>"$tmp/err"
    got=$?
    if [ -z "$3" ]; then ok=$([ ! -s "$tmp/err" ] && echo y); else ok=$(grep -Eq -- "$3" "$tmp/err" && echo y); fi
    if [ "$got" -eq "$2" ] && [ "$ok" = y ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL $1: status $got (want $2), stderr:"
        sed 's/^/  /' "$tmp/err"
    fi
}

# corrupt NAME FILE LINE REASON: a fresh copy with LINE appended to FILE must fail at its line.
corrupt() {
    rm -rf "$tmp/d"
    cp -r "$built" "$tmp/d"
    n=$(($(wc -l <"$tmp/d/$2") + 1))
    printf '%b\n' "$3" >>"$tmp/d/$2"
    check "$1" 1 "/d/$2:$n: $4"
}

rm -rf "$tmp/d"
cp -r "$built" "$tmp/d"
check pristine 0 ''

corrupt rules-regex rules/extract.tsv 'target.bad\ttarget\t(unclosed' 'bad pattern at offset'
corrupt structure-regex structure/structure.tsv 'final\tbad\t[' 'bad pattern at offset'
corrupt boiler-regex boiler/boilerplate.tsv 'bad\ta{2,1}' 'bad pattern at offset'
corrupt lex-columns lex/modality.tsv '务必\tmust\textra' 'expected 2 columns'
corrupt lex-quantity-columns lex/units.tsv '吨\tunit' 'expected 4 columns'
corrupt meta-utf8 meta/organs.tsv '国务院\xff办公厅' 'not valid UTF-8'
corrupt boiler-utf8 boiler/boilerplate.tsv 'bad\t\xe6\x94' 'not valid UTF-8'
corrupt lex-too-many-columns lex/cues.tsv 'a\tb\tc\td\te\tf\tg\th\ti\tj\tk\tl\tm\tn\to\tp\tq' \
    'more than 16 columns'

# 10 KB lines are read whole: a boilerplate pattern and a cue of that length load.
rm -rf "$tmp/d"
cp -r "$built" "$tmp/d"
long=$(head -c 10240 /dev/zero | tr '\0' 'Z')
printf 'long\t^%s$\n' "$long" >>"$tmp/d/boiler/boilerplate.tsv"
printf '%s\tnone\n' "$long" >>"$tmp/d/lex/cues.tsv"
check long-lines 0 ''

# dictc enc reads its input through the same reader.
printf '# code point, count\n4E00\t12\n4E01\t3\t\xff\n' >"$tmp/charfreq.tsv"
if "$dictc" enc "$tmp/charfreq.tsv" -o "$tmp/cf.zcd" 2>"$tmp/err"; then
    fail=$((fail + 1)); echo "FAIL enc-utf8: accepted"
elif grep -q "charfreq.tsv:3: not valid UTF-8" "$tmp/err" && [ ! -e "$tmp/cf.zcd" ]; then
    pass=$((pass + 1))
else
    fail=$((fail + 1)); echo "FAIL enc-utf8:"; sed 's/^/  /' "$tmp/err"
fi

# The model reads the images only: a text table changed without compiling changes nothing.
rm -rf "$tmp/d"
cp -r "$built" "$tmp/d"
printf 'x\n' >>"$tmp/d/lex/modality.tsv"
if "$dictc" check "$tmp/d" 2>"$tmp/err"; then pass=$((pass + 1))
else fail=$((fail + 1)); echo "FAIL images-only:"; sed 's/^/  /' "$tmp/err"; fi
rm -rf "$tmp/d/lex"
if "$dictc" check "$tmp/d" 2>"$tmp/err"; then pass=$((pass + 1))
else fail=$((fail + 1)); echo "FAIL images-only without the text:"; sed 's/^/  /' "$tmp/err"; fi

echo "dictc check: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
