import assert from "node:assert/strict";
import { test } from "node:test";

import type { CheckResponse } from "../../wasm/engine/src/engine.js";
import { engine } from "./engine_fixture.js";
import { INTENDED_WORDS, OTHER_LANGUAGE_POSTS } from "./other_language_posts.js";

function touching(response: CheckResponse, text: string, part: string): string[] {
  const start = text.indexOf(part);
  assert.ok(start >= 0, `${part} is in ${text}`);
  const end = start + part.length;
  return response.suggestions.filter((s) => s.start < end && s.end > start).map((s) => `${s.original} (${s.rule})`);
}

test(`${OTHER_LANGUAGE_POSTS.length} posts in other languages or code-switched: their non-English parts get no suggestions`, async () => {
  const nib = await engine();
  assert.ok(OTHER_LANGUAGE_POSTS.length >= 50);
  const failures: string[] = [];
  for (const post of OTHER_LANGUAGE_POSTS) {
    const response = await nib.check(post.text, { minConfidence: 0 });
    for (const part of post.foreign) {
      const found = touching(response, post.text, part);
      if (found.length > 0) failures.push(`${post.text}\n    ${part}: ${found.join(", ")}`);
    }
    if (post.flagged) {
      const found = touching(response, post.text, post.flagged);
      if (found.length === 0) failures.push(`${post.text}\n    the English slip ${post.flagged} is not flagged`);
    }
  }
  assert.deepEqual(failures, []);
});

test("whole posts in another language are reported as that language, sentence by sentence", async () => {
  const nib = await engine();
  const wrong: string[] = [];
  for (const post of OTHER_LANGUAGE_POSTS.filter((p) => p.foreign[0] === p.text)) {
    const response = await nib.check(post.text);
    if (response.language !== post.language) wrong.push(`${post.text}: ${response.language}`);
    assert.ok(response.sentences.every((s) => s.language !== "en"), post.text);
  }
  assert.deepEqual(wrong, []);
});

test("a code-switched post marks the foreign phrase and keeps English sentences English", async () => {
  const nib = await engine();
  const text = "The food was enak banget and the people were so nice.";
  const response = await nib.check(text);
  assert.equal(response.language, "en");
  assert.deepEqual(
    response.other_language.map((s) => [text.slice(s.start, s.end), s.language]),
    [["enak banget", "id"]],
  );
  assert.deepEqual(response.sentences.map((s) => s.language), ["en"]);
});

test("names and intended foreign words inside English sentences are not flagged", async () => {
  const nib = await engine();
  for (const text of INTENDED_WORDS) {
    const response = await nib.check(text);
    assert.deepEqual(response.suggestions.map((s) => s.original), [], text);
  }
});

test("learner English with many errors is still English, and still checked", async () => {
  const nib = await engine();
  const text = "Yesterday I goed to shoping center and buyed many thing for my sister birthday.";
  const response = await nib.check(text);
  assert.equal(response.language, "en");
  assert.deepEqual(response.other_language, []);
  assert.ok(response.suggestions.length >= 2, JSON.stringify(response.suggestions.map((s) => s.original)));
});
