#!/usr/bin/env bash
# Assembles the engine's data into OUT_DIR: Hunspell dictionaries from Debian's hunspell-en-*
# packages (named by dialect), the suggestion lexicon, the social-media supplement, and the
# copyright notices of the Debian packages they come from.
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
# What ships the dictionaries and the SCOWL-derived lexicon ships their notices too.
mkdir -p "$out/licences"
for package in hunspell-en-us hunspell-en-gb hunspell-en-ca hunspell-en-au scowl; do
  notice=/usr/share/doc/$package/copyright
  if [ -f "$notice" ]; then
    cp "$notice" "$out/licences/$package.copyright"
  else
    echo "build_assets: warning: $notice is missing (dpkg excludes docs here?)" >&2
  fi
done
node "$root/scripts/dictionaries/build_lexicon.mjs" "$out/en.lexicon" \
  --supplement "$root/core/spell/data/social_supplement.txt"
