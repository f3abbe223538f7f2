// The edit classifier and the by-category counts on inline sentences, with a tiny inflection
// table and dictionary written here (no shared data needed).
import assert from "node:assert/strict";
import { test } from "node:test";

import { type ClassifierResources, classifyEdit } from "./edit_classifier.js";
import { isDialectVariant } from "./dialect_variants.js";
import { agreementByGroup, categoryOf, classifierConfusion, countByCategory, groupCategories } from "./error_types.js";
import { parseM2 } from "./m2.js";
import { Morphology } from "./morphology.js";
import { similarity } from "./string_similarity.js";

const TABLE = `
go go VB
go go VBP
goes go VBZ
went go VBD
gone go VBN
going go VBG
is be VBZ
are be VBP
was be VBD
were be VBD
answer answer VB
answer answer NN
answers answer NNS
answers answer VBZ
student student NN
students student NNS
run run VB
run run VBP
run run NN
runs run VBZ
runs run NNS
can can MD
could can MD
`;

const KNOWN = new Set(
  "he she they it the a an to school at in on is are was were go goes went answer answers question students run runs address could can information informations their there success successful i home travelled traveled colour color realise realize walk walked".split(
    " ",
  ),
);

const resources: ClassifierResources = {
  morphology: Morphology.parse(TABLE),
  isKnownWord: (word) => KNOWN.has(word.toLowerCase()),
};

/** The category of the edit that turns the bracketed span of `sentence` into `to` ("[]": an insertion). */
function classify(sentence: string, to: string): string {
  const words = sentence.split(" ");
  const start = words.findIndex((w) => w.startsWith("["));
  const end = words[start] === "[]" ? start : words.findIndex((w) => w.endsWith("]")) + 1;
  const tokens = sentence.replace(/[[\]]/g, "").split(" ").filter((t) => t.length > 0);
  return classifyEdit({ tokens, start, end, correction: to.split(" ").filter((t) => t.length > 0) }, resources);
}

test("closed classes, punctuation, case and spacing", () => {
  assert.equal(classify("He went to [a] school", "the"), "DET");
  assert.equal(classify("He went [] school", "to"), "PREP");
  assert.equal(classify("He went at [in] school", ""), "PREP");
  assert.equal(classify("He went [to] school", "at"), "PREP");
  assert.equal(classify("he went [] school", ","), "PUNCT");
  assert.equal(classify("[he] went", "He"), "ORTH");
  assert.equal(classify("He went to school [, so]", ". So"), "PUNCT"); // punctuation and the case it brings
  assert.equal(classify("He [went ,] so", "goes ."), "OTHER"); // a word changed too
  assert.equal(classify("[they] went", "their"), "DET");
});

test("inflections by the table: agreement, tense, form, noun number", () => {
  assert.equal(classify("He [go] to school", "goes"), "VERB:SVA");
  assert.equal(classify("They [was] there", "were"), "VERB:SVA");
  assert.equal(classify("They [are] there", "is"), "VERB:SVA");
  assert.equal(classify("He [goes] to school yesterday", "went"), "VERB:TENSE");
  assert.equal(classify("He has [went] to school", "gone"), "VERB:FORM");
  assert.equal(classify("the [student] are", "students"), "NOUN:NUM");
  assert.equal(classify("he [runs] a school", "run"), "VERB:SVA");
  assert.equal(classify("the [runs] are", "run"), "NOUN:NUM");
  assert.equal(classify("we [can] go", "could"), "VERB:TENSE");
  // A word the table lacks falls back on the suffix rules.
  assert.equal(classify("the [informations] are", "information"), "NOUN:NUM");
  assert.equal(classify("he [walk] home", "walked"), "VERB:TENSE");
});

test("missing words: infinitive to, copula, auxiliaries", () => {
  assert.equal(classify("difficult [] answer the question", "to"), "VERB:FORM");
  assert.equal(classify("he [] at school", "is"), "VERB");
  assert.equal(classify("he [] going", "is"), "VERB:TENSE");
  assert.equal(classify("he [] go", "will"), "VERB:TENSE");
});

test("spelling, morphology, word order, contractions, possessives", () => {
  assert.equal(classify("the [adress] is", "address"), "SPELL");
  assert.equal(classify("a [success] day", "successful"), "MORPH");
  assert.equal(classify("[there] house", "their"), "OTHER");
  assert.equal(classify("he [school went]", "went school"), "WO");
  assert.equal(classify("he [is] not", "'s"), "CONTR");
  assert.equal(classify("the students [] school", "'"), "NOUN:POSS");
  // Shared edge words are not part of the error: "Students" -> "The students" is a missing article.
  assert.equal(classify("[Students] went", "The students"), "DET");
});

test("British and American spellings are spelling, whatever the inflection table says", () => {
  assert.equal(classify("I [travelled] home", "traveled"), "SPELL");
  assert.equal(classify("the [colour] is", "color"), "SPELL");
  assert.equal(classify("I [realise] it", "realize"), "SPELL");
  assert.equal(isDialectVariant("centres", "centers"), true);
  assert.equal(isDialectVariant("practise", "practice"), true);
  // Short look-alikes are different words.
  assert.equal(isDialectVariant("four", "for"), false);
  assert.equal(isDialectVariant("filled", "filed"), false);
});

test("similarity is 1 - edit distance / longer length; a swap of neighbours is one edit", () => {
  assert.equal(similarity("adress", "address"), 1 - 1 / 7);
  assert.equal(similarity("cra", "car"), 1 - 1 / 3);
  assert.equal(similarity("", ""), 1);
  assert.equal(similarity("abc", "xyz"), 0);
});

const M2 = `S He go to a school .
A 1 2|||R:VERB:SVA|||goes|||REQUIRED|||-NONE-|||0
A 3 4|||U:DET||||||REQUIRED|||-NONE-|||0
`;

test("counts by category: true positives keep the gold type, false positives get ours", () => {
  const sentences = parseM2(M2);
  assert.equal(categoryOf("R:VERB:SVA"), "VERB:SVA");
  assert.equal(categoryOf("M:PUNCT"), "PUNCT");
  // The system fixes "go" and wrongly adds a comma; it leaves "a".
  const hypothesis = [[{ start: 1, end: 2, correction: ["goes"] }, { start: 5, end: 5, correction: [","] }]];
  assert.deepEqual(countByCategory(sentences, hypothesis, resources), {
    "VERB:SVA": { gold: 1, tp: 1, fp: 0 },
    DET: { gold: 1, tp: 0, fp: 0 },
    PUNCT: { gold: 0, tp: 0, fp: 1 },
  });
  const confusion = classifierConfusion(sentences, resources);
  assert.deepEqual(confusion, { "VERB:SVA": { "VERB:SVA": 1 }, DET: { DET: 1 } });
  // Read through a grouping, a miss inside the rest group is no miss.
  assert.deepEqual(agreementByGroup({ DET: { DET: 3, PREP: 1 }, ADJ: { OTHER: 2 } }, ["DET", "PREP"], "rest"), {
    DET: { gold: 4, agreed: 3, guessed: 3 },
    PREP: { gold: 0, agreed: 0, guessed: 1 },
    rest: { gold: 2, agreed: 2, guessed: 2 },
  });
  const add = (a: { n: number }, b: { n: number }) => ({ n: a.n + b.n });
  assert.deepEqual(groupCategories({ DET: { n: 2 }, ADJ: { n: 1 }, WO: { n: 3 } }, ["DET"], "rest", add), {
    DET: { n: 2 },
    rest: { n: 4 },
  });
});
