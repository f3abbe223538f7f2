#!/usr/bin/env bash
# Builds what the engine and the CLI need: the core as WebAssembly, the dictionary assets from
# Debian's packages, the TypeScript engine and CLI, the extension, the test pages and the
# playground. Output: build/wasm, build/assets, build/js, build/extension, build/web.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
jobs=$(nproc 2>/dev/null || echo 2)

bash scripts/fetch_hunspell.sh

# Debian's Emscripten finds its JavaScript dependencies (acorn) through NODE_PATH.
export NODE_PATH=/usr/share/nodejs
emcmake cmake -S . -B build/wasm -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build/wasm -j"$jobs"

bash scripts/dictionaries/build_assets.sh build/assets
cp build/wasm/wasm/bindings/nib_core.wasm build/assets/nib_core.wasm
# The grammar model ships in models/grammar (rebuilt by models/training); the engine loads it from
# the assets like the dictionaries.
mkdir -p build/assets/grammar
cp models/grammar/model.onnx models/grammar/vocab.txt models/grammar/tags.txt \
  models/grammar/inflections.txt models/grammar/config.json build/assets/grammar/
mkdir -p build/assets/tone
cp models/tone/tone.bin build/assets/tone/

node_modules/.bin/tsc -p tsconfig.json
cp build/wasm/wasm/bindings/nib_core.mjs build/js/wasm/engine/src/nib_core.mjs

# The browser extension (Chromium and Firefox) and the local test pages with their editor frameworks.
node_modules/.bin/tsc -p extension/tsconfig.json
node_modules/.bin/tsc -p web/tsconfig.json
node_modules/.bin/tsc -p tests/e2e/tsconfig.json
node_modules/.bin/node build/js/extension/build.js
node_modules/.bin/node build/js/web/testpages/build.js
# The playground: the same engine and the extension's own field UI in an ordinary page.
node_modules/.bin/node build/js/web/playground/build.js
echo "build: done (engine in build/js, assets in build/assets, extension in build/extension)"
