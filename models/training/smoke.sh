#!/usr/bin/env bash
# CI smoke run of the whole recipe on tiny committed samples: tag pairs with the core, train a
# few steps, export to ONNX, quantize to int8, package; train the tone model a few epochs; load
# both in the real engine.
# Needs the native core (build/native) and the engine (scripts/build.sh).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/build/recipe-smoke"
python=/usr/bin/python3
rm -rf "$out"
mkdir -p "$out/pairs"
cp "$root/models/training/tests/data/smoke_pairs.tsv" "$out/pairs/synthetic.tsv"
cd "$root/models/training"
$python -m nib_training.examples --pairs "$out/pairs" --out "$out/examples" --tags 100
$python -m nib_training.train --examples "$out/examples" --out "$out/checkpoint" --steps 30 \
  --dim 32 --layers 1 --heads 2 --ff-dim 64 --batch-tokens 256 --warmup 5 --save-every 30
$python -m nib_training.export_onnx --checkpoint "$out/checkpoint/model.pt" --out "$out/model.fp32.onnx"
$python -m nib_training.quantize_int8 --in "$out/model.fp32.onnx" --out "$out/model.int8.onnx"
$python -m nib_training.package_model --examples "$out/examples" --onnx "$out/model.int8.onnx" \
  --out "$out/grammar"
# The tone model: features from the core, a few epochs on a committed sample, packaged.
$python -m nib_training.tone.train --sample tests/data/tone_smoke.tsv --buckets 4096 --epochs 3 \
  --out "$out/tone"
cd "$root"
node_modules/.bin/node build/js/models/training/smoke_engine.js "$out/grammar" "$out/tone/tone.bin"
