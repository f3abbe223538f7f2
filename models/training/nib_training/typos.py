"""Keyboard and sound-alike typos: what fingers do to a word on a QWERTY keyboard or phone."""

_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]


_ROW_OFFSETS = [0.0, 0.25, 0.75]  # how far each row is shifted right


def _neighbours():
    """Keys touching each letter: beside it in its row, or less than a key away in the next row."""
    x = {c: (r, i + _ROW_OFFSETS[r]) for r, row in enumerate(_ROWS) for i, c in enumerate(row)}
    return {c: "".join(d for d, (r2, x2) in x.items()
                       if d != c and ((r2 == r and abs(x2 - x1) == 1)
                                      or (abs(r2 - r) == 1 and abs(x2 - x1) < 1)))
            for c, (r, x1) in x.items()}


NEIGHBOURS = _neighbours()
_VOWELS = "aeiou"


def _substitute(word, rng):
    i = rng.randrange(len(word))
    near = NEIGHBOURS.get(word[i])
    return word[:i] + rng.choice(near) + word[i + 1:] if near else word


def _delete(word, rng):
    i = rng.randrange(len(word))
    return word[:i] + word[i + 1:]


def _insert(word, rng):
    i = rng.randrange(len(word))
    near = NEIGHBOURS.get(word[i])
    return word[:i + 1] + rng.choice(near) + word[i + 1:] if near else word


def _transpose(word, rng):
    i = rng.randrange(len(word) - 1)
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


def _double(word, rng):
    i = rng.randrange(1, len(word))
    return word[:i] + word[i] + word[i:] if word[i].isalpha() else word


def _undouble(word, rng):
    doubles = [i for i in range(1, len(word)) if word[i] == word[i - 1]]
    if not doubles:
        return word
    i = rng.choice(doubles)
    return word[:i] + word[i + 1:]


def _vowel(word, rng):
    """A sound-alike vowel slip ("seperate", "definate")."""
    vowels = [i for i, c in enumerate(word) if c in _VOWELS and 0 < i]
    if not vowels:
        return word
    i = rng.choice(vowels)
    return word[:i] + rng.choice(_VOWELS.replace(word[i], "")) + word[i + 1:]


_KINDS = [_substitute, _delete, _insert, _transpose, _double, _undouble, _vowel]
_WEIGHTS = [30, 20, 12, 14, 8, 8, 8]


def keyboard_typo(word: str, rng) -> str:
    """A misspelling of `word` (lowercase, three letters or more); rarely `word` itself."""
    for _ in range(4):
        typo = rng.choices(_KINDS, weights=_WEIGHTS)[0](word, rng)
        if typo != word:
            return typo
    return word
