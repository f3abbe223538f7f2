"""Writes clean_error_distribution.json: the error mix for the commercial-safe training data
(prepare_data --no-noncommercial), in the schema errorgen reads, with every number set by hand
below from general knowledge of English learners' errors. Nothing here is measured on or copied
from a corpus, so the file is part of Nib and carries no third-party licence.

    /usr/bin/python3 -m nib_training.clean_distribution [--out ../clean_error_distribution.json]
"""
import argparse
import json
from pathlib import Path

# Shares of all edits in percent, by ERRANT type (only types errorgen can plant): punctuation,
# prepositions, determiners and verbs are learners' commonest errors, word order a rare one.
TYPES = {
    # punctuation 15: mostly missing commas
    "M:PUNCT": 8, "R:PUNCT": 4, "U:PUNCT": 3,
    # prepositions 12
    "R:PREP": 6, "M:PREP": 3, "U:PREP": 3,
    # determiners 12: mostly a missing article
    "M:DET": 5, "R:DET": 4, "U:DET": 3,
    # verbs 15: tense, form ("to going") and agreement ("he go")
    "R:VERB:TENSE": 6, "R:VERB:FORM": 5, "R:VERB:SVA": 4,
    "R:NOUN:NUM": 6,
    "R:SPELL": 10,
    "R:ORTH": 8,
    "R:WO": 3,
    # real-word confusions (their/there, then/than): ERRANT calls most of them R:OTHER; the
    # generator plants them as CONFUSABLE (see CONFUSABLES_BY_TYPE)
    "R:OTHER": 4,
    # pronouns 4
    "R:PRON": 2, "M:PRON": 1, "U:PRON": 1,
    # apostrophes 3: "dont", "Johns"
    "R:CONTR": 2, "R:NOUN:POSS": 1,
    # other function words 8: conjunctions, "to", auxiliaries ("she happy", "I am agree")
    "R:CONJ": 1, "M:CONJ": 1, "M:PART": 1, "U:PART": 1, "M:VERB": 2, "U:VERB": 1, "M:ADV": 1,
}
CONFUSABLES_BY_TYPE = {"R:OTHER": 4}

# Sentences by number of edits, in percent: about a third need no correction, and each further
# edit is rarer than the one before. Longer sentences have room for more.
EDITS_PER_SENTENCE = {"0": 33, "1": 33, "2": 18, "3": 9, "4": 4, "5": 2, "6": 1}
EDITS_BY_LENGTH = {  # words -> histogram as above
    "1-10": {"0": 45, "1": 35, "2": 14, "3": 5, "4": 1},
    "11-20": EDITS_PER_SENTENCE,
    "21-30": {"0": 27, "1": 30, "2": 20, "3": 12, "4": 6, "5": 3, "6": 2},
    "31+": {"0": 20, "1": 24, "2": 20, "3": 14, "4": 9, "5": 6, "6": 4, "7": 2, "8": 1},
}

# Closed-class words written for one another: every ordered pair within a group, at the group's
# weight (a pair in several groups takes the highest). The classic confusions weigh more.
PREPOSITION_GROUPS = [
    (("in", "on", "at", "to", "for", "of", "with", "about", "from", "by", "into"), 1),
    (("in", "on", "at"), 3),  # place and time: "at Monday", "in the bus"
    (("to", "for"), 2), (("of", "for", "about"), 2), (("in", "into"), 2), (("to", "at"), 2),
]
DETERMINER_GROUPS = [
    (("the", "a", "an"), 1), (("the", "a"), 3), (("this", "that", "these", "those"), 1),
    (("the", "this"), 1), (("some", "any"), 1), (("much", "many"), 1), (("each", "every"), 1),
    (("another", "other"), 1),
]
PRONOUN_GROUPS = [
    (("it", "they"), 2), (("it", "them"), 2),  # agreement with the noun referred to
    (("he", "she"), 1), (("him", "her"), 1), (("his", "her"), 1), (("it", "this"), 1),
    (("we", "you", "they"), 1), (("i", "me"), 1), (("who", "which", "that"), 1),
]
CONJUNCTION_GROUPS = [(("and", "or"), 2), (("and", "but"), 2), (("or", "nor"), 1),
                      (("if", "whether"), 1), (("because", "so"), 1)]
# [written, correct, weight]: a mark is not swapped both ways alike (a comma splice is common, a
# full stop for a comma rarer).
PUNCTUATION = [[",", ".", 3], [".", ",", 1], [",", ";", 2], [";", ",", 1], [",", ":", 1],
               [".", "?", 2], [".", "!", 1]]

