#!/usr/bin/env bash
# Builds the fuzz build (build-fuzz/: clang, ASan + UBSan, libFuzzer) and runs one target.
#   tests/fuzz/run.sh TARGET SECONDS [libFuzzer options...]
#   tests/fuzz/run.sh all SECONDS       each target in turn, SECONDS each (a CI smoke run)
# TARGET is detect_decode, normalize, segment, extract, extract_oom, image or containers (DOCX
# and PDF input). New inputs go to build-fuzz/corpus/TARGET (the kept corpus
# tests/fuzz/corpus/TARGET is read, never written); a crash, leak or timeout leaves its input
# in build-fuzz/artifacts/TARGET/ and the exit status is nonzero.
# Keep a reproducer by copying it into tests/fuzz/corpus/TARGET/ (the replay tests run it).
# ZC_FUZZ_MAX_LEN=N raises the input size limit (default 64 KB, 256 KB for image); e.g.
#   ZC_FUZZ_MAX_LEN=1048576 tests/fuzz/run.sh detect_decode 600
# reaches inputs past the detector's 64 KB sample.
set -euo pipefail
cd "$(dirname "$0")/../.."
if (($# < 2)); then
  echo "usage: $0 TARGET|all SECONDS [libFuzzer options...]" >&2
  exit 2
fi
target=$1 secs=$2
shift 2
build=${ZC_FUZZ_BUILD:-build-fuzz}

if [[ ! -f $build/build.ninja ]]; then
  CC=clang meson setup "$build" -Dfuzz=true -Db_sanitize=address,undefined -Db_lundef=false \
    -Dbuildtype=debugoptimized -Dc_args=-fsanitize=fuzzer-no-link >/dev/null
fi
meson compile -C "$build" >/dev/null

export ZHENGCE_DICTDIR=$PWD/$build/dicts
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}

run_one() {
  local t=$1 maxlen=65536 tmo=10
  shift
  [[ $t == image ]] && maxlen=262144   # a charfreq image is 131 KB
  [[ $t == extract ]] && maxlen=1048576   # long documents and endless sentences
  # A 64 KB document dense with records (a short input repeated: 百分之 × 7000, thousands of records)
  # takes 7-9 s under ASan and coverage on a loaded 2-core machine, in proportion to its
  # length: the hang limit of extract sits above that, not at the other targets' 10 s.
  [[ $t == extract ]] && tmo=30
  # poppler's font set-up for a damaged PDF (GfxFont::makeFont, not our code) once took over
  # 10 s on a fresh CI machine; 11,000 runs here never took one second: a hang of ours would
  # still pass 30 s.
  [[ $t == containers ]] && tmo=30
  maxlen=${ZC_FUZZ_MAX_LEN:-$maxlen}
  local work=$build/corpus/$t art=$build/artifacts/$t
  mkdir -p "$work" "$art"
  echo "fuzz: $t for ${secs}s" >&2
  "$build/tests/fuzz/fuzz_$t" -max_total_time="$secs" -max_len=$maxlen -timeout=$tmo \
    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$art/" \
    "$@" "$work" "tests/fuzz/corpus/$t"
}

if [[ $target == all ]]; then
  for t in detect_decode normalize segment extract extract_oom image containers; do
    run_one "$t" "$@"
  done
else
  run_one "$target" "$@"
fi
