"""Turns sentence pairs into training examples with the core's own tokenizer and tag codec, and
writes the model's vocabulary and tag list.

    /usr/bin/python3 -m nib_training.examples --pairs DIR --out DIR [--vocab-size N] [--tags N]

Reads DIR/synthetic.tsv and (when present) DIR/learner.tsv: "source<TAB>target" lines. Writes
vocab.txt, tags.txt and examples.npz (flat id arrays plus per-example lengths and origin).
"""
import argparse
import time
from collections import Counter
from pathlib import Path

import numpy as np

from .core import Core
from .paths import REPO

INFLECTIONS = REPO / "models" / "grammar" / "inflections.txt"
RESERVED = ["<pad>", "<unk>", "<s>"]
MAX_POSITIONS = 65  # the start marker + kMaxModelTokens (core/grammar/model_tokens.hpp)


def read_pairs(path: Path, limit: int):
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f):
            if limit and n >= limit:
                break
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 2:
                yield parts


def tag_all(core: Core, files):
    """[(keys, suffix_ids, case_ids, tags, origin)] for every pair, origin 0 synthetic, 1 learner."""
    examples = []
    started = time.time()
    for origin, path, limit in files:
        for source, target in read_pairs(path, limit):
            answer = core.tag_pair(source, target)
            keys = answer["keys"][:MAX_POSITIONS]
            if len(keys) < 2:
                continue
            examples.append((keys, answer["suffix_ids"][:MAX_POSITIONS],
                             answer["case_ids"][:MAX_POSITIONS], answer["tags"][:MAX_POSITIONS],
                             origin))
            if len(examples) % 50000 == 0:
                print(f"  {len(examples)} pairs tagged ({time.time() - started:.0f} s)", flush=True)
    return examples


def build_vocabulary(examples, size: int):
    counts = Counter(k for keys, *_ in examples for k in keys[1:])
    words = [k for k, c in counts.most_common() if c >= 2 and k not in RESERVED]
    return RESERVED + words[: size - len(RESERVED)]


def build_tag_list(examples, size: int):
    counts = Counter(t for _, _, _, tags, _ in examples for t in tags)
    counts.pop("$KEEP", None)
    return ["$KEEP"] + [t for t, c in counts.most_common(size - 1) if c >= 3]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pairs", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--vocab-size", type=int, default=24000)
    parser.add_argument("--tags", type=int, default=1000)
    parser.add_argument("--max-synthetic", type=int, default=0, help="0 = all")
    parser.add_argument("--max-learner", type=int, default=0, help="0 = all")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    core = Core()
    core.load_model_file("inflections", INFLECTIONS.read_bytes())
    files = [(0, args.pairs / "synthetic.tsv", args.max_synthetic)]
    if (args.pairs / "learner.tsv").exists():
        files.append((1, args.pairs / "learner.tsv", args.max_learner))
    examples = tag_all(core, files)

    vocab = build_vocabulary(examples, args.vocab_size)
    tags = build_tag_list(examples, args.tags)
    (args.out / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    (args.out / "tags.txt").write_text("\n".join(tags) + "\n", encoding="utf-8")
    word_id = {k: i for i, k in enumerate(vocab)}
    tag_id = {t: i for i, t in enumerate(tags)}

    lengths = np.array([len(e[0]) for e in examples], dtype=np.int32)
    words = np.array([word_id.get(k, 1) for e in examples for k in e[0]], dtype=np.int32)
    words[np.cumsum(lengths) - lengths] = 2  # the start marker's id, whatever its key count
    suffixes = np.array([s for e in examples for s in e[1]], dtype=np.int16)
    cases = np.array([c for e in examples for c in e[2]], dtype=np.int8)
    # Tags outside the list are not learned (-1) but still count as errors for detection.
    tag_ids = np.array([tag_id.get(t, -1) for e in examples for t in e[3]], dtype=np.int16)
    errors = np.array([t != "$KEEP" for e in examples for t in e[3]], dtype=np.int8)
    origins = np.array([e[4] for e in examples], dtype=np.int8)
    np.savez(args.out / "examples.npz", lengths=lengths, words=words, suffixes=suffixes,
             cases=cases, tags=tag_ids, errors=errors, origins=origins)
    covered = (tag_ids >= 0).mean()
    print(f"{len(examples)} examples, {int(lengths.sum())} positions, vocab {len(vocab)}, "
          f"tags {len(tags)} (cover {covered:.4f} of positions), erroneous positions "
          f"{errors.mean():.4f}")


if __name__ == "__main__":
    main()
