#!/usr/bin/env bash
# index, search and dedup through the CLI: compounds are found (问责 in 追责问责), traditional
# text by a simplified query, --kind filters by records, re-indexing reads only new and
# changed files and drops a changed file's old rows, a repost is grouped with its original
# (dedup, and dup_of in the index), and bad arguments are refused.
# usage: index.sh ZHENGCE SOURCE_ROOT
set -u
zc=$1 src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
check() { if eval "$2"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL $1"; fi; }
db=$tmp/archive.db
q() { sqlite_q "$db" "$1"; }
# Queries the database through the CLI's own SQLite (python3's sqlite3 module: no shell
# needed; these tables need no tokenizer).
sqlite_q() { python3 -c 'import sqlite3, sys
for row in sqlite3.connect(sys.argv[1]).execute(sys.argv[2]): print("|".join("" if v is None else str(v) for v in row))' "$1" "$2"; }

mkdir "$tmp/docs"
printf '对失职人员要严格追责问责。\n' >"$tmp/docs/a.txt"
printf '各乡镇必须在1月25日前完成整改。\n' >"$tmp/docs/b.txt"
printf '加強問責制度建設。\n' >"$tmp/docs/c.txt"
printf '关于推动经济社会发展的通知\n推动经济社会发展。\n某某县人民政府\n2024年3月1日\n' >"$tmp/docs/d.txt"
"$zc" index -o "$db" "$tmp/docs" 2>"$tmp/err"
check "first run adds every file" 'grep -q " 4 added, 0 updated, 0 unchanged, 0 failed" "$tmp/err"'
check "records are stored with their fields" \
  '[ "$(q "SELECT kind, text, char_start, char_end FROM records WHERE doc LIKE \"%b.txt\"")" = "deadline|1月25日前|6|12" ]'
check "the kind object is JSON" \
  '[ "$(q "SELECT json_extract(object, \"\$.relation\") FROM records WHERE kind = \"deadline\"")" = before ]'
check "documents carry their title and date of issue (zhengce meta)" \
  '[ "$(q "SELECT title, date FROM documents WHERE path LIKE \"%d.txt\"")" = "关于推动经济社会发展的通知|2024-03-01" ]'
check "documents carry size, sha256 and encoding" \
  '[ "$(q "SELECT size, length(sha256), encoding, title IS NULL FROM documents WHERE path LIKE \"%a.txt\"")" = "40|64|UTF-8|1" ]'

"$zc" search "$db" 问责 >"$tmp/s1"
check "问责 finds 追责问责 and traditional 問責, no other" \
  '[ "$(cut -f1 "$tmp/s1" | sort | xargs -n1 basename | tr "\n" " ")" = "a.txt c.txt " ]'
check "the snippet shows the original text with the match marked" \
  'grep -q "要严格追责\[问责\]。" "$tmp/s1" && grep -q "加強\[問責\]制度" "$tmp/s1"'
check "a phrase across words is found" '[ "$("$zc" search "$db" 日前完成 | wc -l)" -eq 1 ]'
check "a query matching nothing prints nothing" '[ -z "$("$zc" search "$db" 考核)" ]'
check "--kind keeps documents with records of that kind" \
  '[ "$("$zc" search --kind enforcement "$db" 问责 | wc -l)" -eq 2 ] &&
   [ -z "$("$zc" search --kind deadline "$db" 问责)" ]'
check "-n limits the documents" '[ "$("$zc" search -n 1 "$db" 责 | wc -l)" -eq 1 ]'

# Re-indexing: unchanged files are not read again; a changed file replaces its old rows.
ids_before=$(q "SELECT id FROM documents WHERE path NOT LIKE '%b.txt' ORDER BY id")
"$zc" index -o "$db" "$tmp/docs" 2>"$tmp/err"
check "a second run changes nothing" 'grep -q " 0 added, 0 updated, 4 unchanged" "$tmp/err"'
touch -d '2001-01-01' "$tmp/docs/d.txt"
printf '年底前完成全面考核。\n' >"$tmp/docs/b.txt"
printf '开展监督检查。\n' >"$tmp/docs/e.txt"
"$zc" index -o "$db" "$tmp/docs" 2>"$tmp/err"
check "a new file is added, a changed one updated, a touched one left" \
  'grep -q " 1 added, 1 updated, 3 unchanged, 0 failed" "$tmp/err"'
check "the changed file's old text is gone and its new text found" \
  '[ -z "$("$zc" search "$db" 完成整改)" ] && [ "$("$zc" search "$db" 考核 | wc -l)" -eq 1 ]'
check "the changed file's old records are gone" \
  '[ "$(q "SELECT count(*) FROM records WHERE text = \"1月25日前\"")" = 0 ] &&
   [ "$(q "SELECT count(*) FROM documents")" = 5 ] &&
   [ "$(q "SELECT count(*) FROM fulltext_content")" = 5 ]'
check "unchanged files keep their rows" \
  '[ "$(q "SELECT id FROM documents WHERE path NOT LIKE \"%b.txt\" AND path NOT LIKE \"%e.txt\" ORDER BY id")" = "$ids_before" ]'

printf '\x00\x01PNG' >"$tmp/docs/e.txt"
"$zc" index -o "$db" "$tmp/docs" 2>"$tmp/err"; rc=$?
check "a file changed into one that does not read fails, and its old rows are gone" \
  '[ $rc -eq 1 ] && grep -q " 0 added, 0 updated, 4 unchanged, 1 failed" "$tmp/err" &&
   [ -z "$("$zc" search "$db" 监督检查)" ] && [ "$(q "SELECT count(*) FROM documents")" = 4 ]'
rm "$tmp/docs/e.txt"

# Near-duplicates: a repost of the seed speech with another site's header, footer and
# boilerplate, beside two other documents.
mkdir "$tmp/dup"
cp "$src/corpus/seed.txt" "$tmp/dup/1orig.txt"
{ printf '首页 > 政务公开 > 通知公告 > 正文\n更新时间:2019-03-02\n'
  printf '来源:县人民政府办公室  发布时间:2019-03-02 09:15  浏览次数:1024\n\n'
  cat "$src/corpus/seed.txt"
  printf '\n【打印本页】【关闭窗口】\n推荐度:★★★★\n点击下载文档\n'
  printf '主办单位:某县人民政府  备案号:京ICP备12345678号\n'; } >"$tmp/dup/2repost.txt"
cp "$src/corpus/cases/hard.txt" "$tmp/dup/3other.txt"
cp "$tmp/docs/a.txt" "$tmp/dup/4short.txt"
"$zc" dedup "$tmp/dup/1orig.txt" "$tmp/dup/2repost.txt" "$tmp/dup/3other.txt" \
  "$tmp/dup/4short.txt" >"$tmp/groups"
check "dedup groups the repost with its original, and nothing else" \
  '[ "$(wc -l <"$tmp/groups")" -eq 1 ] &&
   python3 -c "import json, sys; g = json.loads(open(sys.argv[1]).read())
assert [p.rsplit(\"/\", 1)[1] for p in g[\"docs\"]] == [\"1orig.txt\", \"2repost.txt\"], g
assert 0.7 <= g[\"similarity\"] <= 1, g" "$tmp/groups"'
check "dedup --threshold 1 still groups identical texts only" \
  '[ -z "$("$zc" dedup --threshold 1 "$tmp/dup")" ] &&
   cp "$tmp/dup/4short.txt" "$tmp/dup/5same.txt" &&
   [ "$("$zc" dedup --threshold 1 "$tmp/dup" | wc -l)" -eq 1 ]'
rm -f "$tmp/dup/5same.txt"
"$zc" index -q -o "$db" "$tmp/dup"
dupof() { q "SELECT coalesce(o.path, '') FROM documents d LEFT JOIN documents o ON o.id = d.dup_of WHERE d.path = '$1'"; }
check "index: the repost's dup_of is the original, the original's is NULL" \
  '[ "$(dupof "$tmp/dup/2repost.txt")" = "$tmp/dup/1orig.txt" ] && [ -z "$(dupof "$tmp/dup/1orig.txt")" ] &&
   [ -z "$(dupof "$tmp/dup/3other.txt")" ]'
check "a copy indexed later points to the first indexed" \
  '[ "$(dupof "$tmp/dup/4short.txt")" = "$tmp/docs/a.txt" ] &&
   [ "$(q "SELECT count(*) FROM documents WHERE dup_of IS NOT NULL")" = 2 ]'

# Any number of threads gives the same database: ids in input order, rows, tokens, dup_of.
dump() { sqlite_q "$1" "SELECT id, path, size, sha256, chars, hex(signature), dup_of FROM documents
  ORDER BY id"; sqlite_q "$1" "SELECT * FROM records ORDER BY rowid";
  sqlite_q "$1" "SELECT * FROM fulltext_data ORDER BY id"; }
"$zc" index -q -j 1 -o "$tmp/j1.db" "$tmp/docs" "$tmp/dup"
"$zc" index -q -j 3 -o "$tmp/j3.db" "$tmp/docs" "$tmp/dup"
check "index -j 1 and -j 3 write the same rows and the same full-text index" \
  '[ "$(dump "$tmp/j1.db")" = "$(dump "$tmp/j3.db")" ] && [ -n "$(dump "$tmp/j1.db")" ]'

# Refusals.
"$zc" index "$tmp/docs" 2>/dev/null; check "index without -o is a usage error" '[ $? -eq 2 ]'
"$zc" index -o "$db" - 2>/dev/null; check "index of stdin is a usage error" '[ $? -eq 2 ]'
"$zc" search --kind bogus "$db" 问责 2>/dev/null; check "an unknown kind is a usage error" '[ $? -eq 2 ]'
"$zc" search "$db" '"问责' 2>/dev/null; check "a malformed query is a usage error" '[ $? -eq 2 ]'
"$zc" dedup --threshold 0.1 "$tmp/dup" 2>/dev/null; check "a threshold below 0.5 is refused" '[ $? -eq 2 ]'
"$zc" index -j 0 -o "$db" "$tmp/docs" 2>/dev/null; check "index -j 0 is a usage error" '[ $? -eq 2 ]'
"$zc" search "$tmp/docs/a.txt" 问责 2>/dev/null; check "a file that is no index fails" '[ $? -eq 1 ]'
for c in index search dedup; do
  check "$c --help has examples" '"$zc" $c --help | grep -q "^Examples:"'
done

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
