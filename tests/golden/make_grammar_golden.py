"""Writes tests/golden/grammar_pairs.jsonl: sentence pairs with the model positions (keys, suffix
and case ids) and edit tags the core gives them, as the training recipe sees them (cut to the
start marker + 64 tokens). Run once, then review every line by eye; the core's unit tests
(tests/unit/api/grammar_golden_test.cpp) and the recipe's (models/training/tests/test_golden.py)
check that both still agree with it.

    /usr/bin/python3 tests/golden/make_grammar_golden.py   # needs build/native (nib_capi_shared)
"""
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1].parent
sys.path.insert(0, str(REPO / "models" / "training"))

from nib_training.core import Core  # noqa: E402
from nib_training.examples import INFLECTIONS, MAX_POSITIONS  # noqa: E402

LONG_SOURCE = (
    "My friends and I goes to the park every weekend because we really enjoy the fresh air , "
    "the green trees , the quiet paths and the friendly dogs that run around the lake while "
    "their owners talk about the weather , the news , the prices in the shops and the plans "
    "for the next holiday near the sea in the hot summer months where the water are warm")
LONG_TARGET = LONG_SOURCE.replace("I goes", "I go").replace("water are", "water is")

# (what it exercises, source, target)
PAIRS = [
    ("agreement", "He go to school every day.", "He goes to school every day."),
    ("tense", "Yesterday I go to the market.", "Yesterday I went to the market."),
    ("participle", "She has went home.", "She has gone home."),
    ("was/were is named outright", "They was happy.", "They were happy."),
    ("article missing", "I have cat.", "I have a cat."),
    ("article extra", "I like the music very much.", "I like music very much."),
    ("a/an", "She bought a apple.", "She bought an apple."),
    ("preposition", "We arrived to the airport late.", "We arrived at the airport late."),
    ("noun number; brother has two plurals (brethren), so it is named outright",
     "I have two brother.", "I have two brothers."),
    ("capitalization", "i live in london.", "I live in London."),
    ("punctuation", "Hello how are you", "Hello, how are you?"),
    ("deleting the first word", "The my friend came yesterday.", "My friend came yesterday."),
    ("inserting at the start", "Dog is barking outside.", "The dog is barking outside."),
    ("extra verb", "I am agree with you.", "I agree with you."),
    ("missing to", "I want go home now.", "I want to go home now."),
    ("two insertions in a row: one per pass", "He went school by bus.",
     "He went to the school by bus."),
    ("mention", "@jonh you was right about it", "@jonh you were right about it"),
    ("URL; be + VBZ is is or 's in the table, so it is named outright",
     "Check this out https://exampel.com it are amazing",
     "Check this out https://exampel.com it is amazing"),
    ("emoji", "so happy today 😀😀 we wins the game", "so happy today 😀😀 we won the game"),
    ("hashtag", "I love #teh team, they plays well", "I love #teh team, they play well"),
    ("curly apostrophe", "She don’t like it", "She doesn’t like it"),
    ("curly apostrophe, capital I", "It’s raining and i’m sad", "It’s raining and I’m sad"),
    ("ALL CAPS words are acronyms: locked", "THIS ARE SO GOOD", "THIS IS SO GOOD"),
    ("internet slang", "lol this is so good 😂😂", "LOL, this is so good 😂😂"),
    ("numbers", "I have 3 car and 2 bike", "I have 3 cars and 2 bikes"),
    ("modal", "He said that he will came tomorrow", "He said that he would come tomorrow"),
    ("tense with insertion", "I am living here since 2010", "I have been living here since 2010"),
    ("extra preposition", "We discussed about the plan yesterday",
     "We discussed the plan yesterday"),
    ("possessive", "Thank you for you help!", "Thank you for your help!"),
    ("confused word", "Their going to the party tonight", "They're going to the party tonight"),
    ("comparative", "He is more taller than his brother", "He is taller than his brother"),
    ("long sentence: cut at the start marker + 64 tokens", LONG_SOURCE, LONG_TARGET),
]


def main():
    core = Core()
    core.load_model_file("inflections", INFLECTIONS.read_bytes())
    out = Path(__file__).resolve().parent / "grammar_pairs.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for note, source, target in PAIRS:
            answer = core.tag_pair(source, target)
            record = {"note": note, "source": source, "target": target}
            for field in ("keys", "suffix_ids", "case_ids", "tags"):
                record[field] = answer[field][:MAX_POSITIONS]
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{out}: {len(PAIRS)} pairs")


if __name__ == "__main__":
    main()
