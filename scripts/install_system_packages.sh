#!/usr/bin/env bash
# Installs the Debian 12 packages Nib builds and tests with. Needs root (uses sudo when not root).
set -euo pipefail
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# Hunspell's sources come from Debian's source package: enable deb-src for the same mirror.
if ! grep -rqs '^Types: deb-src' /etc/apt/sources.list.d/ && ! grep -qs '^deb-src' /etc/apt/sources.list; then
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources |
      as_root tee /etc/apt/sources.list.d/nib-deb-src.sources >/dev/null
  else
    sed -n 's/^deb /deb-src /p' /etc/apt/sources.list | as_root tee /etc/apt/sources.list.d/nib-deb-src.list >/dev/null
  fi
fi

# A machine that already has Node.js with npm (e.g. NodeSource's nodejs, which conflicts with
# Debian's npm) keeps it: npm is only needed to install the pinned Node 22 and the npm packages.
node_packages=()
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then node_packages=(nodejs npm); fi

as_root apt-get update -qq
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  ca-certificates git xz-utils dpkg-dev \
  g++ make cmake clang clang-format libclang-rt-14-dev \
  emscripten node-acorn "${node_packages[@]}" \
  nlohmann-json3-dev doctest-dev \
  hunspell-en-us hunspell-en-gb hunspell-en-ca hunspell-en-au scowl \
  chromium firefox-esr zip \
  python3 python3-numpy python3-torch python3-onnx libopenblas0-pthread >/dev/null
# libclang-rt-14-dev holds libFuzzer and the sanitizer runtimes for clang (scripts/fuzz.sh).
# chromium and firefox-esr run the browser tests (driven by npm's playwright-core and puppeteer-core,
# which download no browser); zip packages the extension.
# python3-torch/onnx run the training recipe (its CI smoke run); OpenBLAS makes CPU training ~10x
# faster than the reference BLAS torch would otherwise use.
