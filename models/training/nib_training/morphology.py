"""Verb-form, agreement, tense and noun-number errors from an inflection table ("form lemma TAG"
lines, PIE's morphs.txt). Without a tagger, a word counts as a verb or noun only in a context
that makes it one ("he walks", "to walk", "the walks")."""
from collections import defaultdict

from .tokens import delete, insert, replace
from .wordlists import (BE, DETERMINERS, FUNCTION_WORDS, GERUND_PREPOSITIONS, HAVE, MODALS,
                        SUBJECTS_3SG, SUBJECTS_PLURAL, TAKES_GERUND, TAKES_INFINITIVE)

VERB_TAGS = {"VB", "VBP", "VBZ", "VBD", "VBN", "VBG"}
# Pronouns that make the next word a verb even when it could be a noun ("he works").
STRONG_SUBJECTS = {"i", "you", "he", "she", "it", "we", "they"}
# be/have/do are listed here rather than taken from the table: their forms are irregular.
AUX_AGREEMENT = {"is": "are", "are": "is", "was": "were", "were": "was", "has": "have",
                 "have": "has", "does": "do", "do": "does", "doesn't": "don't",
                 "don't": "doesn't", "isn't": "aren't", "aren't": "isn't", "wasn't": "weren't",
                 "weren't": "wasn't", "hasn't": "haven't", "haven't": "hasn't", "am": "is"}
AUX_TENSE = {"is": "was", "was": "is", "are": "were", "were": "are", "am": "was", "has": "had",
             "have": "had", "had": "have", "does": "did", "did": "does", "do": "did",
             "will": "would", "would": "will", "can": "could", "could": "can",
             "isn't": "wasn't", "wasn't": "isn't", "aren't": "weren't", "weren't": "aren't",
             "doesn't": "didn't", "didn't": "doesn't", "don't": "didn't", "won't": "wouldn't",
             "can't": "couldn't"}
_AUX_LEMMAS = {"be", "have", "do"}


class Morphology:
    def __init__(self, path):
        self.forms = defaultdict(dict)  # lemma -> tag -> form
        self.verb_tags = defaultdict(set)  # form -> tags
        self.verb_lemma = {}
        self.plural = {}
        self.singular = {}
        with open(path, encoding="utf-8") as f:
            for line in f:
                parts = line.split()
                if len(parts) != 3 or not parts[0].isascii() or not parts[0].isalpha():
                    continue
                form, lemma, tag = parts
                if form in FUNCTION_WORDS or lemma in _AUX_LEMMAS:
                    continue
                if tag in VERB_TAGS:
                    self.forms[lemma].setdefault(tag, form)
                    self.verb_tags[form].add(tag)
                    self.verb_lemma.setdefault(form, lemma)
                elif tag == "NNS" and form != lemma:
                    self.plural.setdefault(lemma, form)
                    self.singular.setdefault(form, lemma)

    def is_noun(self, word: str) -> bool:
        return word in self.plural or word in self.singular

    def has(self, word: str, tag: str) -> bool:
        return tag in self.verb_tags.get(word, ())

    def inflect(self, word: str, tag: str):
        lemma = self.verb_lemma.get(word)
        return self.forms[lemma].get(tag) if lemma else None


def _choose(rng, sites) -> bool:
    if not sites:
        return False
    rng.choice(sites)()
    return True


def _context(tokens, i):
    """(word, previous word, the one before) in lowercase, or None when token i is off limits."""
    t = tokens[i]
    if t.touched or not t.is_word() or (i and t.text[:1].isupper()):
        return None
    return (t.lower, tokens[i - 1].lower if i else "", tokens[i - 2].lower if i > 1 else "")


def agreement(tokens, rng, morph) -> bool:
    """Subject-verb agreement: "he walk", "they walks", "people is"."""
    sites = []
    for i in range(len(tokens)):
        ctx = _context(tokens, i)
        if not ctx:
            continue
        w, prev, _ = ctx
        sure_verb = prev in STRONG_SUBJECTS or not morph.is_noun(w)
        new = None
        if w in AUX_AGREEMENT and prev != "to" and prev not in MODALS:
            new = AUX_AGREEMENT[w]
        elif sure_verb and morph.has(w, "VBZ") and (prev in SUBJECTS_3SG or prev in morph.plural):
            new = morph.inflect(w, "VBP")
        elif (sure_verb and morph.has(w, "VBP")
              and (prev in SUBJECTS_PLURAL or prev in morph.singular)):
            new = morph.inflect(w, "VBZ")
        if new and new != w:
            sites.append(lambda i=i, new=new: replace(tokens, i, new))
    return _choose(rng, sites)


