"""Measures what learners really get wrong, for the synthetic-error generator: ERRANT error types,
edits per sentence, and the concrete words behind the closed-class errors.

    /usr/bin/python3 -m nib_training.error_stats [--data DIR] [--out ../error_distribution.json]

Reads annotator 0 of W&I+LOCNESS train A/B/C (gold M2). The output holds counts only, but they
are derived from W&I+LOCNESS (non-commercial research/education licence).
"""
import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

from .confusables import ALTERNATIVES
from .detok import detokenize
from .m2 import SKIPPED_TYPES, read_m2
from .paths import default_data_dir

TRAIN_FILES = [f"gec/wi_locness/{level}.train.gold.bea19.m2" for level in "ABC"]
# Closed classes whose concrete words the generator reuses.
SUBSTITUTED = ["R:PREP", "R:DET", "R:PRON", "R:PART", "R:CONJ", "R:PUNCT"]
MISSING_OR_UNNECESSARY = ["DET", "PREP", "PUNCT", "PRON", "CONJ", "PART", "VERB", "ADV"]
LENGTH_BUCKETS = [(1, 10), (11, 20), (21, 30), (31, 10**6)]
TOP = 40


def length_bucket(words: int) -> str:
    for low, high in LENGTH_BUCKETS:
        if low <= words <= high:
            return f"{low}-{high}" if high < 10**6 else f"{low}+"
    return f"{LENGTH_BUCKETS[0][0]}-{LENGTH_BUCKETS[0][1]}"


def orthography_kind(written: str, correct: str, start: int) -> str:
    """What an R:ORTH edit is: a case error (and where) or a spacing error."""
    if (written.replace(" ", "").lower() == correct.replace(" ", "").lower()
            and written.count(" ") != correct.count(" ")):
        return "spacing"
    if written.lower() != correct.lower():
        return "other"
    if written == "i" or written.startswith("i'"):
        return "lowercase_i"
    if start == 0 and written[:1].islower():
        return "start_lowercase"
    return "lowercase_other" if written[:1].islower() else "capitalised"


class Stats:
    def __init__(self):
        self.sentences = 0
        self.types = Counter()
        self.per_sentence = Counter()
        self.per_sentence_by_length = defaultdict(Counter)
        self.substitutions = defaultdict(Counter)
        self.missing = defaultdict(Counter)
        self.unnecessary = defaultdict(Counter)
        self.orthography = Counter()
        self.spacing = Counter()
        self.confusables = Counter()
        self.confusables_by_type = Counter()
        self.unk = 0

    def add(self, sentence):
        self.sentences += 1
        edits = sentence.edits.get(0, [])
        self.unk += sum(e.type == "UNK" for e in edits)
        edits = [e for e in edits if e.type not in SKIPPED_TYPES]
        self.per_sentence[len(edits)] += 1
        self.per_sentence_by_length[length_bucket(len(sentence.tokens))][len(edits)] += 1
        for e in edits:
            self.add_edit(sentence.tokens, e)

    def add_edit(self, tokens, e):
        self.types[e.type] += 1
        written = detokenize(tokens[e.start:e.end])
        correct = detokenize(e.correction)
        if correct.lower() in ALTERNATIVES.get(written.lower(), ()):
            self.confusables[written.lower(), correct.lower()] += 1
            self.confusables_by_type[e.type] += 1
        single = e.end - e.start <= 1 and len(e.correction) <= 1
        if e.type in SUBSTITUTED and single:
            self.substitutions[e.type][written.lower(), correct.lower()] += 1
        elif e.type[2:] in MISSING_OR_UNNECESSARY and single:
            if e.type.startswith("M:"):
                self.missing[e.type][correct.lower()] += 1
            elif e.type.startswith("U:"):
                self.unnecessary[e.type][written.lower()] += 1
        elif e.type == "R:ORTH":
            kind = orthography_kind(written, correct, e.start)
            self.orthography[kind] += 1
            if kind == "spacing":
                self.spacing[written.lower(), correct.lower()] += 1

    def to_json(self) -> dict:
        def pairs(counter):
            return [[w, c, n] for (w, c), n in counter.most_common(TOP)]

        def words(counter):
            return [[w, n] for w, n in counter.most_common(TOP)]

        def histogram(counter):
            return {str(k): counter[k] for k in sorted(counter)}

        return {
            "source": "W&I+LOCNESS v2.1 train A/B/C gold M2 (BEA-2019), annotator 0",
            "licence": "counts derived from W&I+LOCNESS: non-commercial research/education only",
            "sentences": self.sentences,
            "edits": sum(self.types.values()),
            "unk_edits": self.unk,
            "types": dict(self.types.most_common()),
            "edits_per_sentence": histogram(self.per_sentence),
            "edits_per_sentence_by_length": {
                b: histogram(self.per_sentence_by_length[b])
                for b in (length_bucket(low) for low, _ in LENGTH_BUCKETS)},
            "substitutions": {t: pairs(self.substitutions[t]) for t in SUBSTITUTED},
            "missing": {t: words(c) for t, c in sorted(self.missing.items())},
            "unnecessary": {t: words(c) for t, c in sorted(self.unnecessary.items())},
            "orthography": dict(self.orthography.most_common()),
            "spacing": pairs(self.spacing),
            "confusables": {"pairs": pairs(self.confusables),
                            "by_type": dict(self.confusables_by_type.most_common())},
        }


def measure(data: Path) -> dict:
    stats = Stats()
    for name in TRAIN_FILES:
        for sentence in read_m2(data / name):
            stats.add(sentence)
    return stats.to_json()


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument("--out", type=Path,
                        default=Path(__file__).resolve().parents[1] / "error_distribution.json")
    args = parser.parse_args()
    result = measure(args.data)
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    total = result["edits"]
    print(f"{args.out}: {result['sentences']} sentences, {total} edits")
    for etype, count in list(result["types"].items())[:15]:
        print(f"  {etype:14} {count:6}  {100 * count / total:5.1f}%")


if __name__ == "__main__":
    main()
