#!/usr/bin/env bash
# Fetches Hunspell 1.7.1's sources from Debian's `hunspell` source package into third_party/hunspell.
# Needs a deb-src entry for the Debian mirror (scripts/setup.sh adds one) and dpkg-dev.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dest="$root/third_party/hunspell"
[ -f "$dest/src/hunspell/hunspell.cxx" ] && exit 0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
apt-get source --only-source hunspell=1.7.1-1 >/dev/null 2>&1 || apt-get source --only-source hunspell >/dev/null
src=$(find . -maxdepth 1 -type d -name 'hunspell-1.7*' | head -n 1)
[ -n "$src" ] || { echo "fetch_hunspell: apt-get source hunspell gave no hunspell-1.7 tree" >&2; exit 1; }
mkdir -p "$root/third_party"
rm -rf "$dest"
mv "$src" "$dest"
echo "fetch_hunspell: Hunspell sources in $dest"
