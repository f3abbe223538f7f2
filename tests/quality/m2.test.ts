// Detokenisation and the M2 side of the W&I scoring, on inline sentences.
import assert from "node:assert/strict";
import { test } from "node:test";

import { detokenize } from "./detokenize.js";
import { applyM2, compareM2, hypothesisEdits, parseM2 } from "./m2.js";

const split = (line: string): string[] => line.split(" ");

test("detokenize joins clitics, punctuation, quotes and brackets", () => {
  assert.equal(
    detokenize(split(`I do n't know , he said " it 's fine " ( really ) ... students ' work costs £ 5 .`), {
      joinInfixes: false,
    }),
    `I don't know, he said "it's fine" (really)... students' work costs £5.`,
  );
});

test("detokenize joins spaCy's split hyphens and slashes only when asked", () => {
  const tokens = split("an e - mail w / o errors - sadly");
  assert.equal(detokenize(tokens, { joinInfixes: true }), "an e-mail w/o errors-sadly");
  assert.equal(detokenize(tokens, { joinInfixes: false }), "an e - mail w / o errors - sadly");
});

const M2 = `S It 's difficult answer at the question .
A 3 3|||M:VERB:FORM|||to|||REQUIRED|||-NONE-|||0
A 4 5|||U:PREP||||||REQUIRED|||-NONE-|||0
A 0 1|||R:PRON|||That|||REQUIRED|||-NONE-|||1

S Maybe I 'll change my mind .
A -1 -1|||noop|||-NONE-|||REQUIRED|||-NONE-|||0

S He enter the e - mail adress .
A 1 2|||R:VERB|||entered|||REQUIRED|||-NONE-|||0
A 3 4|||UNK|||e|||REQUIRED|||-NONE-|||0
A 6 7|||R:SPELL|||address|||REQUIRED|||-NONE-|||0
`;

test("parseM2 keeps annotator 0's corrections; applyM2 applies them", () => {
  const [first, second, third] = parseM2(M2);
  assert.deepEqual(first?.edits, [
    { start: 3, end: 3, correction: ["to"], type: "M:VERB:FORM" },
    { start: 4, end: 5, correction: [], type: "U:PREP" },
  ]);
  assert.deepEqual(second?.edits, []);
  assert.equal(third?.edits.length, 2);
  assert.equal(applyM2(first!).join(" "), "It 's difficult to answer the question .");
});

test("hypothesis edits land on the M2 tokens; merged adjacent gold edits count", () => {
  const [first, , third] = parseM2(M2);
  const source = detokenize(first!.tokens, { joinInfixes: true });
  assert.deepEqual(hypothesisEdits(first!, source, source), []);
  // Both gold edits: tp 2.
  const both = hypothesisEdits(first!, source, "It's difficult to answer the question.");
  assert.deepEqual(compareM2(first!, both), [2, 0, 0]);
  // "answer at" -> "to answer": difflib's alignment differs from the gold edits' (one of each).
  const one = hypothesisEdits(first!, source, "It's difficult to answer at the question.");
  assert.deepEqual(compareM2(first!, one), [1, 0, 1]);

  // "e-mail" is one token to gec_score.py's tokeniser and three in M2; edits still land right.
  const text = detokenize(third!.tokens, { joinInfixes: true });
  assert.equal(text, "He enter the e-mail adress.");
  const edits = hypothesisEdits(third!, text, "He entered the e-mail address.");
  assert.deepEqual(edits, [
    { start: 1, end: 2, correction: ["entered"] },
    { start: 6, end: 7, correction: ["address"] },
  ]);
  assert.deepEqual(compareM2(third!, hypothesisEdits(third!, text, "He enters the e-mail address.")), [1, 1, 1]);
});

test("adjacent gold edits merged by difflib count as each of them", () => {
  const [sentence] = parseM2(`S I consider that is more convenient .
A 2 3|||R:PRON|||it|||REQUIRED|||-NONE-|||0
A 3 4|||U:VERB||||||REQUIRED|||-NONE-|||0
`);
  const source = detokenize(sentence!.tokens, { joinInfixes: true });
  const edits = hypothesisEdits(sentence!, source, "I consider it more convenient.");
  assert.deepEqual(edits, [{ start: 2, end: 4, correction: ["it"] }]);
  assert.deepEqual(compareM2(sentence!, edits), [2, 0, 0]);
});
