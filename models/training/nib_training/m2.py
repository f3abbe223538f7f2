"""Readers for the learner corpora: ERRANT M2 (W&I+LOCNESS) and the BEA-2019 FCE JSON."""
import json
from dataclasses import dataclass
from pathlib import Path

from .sentences import sentence_starts

# noop marks a correct sentence; UNK marks an error the annotator found but could not correct.
SKIPPED_TYPES = {"noop", "UNK"}
_GLUED = ("", " ", "\n", ".", ",", "!", "?", ";", ":", ")")


@dataclass(frozen=True)
class Edit:
    start: int
    end: int
    type: str
    correction: tuple  # tokens


@dataclass
class M2Sentence:
    tokens: list
    edits: dict  # annotator id -> [Edit]

    def corrected(self, annotator: int = 0) -> list:
        return apply_edits(self.tokens, self.edits.get(annotator, []))


def _parse_edit(line: str):
    span, etype, correction, *_rest, annotator = line[2:].split("|||")
    start, end = map(int, span.split())
    tokens = () if correction in ("", "-NONE-") else tuple(correction.split())
    return int(annotator), Edit(start, end, etype, tokens)


def read_m2(path: Path):
    """Yields an M2Sentence per `S` block."""
    sentence = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("S "):
                if sentence:
                    yield sentence
                sentence = M2Sentence(line[2:].split(), {})
            elif line.startswith("A ") and sentence:
                annotator, edit = _parse_edit(line)
                sentence.edits.setdefault(annotator, []).append(edit)
    if sentence:
        yield sentence


def apply_edits(tokens: list, edits) -> list:
    """The corrected tokens; noop/UNK edits are skipped and an edit overlapping an earlier one is
    dropped (annotators' edits never should overlap, so this only guards against bad lines)."""
    out, pos = [], 0
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        if e.type in SKIPPED_TYPES or e.start < pos:
            continue
        out.extend(tokens[pos:e.start])
        out.extend(e.correction)
        pos = e.end
    out.extend(tokens[pos:])
    return out


def _apply_char_edits(text: str, offset: int, edits) -> str:
    out, pos = [], offset
    for start, end, correction in edits:
        if start < pos:
            continue
        # A deleted word takes its leading space with it: "act consequently." -> "act."
        if (not correction and start > pos and text[start - 1] == " "
                and text[end:end + 1] in _GLUED):
            start -= 1
        out.append(text[pos:start])
        out.append(correction)
        pos = end
    return "".join(out)


def fce_sentence_pairs(text: str, edits):
    """(source, corrected) per sentence of one essay. `edits` are (start, end, correction) with
    character offsets; sentences an edit straddles are kept together so every edit applies."""
    edits = sorted(edits, key=lambda e: (e[0], e[1]))
    starts = [s for s in sentence_starts(text) if not any(a < s < b for a, b, _ in edits)]
    bounds = starts + [len(text)]
    by_span = [[] for _ in starts]
    span = 0
    for edit in edits:
        while edit[0] >= bounds[span + 1] and span + 1 < len(starts):
            span += 1
        by_span[span].append(edit)
    for (a, b), span_edits in zip(zip(bounds, bounds[1:]), by_span):
        source = " ".join(text[a:b].split())
        if source:
            span_edits.append((b, b, ""))  # copies the rest of the span
            yield source, " ".join(_apply_char_edits(text, a, span_edits).split())


def fce_edits(essay: dict, annotator: int = 0):
    """One annotator's (start, end, correction) edits of an FCE essay. Edits whose correction is
    null are detection-only and are dropped."""
    return [(e[0], e[1], e[2]) for a, annotated in essay["edits"] if a == annotator
            for e in annotated if e[2] is not None]


def read_fce(path: Path, annotator: int = 0):
    """Yields (source sentence, corrected sentence) for every essay in an FCE JSON file."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            essay = json.loads(line)
            yield from fce_sentence_pairs(essay["text"], fce_edits(essay, annotator))
