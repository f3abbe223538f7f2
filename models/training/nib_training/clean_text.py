"""Picks clean, everyday English sentences out of the text dumps (`text/*.txt.xz`): the correct
side of the synthetic pairs, so anything that looks wrong or untypical is left out."""
import lzma
import re
from collections import Counter

from .sentences import split_sentences

_NORMALISE = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " ", "…": "..."})
_MARKUP = re.compile(r"[<>\[\]{}*_|\\~^=@#`]|https?:|www\.|&\w+;")
# Repeated marks ("!!", "..."), tokenized spacing (" ,"), stretched words ("sooo"), and
# alternating case ("sOmE tExT"; one "iPhone" is fine).
_NOISE = re.compile(r"[.!?,;:]{2,}|\s[,.!?;:]|([A-Za-z])\1\1|[a-z][A-Z].*[a-z][A-Z]")
_END = re.compile(r"[.!?][\")]?$")
# Spellings the generator plants as errors: a target holding them would teach them as correct.
_ERRORS_AS_TARGET = {"i", "im", "ive", "id", "dont", "cant", "didnt", "doesnt", "isnt", "wasnt",
                     "thats", "hes", "theyre", "youre", "wouldnt", "couldnt", "shouldnt", "arent",
                     "werent", "havent", "hasnt", "alot", "u", "ur", "r", "cuz", "pls", "plz",
                     "thx", "abt", "ppl", "tho"}
_WRONG_PHRASES = re.compile(r"\b(?:could|would|should|must) of\b", re.IGNORECASE)
_STRIP = "\"'()!?.,;:"
_LOWERCASE_WORD = re.compile(r"(?<![\w'-])[a-z]+(?:'[a-z]+)*(?![\w'-])")
# A lowercase word seen fewer times than this in all the clean candidates is most likely a typo.
MIN_WORD_COUNT = 3


def read_texts(path):
    """Texts of one `text/*.txt.xz` file; ud_ewt lines carry a document id before a tab."""
    with lzma.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            yield line.rstrip("\n").rsplit("\t", 1)[-1]


def is_clean(sentence: str) -> bool:
    words = sentence.split()
    if not 4 <= len(words) <= 40 or not sentence.isascii() or not sentence[0].isupper():
        return False
    if not _END.search(sentence) or _MARKUP.search(sentence) or _NOISE.search(sentence):
        return False
    letters = sum(c.isalpha() for c in sentence)
    if letters < 0.75 * (len(sentence) - sentence.count(" ")):
        return False
    shouting = sum(w.isupper() and len(w.strip(_STRIP)) > 1 for w in words)
    if shouting > 2:
        return False
    lowered = {w.strip(_STRIP).lower() if w.strip(_STRIP) != "I" else "I" for w in words}
    return not (lowered & _ERRORS_AS_TARGET) and not _WRONG_PHRASES.search(sentence)


def clean_sentences(texts):
    for text in texts:
        for sentence in split_sentences(text.translate(_NORMALISE)):
            if is_clean(sentence):
                yield sentence


def drop_rare_words(sentences):
    """The sentences whose lowercase words all occur MIN_WORD_COUNT times or more among them:
    with no dictionary at hand, corpus frequency is what tells "competant" from "competent"."""
    counts = Counter(w for s in sentences for w in _LOWERCASE_WORD.findall(s))
    return [s for s in sentences
            if all(counts[w] >= MIN_WORD_COUNT for w in _LOWERCASE_WORD.findall(s))]
