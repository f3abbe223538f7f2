"""Tests of the training-data tools on small inline fixtures (no data directory needed).

    /usr/bin/python3 -m unittest discover -s models/training/tests -t models/training
"""
import json
import random
import tempfile
import unittest
from pathlib import Path

from nib_training.detok import detokenize
from nib_training.errorgen import ErrorGenerator
from nib_training.m2 import fce_sentence_pairs, read_m2
from nib_training.sentences import split_sentences

M2 = """S This are a example , do n't you think ?
A 1 2|||R:VERB:SVA|||is|||REQUIRED|||-NONE-|||0
A 2 3|||R:DET|||an|||REQUIRED|||-NONE-|||0
A 4 5|||U:PUNCT||||||REQUIRED|||-NONE-|||0
A 1 2|||R:VERB:SVA|||was|||REQUIRED|||-NONE-|||1

S Everything is fine .
A -1 -1|||noop|||-NONE-|||REQUIRED|||-NONE-|||0

S I goed home yesterday
A 1 2|||UNK|||goed|||REQUIRED|||-NONE-|||0
A 4 4|||M:PUNCT|||.|||REQUIRED|||-NONE-|||0
"""

MORPHS = """go go VB
go go VBP
goes go VBZ
went go VBD
gone go VBN
going go VBG
walk walk VB
walk walk VBP
walks walk VBZ
walked walk VBD
walked walk VBN
walking walk VBG
see see VB
see see VBP
sees see VBZ
saw see VBD
seen see VBN
seeing see VBG
play play VB
play play VBP
plays play VBZ
played play VBD
played play VBN
playing play VBG
swim swim VB
swims swim VBZ
swam swim VBD
swum swim VBN
swimming swim VBG
book book NN
books book NNS
friend friend NN
friends friend NNS
park park NN
parks park NNS
dog dog NN
dogs dog NNS
game game NN
games game NNS
"""

# One type per kind of error the generator knows; CONFUSABLE is added by the generator.
TYPES = ["M:DET", "U:DET", "R:DET", "R:PREP", "M:PREP", "U:PREP", "R:VERB:SVA", "R:VERB:TENSE",
         "R:VERB:FORM", "R:NOUN:NUM", "R:SPELL", "M:PUNCT", "U:PUNCT", "R:PUNCT", "R:ORTH",
         "M:PRON", "U:VERB", "R:WO", "R:CONTR", "R:OTHER"]

DISTRIBUTION = {
    "types": {t: 10 for t in TYPES},
    "edits_per_sentence": {"0": 30, "1": 50, "2": 20},
    "edits_per_sentence_by_length": {"1-10": {"0": 3, "1": 5, "2": 2},
                                     "11-20": {"0": 3, "1": 5, "2": 2},
                                     "21-30": {"0": 3, "1": 5, "2": 2}, "31+": {"0": 1, "3": 1}},
    "substitutions": {"R:PREP": [["in", "on", 5], ["at", "in", 3]],
                      "R:DET": [["the", "a", 5], ["a", "the", 3]],
                      "R:PUNCT": [[",", ".", 4], [".", ",", 3], [".", "?", 2]]},
    "missing": {"M:DET": [["the", 5], ["a", 3]], "M:PREP": [["to", 4], ["in", 2]],
                "M:PUNCT": [[",", 5], [".", 2]], "M:PRON": [["it", 5], ["i", 2]]},
    "unnecessary": {"U:DET": [["the", 5], ["a", 2]], "U:PREP": [["to", 3], ["about", 2]],
                    "U:PUNCT": [[",", 5]], "U:VERB": [["is", 3], ["am", 1]]},
    "orthography": {"start_lowercase": 3, "lowercase_i": 2, "capitalised": 1, "spacing": 1},
    "spacing": [["every one", "everyone", 3]],
    "confusables": {"pairs": [["their", "there", 2]], "by_type": {"R:OTHER": 2}},
}

SENTENCES = [
    "I think their dog walks in the park every day.",
    "They went to the park with their friends, and it was fun.",
    "She wants to play a game on the beach.",
    "He sees a book in the window and I don't know the price.",
    "We have seen the friends at the park.",
    "Everyone can swim in the lake, but I can't.",
    "My friend plays games in the evening.",
    "I will walk to the park tomorrow, then I will go home.",
    "The dogs are playing in the park.",
    "It's a good idea to go there at night.",
]


