"""Puts together the files the engine loads for the grammar model: model.onnx (int8), vocab.txt,
tags.txt, inflections.txt and config.json (decoding thresholds).

    /usr/bin/python3 -m nib_training.package_model --examples DIR --onnx FILE [--config FILE] --out DIR
"""
import argparse
import json
import shutil
from pathlib import Path

from .paths import REPO

DEFAULT_CONFIG = {"min_tag_probability": 0.5, "keep_bias": 0.0, "min_error_probability": 0.5,
                  "max_passes": 3}


def package(examples: Path, onnx: Path, config: Path | None, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(onnx, out / "model.onnx")
    shutil.copyfile(examples / "vocab.txt", out / "vocab.txt")
    shutil.copyfile(examples / "tags.txt", out / "tags.txt")
    inflections = REPO / "models" / "grammar" / "inflections.txt"
    if (out / "inflections.txt").resolve() != inflections.resolve():
        shutil.copyfile(inflections, out / "inflections.txt")
    settings = dict(DEFAULT_CONFIG)
    if config is not None:
        settings.update(json.loads(config.read_text()))
    (out / "config.json").write_text(json.dumps(settings, indent=1) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--examples", type=Path, required=True)
    parser.add_argument("--onnx", type=Path, required=True)
    parser.add_argument("--config", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    package(args.examples, args.onnx, args.config, args.out)
    print(f"model files in {args.out}")


if __name__ == "__main__":
    main()
