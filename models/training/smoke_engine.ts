// Loads a freshly built model directory in the real engine and runs a check through it: the last
// step of the recipe's smoke run (smoke.sh). Exits non-zero with a reason on any failure.
import assert from "node:assert/strict";

import { Engine } from "../../wasm/engine/src/engine.js";
import { loadGrammarAssets, loadNodeAssets } from "../../wasm/engine/src/node_assets.js";

const dir = process.argv[2];
if (!dir) throw new Error("usage: smoke_engine.js MODEL_DIR");
const assets = await loadNodeAssets(undefined, ["en-US"], "none");
const engine = await Engine.create({ ...assets, grammar: await loadGrammarAssets(dir) });
assert.equal(engine.info().grammar_model, true);
const text = "He walk to the shop every day, @sam.";
const response = await engine.check(text);
assert.ok((response.timing.passes ?? 0) >= 1, "the model did not run");
assert.ok((response.timing.model_ms ?? 0) > 0);
for (const s of response.suggestions) assert.equal(text.slice(s.start, s.end), s.original);
console.log(`recipe smoke: model loaded and ran ${response.timing.passes} pass(es), ${response.suggestions.length} suggestion(s)`);
engine.dispose();
