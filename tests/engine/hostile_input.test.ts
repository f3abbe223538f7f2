// The engine against hostile input: 10,000 generated posts and the huge ones, through the full
// check (spelling and the grammar model). Each answers or refuses with a clear error within a
// bound; every span lies in the text on code-point boundaries and quotes it; applying all
// non-overlapping suggestions leaves everything outside them as it was.
import assert from "node:assert/strict";
import { test } from "node:test";

import { applyTopReplacements, EngineError, type CheckResponse } from "../../wasm/engine/src/engine.js";
import { engine } from "./engine_fixture.js";
import { hostilePosts, hugePosts, random } from "./hostile_posts.js";

// A hang detector, not a speed claim (bench/ measures speed): the slowest legitimate check, the
// 50,000-word post with the model, takes about 16 s on the 2-core CI machine.
const BOUND_MS = 120_000;
const POSTS = 10_000;

const HIGH = /[\uD800-\uDBFF]/;
const LOW = /[\uDC00-\uDFFF]/;

/** Splits a surrogate pair: a low surrogate right after a high one. */
const splitsPair = (text: string, at: number): boolean =>
  at > 0 && at < text.length && HIGH.test(text[at - 1]!) && LOW.test(text[at]!);

function checkResponse(text: string, response: CheckResponse, pickReplacement: () => number): void {
  // The engine reads each lone surrogate as U+FFFD, as toWellFormed does.
  const seen = text.toWellFormed();
  assert.equal(response.text_length, text.length, "text_length is the post's UTF-16 length");
  let lastEnd = 0;
  const sorted = [...response.suggestions].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const s of sorted) {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), "integer offsets");
    assert.ok(0 <= s.start && s.start <= s.end && s.end <= text.length, `span ${s.start}-${s.end} inside the text`);
    assert.ok(!splitsPair(text, s.start) && !splitsPair(text, s.end), "span on code-point boundaries");
    assert.equal(s.original, seen.slice(s.start, s.end), "original quotes the text");
    for (const r of s.replacements) {
      assert.ok(r.isWellFormed() && r !== s.original, `replacement ${JSON.stringify(r)} is new, well-formed text`);
    }
    assert.ok(s.start >= lastEnd, "suggestions do not overlap");
    lastEnd = s.end;
  }
  // Apply every suggestion, each with a randomly chosen replacement; then walk the result: each
  // stretch between suggestions is there, unchanged, where it should be.
  const edits = sorted
    .filter((s) => s.replacements.length > 0)
    .map((s) => ({ s, r: s.replacements[pickReplacement() % s.replacements.length]! }));
  const pieces: string[] = [];
  let from = 0;
  for (const { s, r } of edits) {
    pieces.push(seen.slice(from, s.start), r);
    from = s.end;
  }
  pieces.push(seen.slice(from));
  const after = pieces.join("");
  assert.ok(after.isWellFormed(), "the corrected text is well-formed");
  from = 0;
  let at = 0;
  for (const { s, r } of edits) {
    if (after.slice(at, at + s.start - from) !== seen.slice(from, s.start)) assert.fail("text between suggestions is kept");
    at += s.start - from;
    if (after.slice(at, at + r.length) !== r) assert.fail("replacement in place");
    at += r.length;
    from = s.end;
  }
  assert.equal(after.slice(at), seen.slice(from), "text after the last suggestion is kept");
  assert.equal(after.length, at + seen.length - from);
  // The engine's own apply (first replacements) changes the text only inside the spans too.
  const applied = applyTopReplacements(seen, response.suggestions);
  const firsts = edits.reduce((sum, { s }) => sum + s.replacements[0]!.length - (s.end - s.start), 0);
  assert.equal(applied.length, seen.length + firsts, "the engine's own apply replaces exactly the spans");
  assert.ok(applied.isWellFormed());
}

async function timed<T>(what: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  const took = performance.now() - started;
  assert.ok(took < BOUND_MS, `${what} answered in ${took.toFixed(0)} ms (bound ${BOUND_MS})`);
  return result;
}

test(`${POSTS} generated hostile posts: answers within a bound, spans inside the text, edits only inside them`, async () => {
  const nib = await engine();
  const rng = random(7);
  const pickReplacement = () => Math.floor(rng() * 1000);
  let suggestions = 0;
  let repaired = 0;
  for (const [i, text] of hostilePosts(POSTS, 20261201).entries()) {
    const response = await timed(`post ${i}`, () => nib.check(text, { minConfidence: 0 }));
    try {
      checkResponse(text, response, pickReplacement);
    } catch (error) {
      throw new Error(`post ${i} ${JSON.stringify(text).slice(0, 300)}: ${(error as Error).message}`);
    }
    suggestions += response.suggestions.length;
    if (response.warnings.some((w) => w.code === "input_repaired")) repaired += 1;
  }
  // The generator really produces errors to fix and lone surrogates to repair.
  assert.ok(suggestions > 5_000, `${suggestions} suggestions checked`);
  assert.ok(repaired > 500, `${repaired} posts with lone surrogates`);
});

test("huge posts: over the limit a clear error at once, up to it an answer within the bound", async () => {
  const nib = await engine();
  const limit = nib.info().limits.max_text_length;
  const rng = random(11);
  const probe = "She go to work by bus every morning. I has a apple.";
  const before = await nib.check(probe, { minConfidence: 0 });
  assert.ok(before.suggestions.length >= 2, "the probe has errors to find");
  for (const { name, text } of hugePosts(limit)) {
    if (text.length > limit) {
      await assert.rejects(
        timed(name, () => nib.check(text)),
        (error: unknown) => error instanceof EngineError && error.code === "text_too_long",
        name,
      );
      continue;
    }
    const response = await timed(name, () => nib.check(text, { minConfidence: 0 }));
    checkResponse(text, response, () => Math.floor(rng() * 1000));
  }
  // And the engine answers as before afterwards.
  nib.clearModelCache();
  assert.deepEqual((await nib.check(probe, { minConfidence: 0 })).suggestions, before.suggestions);
});
