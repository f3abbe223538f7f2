"""Trains the grammar tagger on examples.npz (see examples.py). Deterministic on CPU for a given
seed and thread count, so a rerun of the recipe gives the same model.

    /usr/bin/python3 -m nib_training.train --examples DIR --out DIR [--steps N] [--dim 256 ...]
"""
import argparse
import json
import math
import time
from pathlib import Path

import numpy as np
import torch
from torch.nn import functional as F

from .model import GrammarTagger, ModelConfig

CASE_CLASSES = 4
SUFFIX_BUCKETS = 4096  # core/grammar/model_tokens.hpp kSuffixBuckets


class Batches:
    """Length-bucketed batches of about `tokens` positions; learner pairs drawn `learner_weight`
    times as often as their share."""

    def __init__(self, data, tokens: int, learner_weight: float, seed: int):
        self.lengths = data["lengths"]
        self.starts = np.cumsum(self.lengths) - self.lengths
        self.data = data
        self.tokens = tokens
        origins = data["origins"]
        weights = np.where(origins == 1, learner_weight, 1.0)
        self.p = weights / weights.sum()
        self.rng = np.random.default_rng(seed)

    def next(self):
        pool = self.rng.choice(len(self.lengths), size=2048, p=self.p)
        pool = pool[np.argsort(self.lengths[pool], kind="stable")]
        # A run of neighbours in the length-sorted pool: similar lengths, little padding, and as
        # many sentences as fit in `tokens` positions at the run's longest length.
        start = int(self.rng.integers(0, len(pool)))
        end = start
        while end < len(pool) and (end - start + 1) * int(self.lengths[pool[end]]) <= self.tokens:
            end += 1
        chosen = pool[start:max(end, start + 1)]
        width = int(self.lengths[chosen].max())
        arrays = {name: np.zeros((len(chosen), width), dtype=np.int64)
                  for name in ("words", "suffixes", "cases", "errors")}
        arrays["tags"] = np.full((len(chosen), width), -100, dtype=np.int64)
        arrays["detect"] = np.full((len(chosen), width), -100, dtype=np.int64)
        mask = np.zeros((len(chosen), width), dtype=np.int64)
        for row, index in enumerate(chosen):
            s, n = self.starts[index], self.lengths[index]
            for name in ("words", "suffixes", "cases"):
                arrays[name][row, :n] = self.data[name][s:s + n]
            tags = self.data["tags"][s:s + n].astype(np.int64)
            arrays["tags"][row, :n] = np.where(tags >= 0, tags, -100)
            arrays["detect"][row, :n] = self.data["errors"][s:s + n]
            mask[row, :n] = 1
        return {k: torch.from_numpy(v) for k, v in arrays.items()}, torch.from_numpy(mask)


def learning_rate(step: int, steps: int, peak: float, warmup: int) -> float:
    if step < warmup:
        return peak * (step + 1) / warmup
    progress = (step - warmup) / max(1, steps - warmup)
    return peak * 0.5 * (1 + math.cos(math.pi * min(1.0, progress)))


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--examples", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--steps", type=int, default=7000)
    parser.add_argument("--batch-tokens", type=int, default=3000)
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--warmup", type=int, default=300)
    parser.add_argument("--learner-weight", type=float, default=3.0)
    parser.add_argument("--dim", type=int, default=256)
    parser.add_argument("--layers", type=int, default=3)
    parser.add_argument("--heads", type=int, default=4)
    parser.add_argument("--ff-dim", type=int, default=768)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--save-every", type=int, default=500)
    args = parser.parse_args()

    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    torch.use_deterministic_algorithms(True)
    args.out.mkdir(parents=True, exist_ok=True)
    data = dict(np.load(args.examples / "examples.npz"))
    vocab_size = len((args.examples / "vocab.txt").read_text(encoding="utf-8").splitlines())
    tag_count = len((args.examples / "tags.txt").read_text(encoding="utf-8").splitlines())
    config = ModelConfig(vocab_size=vocab_size, suffix_buckets=SUFFIX_BUCKETS,
                         case_classes=CASE_CLASSES, tag_count=tag_count, dim=args.dim,
                         layers=args.layers, heads=args.heads, ff_dim=args.ff_dim)
    model = GrammarTagger(config)
    optimizer = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    batches = Batches(data, args.batch_tokens, args.learner_weight, args.seed)
    log = []
    started = time.time()
    model.train()
    for step in range(args.steps):
        for group in optimizer.param_groups:
            group["lr"] = learning_rate(step, args.steps, args.lr, args.warmup)
        batch, mask = batches.next()
        tag_logits, detect_logits = model(batch["words"], batch["suffixes"], batch["cases"], mask)
        tag_loss = F.cross_entropy(tag_logits.reshape(-1, tag_count), batch["tags"].reshape(-1),
                                   ignore_index=-100)
        detect_loss = F.cross_entropy(detect_logits.reshape(-1, 2), batch["detect"].reshape(-1),
                                      ignore_index=-100)
        loss = tag_loss + detect_loss
        optimizer.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        if step % 50 == 0 or step == args.steps - 1:
            entry = {"step": step, "loss": round(loss.item(), 4), "tag_loss": round(tag_loss.item(), 4),
                     "detect_loss": round(detect_loss.item(), 4),
                     "seconds": round(time.time() - started, 1)}
            log.append(entry)
            print(json.dumps(entry), flush=True)
        if (step + 1) % args.save_every == 0 or step == args.steps - 1:
            torch.save({"config": config.to_dict(), "state": model.state_dict(), "step": step + 1,
                        "args": {k: str(v) for k, v in vars(args).items()}}, args.out / "model.pt")
            (args.out / "train_log.json").write_text(json.dumps(log, indent=1))


if __name__ == "__main__":
    main()
