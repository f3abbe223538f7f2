#!/bin/sh
# Builds bench/spell_quality/suggest_quality natively (g++ -O2), standalone: Hunspell's own sources
# (with its file manager, which reads .aff/.dic from disk) plus nib_suggest's sources.
# Usage: bench/spell_quality/build.sh [OUTPUT_DIR]   (default build/spell_quality)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:-"$root/build/spell_quality"}
mkdir -p "$out/hunspell"
hun="$root/third_party/hunspell/src/hunspell"
for src in "$hun"/*.cxx; do
  obj="$out/hunspell/$(basename "$src" .cxx).o"
  [ "$obj" -nt "$src" ] || g++ -std=c++17 -O2 -w -DHUNSPELL_STATIC -I "$hun" -c "$src" -o "$obj"
done
g++ -std=c++20 -O2 -DNDEBUG -DHUNSPELL_STATIC -isystem "$hun" -I "$root/core" \
  "$root/bench/spell_quality/suggest_quality.cpp" "$root"/core/spell/suggest/*.cpp \
  "$out"/hunspell/*.o -o "$out/suggest_quality"
echo "$out/suggest_quality"
