"""Real-word confusions: sets of words people write for one another. error_stats counts how often
learners confuse them; errorgen plants them."""

CONFUSABLE_SETS = [
    ("their", "there", "they're"), ("then", "than"), ("its", "it's"), ("your", "you're"),
    ("to", "too"), ("lose", "loose"), ("affect", "effect"), ("were", "where", "we're"),
    ("whose", "who's"), ("a lot", "alot"), ("accept", "except"), ("quite", "quiet"),
    ("weather", "whether"), ("hear", "here"), ("know", "no"), ("advice", "advise"),
    ("past", "passed"), ("piece", "peace"), ("choose", "chose"), ("breath", "breathe"),
    ("though", "through", "thought"), ("worse", "worst"), ("sense", "since"),
    ("cloths", "clothes"), ("bought", "brought"), ("already", "all ready"), ("buy", "by"),
    ("live", "life"), ("lead", "led"), ("could have", "could of"), ("would have", "would of"),
    ("should have", "should of"), ("every day", "everyday"), ("loss", "lose"), ("felt", "fell"),
]

# phrase -> the other members of its set
ALTERNATIVES = {}
for _group in CONFUSABLE_SETS:
    for _phrase in _group:
        ALTERNATIVES.setdefault(_phrase, []).extend(p for p in _group if p != _phrase)
