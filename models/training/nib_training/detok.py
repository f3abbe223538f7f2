"""Turns PTB/spaCy-tokenized text (as in the M2 files) back into text as people type it, because
the model only ever sees typed text: "do n't" -> "don't", "Hello , world ." -> "Hello, world."."""

_NO_SPACE_BEFORE = {",", ".", "!", "?", ";", ":", "%", ")", "]", "}", "...", "....",
                    "n't", "'s", "'m", "'re", "'ve", "'ll", "'d"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "#"}
# spaCy splits "gonna" into "gon na"
_SPLIT_SLANG = {("gon", "na"), ("wan", "na"), ("got", "ta")}
# Tokens split out of a word: "medium - sized", "and / or"
_INFIXES = {"-", "/"}


def detokenize(tokens) -> str:
    tokens = ['"' if t in ("``", "''") else t for t in tokens]
    out = []
    glue_next = True  # nothing before the first token
    open_quotes = set()
    single_quotes_left = tokens.count("'")
    for i, tok in enumerate(tokens):
        prev = tokens[i - 1] if i else ""
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        low = tok.lower()
        glue = glue_next
        glue_next = False
        if low in _NO_SPACE_BEFORE or (prev.lower(), low) in _SPLIT_SLANG:
            glue = True
        elif tok in _NO_SPACE_AFTER:
            glue_next = True
        elif tok in _INFIXES and prev[-1:].isalnum() and nxt[:1].isalnum():
            glue = glue_next = True
        elif tok in ('"', "'"):
            if tok == "'":
                single_quotes_left -= 1
            # A lone ' after a plural is a possessive ("students '"), an odd one out of a pair.
            if (tok == "'" and tok not in open_quotes and prev[-1:] in ("s", "S")
                    and single_quotes_left % 2 == 0):
                glue = True
            elif tok in open_quotes:
                open_quotes.discard(tok)
                glue = True
            else:
                open_quotes.add(tok)
                glue_next = True
        if out and not glue:
            out.append(" ")
        out.append(tok)
    return "".join(out)
