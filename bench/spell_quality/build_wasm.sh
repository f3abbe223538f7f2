#!/bin/sh
# Builds suggest_quality as WebAssembly (Emscripten, -O2) to measure the suggester where it ships.
# Files are read straight from the host disk (NODERAWFS). Run with node:
#   node --no-experimental-fetch build/spell_quality/wasm/suggest_quality.cjs LEXICON AFF DIC PAIRS
# (Emscripten 3.1.6 output mistakes Node 20's fetch for a browser's without that flag)
# (.cjs: the repository's package.json makes .js files ES modules, which Emscripten's output is not)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:-"$root/build/spell_quality/wasm"}
mkdir -p "$out/hunspell"
hun="$root/third_party/hunspell/src/hunspell"
export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}
for src in "$hun"/*.cxx; do
  obj="$out/hunspell/$(basename "$src" .cxx).o"
  [ "$obj" -nt "$src" ] || em++ -std=c++17 -O2 -w -DHUNSPELL_STATIC -I "$hun" -c "$src" -o "$obj"
done
em++ -std=c++20 -O2 -DNDEBUG -DHUNSPELL_STATIC -isystem "$hun" -I "$root/core" \
  "$root/bench/spell_quality/suggest_quality.cpp" "$root"/core/spell/suggest/*.cpp \
  "$out"/hunspell/*.o -sNODERAWFS=1 -sALLOW_MEMORY_GROWTH=1 -o "$out/suggest_quality.js"
mv "$out/suggest_quality.js" "$out/suggest_quality.cjs"
echo "$out/suggest_quality.cjs"
