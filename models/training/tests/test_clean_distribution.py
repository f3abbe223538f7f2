"""Tests of the hand-written error mix of the commercial-safe variant (no data directory needed).

    /usr/bin/python3 -m unittest discover -s models/training/tests -t models/training
"""
import json
import random
import tempfile
import unittest
from pathlib import Path

from nib_training import clean_distribution, prepare_data
from nib_training.confusables import ALTERNATIVES
from nib_training.error_stats import LENGTH_BUCKETS, length_bucket
from nib_training.errorgen import ErrorGenerator
from tests.test_errorgen import MORPHS, SENTENCES

CLEAN = prepare_data.CLEAN_DISTRIBUTION


class CleanDistributionTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dist = json.loads(CLEAN.read_text(encoding="utf-8"))

    def test_committed_file_is_what_the_script_writes(self):
        self.assertEqual(CLEAN.read_text(encoding="utf-8"),
                         json.dumps(clean_distribution.build(), indent=1) + "\n")

    def test_says_it_is_nibs_own(self):
        self.assertIn("by hand for Nib", self.dist["source"])
        self.assertIn("part of Nib", self.dist["licence"])

    def test_schema_errorgen_reads(self):
        d = self.dist
        self.assertEqual(sum(d["types"].values()), 100)
        self.assertEqual(set(d["edits_per_sentence_by_length"]),
                         {length_bucket(low) for low, _ in LENGTH_BUCKETS})
        for hist in [d["edits_per_sentence"], *d["edits_per_sentence_by_length"].values()]:
            self.assertTrue(any(int(k) > 0 and n > 0 for k, n in hist.items()))
        self.assertAlmostEqual(d["edits_per_sentence"]["0"] / sum(d["edits_per_sentence"].values()),
                               1 / 3, delta=0.02)
        # Every word table belongs to a type with a share, so none is dead weight.
        for table in ("substitutions", "missing", "unnecessary"):
            for etype, rows in d[table].items():
                self.assertGreater(d["types"].get(etype, 0), 0, etype)
                self.assertTrue(rows, etype)
        for written, correct, n in d["substitutions"]["R:PREP"] + d["spacing"]:
            self.assertNotEqual(written, correct)
            self.assertGreater(n, 0)
        self.assertEqual(set(d["orthography"]), {"start_lowercase", "lowercase_i",
                                                 "lowercase_other", "capitalised", "spacing"})
        for written, correct, _ in d["confusables"]["pairs"]:
            self.assertIn(written, ALTERNATIVES.get(correct, ()), (written, correct))

    def test_error_generator_uses_it(self):
        with tempfile.TemporaryDirectory() as tmp:
            morphs = Path(tmp) / "morphs.txt"
            morphs.write_text(MORPHS, encoding="utf-8")
            gen = ErrorGenerator(CLEAN, morphs, None, seed=1)
            changed = ErrorGenerator(CLEAN, morphs, None, seed=1, zero_rate=0)
        self.assertAlmostEqual(gen.zero_rate, 0.33)
        self.assertEqual({t for t, _ in gen.ops},
                         set(self.dist["types"]) - {"R:OTHER"} | {"CONFUSABLE"})
        rng = random.Random(3)
        planted = set()
        for sentence in SENTENCES * 40:
            corrupted, types = changed.corrupt_with_types(sentence, rng)
            self.assertNotEqual(corrupted, sentence)
            planted.update(types)
        for etype in ("R:PREP", "M:DET", "R:VERB:SVA", "R:ORTH", "M:PUNCT", "CONFUSABLE"):
            self.assertIn(etype, planted)


class PickDistributionTest(unittest.TestCase):
    def test_clean_variant_takes_the_hand_written_mix(self):
        self.assertEqual(prepare_data.pick_distribution(None, True),
                         ("clean_error_distribution", CLEAN))
        self.assertEqual(prepare_data.pick_distribution(None, False),
                         ("error_distribution", prepare_data.DISTRIBUTION))

    def test_explicit_file_wins_and_is_named_by_origin(self):
        other = Path("elsewhere.json")
        self.assertEqual(prepare_data.pick_distribution(other, True),
                         ("error_distribution", other))
        self.assertEqual(prepare_data.pick_distribution(CLEAN, False),
                         ("clean_error_distribution", CLEAN))
        for name in ("error_distribution", "clean_error_distribution"):
            self.assertIn(name, prepare_data.LICENCES)


if __name__ == "__main__":
    unittest.main()
