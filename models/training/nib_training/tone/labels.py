"""The four dimensions and their labels, in the order of the core's heads (core/tone/dimensions.hpp):
positive pole, neutral, other pole."""

DIMENSIONS = {
    "formality": ("formal", "neutral", "casual"),
    "politeness": ("polite", "neutral", "rude"),
    "confidence": ("confident", "neutral", "tentative"),
    "sentiment": ("positive", "neutral", "negative"),
}
DIMENSION_NAMES = tuple(DIMENSIONS)


def label_index(dimension: str, label: str) -> int:
    return DIMENSIONS[dimension].index(label)
