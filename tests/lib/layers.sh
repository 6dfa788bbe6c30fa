#!/usr/bin/env bash
# The tree in layer order (src/meson.build, STYLE): a file may include headers of its own
# folder and of the folders before it, never of one after it, so no two folders include each
# other. The root headers (zc_int.h, zc_regex.h) are the bottom layer with src/core; zhengce.h
# is the public API anyone may include. Fails naming each include that points upward.
# usage: layers.sh SOURCE_ROOT
set -u
cd "$1/src" || exit 2
order=(core text lexicon structure words quantity meta extract output api fts5 tools cli)
rank() {   # the layer of a folder (or of api.c, and of the root headers)
    local i
    for i in "${!order[@]}"; do [ "${order[$i]}" = "$1" ] && { echo "$i"; return; }; done
    echo -1
}
pass=0 fail=0
while IFS= read -r f; do
    case $f in
    */*) from=${f%%/*} ;;
    api.c) from=api ;;
    *) from=core ;;   # zc_int.h, zc_regex.h, zhengce.h
    esac
    rf=$(rank "$from")
    [ "$rf" -ge 0 ] || { echo "FAIL $f: folder $from is not in the layer order"; fail=$((fail + 1)); continue; }
    while IFS= read -r inc; do
        case $inc in
        zhengce.h | zc_int.h | zc_regex.h) to=core ;;
        */*) to=${inc%%/*} ;;
        *) continue ;;   # a header of the file's own folder
        esac
        rt=$(rank "$to")
        if [ "$rt" -lt 0 ] || [ "$rt" -gt "$rf" ]; then
            echo "FAIL $f includes $inc: $to is not below $from"
            fail=$((fail + 1))
        else
            pass=$((pass + 1))
        fi
    done < <(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1/p' "$f")
done < <(find . -name '*.[ch]' | sed 's|^\./||' | sort)
# The CLI is a thin layer on the library: its files include the public header, their own
# headers and the FTS5 tokenizer's, never a stage's private one.
if grep -ln '#include "\(core\|text\|structure\|words\|quantity\|extract\|meta\|output\)/\|#include "zc_int.h"' cli/*.c cli/*.h 2>/dev/null; then
    echo "FAIL the CLI includes a private header (files above)"
    fail=$((fail + 1))
fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
