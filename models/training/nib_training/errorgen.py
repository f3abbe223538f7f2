"""The synthetic-error generator: plants learner-like errors in clean sentences, in the mix of
error types, edits per sentence and concrete words of a distribution file: measured by error_stats
on W&I+LOCNESS, or written by hand (clean_distribution) for the commercial-safe variant.

    gen = ErrorGenerator("error_distribution.json", "pie_morphs.txt", None, seed=1)
    gen.corrupt("They have lived here since 2010.")  # e.g. "They has lived here since 2010"
    gen.corrupt_with_types(sentence, rng)  # (corrupted, ["R:VERB:SVA", ...]) with your own rng
"""
import json
import random
from bisect import bisect_right
from collections import defaultdict
from itertools import accumulate
from pathlib import Path

from . import morphology
from .confusables import ALTERNATIVES
from .error_stats import length_bucket
from .tokens import capitalise, delete, insert, is_capitalised, join, replace, tokenize
from .typos import keyboard_typo
from .wordlists import (BE, DETERMINERS, FUNCTION_WORDS, GERUND_PREPOSITIONS, MODALS, SUBJECTS,
                        SUBJECTS_3SG)

# Learner essays hold few real-word slips (their/there, loose/lose: 0.4% of edits), but fluent
# writers posting online make them often and they are what a spell checker cannot catch.
CONFUSABLE_MIN_SHARE = 0.03
# How often a word with a recorded real misspelling gets it rather than keyboard noise.
RECORDED_MISSPELLING_RATE = 0.5
_SENTENCE_END = {".", "!", "?"}
# Missing words: the closed classes whose words can simply be left out.
_DROPPED = {"M:DET", "M:PREP", "M:PUNCT", "M:PRON", "M:CONJ", "M:PART", "M:VERB", "M:ADV"}
# Unnecessary words, and where each kind goes (the rule's method name); other kinds are left out
# because a word added at random ("Iceland and to build") teaches nothing learners do.
_INSERTION_RULES = {"U:DET": "before_noun", "U:PREP": "after_verb", "U:PART": "after_verb",
                    "U:PRON": "after_noun_subject", "U:VERB": "after_subject",
                    "U:PUNCT": "between_words"}
_BE_FORMS = {"am", "is", "are", "was", "were", "be"}
_SUBJECT_PRONOUNS = {"it", "they", "he", "she", "who"}
# Marks added on their own: quotes and brackets come in pairs.
_ADDED_PUNCT = {",", ".", "-", ":", ";", "!", "...", ".."}
_ALLOWED_WORDS = {"U:VERB": _BE_FORMS, "U:PRON": _SUBJECT_PRONOUNS, "U:PUNCT": _ADDED_PUNCT}
_CLAUSE_PUNCT = {",", ";", ":"}
_APOSTROPHE_TYPES = ["R:CONTR", "M:CONTR", "U:CONTR", "R:NOUN:POSS", "M:NOUN:POSS",
                     "U:NOUN:POSS"]


def _weighted(rng, items, weights):
    return rng.choices(items, weights=weights)[0] if items else None


def _word_table(words, etype):
    """([word], [count]) from [[word, count]]: ASCII only, as typed text is normalised. Unnecessary
    verbs, pronouns and marks are kept to those that make the errors learners make ("I am agree",
    "my brother he works"): an added "do" is often still English, an added "them" no learner's
    error, and a lone quote no error at all."""
    allowed = _ALLOWED_WORDS.get(etype)
    kept = [(w, n) for w, n in words if w.isascii() and (allowed is None or w in allowed)]
    return [w for w, _ in kept], [n for _, n in kept]


def _free_word(tokens, i) -> bool:
    """Token i is an untouched word that is not a mid-sentence name."""
    t = tokens[i]
    return not t.touched and t.is_word() and (i == 0 or not t.text[:1].isupper())


