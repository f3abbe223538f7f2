import assert from "node:assert/strict";
import { test } from "node:test";

import { EngineError, type CheckResponse, type Suggestion } from "../../wasm/engine/src/engine.js";
import { engine } from "./engine_fixture.js";

const SAMPLE = "I has a dreem that @jonh and #teh team will loose the game 🏳️‍🌈 https://exampel.com";

function at(response: CheckResponse, text: string, word: string): Suggestion | undefined {
  const start = text.indexOf(word);
  return response.suggestions.find((s) => s.start === start && s.end === start + word.length);
}

test("the sample post: dreem is flagged with dream first; mention, hashtag, emoji, URL are not", async () => {
  const nib = await engine();
  const response = nib.checkSpelling(SAMPLE, { includeProtected: true });
  const dreem = at(response, SAMPLE, "dreem");
  assert.ok(dreem, "dreem is flagged");
  assert.equal(dreem.replacements[0], "dream");
  assert.equal(dreem.kind, "spelling");
  assert.equal(dreem.explanation.code, "spelling.unknown_word");
  assert.match(dreem.explanation.message, /dreem.*dream/);
  for (const untouchable of ["@jonh", "#teh", "🏳️‍🌈", "https://exampel.com"]) {
    const start = SAMPLE.indexOf(untouchable);
    const end = start + untouchable.length;
    assert.ok(
      !response.suggestions.some((s) => s.start < end && s.end > start),
      `${untouchable} is not flagged`,
    );
    assert.ok(
      response.protected?.some((p) => p.start <= start && p.end >= end),
      `${untouchable} is a protected span`,
    );
  }
});

test("protected spans of every kind are never flagged", async () => {
  const nib = await engine();
  const text =
    "Ask @sarrah_k or @bob@mastodn.social about #nofiltr and $TSLQ, mail jnoe@exmaple.org, see " +
    "www.exmaple.com/pathh and `conts x = fnuction()`; it costs $5.99 at 10:30pm on the 21st, NASAA said 👍🏽👨‍👩‍👧‍👦1️⃣🇯🇵.";
  const response = nib.checkSpelling(text, { minConfidence: 0, includeProtected: true });
  const protectedSpans = response.protected ?? [];
  assert.ok(protectedSpans.length >= 10, `found ${protectedSpans.length} protected spans`);
  for (const s of response.suggestions) {
    assert.ok(
      !protectedSpans.some((p) => s.start < p.end && s.end > p.start),
      `suggestion ${s.original} overlaps a protected span`,
    );
  }
});

test("offsets are UTF-16 indices around emoji, accents and combining marks", async () => {
  const nib = await engine();
  const text = "Café 😀 naïve 👩🏽‍💻 cafe\u0301 🇬🇧 dreem, and recieve!";
  const response = nib.checkSpelling(text);
  for (const word of ["dreem", "recieve"]) {
    const s = at(response, text, word);
    assert.ok(s, `${word} flagged at its JavaScript index`);
    assert.equal(text.slice(s.start, s.end), s.original);
  }
  assert.equal(response.text_length, text.length);
});

test("a post of only emoji, only whitespace, or empty gives no suggestions", async () => {
  const nib = await engine();
  const emoji = "😀🏳️‍🌈👨‍👩‍👧‍👦🇯🇵1️⃣👍🏽".repeat(2000);
  for (const text of [emoji, "   \n\t  ", ""]) {
    const response = nib.checkSpelling(text);
    assert.deepEqual(response.suggestions, []);
    assert.equal(response.text_length, text.length);
  }
});

test("a 100 kB post answers (bounded work, no hang)", { timeout: 60_000 }, async () => {
  const nib = await engine();
  const paragraph = "Yesterday I recieve a mesage from my freind about the meeting tommorow. ";
  const text = paragraph.repeat(Math.ceil(100_000 / paragraph.length)).slice(0, 100_000);
  const response = nib.checkSpelling(text);
  assert.equal(response.text_length, 100_000);
  assert.ok(response.suggestions.length > 1000);
  for (const s of response.suggestions) assert.equal(text.slice(s.start, s.end), s.original);
});

test("a post above the size limit is a clear error, not a hang", async () => {
  const nib = await engine();
  assert.throws(
    () => nib.checkSpelling("a".repeat(nib.info().limits.max_text_length + 1)),
    (error: unknown) => error instanceof EngineError && error.code === "text_too_long",
  );
});

test("lone surrogates are read as U+FFFD with a warning, and offsets still hold", async () => {
  const nib = await engine();
  const text = "\uD83D oops \uDE00 I saw a dreem\uD800";
  const response = nib.checkSpelling(text);
  assert.ok(response.warnings.some((w) => w.code === "input_repaired"));
  const s = at(response, text, "dreem");
  assert.ok(s);
  assert.equal(text.slice(s.start, s.end), "dreem");
});

test("NUL and control characters do not break checking", async () => {
  const nib = await engine();
  const text = "a\u0000b dreem\u0007 \u202Eevil\u202C recieve";
  const response = nib.checkSpelling(text);
  assert.ok(at(response, text, "dreem"));
  assert.ok(at(response, text, "recieve"));
});

test("RTL text and mixed scripts are left alone", async () => {
  const nib = await engine();
  const text = "مرحبا بالعالم and שלום עולם, Привет мир, 你好世界, good mornign";
  const response = nib.checkSpelling(text);
  assert.deepEqual(
    response.suggestions.map((s) => s.original),
    ["mornign"],
  );
});

test("personal dictionary words are accepted, and suggested", async () => {
  const nib = await engine();
  const text = "Met Oluwaseun and grabbed zorbly snacks.";
  const before = nib.checkSpelling(text, { minConfidence: 0 });
  assert.ok(at(before, text, "zorbly"), "zorbly is unknown without the personal dictionary");
  const after = nib.checkSpelling(text, { minConfidence: 0, personalWords: ["zorbly", "Oluwaseun"] });
  assert.equal(at(after, text, "zorbly"), undefined);
  assert.equal(at(after, text, "Oluwaseun"), undefined);
  const typo = nib.checkSpelling("more zorbley snacks", { personalWords: ["zorbly"] });
  assert.equal(typo.suggestions[0]?.replacements[0], "zorbly");
});

test("dialects: colour is British, and flagged in American English with color", async () => {
  const nib = await engine();
  const text = "What a lovely colour.";
  assert.deepEqual(nib.checkSpelling(text, { dialect: "en-GB" }).suggestions, []);
  const us = at(nib.checkSpelling(text, { dialect: "en-US" }), text, "colour");
  assert.ok(us);
  assert.equal(us.explanation.code, "spelling.dialect");
  assert.equal(us.replacements[0], "color");
});

test("disabled rules are not reported", async () => {
  const nib = await engine();
  const text = "I saw a dreem.";
  assert.equal(nib.checkSpelling(text, { disabledRules: ["spelling"] }).suggestions.length, 0);
  assert.equal(nib.checkSpelling(text, { disabledRules: ["spelling.unknown_word"] }).suggestions.length, 0);
  assert.equal(nib.checkSpelling(text, { disabledRules: ["spelling.split"] }).suggestions.length, 1);
});

test("bad requests are errors with codes", async () => {
  const nib = await engine();
  assert.throws(
    () => nib.checkSpelling("hello", { dialect: "en-ZZ" as "en-US" }),
    (error: unknown) => error instanceof EngineError && error.code === "dialect_not_loaded",
  );
  assert.throws(
    () => nib.checkSpelling("hello", { minConfidence: 7 }),
    (error: unknown) => error instanceof EngineError && error.code === "invalid_request",
  );
});
