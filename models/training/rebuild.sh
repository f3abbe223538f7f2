#!/usr/bin/env bash
# Rebuilds the shipped grammar model (models/grammar) from the data, stage by stage, exactly as it
# was built. Usage: bash models/training/rebuild.sh [--data DIR] [--no-noncommercial] [--out DIR]
#   DIR defaults to ../shared/data beside the repository. --out (default models/grammar) takes the
#   packaged model; a scratch folder keeps the shipped one untouched.
# Needs: scripts/setup.sh done (native core, engine, Debian python3-torch/onnx). CPU only; the
# whole run takes about 75 minutes on 2 cores (training is ~56 of them).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
data="$root/../shared/data"
out="$root/models/grammar"
licence=()
while [ $# -gt 0 ]; do
  case "$1" in
    --data) data=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --no-noncommercial) licence=(--no-noncommercial); shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
work="$root/build/training${licence[*]:+-clean}"
python=/usr/bin/python3
steps=7000

cmake -S "$root" -B "$root/build/native" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$root/build/native" -j"$(nproc)" --target nib_capi_shared
cd "$root/models/training"
echo "== 1. inflection table (PIE morphs, MIT)"
$python -m nib_training.inflections --data "$data" --out "$root/models/grammar/inflections.txt"
if [ ${#licence[@]} -eq 0 ]; then
  echo "== 2. learner error statistics (W&I+LOCNESS train)"
  $python -m nib_training.error_stats --data "$data" --out "$root/models/training/error_distribution.json"
fi
echo "== 3. sentence pairs: synthetic errors + learner corpora"
$python -m nib_training.prepare_data --data "$data" --out "$work/pairs" --synthetic 400000 --seed 1 "${licence[@]}"
echo "== 4. training examples with the core's tokenizer and tag codec"
$python -m nib_training.examples --pairs "$work/pairs" --out "$work/examples" --tags 1000
echo "== 5. training ($steps steps, deterministic on CPU)"
$python -m nib_training.train --examples "$work/examples" --out "$work/checkpoint" --steps $steps --save-every 500
echo "== 6. ONNX export and int8 quantization"
$python -m nib_training.export_onnx --checkpoint "$work/checkpoint/model.pt" --out "$work/model.fp32.onnx"
$python -m nib_training.quantize_int8 --in "$work/model.fp32.onnx" --out "$work/model.int8.onnx"
config=()
if [ ${#licence[@]} -eq 0 ]; then
  echo "== 7. decoding thresholds tuned on W&I+LOCNESS dev and JFLEG dev"
  $python -m nib_training.package_model --examples "$work/examples" --onnx "$work/model.int8.onnx" --out "$root/build/assets/grammar"
  cd "$root"
  node_modules/.bin/node build/js/tests/quality/tune_thresholds.js --data "$data" --out "$work/config.json"
  cd "$root/models/training"
  config=(--config "$work/config.json")
else
  # Tuning on the (non-commercial) dev sets would derive from them: the clean variant keeps the
  # default thresholds.
  echo "== 7. default decoding thresholds (clean variant)"
fi
$python -m nib_training.package_model --examples "$work/examples" --onnx "$work/model.int8.onnx" "${config[@]}" --out "$out"
$python -m nib_training.package_model --examples "$work/examples" --onnx "$work/model.int8.onnx" "${config[@]}" --out "$root/build/assets/grammar"
echo "== 8. evaluation on the dev sets against Harper"
cd "$root"
node_modules/.bin/node build/js/tests/quality/run_quality.js --data "$data"