class ErrorGenerator:
    def __init__(self, distribution_json, morphs_path, misspellings_path=None, seed=0,
                 zero_rate=None):
        dist = json.loads(Path(distribution_json).read_text(encoding="utf-8"))
        self.rng = random.Random(seed)
        self.morph = morphology.Morphology(morphs_path)
        self.misspellings = defaultdict(list)  # correct word -> recorded misspellings
        if misspellings_path:
            for line in Path(misspellings_path).read_text(encoding="utf-8").splitlines():
                wrong, _, right = line.partition("\t")
                if wrong.isalpha() and right.isalpha() and wrong.lower() != right.lower():
                    self.misspellings[right.lower()].append(wrong.lower())
        self._load_tables(dist)
        self._build_ops(dist)
        histogram = dist["edits_per_sentence"]
        self.zero_rate = (histogram.get("0", 0) / sum(histogram.values())
                          if zero_rate is None else zero_rate)
        self.edit_counts = {}  # length bucket -> (counts, cumulative weights), sentences with edits
        for bucket, hist in dist["edits_per_sentence_by_length"].items():
            counts = [int(k) for k in hist if int(k) > 0]
            self.edit_counts[bucket] = (counts, list(accumulate(hist[str(k)] for k in counts)))

    def _load_tables(self, dist):
        self.swaps = {}  # type -> correct word -> ([written], [count])
        for etype, pairs in dist["substitutions"].items():
            table = defaultdict(lambda: ([], []))
            for written, correct, n in pairs:
                if written.isascii() and written != correct:
                    table[correct][0].append(written)
                    table[correct][1].append(n)
            self.swaps[etype] = dict(table)
        self.missing = {t: _word_table(words, t) for t, words in dist["missing"].items()
                        if t in _DROPPED}
        self.unnecessary = {t: _word_table(words, t) for t, words in dist["unnecessary"].items()
                            if t in _INSERTION_RULES}
        self.orthography = {k: n for k, n in dist["orthography"].items() if k != "other"}
        self.spacing = {}  # correct phrase -> (written, count)
        for written, correct, n in dist["spacing"]:
            if written.replace(" ", "").isalpha() and correct not in self.spacing:
                self.spacing[correct] = (written, n)
        self.confusable_counts = {(w, c): n for w, c, n in dist["confusables"]["pairs"]}

    def _build_ops(self, dist):
        ops = {
            "R:VERB:SVA": lambda t, r: morphology.agreement(t, r, self.morph),
            "R:VERB:TENSE": lambda t, r: morphology.tense(t, r, self.morph),
            "R:VERB:FORM": lambda t, r: morphology.verb_form(t, r, self.morph),
            "R:NOUN:NUM": lambda t, r: morphology.noun_number(t, r, self.morph),
            "R:SPELL": self._spelling, "R:ORTH": self._orthography, "R:WO": self._word_order,
        }
        for etype in ("M:VERB:TENSE", "U:VERB:TENSE"):
            ops[etype] = ops["R:VERB:TENSE"]
        for etype in ("M:VERB:FORM", "U:VERB:FORM"):
            ops[etype] = ops["R:VERB:FORM"]
        for etype in _APOSTROPHE_TYPES:
            ops[etype] = self._apostrophe
        for etype in self.swaps:
            ops[etype] = lambda t, r, e=etype: self._swap(t, r, e)
        for etype in self.missing:
            ops[etype] = lambda t, r, e=etype: self._drop(t, r, e)
        for etype in self.unnecessary:
            ops[etype] = lambda t, r, e=etype: self._insert(t, r, e)
        confused = dist["confusables"]["by_type"]
        # Confusions are planted as CONFUSABLE, not again under the type ERRANT gave them.
        weights = {t: n - confused.get(t, 0) for t, n in dist["types"].items() if t in ops}
        total = sum(weights.values())
        weights["CONFUSABLE"] = max(sum(confused.values()), CONFUSABLE_MIN_SHARE * total)
        ops["CONFUSABLE"] = self._confusable
        self.ops = [(t, ops[t]) for t, w in weights.items() if w > 0]
        self.op_weights = list(accumulate(weights[t] for t, _ in self.ops))

    # --- sampling -------------------------------------------------------------------------

    def corrupt(self, sentence: str, rng=None) -> str:
        return self.corrupt_with_types(sentence, rng)[0]

    def corrupt_with_types(self, sentence: str, rng=None):
        """(corrupted sentence, the error types planted), deterministic for a seeded `rng`."""
        rng = rng or self.rng
        tokens = tokenize(sentence)
        if not tokens or rng.random() < self.zero_rate:
            return sentence, []
        counts, cumulative = self.edit_counts[length_bucket(len(tokens))]
        # The longest bucket's tail comes from essays' run-on sentences of 100 tokens and more.
        wanted = min(rng.choices(counts, cum_weights=cumulative)[0], max(1, len(tokens) // 4))
        planted = []
        for _ in range(3 * wanted + 3):  # a drawn type may find no place in this sentence
            if len(planted) == wanted:
                break
            etype, op = self.ops[bisect_right(self.op_weights, rng.random() * self.op_weights[-1])]
            if op(tokens, rng):
                planted.append(etype)
        text = join(tokens)
        if text == sentence and self._spelling(tokens, rng):
            planted.append("R:SPELL")
            text = join(tokens)
        return text, planted

    # --- error types ----------------------------------------------------------------------

    def _swap(self, tokens, rng, etype) -> bool:
        """A closed-class word for another, in the learners' measured confusions ("in" for "on")."""
        table = self.swaps[etype]
        last = len(tokens) - 1
        sites = [i for i, t in enumerate(tokens)
                 if not t.touched and t.lower in table and (i == 0 or not t.text[:1].isupper())]
        if not sites:
            return False
        i = rng.choice(sites)
        written = [w for w in table[tokens[i].lower][0]
                   if not (i == last and w in _CLAUSE_PUNCT)]  # no sentence ends in a comma
        if not written:
            return False
        counts = [n for w, n in zip(*table[tokens[i].lower]) if w in written]
        replace(tokens, i, _weighted(rng, written, counts))
        return True

    def _drop(self, tokens, rng, etype) -> bool:
        """Leaves out a word or mark learners often miss ("the", "it", ","). The word is drawn by
        the measured counts before looking at the sentence, so the full stop of a sentence without
        commas is not the victim every time."""
        words, counts = self.missing[etype]
        word = _weighted(rng, words, counts)
        sites = [i for i, t in enumerate(tokens) if not t.touched and t.lower == word
                 and (i == 0 or not t.text[:1].isupper())]
        if not sites:
            return False
        delete(tokens, rng.choice(sites))
        return True

    def _insert(self, tokens, rng, etype) -> bool:
        """Adds a word or mark learners often add, where such words go ("discuss about")."""
        words, counts = self.unnecessary[etype]
        new = _weighted(rng, words, counts)
        if new is None:
            return False
        fits = getattr(self, "_" + _INSERTION_RULES[etype])
        sites = [i for i in range(1, len(tokens)) if fits(tokens, i)]
        if not sites:
            return False
        i = rng.choice(sites)
        prev = tokens[i - 1].lower
        if new in ("a", "an"):
            new = "an" if tokens[i].lower[:1] in "aeiou" else "a"
        elif new in _BE_FORMS:  # agrees with its subject: "I am agree", "he is agree"
            new = "am" if prev == "i" else "is" if prev in SUBJECTS_3SG else "are"
        elif new in ("it", "they"):  # agrees with the noun it repeats
            new = "they" if prev in self.morph.singular else "it"
        insert(tokens, i, new)
        return True

    # Insertion rules: may an unnecessary word go before token i?

    @staticmethod
    def _between_words(t, i):
        return t[i - 1].is_word() and t[i].is_word()

    def _before_noun(self, t, i):
        """Before a noun ("the", "a" learners add), not inside a noun phrase that has one."""
        word, prev = t[i].lower, t[i - 1].lower
        return (_free_word(t, i) and self.morph.is_noun(word) and word not in FUNCTION_WORDS
                and (word not in self.morph.verb_tags or prev in GERUND_PREPOSITIONS)
                and prev not in DETERMINERS and not prev.endswith("'s")
                and (i < 2 or t[i - 2].lower not in DETERMINERS))

    def _after_verb(self, t, i):
        return t[i].is_word() and t[i - 1].lower in self.morph.verb_tags

    def _is_verb(self, word):
        return word in self.morph.verb_tags or word in BE or word in MODALS

    def _after_subject(self, t, i):
        """Between a subject and its lexical verb: "I am agree", "we are went"."""
        word = t[i].lower
        return (t[i - 1].lower in SUBJECTS
                and (self.morph.has(word, "VBP") or self.morph.has(word, "VBD")))

    def _after_noun_subject(self, t, i):  # "my brother he works"
        prev = t[i - 1].lower
        return (prev not in FUNCTION_WORDS and self.morph.is_noun(prev) and t[i].is_word()
                and self._is_verb(t[i].lower))

    def _spelling(self, tokens, rng) -> bool:
        sites = [i for i, t in enumerate(tokens)
                 if _free_word(tokens, i) and len(t.text) >= 3 and t.text.isalpha()]
        if not sites:
            return False
        i = rng.choice(sites)
        word = tokens[i].lower
        recorded = self.misspellings.get(word)
        if recorded and rng.random() < RECORDED_MISSPELLING_RATE:
            typo = rng.choice(recorded)
        else:
            typo = keyboard_typo(word, rng)
        if typo == word:
            return False
        replace(tokens, i, typo)
        return True

    def _orthography(self, tokens, rng) -> bool:
        """Case and spacing slips: "i think", "english", "The Summer", "every one"."""
        def is_i(text):
            return text == "I" or text.startswith("I'")

        free = [i for i, t in enumerate(tokens) if not t.touched]
        kinds = {
            "start_lowercase": [i for i in free[:1] if i == 0 and is_capitalised(tokens[0].text)
                                and not is_i(tokens[0].text)],
            "lowercase_i": [i for i in free if is_i(tokens[i].text)],
            "lowercase_other": [i for i in free if i and tokens[i].is_word()
                                and is_capitalised(tokens[i].text) and not is_i(tokens[i].text)
                                and tokens[i - 1].text not in _SENTENCE_END],
            "capitalised": [i for i in free if i and _free_word(tokens, i)
                            and len(tokens[i].text) > 2],
            "spacing": [i for i in free if self._spaced_phrase(tokens, i)],
        }
        available = [k for k in self.orthography if kinds.get(k)]
        kind = _weighted(rng, available, [self.orthography[k] for k in available])
        if kind is None:
            return False
        i = rng.choice(kinds[kind])
        t = tokens[i]
        t.touched = True
        if kind == "capitalised":
            t.text = capitalise(t.text)
        elif kind == "spacing":
            phrase = self._spaced_phrase(tokens, i)
            self._replace_phrase(tokens, i, phrase, self.spacing[phrase][0])
        else:
            t.text = t.text[:1].lower() + t.text[1:]
        return True

    def _spaced_phrase(self, tokens, i):
        """The spacing-error phrase ("every one" or "everyone") starting at token i, if any."""
        one = tokens[i].lower
        if one in self.spacing:
            return one
        if i + 1 < len(tokens) and not tokens[i + 1].touched:
            two = one + " " + tokens[i + 1].lower
            if two in self.spacing:
                return two
        return None

    @staticmethod
    def _replace_phrase(tokens, i, phrase, new):
        """Replaces the tokens of `phrase` at i with the words of `new` (one or two words)."""
        old_len, new_words = len(phrase.split()), new.split()
        replace(tokens, i, new_words[0])
        if old_len == 2:
            delete(tokens, i + 1)
        if len(new_words) == 2:
            insert(tokens, i + 1, new_words[1])

    def _word_order(self, tokens, rng) -> bool:
        sites = [i for i in range(1, len(tokens) - 1) if _free_word(tokens, i)
                 and _free_word(tokens, i + 1) and tokens[i].lower != tokens[i + 1].lower]
        if not sites:
            return False
        i = rng.choice(sites)
        a, b = tokens[i], tokens[i + 1]
        a.text, b.text = b.text, a.text
        a.touched = b.touched = True
        return True

    def _apostrophe(self, tokens, rng) -> bool:
        """Drops the apostrophe of a contraction or possessive: "dont", "Im", "Johns"."""
        sites = [i for i, t in enumerate(tokens) if not t.touched and "'" in t.text[1:-1]]
        if not sites:
            return False
        t = tokens[rng.choice(sites)]
        t.text = t.text.replace("'", "")
        t.touched = True
        return True

    def _confusable(self, tokens, rng) -> bool:
        """A real-word confusion (their/there, then/than, could have/could of)."""
        sites, weights = [], []
        for i, t in enumerate(tokens):
            if t.touched or not t.is_word() or (i and t.text[:1].isupper()):
                continue
            phrases = [t.lower]
            if i + 1 < len(tokens) and not tokens[i + 1].touched:
                phrases.append(t.lower + " " + tokens[i + 1].lower)
            for phrase in phrases:
                for other in ALTERNATIVES.get(phrase, ()):
                    sites.append((i, phrase, other))
                    weights.append(1 + self.confusable_counts.get((other, phrase), 0))
        site = _weighted(rng, sites, weights)
        if site is None:
            return False
        self._replace_phrase(tokens, *site)
        return True
