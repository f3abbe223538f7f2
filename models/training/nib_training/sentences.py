"""A small rule-based sentence splitter: good enough for forum posts and learner essays, where a
wrong split costs one odd training pair, not a wrong answer."""
import re

# End punctuation (with closing quotes/brackets), whitespace, then something that can start a
# sentence. A lowercase start is not a new sentence ("e.g. this").
_BOUNDARY = re.compile(r"[.!?]+[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])|\s*\n\s*")
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "vs", "prof", "jr", "sr", "no", "e.g", "i.e",
                  "approx", "dept", "fig", "mt", "u.s", "u.k", "a.m", "p.m"}


def _is_abbreviation(text: str, dot: int) -> bool:
    word = re.search(r"[\w.]*$", text[:dot]).group(0).lower()
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def sentence_starts(text: str) -> list:
    """Offsets where sentences start; the spans between them partition the text."""
    starts = [0]
    for m in _BOUNDARY.finditer(text):
        if text[m.start()] == "." and _is_abbreviation(text, m.start()):
            continue
        if m.end() < len(text) and m.end() > starts[-1]:
            starts.append(m.end())
    return starts


def split_sentences(text: str) -> list:
    starts = sentence_starts(text) + [len(text)]
    parts = (" ".join(text[a:b].split()) for a, b in zip(starts, starts[1:]))
    return [p for p in parts if p]
