// The scorer against figures from shared/tools/gec_score.py on tiny inline examples (no data needed).
import assert from "node:assert/strict";
import { test } from "node:test";

import { edits, editF05, gleu } from "./gec_metrics.js";
import { PythonRandom } from "./python_random.js";
import { opcodes } from "./sequence_matcher.js";
import { tok } from "./tokenize.js";

const close = (actual: number, expected: number): void =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} != ${expected}`);

test("tok splits like gec_score.py: clitics, quotes, punctuation, hyphenated words kept", () => {
  assert.deepEqual(tok("  I don't know, it's John’s ``car'' -- well-known e-mail!  "), [
    "I", "do", "n't", "know", ",", "it", "'s", "John", "'s", '"', "car", '"', "-", "-", "well-known", "e-mail", "!",
  ]);
});

test("opcodes are difflib's", () => {
  assert.deepEqual(opcodes("He go to school".split(" "), "He goes to the school".split(" ")), [
    ["equal", 0, 1, 0, 1],
    ["replace", 1, 2, 1, 2],
    ["equal", 2, 3, 2, 3],
    ["insert", 3, 3, 3, 4],
    ["equal", 3, 4, 4, 5],
  ]);
  // gec_score.py's edits lowercase the correction.
  const found = edits(tok("He go to school ."), tok("He Goes to the school ."));
  assert.deepEqual([...found].sort(), ['1 2 ["goes"]', '3 3 ["the"]']);
});

test("PythonRandom draws what random.Random(seed).randrange draws", () => {
  const random = new PythonRandom(0);
  assert.deepEqual(Array.from({ length: 8 }, () => random.randrange(4)), [3, 3, 0, 2, 3, 3, 2, 3]);
  assert.deepEqual([random.randrange(1), random.randrange(1), random.randrange(1000)], [0, 0, 516]);
  const other = new PythonRandom(2024);
  assert.deepEqual([0, 1, 2].map(() => other.randrange(3_000_000_000)), [2019024262, 780421486, 2484006460]);
});

const sources = ["He go to school every day with his friends .", "She like apple and banana very much ."].map(tok);
const hypotheses = ["He goes to school every day with his friends .", "She like apples and bananas very much ."].map(tok);
const references = [
  ["He goes to school every day with his friends .", "He went to school every day with his friends ."],
  ["She likes apples and bananas very much .", "She likes the apple and the banana very much ."],
].map((set) => set.map(tok));

test("GLEU equals gec_score.py's", () => {
  close(gleu(sources, hypotheses, references), 66.64256458965886);
  close(gleu(sources, sources, references), 33.64907416527233);
  close(gleu(sources, hypotheses, references, 1, 5), 46.86460502116805);
});

test("edit F0.5 takes each sentence's best reference, as gec_score.py does", () => {
  const scores = editF05(sources, hypotheses, references);
  assert.deepEqual([scores.tp, scores.fp, scores.fn], [2, 1, 1]);
  close(scores.f05, 66.66666666666666);
  // No edits: precision 100 by convention, recall and F0.5 zero.
  assert.deepEqual(editF05(sources, sources, references), { precision: 100, recall: 0, f05: 0, tp: 0, fp: 0, fn: 3 });
});