class M2Test(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.path = Path(self.dir.name) / "sample.m2"
        self.path.write_text(M2, encoding="utf-8")

    def tearDown(self):
        self.dir.cleanup()

    def test_reads_sentences_and_annotators(self):
        sentences = list(read_m2(self.path))
        self.assertEqual(len(sentences), 3)
        self.assertEqual(sentences[0].tokens[:3], ["This", "are", "a"])
        self.assertEqual(sorted(sentences[0].edits), [0, 1])
        self.assertEqual(sentences[0].edits[0][1].correction, ("an",))

    def test_applies_annotator_0_and_skips_noop_and_unk(self):
        first, second, third = read_m2(self.path)
        self.assertEqual(first.corrected(), "This is an example do n't you think ?".split())
        self.assertEqual(first.corrected(1), "This was a example , do n't you think ?".split())
        self.assertEqual(second.corrected(), second.tokens)
        self.assertEqual(third.corrected(), "I goed home yesterday .".split())

    def test_fce_pairs_split_by_sentence_and_drop_detection_only_edits(self):
        text = "I goes home. Then I eat dinner.\nIt were good."
        edits = [(2, 6, "went"), (20, 23, "ate"), (35, 39, "was")]
        self.assertEqual(list(fce_sentence_pairs(text, edits)), [
            ("I goes home.", "I went home."), ("Then I eat dinner.", "Then I ate dinner."),
            ("It were good.", "It was good.")])

    def test_fce_edit_across_sentences_keeps_them_together(self):
        text = "I like it. Because it is good."
        pairs = list(fce_sentence_pairs(text, [(9, 12, ", b")]))
        self.assertEqual(pairs, [(text, "I like it, because it is good.")])

    def test_deleted_word_takes_its_space(self):
        pairs = list(fce_sentence_pairs("I will act consequently.", [(10, 23, "")]))
        self.assertEqual(pairs, [("I will act consequently.", "I will act.")])


class DetokenizeTest(unittest.TestCase):
    def test_contractions_and_punctuation(self):
        self.assertEqual(detokenize("I do n't think it 's fine , is it ?".split()),
                         "I don't think it's fine, is it?")
        self.assertEqual(detokenize("Hello , world .".split()), "Hello, world.")
        self.assertEqual(detokenize("I 'm gon na go ( maybe ) .".split()), "I'm gonna go (maybe).")

    def test_quotes_hyphens_and_possessives(self):
        self.assertEqual(detokenize('He said " hi " to me .'.split()), 'He said "hi" to me.')
        self.assertEqual(detokenize("a medium - sized city".split()), "a medium-sized city")
        self.assertEqual(detokenize("the students ' books".split()), "the students' books")
        self.assertEqual(detokenize("it is ' clean ' now".split()), "it is 'clean' now")


class SentenceTest(unittest.TestCase):
    def test_split(self):
        self.assertEqual(split_sentences("Hi there. Mr. Smith is here! ok. Bye\nNew line"),
                         ["Hi there.", "Mr. Smith is here! ok.", "Bye", "New line"])


class ErrorGeneratorTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.TemporaryDirectory()
        root = Path(cls.dir.name)
        cls.distribution = root / "distribution.json"
        cls.distribution.write_text(json.dumps(DISTRIBUTION), encoding="utf-8")
        cls.morphs = root / "morphs.txt"
        cls.morphs.write_text(MORPHS, encoding="utf-8")
        cls.misspellings = root / "misspellings.tsv"
        cls.misspellings.write_text("freind\tfriend\nbecuase\tbecause\n", encoding="utf-8")

    @classmethod
    def tearDownClass(cls):
        cls.dir.cleanup()

    def generator(self, seed=7, zero_rate=None):
        return ErrorGenerator(self.distribution, self.morphs, self.misspellings, seed, zero_rate)

    def test_deterministic_given_the_seed(self):
        runs = [[self.generator(seed=3).corrupt(s) for s in SENTENCES * 5] for _ in range(2)]
        self.assertEqual(runs[0], runs[1])
        gen = self.generator()
        self.assertEqual([gen.corrupt(s, random.Random(9)) for s in SENTENCES],
                         [gen.corrupt(s, random.Random(9)) for s in SENTENCES])

    def test_every_error_type_occurs(self):
        gen = self.generator()
        rng = random.Random(1)
        planted = set()
        for sentence in SENTENCES * 40:
            planted.update(gen.corrupt_with_types(sentence, rng)[1])
        expected = {t for t, _ in gen.ops}
        self.assertEqual(expected, set(TYPES) - {"R:OTHER"} | {"CONFUSABLE"})
        self.assertEqual(planted, expected)

    def test_zero_error_rate(self):
        measured = self.generator()
        self.assertAlmostEqual(measured.zero_rate, 0.3)
        rng = random.Random(2)
        for gen, rate in ((measured, 0.3), (self.generator(zero_rate=0.15), 0.15)):
            sentences = SENTENCES * 200
            unchanged = sum(gen.corrupt(s, rng) == s for s in sentences) / len(sentences)
            self.assertAlmostEqual(unchanged, rate, delta=0.03)

    def test_output_is_typed_text(self):
        gen = self.generator(zero_rate=0)
        rng = random.Random(4)
        for sentence in SENTENCES * 30:
            out = gen.corrupt(sentence, rng)
            self.assertNotEqual(out, sentence)
            for bad in (" ,", " .", " ?", " !", "  ", " n't", " 's"):
                self.assertNotIn(bad, out, (sentence, out))

    def test_each_kind_of_error(self):
        gen = self.generator()
        rng = random.Random(5)
        outputs = "\n".join(gen.corrupt(s, rng) for s in SENTENCES * 40)
        expected = {  # kind -> some of the errors it can make in SENTENCES
            "confusable": ["there dog", "they're dog", "there friends", "than I", "its a good"],
            "case": ["i think", "i will", "\nmy friend", "\nthe dogs"],
            "agreement": ["dog walk ", "he see ", "dogs is", "friend play "],
            "tense": ["dog walked", "it is fun", "we saw", "dogs were"],
            "verb form": ["to playing", "to played", "can swimming", "will walking", "will goes"],
            "noun number": ["the parks", "a books", "the friend "],
            "determiner": ["to a park", "the games", "at park"],
            "preposition": ["at the evening", "in the lake", "walk to to"],
            "apostrophe": ["dont", "cant", "Its"],
        }
        for kind, fragments in expected.items():
            self.assertTrue(any(f in outputs for f in fragments), kind)

    def test_recorded_misspellings(self):
        gen = self.generator(zero_rate=0)
        rng = random.Random(6)
        outputs = [gen.corrupt("My friend", rng) for _ in range(200)]
        self.assertIn("My freind", outputs)
        self.assertIsNone(ErrorGenerator(self.distribution, self.morphs).misspellings.get("friend"))

if __name__ == "__main__":
    unittest.main()
