"""Closed-class words the error generator uses to recognise contexts without a tagger."""

DETERMINERS = {"a", "an", "the", "this", "that", "these", "those", "my", "your", "his", "her",
               "its", "our", "their", "some", "any", "no", "every", "each", "many", "much",
               "few", "several", "all", "both", "another", "other", "one", "two", "three"}
SUBJECTS_3SG = {"he", "she", "it", "this", "that", "who", "which", "everyone", "everybody",
                "someone", "somebody", "nobody", "everything", "something", "nothing"}
SUBJECTS_PLURAL = {"i", "you", "we", "they", "people", "these", "those"}
SUBJECTS = SUBJECTS_3SG | SUBJECTS_PLURAL
MODALS = {"can", "could", "will", "would", "shall", "should", "may", "might", "must",
          "can't", "couldn't", "won't", "wouldn't", "shouldn't", "mustn't", "do", "does", "did",
          "don't", "doesn't", "didn't", "i'll", "you'll", "we'll", "they'll", "he'll", "she'll",
          "it'll", "i'd", "you'd", "we'd", "they'd", "let's"}
BE = {"am", "is", "are", "was", "were", "be", "been", "being", "i'm", "you're", "we're",
      "they're", "he's", "she's", "it's", "that's", "there's", "isn't", "aren't", "wasn't",
      "weren't"}
HAVE = {"have", "has", "had", "i've", "you've", "we've", "they've", "haven't", "hasn't",
        "hadn't"}
# Verbs and adjectives followed by "to" + base form, where "to going" is a typical slip.
TAKES_INFINITIVE = {"want", "wants", "wanted", "need", "needs", "needed", "try", "tried",
                    "trying", "decide", "decided", "going", "plan", "planned", "hope", "hoped",
                    "like", "love", "would", "able", "used", "have", "has", "had", "learn",
                    "learned", "start", "started", "begin", "began", "seem", "seems", "seemed",
                    "forget", "forgot", "remember", "wish", "expect", "agree", "refuse", "easy",
                    "hard", "difficult", "important", "how", "what", "where", "ready", "time"}
# Verbs followed by a gerund, where "enjoy to go" is a typical slip.
TAKES_GERUND = {"enjoy", "enjoyed", "enjoys", "finish", "finished", "avoid", "avoided", "stop",
                "stopped", "keep", "kept", "mind", "suggest", "suggested", "consider", "miss",
                "practise", "practice", "imagine", "recommend"}
GERUND_PREPOSITIONS = {"for", "of", "about", "without", "by", "after", "before", "in", "on",
                       "at", "from", "instead"}
FUNCTION_WORDS = (DETERMINERS | SUBJECTS | MODALS | BE | HAVE | GERUND_PREPOSITIONS
                  | {"to", "and", "or", "but", "so", "if", "not", "me", "him", "us", "them",
                     "with", "as", "than", "then", "there", "here", "what", "when", "where",
                     "why", "how", "just", "also", "very", "too", "up", "out", "down", "off"})
