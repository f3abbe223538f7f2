#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan/UBSan) and runs each for a bounded time:
#   scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 30)
# First every saved regression input (tests/fuzz/regressions/TARGET/) must pass; then each target
# runs from the seed corpus plus what earlier runs found (build/fuzz/corpus). A crash stops the run
# with the input saved under build/fuzz/crashes/; add it to tests/fuzz/regressions/ with the fix.
# Prints the executions per target and writes them to build/fuzz/results.json.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
seconds=${1:-30}
jobs=$(nproc 2>/dev/null || echo 2)
[ -f build/assets/en.lexicon ] || bash scripts/build.sh

bash scripts/fetch_hunspell.sh
cmake -S . -B build/fuzz -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DNIB_FUZZ=ON -DNIB_BUILD_TESTS=OFF >/dev/null
cmake --build build/fuzz -j"$jobs"

rm -rf build/fuzz/seeds && /usr/bin/python3 tests/fuzz/make_corpus.py build/fuzz/seeds
mkdir -p build/fuzz/crashes
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1
results="{"
for target in api segmenter spell decoder; do
  binary=build/fuzz/tests/fuzz/nib_${target}_fuzzer
  regressions=tests/fuzz/regressions/$target
  if [ -d "$regressions" ] && [ -n "$(ls -A "$regressions")" ]; then
    echo "== $target: regression inputs"
    "$binary" "$regressions"/* >/dev/null 2>&1 || { "$binary" "$regressions"/*; exit 1; }
  fi
  echo "== $target: fuzzing for ${seconds}s"
  mkdir -p "build/fuzz/corpus/$target"
  log=build/fuzz/$target.log
  if ! "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2560 -max_len=4096 \
    -print_final_stats=1 -artifact_prefix="build/fuzz/crashes/$target-" \
    "build/fuzz/corpus/$target" "build/fuzz/seeds/$target" >"$log" 2>&1; then
    tail -n 60 "$log"
    echo "fuzz: $target failed; input saved under build/fuzz/crashes/" >&2
    exit 1
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  echo "$target: $runs executions, no crash"
  results="$results\"$target\": $runs, "
done
echo "${results%, }, \"seconds_per_target\": $seconds}" >build/fuzz/results.json
cat build/fuzz/results.json
