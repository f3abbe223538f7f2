// The shipped grammar model, through the real engine (core in WebAssembly + onnxruntime-web): it
// fixes clear learner errors of many types and leaves correct sentences alone.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

import { applyTopReplacements } from "../../wasm/engine/src/engine.js";
import { engine } from "./engine_fixture.js";

interface Cases {
  fixes: { type: string; text: string; expected: string }[];
  unchanged: string[];
}

// build/js/tests/engine -> tests/engine/data
const here = path.dirname(fileURLToPath(import.meta.url));
const cases = JSON.parse(readFileSync(path.resolve(here, "../../../../tests/engine/data/grammar_cases.json"), "utf8")) as Cases;

// The floor the shipped model keeps (it fixed 21 of 60 when shipped). Issue 4 asks for 40: the
// CPU-trained model does not reach it yet (models/MODEL_CARD.md, "Known weaknesses"); raise the
// floor with every better model, never lower it.
const MIN_FIXED = 20;
const MIN_TYPES_FIXED = 8;
// The model's false flags on the 160 clean posts of tests/data/clean_posts.jsonl (13 when shipped
// with the decoding rules of 2026-12-03): lower it with every better model, never raise it.
const MAX_CLEAN_POST_FLAGS = 13;

test("the engine loaded the shipped grammar model", async () => {
  const nib = await engine();
  assert.equal(nib.hasGrammarModel, true, "build/assets/grammar/model.onnx is missing: run scripts/build.sh");
  assert.equal(nib.info().grammar_model, true);
});

test(`the model fixes at least ${MIN_FIXED} of ${cases.fixes.length} clear learner errors, of many types`, async () => {
  const nib = await engine();
  const fixedTypes = new Set<string>();
  const misses: string[] = [];
  let fixed = 0;
  for (const c of cases.fixes) {
    const corrected = applyTopReplacements(c.text, (await nib.check(c.text)).suggestions);
    if (corrected === c.expected) {
      fixed += 1;
      fixedTypes.add(c.type);
    } else {
      misses.push(`[${c.type}] ${c.text} -> ${corrected}`);
    }
  }
  console.log(`fixed ${fixed}/${cases.fixes.length} (types: ${[...fixedTypes].join(", ")}); missed:\n  ${misses.join("\n  ")}`);
  assert.ok(fixed >= MIN_FIXED, `fixed only ${fixed}`);
  assert.ok(fixedTypes.size >= MIN_TYPES_FIXED, `fixed only these types: ${[...fixedTypes].join(", ")}`);
});

test("the model leaves correct sentences unchanged", async () => {
  const nib = await engine();
  for (const text of cases.unchanged) {
    const { suggestions } = await nib.check(text);
    assert.deepEqual(
      suggestions.map((s) => `${s.original} -> ${s.replacements[0]} (${s.explanation.code})`),
      [],
      text,
    );
  }
});

test(`the model flags at most ${MAX_CLEAN_POST_FLAGS} things in the clean posts, where nothing is wrong`, async () => {
  const nib = await engine();
  const posts = readFileSync(path.resolve(here, "../../../../tests/data/clean_posts.jsonl"), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => (JSON.parse(line) as { text: string }).text);
  assert.ok(posts.length >= 160, `${posts.length} clean posts`);
  const flags: string[] = [];
  for (const text of posts) {
    for (const s of (await nib.check(text)).suggestions) {
      if (s.source === "model") flags.push(`${s.original} -> ${s.replacements[0]} (${s.explanation.code})`);
    }
  }
  console.log(`model flags on ${posts.length} clean posts: ${flags.length}\n  ${flags.join("\n  ")}`);
  assert.ok(flags.length <= MAX_CLEAN_POST_FLAGS, `${flags.length} flags`);
});

