"""Typed text as a list of tokens that remember the spacing before them, so that an edited
sentence re-joins into normal typed text ("Hello, world.") rather than tokenized text."""
import re

# Words keep their inner apostrophes, hyphens, dots, commas and colons ("don't", "e-mail", "3.5",
# "1,000", "10:30"); every other non-space character is a token of its own.
_TOKEN = re.compile(r"\w+(?:['’.,:/-]\w+)*|\S")
# Marks typed straight after the word before them (and runs of dots: "....").
_GLUED_LEFT = {",", ".", "!", "?", ";", ":", ")", "]", "}", "%"}


def glued_left(text: str) -> bool:
    return text in _GLUED_LEFT or not text.strip(".")


class Token:
    __slots__ = ("text", "space", "touched")

    def __init__(self, text: str, space: bool, touched: bool = False):
        self.text = text
        self.space = space  # whitespace before this token
        self.touched = touched  # already part of an error: leave it alone

    @property
    def lower(self) -> str:
        return self.text.lower()

    def is_word(self) -> bool:
        return self.text[:1].isalpha()


def tokenize(text: str) -> list:
    tokens, end = [], 0
    for m in _TOKEN.finditer(text):
        tokens.append(Token(m.group(0), m.start() > end and bool(tokens)))
        end = m.end()
    return tokens


def join(tokens) -> str:
    return "".join((" " + t.text) if t.space else t.text for t in tokens)


def is_capitalised(word: str) -> bool:
    return word[:1].isupper() and not (len(word) > 1 and word.isupper())


def capitalise(word: str) -> str:
    return word[:1].upper() + word[1:]


def _fix_i(word: str) -> str:
    return "I" + word[1:] if word == "i" or word.startswith("i'") else word


def replace(tokens, i: int, new: str):
    """Replaces token i with `new` (lowercase), keeping a sentence-start capital or shouting, and
    the spacing typed around punctuation."""
    old = tokens[i].text
    if glued_left(new):
        tokens[i].space = False
    elif glued_left(old) and i:
        tokens[i].space = True
    if i == 0 and is_capitalised(old):
        new = capitalise(new)
    elif len(old) > 1 and old.isupper():
        new = new.upper()
    tokens[i].text = _fix_i(new)
    tokens[i].touched = True


def delete(tokens, i: int):
    old = tokens.pop(i)
    if i == 0 and tokens:
        tokens[0].space = False
        if is_capitalised(old.text) and tokens[0].is_word():
            tokens[0].text = capitalise(tokens[0].text)


def insert(tokens, i: int, new: str, lowercase_next: bool = False):
    """Inserts `new` before token i. At the sentence start the new word takes the capital, and
    the old first word loses it when the caller knows it is a common word."""
    if not new[:1].isalnum():
        tokens.insert(i, Token(new, not glued_left(new), True))
        return
    if i == 0 and tokens:
        if is_capitalised(tokens[0].text):
            new = capitalise(new)
            if lowercase_next:
                tokens[0].text = _fix_i(tokens[0].text.lower())
        tokens[0].space = True
        tokens.insert(0, Token(_fix_i(new), False, True))
    else:
        tokens.insert(i, Token(_fix_i(new), True, True))
