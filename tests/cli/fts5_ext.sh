#!/usr/bin/env bash
# The tokenizer as a loadable SQLite extension in the sqlite3 shell: it loads by its derived
# entry point and by the generic one, tokenizes Chinese into its characters (no whole words
# beside them: no segmenting, and no document words to reuse) with offsets into the original
# text, finds 问责 in 追责问责 and 問責, takes its dictionaries from
# an argument, and opens an index written by `zhengce index`; installed, it exports only its
# entry points and works with the installed dictionaries.
# usage: fts5_ext.sh ZHENGCE MODULE DICTDIR BUILD_ROOT   (exit 77 without the sqlite3 shell)
set -u
zc=$1 mod=${2%.so} dicts=$3 build=$4
command -v sqlite3 >/dev/null || { echo "skip: no sqlite3 shell (apt-get install sqlite3)"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
check() { if eval "$2"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL $1"; fi; }
export ZHENGCE_DICTDIR=$dicts

make="CREATE VIRTUAL TABLE t USING fts5(body, tokenize='zhengce');
INSERT INTO t (rowid, body) VALUES (1, '对失职人员要严格追责问责。'), (2, '加強問責制度建設'),
  (3, '推动经济发展'), (4, '问题整改'), (5, 'ＰＭ２．５浓度下降');"
out=$(sqlite3 :memory: ".load $mod" "$make" "SELECT rowid, highlight(t, 0, '[', ']') FROM t WHERE t MATCH '问责' ORDER BY rowid")
check "问责 finds 追责问责 and 問責, marked in the original text" \
  '[ "$out" = "1|对失职人员要严格追责[问责]。
2|加強[問責]制度建設" ]'
out=$(sqlite3 :memory: ".load $mod sqlite3_extension_init" "$make" "SELECT rowid FROM t WHERE t MATCH '\"严格追责\" AND 人员'")
check "the generic entry point loads; phrases and AND work" '[ "$out" = 1 ]'
out=$(sqlite3 :memory: ".load $mod" "$make" "CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance');" \
  "SELECT term || '@' || offset FROM v WHERE doc = 1 AND offset BETWEEN 6 AND 11 ORDER BY offset, term")
check "tokens: each character, one position each, no word beside them" \
  '[ "$(echo $out)" = "严@6 格@7 追@8 责@9 问@10 责@11" ]'
out=$(sqlite3 :memory: ".load $mod" "$make" "SELECT highlight(t, 0, '[', ']') FROM t WHERE t MATCH '\"pm2.5\" 浓度'")
check "fullwidth text is found by ASCII, highlighted as written" '[ "$out" = "[ＰＭ２．５][浓度]下降" ]'
out=$(sqlite3 :memory: ".load $mod" "$make" "SELECT count(*) FROM t WHERE t MATCH '责'")
check "a single character finds every text holding it" '[ "$out" = 2 ]'

unset ZHENGCE_DICTDIR
out=$(sqlite3 :memory: ".load $mod" \
  "CREATE VIRTUAL TABLE t USING fts5(body, tokenize=\"zhengce dictdir '$dicts'\");
   INSERT INTO t VALUES ('要严格追责问责');" "SELECT count(*) FROM t WHERE t MATCH '问责'")
check "tokenize='zhengce dictdir DIR' names the dictionaries" '[ "$out" = 1 ]'
sqlite3 :memory: ".load $mod" \
  "CREATE VIRTUAL TABLE t USING fts5(body, tokenize=\"zhengce dictdir '$tmp/none'\")" 2>/dev/null
check "a missing dictionary directory is an error, not an empty index" '[ $? -ne 0 ]'
sqlite3 :memory: ".load $mod" "CREATE VIRTUAL TABLE t USING fts5(body, tokenize='zhengce bogus')" 2>/dev/null
check "an unknown tokenizer argument is an error" '[ $? -ne 0 ]'

export ZHENGCE_DICTDIR=$dicts
printf '各乡镇必须在1月25日前完成整改，严格追责问责。\n' >"$tmp/a.txt"
"$zc" index -q -o "$tmp/archive.db" "$tmp/a.txt"
out=$(sqlite3 "$tmp/archive.db" ".load $mod" \
  "SELECT d.path, r.kind FROM fulltext JOIN documents d ON d.id = fulltext.rowid
   JOIN records r ON r.doc_id = d.id WHERE fulltext MATCH '问责' AND r.text = '问责'")
check "an index of zhengce index is searchable in the sqlite3 shell" '[ "$out" = "$tmp/a.txt|enforcement" ]'
# FTS5 re-tokenizes every stored text and compares with the index: the extension and the
# CLI tokenize alike.
sqlite3 "$tmp/archive.db" ".load $mod" "INSERT INTO fulltext(fulltext) VALUES('integrity-check')"
check "the index passes FTS5's integrity-check under the extension" '[ $? -eq 0 ]'
# An archive indexed with other tokens (before version 1, whole words too) is rebuilt once:
# here its stored text is changed under the index, which FTS5 then finds inconsistent.
sqlite3 "$tmp/archive.db" "UPDATE fulltext_content SET c0 = '推动经济发展'; PRAGMA user_version = 0"
sqlite3 "$tmp/archive.db" ".load $mod" "INSERT INTO fulltext(fulltext) VALUES('integrity-check')" 2>/dev/null
check "(an index that is not its texts' fails the integrity-check)" '[ $? -ne 0 ]'
"$zc" index -q -o "$tmp/archive.db" "$tmp/a.txt"
sqlite3 "$tmp/archive.db" ".load $mod" "INSERT INTO fulltext(fulltext) VALUES('integrity-check')"
check "an archive of an older tokenizer version is re-tokenized once by index" \
  '[ $? -eq 0 ] && [ "$(sqlite3 "$tmp/archive.db" "PRAGMA user_version")" = 1 ] &&
   [ "$("$zc" search "$tmp/archive.db" 经济 | wc -l)" = 1 ]'

# As installed: the module beside the library, the dictionaries in the data directory.
if meson install -C "$build" --no-rebuild --quiet --destdir "$tmp/root" >"$tmp/install.log" 2>&1; then
  imod=$(find "$tmp/root" -name libzhengce_fts5.so | head -n 1)
  idicts=$(find "$tmp/root" -type d -path '*/share/zhengce' | head -n 1)
  check "the module is installed" '[ -n "$imod" ] && [ -n "$idicts" ]'
  check "it exports its two entry points only" \
    '[ "$(nm -D --defined-only "$imod" | awk "\$2 == \"T\" { print \$3 }" | sort | tr "\n" " ")" = "sqlite3_extension_init sqlite3_zhengcefts_init " ]'
  out=$(ZHENGCE_DICTDIR=$idicts sqlite3 :memory: ".load ${imod%.so}" "$make" \
    "SELECT group_concat(rowid) FROM t WHERE t MATCH '追责问责'")
  check "the installed module tokenizes with the installed dictionaries" '[ "$out" = 1 ]'
else
  check "meson install" false; cat "$tmp/install.log"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
