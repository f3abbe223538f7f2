#!/usr/bin/env bash
# Packages the built extension (scripts/build.sh first): build/nib-chromium.zip for the Chrome Web
# Store or "Load unpacked", build/nib-firefox.zip (an .xpi) for Firefox, and lints the Firefox build
# with web-ext (errors fail; onnxruntime-web's dynamic import of its own module is a known warning).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
rm -f build/nib-chromium.zip build/nib-firefox.zip
(cd build/extension/chromium && zip -qr -X "$root/build/nib-chromium.zip" .)
# web-ext needs Node >= 20: run it with the pinned Node, not whichever `node` is on PATH.
web_ext=(node_modules/.bin/node node_modules/web-ext/bin/web-ext.js)
"${web_ext[@]}" build --source-dir build/extension/firefox --artifacts-dir build \
  --filename nib-firefox.zip --overwrite-dest >/dev/null
"${web_ext[@]}" lint --source-dir build/extension/firefox
ls -l build/nib-chromium.zip build/nib-firefox.zip
