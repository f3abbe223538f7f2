import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import { engine } from "./engine_fixture.js";

interface CleanPost {
  id: number;
  site: string;
  text: string;
}

const cleanPosts = readFileSync(new URL("../../../../tests/data/clean_posts.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line.trim().length > 0)
  .map((line) => JSON.parse(line) as CleanPost);

test("clean posts rich in names, places, food and foreign words are rarely flagged", async () => {
  const nib = await engine();
  assert.ok(cleanPosts.length >= 100, `${cleanPosts.length} clean posts`);
  const flagged: string[] = [];
  for (const post of cleanPosts) {
    for (const s of nib.checkSpelling(post.text).suggestions) flagged.push(`#${post.id}: ${s.original}`);
  }
  const per100 = (flagged.length * 100) / cleanPosts.length;
  console.log(`false flags: ${flagged.length} in ${cleanPosts.length} clean posts (${per100.toFixed(1)} per 100)`);
  if (flagged.length > 0) console.log(`  ${flagged.join("\n  ")}`);
  assert.ok(per100 <= 5, `at most 5 false flags per 100 clean posts, got ${per100.toFixed(1)}`);
});

test("two slips side by side are both flagged; two unknown foreign words are not", async () => {
  const nib = await engine();
  const slips = nib.checkSpelling("I realy recomend it.").suggestions.map((s) => [s.original, s.replacements[0]]);
  assert.deepEqual(slips, [
    ["realy", "really"],
    ["recomend", "recommend"],
  ]);
  assert.deepEqual(nib.checkSpelling("We ate gulab jamun after dinner.").suggestions, []);
});

test("common learner misspellings get the intended word first", async () => {
  const nib = await engine();
  const pairs: [string, string][] = [
    ["dreem", "dream"],
    ["becouse", "because"],
    ["recieve", "receive"],
    ["beautifull", "beautiful"],
    ["untill", "until"],
    ["tommorow", "tomorrow"],
    ["freind", "friend"],
    ["goverment", "government"],
    ["definately", "definitely"],
    ["beleive", "believe"],
    ["alot", "a lot"],
    ["dont", "don't"],
  ];
  const misses: string[] = [];
  for (const [wrong, right] of pairs) {
    const answer = nib.suggestWord(wrong);
    assert.equal(answer.accepted, false, `${wrong} is not a word`);
    if (answer.suggestions[0] !== right) misses.push(`${wrong} -> ${answer.suggestions.join(", ")}`);
  }
  assert.deepEqual(misses, []);
  // "with" is so common that it outranks "which" for "wich"; the intended word is still offered.
  assert.ok(nib.suggestWord("wich").suggestions.slice(0, 3).includes("which"));
});

test("Hunspell's own suggest is available for comparison", async () => {
  const nib = await engine();
  const answer = nib.suggestWord("recieve", { algorithm: "hunspell" });
  assert.ok(answer.suggestions.includes("receive"));
});
