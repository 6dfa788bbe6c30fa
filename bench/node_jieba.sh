#!/bin/sh
# node_jieba.sh — installs @node-rs/jieba (npm) under bench/node once and writes bench/node/cut.js,
# the anchor segmenter of bench/segment.sh and bench/extract.sh: `node bench/node/cut.js FILE`
# cuts FILE line by line with jieba's default dictionary, HMM off, and prints the word count.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
if [ ! -d "$HERE/node/node_modules/@node-rs/jieba" ]; then
    mkdir -p "$HERE/node" && (cd "$HERE/node" && npm install --silent --no-save @node-rs/jieba >/dev/null)
fi
cat > "$HERE/node/cut.js" <<'JS'
const { Jieba } = require('@node-rs/jieba');
const { dict } = require('@node-rs/jieba/dict');
const fs = require('fs');
const jieba = Jieba.withDict(dict);
let n = 0;
for (const line of fs.readFileSync(process.argv[2], 'utf8').split('\n'))
    n += jieba.cut(line, false).length;
console.log(n);
JS
