"""Writes the grammar model's sentence pairs ("source<TAB>target", one pair a line):

    /usr/bin/python3 -m nib_training.prepare_data [--data DIR] --out OUT [--no-noncommercial]
        [--synthetic N] [--seed S] [--zero-rate R]

OUT/synthetic.tsv  clean everyday sentences (DIR/text) with planted errors (errorgen)
OUT/learner.tsv    W&I+LOCNESS train A/B/C and FCE train: learners' sentences and corrections
OUT/wi_dev.tsv     W&I+LOCNESS dev (ABCN): for tuning only, never for training
OUT/manifest.json  counts, seed and the licence of every source used

--no-noncommercial leaves out everything under a non-commercial licence: W&I+LOCNESS, FCE, the
NeuSpell misspellings (derived from JFLEG) and the error mix measured on W&I+LOCNESS
(error_distribution.json), for which it takes the hand-written clean_error_distribution.json.
"""
import argparse
import json
import random
import time
from collections import Counter
from pathlib import Path

from .clean_text import clean_sentences, drop_rare_words, read_texts
from .detok import detokenize
from .errorgen import ErrorGenerator
from .m2 import read_fce, read_m2
from .paths import default_data_dir

TEXT_SOURCES = ["goemotions_comments", "politeness_requests", "reddit_comments", "tweets",
                "ud_ewt"]
WI_TRAIN = [f"gec/wi_locness/{level}.train.gold.bea19.m2" for level in "ABC"]
WI_DEV = "gec/wi_locness/ABCN.dev.gold.bea19.m2"
FCE_TRAIN = "gec/fce/fce-train.json"
MORPHS = "gec/pie_morphs.txt"
MISSPELLINGS = "gec/neuspell_misspellings.tsv"
DISTRIBUTION = Path(__file__).resolve().parents[1] / "error_distribution.json"
CLEAN_DISTRIBUTION = Path(__file__).resolve().parents[1] / "clean_error_distribution.json"
# As stated in DIR/README.md.
LICENCES = {
    "goemotions_comments": "Apache-2.0 (GoEmotions-pytorch repository; no separate data licence)",
    "politeness_requests": "Apache-2.0 (sudhof/politeness repository; no separate data licence)",
    "reddit_comments": "none stated (Reddit content collected with PRAW): research-only until "
                       "cleared",
    "tweets": "TweetEval: released without restrictions, but task and Twitter terms may apply",
    "ud_ewt": "CC BY-SA 4.0 (UD English-EWT); texts from the LDC English Web Treebank",
    "pie_morphs": "MIT (PIE); merged from FreeLing dictionaries, upstream licence not stated",
    "neuspell_misspellings": "MIT (NeuSpell); pairs derived from JFLEG dev: CC BY-NC-SA 4.0",
    "wi_locness": "W&I+LOCNESS: non-commercial research/education only, not in anything sold; "
                  "LOCNESS: no third-party distribution",
    "fce": "CLC FCE: non-commercial research/education only, not in anything sold",
    "error_distribution": "counts derived from W&I+LOCNESS train: non-commercial "
                          "research/education only",
    "clean_error_distribution": "part of Nib (written by hand, no third-party data)",
}
PROGRESS_EVERY = 50000


def one_line(text: str) -> str:
    """The text with tabs, newlines and runs of spaces made single spaces (one pair a line)."""
    return " ".join(text.split())


def write_pairs(path: Path, groups: dict) -> dict:
    """Writes the pairs of every group (name -> iterable of pairs) into one file; returns each
    group's counts of pairs and of unchanged pairs."""
    counts = {}
    with path.open("w", encoding="utf-8") as f:
        for name, pairs in groups.items():
            c = counts[name] = Counter()
            for source, target in pairs:
                source, target = one_line(source), one_line(target)
                if source and target:
                    f.write(f"{source}\t{target}\n")
                    c["pairs"] += 1
                    c["unchanged"] += source == target
    return {name: dict(c) for name, c in counts.items()}


def pick_distribution(explicit, no_noncommercial: bool):
    """(name in LICENCES, path) of the error mix: the explicit file, else the hand-written one
    when non-commercial data is left out, else the one measured on W&I+LOCNESS. Any file but the
    hand-written one counts as measured, as its origin is unknown."""
    path = explicit or (CLEAN_DISTRIBUTION if no_noncommercial else DISTRIBUTION)
    clean = Path(path).resolve() == CLEAN_DISTRIBUTION
    return ("clean_error_distribution" if clean else "error_distribution"), path


