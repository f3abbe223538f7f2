#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine for Nib: system packages, npm packages (including the pinned
# Node 22), and a full build.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash scripts/install_system_packages.sh
npm ci --no-audit --no-fund
bash scripts/build.sh
