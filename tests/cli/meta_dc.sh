#!/usr/bin/env bash
# zhengce meta --format dc: one well-formed XML document (xmllint --noout) of OAI Dublin Core
# records, one <oai_dc:dc> per document, markup characters escaped and characters XML does not
# allow replaced; the elements carry what the JSON line says. On the shared corpus too when
# given. Skipped (77) without xmllint (Debian libxml2-utils).
# usage: meta_dc.sh ZHENGCE [CORPUS_DIR...]
set -u
zc=$1
shift
command -v xmllint >/dev/null || { echo "SKIP: no xmllint (Debian package libxml2-utils)"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
check() { if eval "$2"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL $1"; fi; }

mkdir "$tmp/docs"
printf '某某县科技局关于开展\001“A&B”<测试>的通知\n某科发〔2024〕5号\n各乡镇：\n请报送数据。\n某某县科技局\n2024年5月6日\n' \
    >"$tmp/docs/x&<y>\"z.txt"
printf '在全县工作会议上的讲话\n王某某\n（2023年2月10日）\n同志们：今天召开会议。\n' >"$tmp/docs/speech.txt"
printf '各乡镇必须在1月25日前完成整改。\n' >"$tmp/docs/plain.txt"
"$zc" meta --format dc "$tmp/docs" >"$tmp/out.xml"
check "well-formed" 'xmllint --noout "$tmp/out.xml"'
n() { xmllint --xpath "$1" "$tmp/out.xml" 2>/dev/null; }
dc='*[local-name()="dc" and namespace-uri()="http://www.openarchives.org/OAI/2.0/oai_dc/"]'
el() { echo "*[local-name()=\"$1\" and namespace-uri()=\"http://purl.org/dc/elements/1.1/\"]"; }
check "one oai_dc:dc per document" '[ "$(n "count(/records/$dc)")" = 3 ]'
first="/records/$dc[contains($(el identifier)[2], 'x&<y>')]"
check "escaped title reads back, a control character as U+FFFD" \
    '[ "$(n "string($first/$(el title))")" = "某某县科技局关于开展�“A&B”<测试>的通知" ]'
check "creator, date, type, number, language" \
    '[ "$(n "string($first/$(el creator))")" = 某某县科技局 ] &&
     [ "$(n "string($first/$(el date))")" = 2024-05-06 ] &&
     [ "$(n "string($first/$(el type)[2])")" = 通知 ] &&
     [ "$(n "string($first/$(el identifier)[1])")" = "某科发〔2024〕5号" ] &&
     [ "$(n "string($first/$(el language))")" = zh ] &&
     [ "$(n "string($first/$(el identifier)[2])")" = "$tmp/docs/x&<y>\"z.txt" ]'
check "a speech: its speaker is the creator" \
    '[ "$(n "string(/records/$dc[$(el identifier)=\"$tmp/docs/speech.txt\"]/$(el creator))")" = 王某某 ]'
check "nothing stated, no element" \
    '[ "$(n "count(/records/$dc[$(el identifier)=\"$tmp/docs/plain.txt\"]/*)")" = 3 ]'
if [ $# -gt 0 ]; then
    "$zc" meta --format dc "$@" >"$tmp/corpus.xml"
    want=$("$zc" meta "$@" | wc -l)
    check "corpus: well-formed, one record per document ($want)" 'xmllint --noout "$tmp/corpus.xml" &&
      [ "$(xmllint --xpath "count(/records/$dc)" "$tmp/corpus.xml")" = "$want" ]'
fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
