import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import { applyTopReplacements } from "../../wasm/engine/src/engine.js";
import { changedOnlyInside, engine } from "./engine_fixture.js";

const posts = readFileSync(new URL("../../../../bench/data/posts.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line.trim().length > 0)
  .map((line) => (JSON.parse(line) as { text: string }).text);

test("every replacement, applied alone, yields well-formed text changed only in its span", async () => {
  const nib = await engine();
  let applied = 0;
  for (const text of posts) {
    const response = nib.checkSpelling(text, { minConfidence: 0 });
    for (const s of response.suggestions) {
      assert.equal(text.slice(s.start, s.end), s.original);
      for (const replacement of s.replacements) {
        const after = text.slice(0, s.start) + replacement + text.slice(s.end);
        assert.ok(after.isWellFormed(), `replacing ${s.original} keeps the text well-formed`);
        assert.ok(changedOnlyInside(text, after, s.start, s.end, replacement));
        assert.notEqual(replacement, s.original);
        applied += 1;
      }
    }
  }
  assert.ok(applied > 50, `applied ${applied} replacements`);
});

test("applying all top replacements keeps everything outside the suggestions", async () => {
  const nib = await engine();
  for (const text of posts) {
    const { suggestions } = nib.checkSpelling(text);
    const corrected = applyTopReplacements(text, suggestions);
    assert.ok(corrected.isWellFormed());
    // Rebuild the expected text piece by piece from the untouched gaps and the replacements.
    let expected = "";
    let cursor = 0;
    for (const s of [...suggestions].sort((a, b) => a.start - b.start)) {
      if (s.replacements.length === 0 || s.start < cursor) continue;
      expected += text.slice(cursor, s.start) + s.replacements[0];
      cursor = s.end;
    }
    assert.equal(corrected, expected + text.slice(cursor));
  }
});

test("suggestions come sorted and do not overlap", async () => {
  const nib = await engine();
  for (const text of posts) {
    const { suggestions } = nib.checkSpelling(text, { minConfidence: 0 });
    for (let i = 1; i < suggestions.length; i += 1) {
      assert.ok(suggestions[i - 1]!.end <= suggestions[i]!.start, `no overlap in: ${text}`);
    }
  }
});