# Words left out ("she happy", "I want go", "is important to"), by type: [word, weight].
MISSING = {
    "M:DET": [["the", 3], ["a", 2], ["an", 1]],
    "M:PREP": [["to", 2], ["in", 1], ["of", 1], ["for", 1], ["at", 1], ["on", 1], ["with", 1],
               ["about", 1]],
    "M:PUNCT": [[",", 4], [".", 2], ["?", 1]],
    "M:PRON": [["it", 3], ["i", 1], ["they", 1], ["you", 1], ["we", 1], ["them", 1]],
    "M:CONJ": [["and", 2], ["that", 1], ["or", 1]],
    "M:PART": [["to", 1]],
    "M:VERB": [["is", 3], ["are", 2], ["be", 1], ["was", 1], ["am", 1], ["have", 1], ["do", 1]],
    "M:ADV": [["also", 1], ["more", 1], ["most", 1], ["very", 1], ["too", 1], ["so", 1]],
}
# Words added ("discuss about", "I am agree", "my brother he works"), by type: [word, weight].
UNNECESSARY = {
    "U:DET": [["the", 3], ["a", 2]],
    "U:PREP": [["about", 2], ["to", 2], ["for", 1], ["with", 1], ["on", 1], ["in", 1],
               ["of", 1]],
    "U:PART": [["to", 3], ["up", 1], ["out", 1]],
    "U:PRON": [["it", 2], ["they", 2], ["he", 1], ["she", 1]],
    "U:VERB": [["is", 1], ["are", 1], ["am", 1]],
    "U:PUNCT": [[",", 4], [";", 1], [":", 1]],
}
# R:ORTH edits by kind, in percent: capitals on common nouns and none on names lead.
ORTHOGRAPHY = {"capitalised": 30, "lowercase_other": 25, "start_lowercase": 20,
               "lowercase_i": 10, "spacing": 15}
# [written, correct, weight]: compounds split or joined.
SPACING = [
    ["every one", "everyone", 2], ["some one", "someone", 2], ["any one", "anyone", 1],
    ["every thing", "everything", 2], ["some thing", "something", 2],
    ["any thing", "anything", 1], ["every body", "everybody", 1], ["some body", "somebody", 1],
    ["some times", "sometimes", 2], ["may be", "maybe", 2], ["can not", "cannot", 2],
    ["with out", "without", 1], ["in to", "into", 1], ["my self", "myself", 1],
    ["your self", "yourself", 1], ["them selves", "themselves", 1], ["some where", "somewhere", 1],
    ["every where", "everywhere", 1], ["any more", "anymore", 1], ["home work", "homework", 1],
    ["week end", "weekend", 1], ["noone", "no one", 2], ["eachother", "each other", 2],
    ["infront", "in front", 2], ["atleast", "at least", 2], ["aswell", "as well", 2],
    ["incase", "in case", 1],
]
# [written, correct, weight] among confusables.CONFUSABLE_SETS: which way round they go wrong.
CONFUSABLE_PAIRS = [
    ["there", "their", 3], ["their", "there", 3], ["they're", "their", 1],
    ["then", "than", 3], ["than", "then", 1], ["its", "it's", 3], ["it's", "its", 3],
    ["your", "you're", 3], ["to", "too", 3], ["too", "to", 1], ["loose", "lose", 2],
    ["effect", "affect", 1], ["affect", "effect", 1], ["were", "where", 2], ["where", "were", 2],
    ["who's", "whose", 1], ["alot", "a lot", 2], ["except", "accept", 1], ["quiet", "quite", 2],
    ["weather", "whether", 1], ["here", "hear", 1], ["no", "know", 1], ["advise", "advice", 1],
    ["past", "passed", 1], ["chose", "choose", 1], ["could of", "could have", 2],
    ["would of", "would have", 2], ["should of", "should have", 1], ["everyday", "every day", 2],
    ["life", "live", 1], ["live", "life", 1], ["lead", "led", 1], ["fell", "felt", 1],
    ["brought", "bought", 1], ["buy", "by", 1],
]


def pairs_within(groups) -> list:
    """[[written, correct, weight]] for every ordered pair of words within each group."""
    weights = {}
    for words, weight in groups:
        for correct in words:
            for written in words:
                if written != correct:
                    weights[written, correct] = max(weights.get((written, correct), 0), weight)
    return [[w, c, n] for (w, c), n in weights.items()]


def build() -> dict:
    return {
        "source": "written by hand for Nib (nib_training/clean_distribution.py) from general "
                  "knowledge of English learners' errors; no corpus was measured",
        "licence": "part of Nib: no third-party data",
        "types": TYPES,
        "edits_per_sentence": EDITS_PER_SENTENCE,
        "edits_per_sentence_by_length": EDITS_BY_LENGTH,
        "substitutions": {"R:PREP": pairs_within(PREPOSITION_GROUPS),
                          "R:DET": pairs_within(DETERMINER_GROUPS),
                          "R:PRON": pairs_within(PRONOUN_GROUPS),
                          "R:CONJ": pairs_within(CONJUNCTION_GROUPS),
                          "R:PUNCT": PUNCTUATION},
        "missing": MISSING,
        "unnecessary": UNNECESSARY,
        "orthography": ORTHOGRAPHY,
        "spacing": SPACING,
        "confusables": {"pairs": CONFUSABLE_PAIRS, "by_type": CONFUSABLES_BY_TYPE},
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1]
                        / "clean_error_distribution.json")
    args = parser.parse_args()
    args.out.write_text(json.dumps(build(), indent=1) + "\n", encoding="utf-8")
    print(f"{args.out}: {sum(TYPES.values())} % of edits over {len(TYPES)} types")


if __name__ == "__main__":
    main()
