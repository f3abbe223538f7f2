#!/usr/bin/python3
"""Counts how often each word occurs in a few openly licensed English texts.

The counts tell the spelling suggester which of several candidate words people actually write
("their" far more than "thier"'s other neighbours). Run once; the result is committed as
core/spell/data/word_counts.tsv and read by build_lexicon.mjs.

Sources (all under <data_dir>/text, xz-compressed, one text per line):
  goemotions_comments.txt.xz  GoEmotions Reddit comments, Apache-2.0
  ud_ewt.txt.xz               UD English-EWT sentences ("doc_id<TAB>sentence"), CC BY-SA 4.0
  tweets.txt.xz               TweetEval tweets, "released without any restrictions"
reddit_comments.txt.xz is deliberately not used: it states no licence.

Usage: /usr/bin/python3 scripts/dictionaries/count_words.py [data_dir] [output]
  data_dir defaults to ../shared/data, output to core/spell/data/word_counts.tsv.
"""
import collections
import lzma
import os
import re
import sys

SOURCES = (
    # (file name, whether each line starts with a "doc_id<TAB>" column)
    ("goemotions_comments.txt.xz", False),
    ("ud_ewt.txt.xz", True),
    ("tweets.txt.xz", False),
)
MIN_COUNT = 2

# Whole chunks that are not prose: links, user mentions, hashtags, e-mail addresses, and the
# [NAME] / [RELIGION] masks GoEmotions puts in place of names.
NOISE = re.compile(r"https?://\S+|www\.\S+|\S+@\S+|[@#]\S+|\[[A-Z]+\]")
# A word: letters, optionally joined by apostrophes ("don't", "o'clock"). Digits and underscores
# are excluded from letters, so "2nd" or "user_1" never yield a token (see SKIP_CHUNK).
WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
# Chunks that mix letters with digits or underscores are codes, handles or times, not words.
SKIP_CHUNK = re.compile(r"[\d_]")
SENTENCE_END = re.compile(r"[.!?]['\")\]]*$")


def texts(data_dir):
    for name, has_doc_id in SOURCES:
        path = os.path.join(data_dir, "text", name)
        with lzma.open(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                line = line.rstrip("\n")
                if has_doc_id:
                    line = line.split("\t", 1)[-1]
                yield line


def count(data_dir):
    totals = collections.Counter()  # lowercased word -> occurrences
    casings = collections.defaultdict(collections.Counter)  # lowercased word -> form -> votes
    for text in texts(data_dir):
        text = NOISE.sub(" ", text.replace("\u2019", "'"))
        sentence_start = True
        for chunk in text.split():
            if not SKIP_CHUNK.search(chunk):
                for match in WORD.finditer(chunk):
                    word = match.group(0)
                    key = word.lower()
                    totals[key] += 1
                    # Sentence-initial capitals say nothing about a word's own case.
                    if not sentence_start or not word[:1].isupper():
                        casings[key][word] += 1
            sentence_start = bool(SENTENCE_END.search(chunk))
    return totals, casings


def common_casing(key, votes):
    if not votes:
        return key
    best = max(votes.values())
    # Ties go to the lowercase form, then to the alphabetically first, so reruns are identical.
    return min((form for form, n in votes.items() if n == best), key=lambda f: (f != key, f))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    data_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "..",
                                                                 "shared", "data")
    output = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "..", "..", "core", "spell",
                                                               "data", "word_counts.tsv")
    totals, casings = count(data_dir)
    rows = sorted(((n, key) for key, n in totals.items() if n >= MIN_COUNT),
                  key=lambda row: (-row[0], row[1]))
    with open(output, "w", encoding="utf-8", newline="\n") as out:
        out.write("# word<TAB>count: occurrences (case-insensitive) in GoEmotions, UD English-EWT "
                  "and TweetEval texts;\n# the word is written in its most common casing. "
                  "Built by scripts/dictionaries/count_words.py; see README.md.\n")
        for n, key in rows:
            out.write(f"{common_casing(key, casings[key])}\t{n}\n")


if __name__ == "__main__":
    main()
