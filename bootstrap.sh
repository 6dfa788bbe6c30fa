#!/usr/bin/env bash
# zhengce set-up in one command (README "Quick start"):
#   ./bootstrap.sh        install what is missing, build, run the main job on corpus/
#   ./bootstrap.sh test   the same, then the whole test suite, also under ASan/UBSan
# Installing needs root (apt-get); without root, missing packages are listed and it stops.
set -euo pipefail
cd "$(dirname "$0")"
mode=${1:-run}
case "$mode" in run|test) ;; *) echo "usage: $0 [run|test]" >&2; exit 2 ;; esac

# Debian 12 packages: build tools, the libraries, Check, and python3-jieba (its dictionary
# is the base lexicon the build compiles; see README "Dependencies").
pkgs=(meson ninja-build pkg-config gcc libicu-dev libpcre2-dev libjansson-dev libxml2-dev check python3-jieba perl)
# For the tests: GNU parallel (the batch test runs the README's command), clang and its
# runtime (a short libFuzzer run of every fuzz target), chromium (the HTML report is checked
# in a real headless browser).
[[ $mode == test ]] && pkgs+=(parallel clang libclang-rt-14-dev chromium)
# The archive index (zhengce index, search; the FTS5 tokenizer extension) needs SQLite, and
# its tests the sqlite3 shell, where the extension is loaded.
pkgs+=(libsqlite3-dev)
[[ $mode == test ]] && pkgs+=(sqlite3)
# xmllint checks that `zhengce meta --format dc` writes well-formed XML.
[[ $mode == test ]] && pkgs+=(libxml2-utils)
# DOCX and PDF input: libzip opens Word archives; poppler's GLib API reads the text of PDF
# pages, and poppler-data maps the Chinese fonts that PDFs name without embedding them.
pkgs+=(libzip-dev libpoppler-glib-dev poppler-data)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "bootstrap: missing packages: ${missing[*]} (run as root, or: sudo apt-get install ${missing[*]})" >&2
    exit 1
  fi
  echo "bootstrap: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

build=${ZC_BUILD:-build}
[[ -f $build/build.ninja ]] || meson setup "$build" >/dev/null
meson compile -C "$build" >/dev/null
export ZHENGCE_DICTDIR=$PWD/$build/dicts
zc=$build/src/cli/zhengce

if [[ $mode == run ]]; then
  # The main job: every document in corpus/ (the seed speech and the documents written for the
  # project; the gold files beside them are not documents) as records on standard output.
  find corpus -name '*.txt' | sort | "$zc" extract --files-from -
  exit
fi

# Adds a meson test log's results to the totals and prints them: "N passed, N failed, N
# skipped", naming each skipped test (those that need the shared corpus beside the checkout).
passed=0 failed=0 skipped=0
summary() {
  local line
  line=$(python3 - "$1" <<'PY'
import json, sys
ok = bad = skip = 0
for line in open(sys.argv[1], encoding="utf-8"):
    t = json.loads(line)
    r = t["result"]
    if r in ("OK", "EXPECTEDFAIL"): ok += 1
    elif r == "SKIP":
        skip += 1
        print("skipped: %s (needs ../shared beside the checkout)" % t["name"], file=sys.stderr)
    else: bad += 1
print(ok, bad, skip)
PY
  )
  set -- $line
  passed=$((passed + $1)) failed=$((failed + $2)) skipped=$((skipped + $3))
  echo "$1 passed, $2 failed, $3 skipped"
}

status=0
meson test -C "$build" --print-errorlogs --num-processes 2 || status=1
summary "$build/meson-logs/testlog.json"

# The same suite under AddressSanitizer and UndefinedBehaviorSanitizer (all but the slow
# corpus-wide evaluations, which exercise no code the others do not).
san=${build}-asan
# Huge pages off: the sanitizers see every large buffer as malloc gives it (README "Build options").
[[ -f $san/build.ninja ]] || meson setup "$san" -Db_sanitize=address,undefined -Db_lundef=false -Dhuge_pages=false \
  -Dbuildtype=debug >/dev/null
meson compile -C "$san" >/dev/null
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
ZHENGCE_DICTDIR=$PWD/$san/dicts meson test -C "$san" --print-errorlogs --num-processes 2 \
  --no-suite slow || status=1
summary "$san/meson-logs/testlog.json"

# A short libFuzzer run of every target (clang, ASan + UBSan): 6 s each.
unset ASAN_OPTIONS UBSAN_OPTIONS
fz_ok=0 fz_bad=0
for t in detect_decode normalize segment extract extract_oom image containers; do
  if tests/fuzz/run.sh "$t" 6 >"$build/fuzz-$t.log" 2>&1; then
    fz_ok=$((fz_ok + 1))
  else
    fz_bad=$((fz_bad + 1)); status=1
    echo "fuzz target $t failed:"; tail -n 30 "$build/fuzz-$t.log"
  fi
done
echo "$fz_ok passed, $fz_bad failed"
passed=$((passed + fz_ok)) failed=$((failed + fz_bad))

echo "total: $passed passed, $failed failed, $skipped skipped"
((failed == 0)) || status=1
exit $status