test("dictionary words the model's vocabulary lacks are never rewritten by the model", async () => {
  const nib = await engine();
  // Each word is in Hunspell's dictionary but not in models/grammar/vocab.txt; the shipped model
  // once replaced each of them (carbonara -> written, sourdough -> though, mole -> whole, gamut -> kind).
  const vocabulary = new Set(readFileSync(path.resolve(here, "../../../../models/grammar/vocab.txt"), "utf8").split("\n"));
  const posts: [string, string][] = [
    ["carbonara", "What dish do most people get wrong? For me it's carbonara."],
    ["sourdough", "Today's sourdough has the best crumb I've ever baked."],
    ["mole", "Oaxaca update: the mole negro at the market was incredible."],
    ["gamut", "The gamut of ethnic American literature is without bounds."],
  ];
  for (const [word, text] of posts) {
    assert.equal(vocabulary.has(word), false, `${word} is in the vocabulary now: pick another word`);
    const { suggestions } = await nib.check(text);
    const onWord = suggestions.filter((s) => s.original.toLowerCase().includes(word));
    assert.deepEqual(onWord.map((s) => `${s.original} -> ${s.replacements[0]} (${s.source})`), [], text);
  }
});

test("the model keeps to the writer's dialect: no British spelling offered as a word choice", async () => {
  const nib = await engine();
  // The shipped model wants the British verb "practise" here; American and "any" writers keep theirs.
  const text = "I practice piano every day near the city center.";
  for (const dialect of ["any", "en-US"] as const) {
    const { suggestions } = await nib.check(text, { dialect });
    assert.deepEqual(suggestions.map((s) => `${s.original} -> ${s.replacements[0]} (${s.source})`), [], dialect);
  }
});

test("grammar suggestions are well-formed: spans, kinds, codes, messages, confidence", async () => {
  const nib = await engine();
  const text = "Thanks @maria_lopez! Yesterday I go to https://example.com and she are happy 🎉 #tbt";
  const { suggestions } = await nib.check(text);
  const model = suggestions.filter((s) => s.source === "model");
  assert.ok(model.length > 0, "expected at least one grammar suggestion");
  for (const s of model) {
    assert.equal(text.slice(s.start, s.end), s.original);
    assert.ok(["grammar", "punctuation"].includes(s.kind));
    assert.match(s.explanation.code, /^(grammar|punctuation)\./);
    assert.ok(s.explanation.message.length > 10);
    assert.ok(s.confidence > 0 && s.confidence <= 1);
    assert.equal(s.replacements.length, 1);
  }
  const corrected = applyTopReplacements(text, suggestions);
  for (const kept of ["@maria_lopez", "https://example.com", "🎉", "#tbt"]) assert.ok(corrected.includes(kept));
});

test("suggestions never overlap, and spelling and grammar are merged", async () => {
  const nib = await engine();
  const text = "Yesterday I recieved a email from my freind and he say he is comming.";
  const { suggestions } = await nib.check(text);
  for (let i = 1; i < suggestions.length; i += 1) {
    assert.ok(suggestions[i - 1]!.end <= suggestions[i]!.start, "overlapping suggestions");
  }
  assert.ok(suggestions.some((s) => s.source === "spelling"));
});

test("grammar: false checks spelling only", async () => {
  const nib = await engine();
  const { suggestions } = await nib.check("She go to work every day.", { grammar: false });
  assert.deepEqual(suggestions, []);
});

test("after an edit, the model runs only on the sentences that changed, with the same answer", async () => {
  const nib = await engine();
  const before = "She go to work by bus every morning. My brother live in Berlin. We is happy here.";
  const after = "She go to work by bus every morning. My brother lives in Berlin. We is happy here.";
  nib.clearModelCache();
  await nib.check(before);
  const runs = nib.modelSentenceRuns;
  const cached = await nib.check(after);
  const changedRuns = nib.modelSentenceRuns - runs;
  // The edited sentence, plus its later passes; the other two come from the cache.
  assert.ok(changedRuns >= 1 && changedRuns < 3, `model runs for the edit: ${changedRuns}`);
  nib.clearModelCache();
  const fresh = await nib.check(after);
  assert.deepEqual(cached.suggestions, fresh.suggestions);
});
