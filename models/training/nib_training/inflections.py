"""Builds the inflection table the core loads (models/grammar/inflections.txt): verb and noun
lines "form lemma TAG" from PIE's morphs.txt (MIT; `gec/pie_morphs.txt` in the data directory).

    /usr/bin/python3 -m nib_training.inflections --data DIR --out ../grammar/inflections.txt
"""
import argparse
from pathlib import Path

from .paths import default_data_dir

KEPT_TAGS = {"VB", "VBP", "VBZ", "VBD", "VBN", "VBG", "NN", "NNS"}


def build(morphs: Path, out: Path) -> int:
    lines = set()
    for line in morphs.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[2] in KEPT_TAGS and parts[0].isascii():
            lines.add(" ".join(parts))
    out.write_text("\n".join(sorted(lines)) + "\n", encoding="utf-8")
    return len(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    count = build(args.data / "gec" / "pie_morphs.txt", args.out)
    print(f"{args.out}: {count} inflections")


if __name__ == "__main__":
    main()
