#!/usr/bin/env bash
# Assembles the engine's data into OUT_DIR: Hunspell dictionaries from Debian's hunspell-en-*
# packages (named by dialect), the suggestion lexicon, and the social-media supplement.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:?usage: build_assets.sh OUT_DIR}
mkdir -p "$out/dictionaries"
for dialect in en-US en-GB en-CA en-AU; do
  name=${dialect/-/_}
  for ext in aff dic; do
    src=/usr/share/hunspell/$name.$ext
    [ -f "$src" ] || { echo "build_assets: $src missing: install hunspell-${dialect,,}" >&2; exit 1; }
    cp "$src" "$out/dictionaries/$dialect.$ext"
  done
done
cp "$root/core/spell/data/social_supplement.txt" "$out/social_supplement.txt"
node "$root/scripts/dictionaries/build_lexicon.mjs" "$out/en.lexicon" \
  --supplement "$root/core/spell/data/social_supplement.txt"
