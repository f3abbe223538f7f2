// Loads a freshly built model directory (and tone model) in the real engine and runs a check and
// a rewrite through them: the last step of the recipe's smoke run (smoke.sh). Exits non-zero with
// a reason on any failure.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";

import { Engine } from "../../wasm/engine/src/engine.js";
import { loadGrammarAssets, loadNodeAssets } from "../../wasm/engine/src/node_assets.js";

const [dir, toneFile] = process.argv.slice(2);
if (!dir || !toneFile) throw new Error("usage: smoke_engine.js MODEL_DIR TONE_BIN");
const assets = await loadNodeAssets(undefined, ["en-US"], "none");
const engine = await Engine.create({
  ...assets,
  grammar: await loadGrammarAssets(dir),
  tone: new Uint8Array(await readFile(toneFile)),
});
assert.equal(engine.info().grammar_model, true);
const text = "He walk to the shop every day, @sam.";
const response = await engine.check(text);
assert.ok((response.timing.passes ?? 0) >= 1, "the model did not run");
assert.ok((response.timing.model_ms ?? 0) > 0);
for (const s of response.suggestions) assert.equal(text.slice(s.start, s.end), s.original);
assert.ok(response.tone, "the tone model read the post");
assert.ok(["formal", "neutral", "casual"].includes(response.tone.formality.label));
const rewrite = await engine.rewrite("Send me the file. @sam", "polite");
assert.equal(rewrite.to, "polite");
console.log(`recipe smoke: model loaded and ran ${response.timing.passes} pass(es), ${response.suggestions.length} suggestion(s)`);
console.log(`recipe smoke: tone model read formality "${response.tone.formality.label}", ${rewrite.candidates.length} rewrite candidate(s)`);
engine.dispose();
