// The false-positive count on clean posts, with a stand-in checker (no engine, no data needed).
import assert from "node:assert/strict";
import { test } from "node:test";

import { type CleanPost, flagCleanPosts, summarizeFlags } from "./clean_posts.js";
import type { Corrector } from "./correctors.js";

const POSTS: CleanPost[] = [
  { id: 1, site: "x", text: "Dinner with Aoife at the new place." },
  { id: 2, site: "x", text: "All good here." },
  { id: 3, site: "x", text: "Boom" },
];

/** Flags every capitalised word but the first; throws on "Boom". */
const checker: Corrector = {
  correct: async (text) => text,
  flags: async (text) => {
    if (text === "Boom") throw new Error("broken");
    return [...text.matchAll(/(?<!^)\b[A-Z]\w+/g)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      rule: "Capital",
      replacement: m[0].toLowerCase(),
    }));
  },
};

test("flags carry their text, rule and context; a post that throws counts as a failure", async () => {
  const { flags, failures } = await flagCleanPosts(checker, POSTS);
  assert.equal(failures, 1);
  assert.deepEqual(flags, [
    { post: 1, text: "Aoife", rule: "Capital", replacement: "aoife", context: "Dinner with [Aoife] at the new place." },
  ]);
  const summary = summarizeFlags(POSTS, flags, failures);
  assert.equal(summary.flags, 1);
  assert.equal(summary.posts_flagged, 1);
  assert.ok(Math.abs(summary.flags_per_100_posts - 100 / 3) < 1e-9);
  assert.deepEqual(summary.top_texts, [["Aoife", 1]]);
  assert.deepEqual(summary.top_rules, [["Capital", 1]]);
});
