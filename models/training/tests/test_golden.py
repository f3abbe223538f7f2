"""The recipe tokenizes and tags exactly as the core does: it reads tests/golden/grammar_pairs.jsonl
through the shared library, and the core's unit tests check the same file
(tests/unit/api/grammar_golden_test.cpp)."""
import json
import unittest

from nib_training.core import DEFAULT_LIBRARY, Core
from nib_training.examples import INFLECTIONS, MAX_POSITIONS
from nib_training.paths import REPO

GOLDEN = REPO / "tests" / "golden" / "grammar_pairs.jsonl"


class GoldenPairsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        # A missing library is a failure, not a skip: this test is the recipe's proof of agreement.
        if not DEFAULT_LIBRARY.exists():
            raise AssertionError(
                f"{DEFAULT_LIBRARY} is missing: build build/native first (cmake -S . -B "
                "build/native -DCMAKE_BUILD_TYPE=Release && cmake --build build/native --target "
                "nib_capi_shared)")
        cls.core = Core()
        cls.core.load_model_file("inflections", INFLECTIONS.read_bytes())

    @classmethod
    def tearDownClass(cls):
        cls.core.close()

    def test_tag_pair_matches_golden(self):
        lines = [line for line in GOLDEN.read_text(encoding="utf-8").splitlines() if line]
        self.assertGreaterEqual(len(lines), 30)
        for line in lines:
            golden = json.loads(line)
            with self.subTest(source=golden["source"]):
                answer = self.core.tag_pair(golden["source"], golden["target"])
                for field in ("keys", "suffix_ids", "case_ids", "tags"):
                    self.assertEqual(answer[field][:MAX_POSITIONS], golden[field], field)

    def test_long_sentences_are_cut_like_the_model_input(self):
        longest = max((json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines()
                       if line), key=lambda g: len(g["keys"]))
        self.assertEqual(len(longest["keys"]), MAX_POSITIONS)
        self.assertGreater(len(self.core.encode(longest["source"])["keys"]), MAX_POSITIONS)


if __name__ == "__main__":
    unittest.main()
