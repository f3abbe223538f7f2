#!/usr/bin/env bash
# Packages the built extension (scripts/build.sh first): build/nib-chromium.zip for the Chrome Web
# Store or "Load unpacked", build/nib-firefox.zip (an .xpi) for Firefox, and lints the Firefox build
# with web-ext (errors fail; onnxruntime-web's dynamic import of its own module is a known warning).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
rm -f build/nib-chromium.zip build/nib-firefox.zip
(cd build/extension/chromium && zip -qr -X "$root/build/nib-chromium.zip" .)
node_modules/.bin/web-ext build --source-dir build/extension/firefox --artifacts-dir build \
  --filename nib-firefox.zip --overwrite-dest >/dev/null
node_modules/.bin/web-ext lint --source-dir build/extension/firefox
ls -l build/nib-chromium.zip build/nib-firefox.zip
