#!/usr/bin/env bash
# The library as others use it: `meson install` into a staging root, then
# examples/count_records.c built against the installed header, shared library and pkg-config
# file must print the same record counts as `zhengce extract` (the library's default options
# are extraction's), on the seed speech and on a traditional-character Big5-HKSCS version of
# it; and the shared library must export exactly the functions zhengce.h declares.
# usage: install_test.sh BUILD_ROOT SOURCE_ROOT ZHENGCE
set -u
build=$1 src=$2 zc=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }

if ! meson install -C "$build" --no-rebuild --quiet --destdir "$tmp/root" >"$tmp/install.log" 2>&1; then
    bad "meson install"; cat "$tmp/install.log"; echo "$pass passed, $fail failed"; exit 1
fi
pc=$(find "$tmp/root" -name zhengce.pc | head -n 1)
so=$(find "$tmp/root" -name 'libzhengce.so' | head -n 1)
dicts=$(find "$tmp/root" -type d -path '*/share/zhengce' | head -n 1)
[ -n "$pc" ] && [ -n "$so" ] && [ -n "$dicts" ] && ok || bad "installed files: pc=$pc so=$so dicts=$dicts"

# Built exactly as the README says, with the staging root as pkg-config's sysroot.
export PKG_CONFIG_PATH=$(dirname "$pc") PKG_CONFIG_SYSROOT_DIR=$tmp/root
if cc -Wall -Werror "$src/examples/count_records.c" $(pkg-config --cflags --libs zhengce) \
    -o "$tmp/count_records" 2>"$tmp/cc.log"; then ok; else bad "example does not build"; cat "$tmp/cc.log"; fi

# A traditional-character Big5-HKSCS version of the seed (ICU's Hans-Hant transliteration).
uconv -x Hans-Hant "$src/corpus/seed.txt" | iconv -f UTF-8 -t BIG5-HKSCS -c >"$tmp/seed-hant.txt"
for f in "$src/corpus/seed.txt" "$tmp/seed-hant.txt"; do
    want=$(ZHENGCE_DICTDIR=$dicts "$zc" extract --quiet --no-meta "$f" | grep -c '"kind"')
    got=$(LD_LIBRARY_PATH=$(dirname "$so") ZHENGCE_DICTDIR=$dicts "$tmp/count_records" "$f" | cut -f2)
    if [ -n "$got" ] && [ "$want" -gt 0 ] && [ "$got" = "$want" ]; then ok
    else bad "count_records $(basename "$f"): $got records, zhengce extract $want"; fi
done

# The ABI: every exported function is declared in zhengce.h, and every declared one exported.
nm -D --defined-only "$so" | awk '$2 == "T" { print $3 }' | sort >"$tmp/exported"
grep -o '^ZC_API [^(]*(' "$src/src/zhengce.h" | grep -o 'zc_[a-z0-9_]*($' | tr -d '(' | sort >"$tmp/declared"
if [ -s "$tmp/declared" ] && diff "$tmp/declared" "$tmp/exported" >"$tmp/abi.diff"; then ok
else bad "exported symbols differ from zhengce.h (< declared only, > exported only):"; cat "$tmp/abi.diff"; fi
nm -D --defined-only "$so" | awk '$2 != "T" && $2 != "U" && $2 != "w"' >"$tmp/other"
[ ! -s "$tmp/other" ] && ok || { bad "exported data or other symbols:"; cat "$tmp/other"; }

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