def m2_pairs(path: Path):
    for sentence in read_m2(path):
        yield detokenize(sentence.tokens), detokenize(sentence.corrected())


def collect_clean(data: Path) -> dict:
    """Clean sentences of all text sources, deduplicated: sentence -> source name."""
    found = {}
    started = time.time()
    for name in TEXT_SOURCES:
        for sentence in clean_sentences(read_texts(data / "text" / f"{name}.txt.xz")):
            found.setdefault(sentence, name)
        print(f"  {name}: {len(found)} clean sentences so far ({time.time() - started:.0f} s)",
              flush=True)
    kept = drop_rare_words(list(found))
    print(f"  {len(kept)} without rare (probably misspelt) words", flush=True)
    return {s: found[s] for s in kept}


def write_synthetic(args) -> dict:
    print("Collecting clean sentences", flush=True)
    clean = collect_clean(args.data)
    sentences = list(clean)
    picked = random.Random(args.seed).sample(sentences, min(args.synthetic, len(sentences)))
    misspellings = None if args.no_noncommercial else args.data / MISSPELLINGS
    generator = ErrorGenerator(args.distribution, args.data / MORPHS, misspellings, args.seed,
                               args.zero_rate)
    rng = random.Random(args.seed + 1)
    planted = Counter()
    started = time.time()

    def pairs():
        for n, sentence in enumerate(picked, 1):
            corrupted, types = generator.corrupt_with_types(sentence, rng)
            planted.update(types)
            yield corrupted, sentence
            if n % PROGRESS_EVERY == 0:
                print(f"  {n}/{len(picked)} corrupted ({time.time() - started:.0f} s)", flush=True)

    print(f"Corrupting {len(picked)} of {len(sentences)} sentences", flush=True)
    counts = write_pairs(args.out / "synthetic.tsv", {"synthetic": pairs()})["synthetic"]
    counts["clean_candidates"] = dict(Counter(clean.values()))
    counts["by_source"] = dict(Counter(clean[s] for s in picked))
    counts["zero_rate"] = round(generator.zero_rate, 4)
    counts["planted_types"] = dict(planted.most_common())
    return counts


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--no-noncommercial", action="store_true",
                        help="leave out W&I+LOCNESS, FCE, the NeuSpell (JFLEG) misspellings and "
                             "the error mix measured on W&I+LOCNESS")
    parser.add_argument("--synthetic", type=int, default=400000, help="synthetic pairs")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--zero-rate", type=float, default=None,
                        help="share of synthetic pairs left unchanged (default: as measured)")
    parser.add_argument("--distribution", type=Path,
                        help="error mix (default: error_distribution.json, or "
                             "clean_error_distribution.json with --no-noncommercial)")
    args = parser.parse_args()
    distribution, args.distribution = pick_distribution(args.distribution, args.no_noncommercial)
    started = time.time()
    args.out.mkdir(parents=True, exist_ok=True)
    files = {"synthetic.tsv": write_synthetic(args)}
    used = TEXT_SOURCES + ["pie_morphs", distribution]
    if not args.no_noncommercial:
        used += ["neuspell_misspellings", "wi_locness", "fce"]
        print("Writing learner pairs and the dev set", flush=True)
        files["learner.tsv"] = write_pairs(args.out / "learner.tsv", {
            **{Path(name).name: m2_pairs(args.data / name) for name in WI_TRAIN},
            Path(FCE_TRAIN).name: read_fce(args.data / FCE_TRAIN)})
        files["wi_dev.tsv"] = write_pairs(args.out / "wi_dev.tsv",
                                          {Path(WI_DEV).name: m2_pairs(args.data / WI_DEV)})
    caveats = (["error_distribution.json (the error mix of synthetic.tsv) is derived from "
                "W&I+LOCNESS"] if distribution == "error_distribution" else [])
    manifest = {
        "seed": args.seed,
        "noncommercial_sources": not args.no_noncommercial,
        "files": files,
        "licences": {name: LICENCES[name] for name in used},
        "caveats": caveats + ["reddit_comments states no licence"],
        "seconds": round(time.time() - started),
    }
    (args.out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n",
                                            encoding="utf-8")
    for name, counts in files.items():
        print(f"{args.out / name}: " + ", ".join(
            f"{group} {c['pairs']} ({c['unchanged']} unchanged)" for group, c in
            (counts.items() if name != "synthetic.tsv" else [("synthetic", counts)])))
    print(f"Done in {manifest['seconds']} s")


if __name__ == "__main__":
    main()
