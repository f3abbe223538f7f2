"""Exports a trained checkpoint's InferenceTagger to ONNX for onnxruntime-web.

    python3 -m nib_training.export_onnx --checkpoint CKPT --out model.fp32.onnx [--fixture F.json]

The fixture holds a few inputs with torch's outputs for them, so that a runtime without torch
(bench/model_latency.ts in Node) can check the exported graph numerically.
"""
import argparse
import json
import warnings

import torch

from .model import GrammarTagger, InferenceTagger, ModelConfig

INPUT_NAMES = ["word_ids", "suffix_ids", "case_ids", "mask"]
OUTPUT_NAMES = ["tag_index", "tag_prob", "keep_prob", "error_prob"]
# Opset 17 exports LayerNormalization as one op; onnxruntime-web 1.30 runs it (checked in Node).
OPSET = 17


def load(checkpoint_path: str) -> InferenceTagger:
    checkpoint = torch.load(checkpoint_path, map_location="cpu")
    tagger = GrammarTagger(ModelConfig(**checkpoint["config"]))
    tagger.load_state_dict(checkpoint["state"])
    return InferenceTagger(tagger).eval()


def random_inputs(config: ModelConfig, lengths: list, positions: int, seed: int) -> tuple:
    """A batch with one row per length; positions past a row's length are padding (mask 0, ids 0)."""
    generator = torch.Generator().manual_seed(seed)
    shape = (len(lengths), positions)
    mask = (torch.arange(positions).unsqueeze(0) < torch.tensor(lengths).unsqueeze(1)).long()
    ids = [torch.randint(0, n, shape, generator=generator) * mask
           for n in (config.vocab_size, config.suffix_buckets, config.case_classes)]
    return (*ids, mask)


def export(checkpoint_path: str, out_path: str, fixture_path: str | None = None) -> None:
    model = load(checkpoint_path)
    config = model.tagger.config
    dynamic = {name: {0: "batch", 1: "positions"} for name in INPUT_NAMES + OUTPUT_NAMES}
    # A padded batch, so nothing in the trace can specialise on an all-ones mask or on batch 1.
    example = random_inputs(config, [7, 4], 7, seed=0)
    # Grad stays enabled on purpose: in eval mode under no_grad, PyTorch takes its fused
    # transformer fast path (_transformer_encoder_layer_fwd), which has no ONNX export.
    # The tracer warns about PyTorch's shape asserts inside attention: expected, and harmless.
    with torch.enable_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore", torch.jit.TracerWarning)
        torch.onnx.export(model, example, out_path, input_names=INPUT_NAMES,
                          output_names=OUTPUT_NAMES, dynamic_axes=dynamic, opset_version=OPSET,
                          do_constant_folding=True)
    if fixture_path:
        write_fixture(model, fixture_path)


def write_fixture(model: InferenceTagger, path: str) -> None:
    """The browser's common case (batch 1, no padding) at two lengths, and a padded batch."""
    config = model.tagger.config
    batches = [random_inputs(config, [16], 16, seed=1),
               random_inputs(config, [64], 64, seed=2),
               random_inputs(config, [12, 30, 1], 30, seed=3)]
    cases = []
    with torch.no_grad():
        for inputs in batches:
            outputs = model(*inputs)
            cases.append({
                "shape": list(inputs[0].shape),
                "inputs": {n: t.flatten().tolist() for n, t in zip(INPUT_NAMES, inputs)},
                "outputs": {n: t.flatten().tolist() for n, t in zip(OUTPUT_NAMES, outputs)},
            })
    with open(path, "w") as f:
        json.dump({"cases": cases}, f)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checkpoint", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--fixture", help="also write inputs and torch's outputs to this JSON file")
    args = parser.parse_args()
    export(args.checkpoint, args.out, args.fixture)


if __name__ == "__main__":
    main()