def tense(tokens, rng, morph) -> bool:
    """Tense slips: "yesterday I go", "I have seen" -> "I saw", "is" -> "was", "I will go" ->
    "I go"."""
    sites = []

    def add(i, new, drop_previous=False):
        if not new:
            return
        if drop_previous and tokens[i - 1].touched:
            return
        sites.append(lambda: (replace(tokens, i, new), drop_previous and delete(tokens, i - 1)))

    for i in range(len(tokens)):
        ctx = _context(tokens, i)
        if not ctx:
            continue
        w, prev, prev2 = ctx
        subject = prev in STRONG_SUBJECTS or (prev not in FUNCTION_WORDS and morph.is_noun(prev))
        singular = prev in SUBJECTS_3SG or prev in morph.plural
        if w in AUX_TENSE:
            add(i, AUX_TENSE[w])
        elif prev in ("have", "has") and morph.has(w, "VBN"):
            add(i, morph.inflect(w, "VBD"), drop_previous=True)
        elif prev == "will" and morph.has(w, "VB"):
            add(i, morph.inflect(w, "VBZ" if prev2 in SUBJECTS_3SG else "VBP"), drop_previous=True)
        elif subject and morph.has(w, "VBD") and not morph.has(w, "VB"):
            add(i, morph.inflect(w, "VBZ" if singular else "VBP"))
        elif subject and (morph.has(w, "VBZ") or morph.has(w, "VBP")):
            add(i, morph.inflect(w, "VBD"))
    return _choose(rng, sites)


def verb_form(tokens, rng, morph) -> bool:
    """Wrong verb forms: "want to going", "can goes", "is go", "have went", "enjoy to swim"."""
    sites = []

    def add(i, w, tags):
        for tag in tags:
            new = morph.inflect(w, tag)
            if new and new != w:
                sites.append(lambda i=i, new=new: replace(tokens, i, new))

    def add_to(i, w):  # "must go" -> "must to go", "enjoy swimming" -> "enjoy to swim"
        base = morph.inflect(w, "VB")
        if base:
            sites.append(lambda i=i, base=base: (replace(tokens, i, base), insert(tokens, i, "to")))

    for i in range(1, len(tokens)):
        ctx = _context(tokens, i)
        if not ctx:
            continue
        w, prev, prev2 = ctx
        if prev == "to" and prev2 in TAKES_INFINITIVE and morph.has(w, "VB"):
            add(i, w, ("VBG", "VBZ", "VBD"))
            if not tokens[i - 1].touched:
                sites.append(lambda i=i: delete(tokens, i - 1))
        elif prev in MODALS and morph.has(w, "VB"):
            add(i, w, ("VBZ", "VBD", "VBG"))
            add_to(i, w)
        elif prev in BE and morph.has(w, "VBG") and not morph.is_noun(w):
            add(i, w, ("VB",))
        elif prev in BE and morph.has(w, "VBN"):
            add(i, w, ("VB",))
        elif prev in HAVE and morph.has(w, "VBN"):
            add(i, w, ("VBD", "VB"))
        elif prev in GERUND_PREPOSITIONS and morph.has(w, "VBG") and not morph.is_noun(w):
            add(i, w, ("VB",))
        elif prev in TAKES_GERUND and morph.has(w, "VBG"):
            add_to(i, w)
    return _choose(rng, sites)


def noun_number(tokens, rng, morph) -> bool:
    """Singular for plural and back: "many book", "a books", "two child"."""
    sites = []
    for i in range(len(tokens)):
        ctx = _context(tokens, i)
        if not ctx:
            continue
        w, prev, _ = ctx
        new = morph.plural.get(w) or morph.singular.get(w)
        if new and w not in FUNCTION_WORDS and (w not in morph.verb_tags or prev in DETERMINERS):
            sites.append(lambda i=i, new=new: replace(tokens, i, new))
    return _choose(rng, sites)
