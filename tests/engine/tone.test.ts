// The tone model and rewrites through the engine (the same calls the extension and CLI make): the
// labelled posts of tone_examples.ts, and rewrites toward each goal that move the tone the right
// way, keep the post's own words and protected spans, and add no spelling or grammar error.
import assert from "node:assert/strict";
import { test } from "node:test";

import { applyEdits, type RewriteGoal, type ToneDimensionName, type ToneReading } from "../../wasm/engine/src/engine.js";
import { engine } from "./engine_fixture.js";
import { TONE_EXAMPLES } from "./tone_examples.js";

// The issue's bar: the shipped model reads every labelled post right (the eighth model does, all
// 180); the misses are listed when one does not.
test("the shipped model reads every labelled post of every dimension right", async () => {
  const nib = await engine();
  let right = 0;
  let total = 0;
  const misses: string[] = [];
  const perLabel: string[] = [];
  for (const [dimension, labels] of Object.entries(TONE_EXAMPLES) as [ToneDimensionName, Record<string, readonly string[]>][]) {
    for (const [label, posts] of Object.entries(labels)) {
      assert.ok(posts.length >= 15, `${dimension}/${label} has ${posts.length} posts`);
      let good = 0;
      for (const post of posts) {
        const tone = nib.checkSpelling(post).tone!;
        total += 1;
        if (tone[dimension].label === label) {
          good += 1;
          right += 1;
        } else {
          misses.push(`${dimension}/${label} read as ${tone[dimension].label}: ${post}`);
        }
      }
      perLabel.push(`${dimension}/${label} ${good}/${posts.length}`);
    }
  }
  assert.equal(right, total, `${right}/${total} right\n${perLabel.join("\n")}\n${misses.join("\n")}`);
});

test("every check carries the tone with labels spelled as the API promises", async () => {
  const nib = await engine();
  const response = await nib.check("Could you please send me the slides? Thanks!");
  const tone = response.tone!;
  const labels: Record<ToneDimensionName, string[]> = {
    formality: ["formal", "neutral", "casual"],
    politeness: ["polite", "neutral", "rude"],
    confidence: ["confident", "neutral", "tentative"],
    sentiment: ["positive", "neutral", "negative"],
  };
  for (const [dimension, names] of Object.entries(labels) as [ToneDimensionName, string[]][]) {
    assert.ok(names.includes(tone[dimension].label), `${dimension}: ${tone[dimension].label}`);
    assert.deepEqual(Object.keys(tone[dimension].probabilities).sort(), [...names].sort());
    assert.ok(tone[dimension].score >= 1 / 3 && tone[dimension].score <= 1);
  }
  assert.equal(tone.politeness.label, "polite");
  assert.equal(nib.checkSpelling("hello", { tone: false }).tone, undefined);
});

test("site targets: a casual post gets a note on LinkedIn's target, none on X's", async () => {
  const nib = await engine();
  const post = "omg guys gonna be late lol, can't make it tbh";
  const professional = nib.checkSpelling(post, { toneTarget: "professional" }).tone!;
  assert.deepEqual(professional.notes.map((n) => [n.code, n.rewrite]), [["tone.too_casual", "formal"]]);
  assert.equal(nib.checkSpelling(post, { toneTarget: "casual" }).tone!.notes.length, 0);
  const rude = nib.checkSpelling("Shut up, nobody asked for your stupid opinion.", { toneTarget: "casual" }).tone!;
  assert.deepEqual(rude.notes.map((n) => n.code), ["tone.rude"]);
  const hu = nib.checkSpelling(post, { toneTarget: "professional", explainLanguage: "hu" }).tone!;
  assert.equal(hu.notes[0]!.language, "hu");
  assert.notEqual(hu.notes[0]!.message, professional.notes[0]!.message);
});

const POLES: Record<ToneDimensionName, [string, string]> = {
  formality: ["formal", "casual"],
  politeness: ["polite", "rude"],
  confidence: ["confident", "tentative"],
  sentiment: ["positive", "negative"],
};

/** Log-odds of a dimension's pole against its other pole (what the core's ranking raises). */
function logOdds(tone: ToneReading, dimension: ToneDimensionName): number {
  const p = tone[dimension].probabilities;
  const [pole, other] = POLES[dimension];
  return Math.log(p[pole]! + 1e-6) - Math.log(p[other]! + 1e-6);
}

/** How far a reading is toward a goal. */
function toward(goal: RewriteGoal, tone: ToneReading): number {
  switch (goal) {
    case "formal":
      return logOdds(tone, "formality");
    case "casual":
      return -logOdds(tone, "formality");
    case "polite":
      return logOdds(tone, "politeness");
    case "confident":
      return logOdds(tone, "confidence");
    case "friendly":
      return logOdds(tone, "sentiment") + logOdds(tone, "politeness");
  }
}

// Posts written for the test, each with words that carry its meaning (they must survive).
const REWRITES: { goal: RewriteGoal; post: string; keep: string[] }[] = [
  { goal: "formal", post: "hey @maria, i'm gonna be late lol, can't make it tbh #standup", keep: ["@maria", "late", "make", "#standup"] },
  { goal: "formal", post: "thx for the pics!!! u guys are awesome https://example.org/album", keep: ["pic", "https://example.org/album"] },
  { goal: "formal", post: "idk if the meeting's still on, gonna check w/ Sam", keep: ["meeting", "check", "Sam"] },
  { goal: "formal", post: "btw the server is down again lol, can't deploy rn", keep: ["server", "down", "deploy"] },
  { goal: "casual", post: "Dear team, I would like to inquire regarding the schedule. Thank you for your assistance.", keep: ["team", "schedule"] },
  { goal: "casual", post: "I am writing to inform you that the meeting will not take place on Friday.", keep: ["meeting", "Friday"] },
  { goal: "casual", post: "We require additional volunteers for the event. Kind regards", keep: ["volunteers", "event"] },
  { goal: "casual", post: "I cannot attend the party; therefore I will send a gift.", keep: ["attend", "party", "gift"] },
  { goal: "polite", post: "Send me the report by Friday. @maria", keep: ["report", "Friday", "@maria"] },
  { goal: "polite", post: "Fix this bug now. It is blocking the release!!!", keep: ["bug", "blocking", "release"] },
  { goal: "polite", post: "You need to update the docs before the launch.", keep: ["update", "docs", "launch"] },
  { goal: "polite", post: "Give me the keys. I want them back today.", keep: ["keys", "today"] },
  { goal: "confident", post: "I think maybe we could try the new design, but I am not sure. #design", keep: ["try", "design", "#design"] },
  { goal: "confident", post: "Perhaps the delay is probably caused by the old server.", keep: ["delay", "caused", "server"] },
  { goal: "confident", post: "I guess I could kind of lead the project if that's ok.", keep: ["lead", "project"] },
  { goal: "confident", post: "Hopefully the fix works, I'll try to ship it tomorrow.", keep: ["fix", "ship", "tomorrow"] },
  { goal: "friendly", post: "The meeting is moved to Monday. Bring your laptops. #team", keep: ["meeting", "Monday", "laptops", "#team"] },
  { goal: "friendly", post: "Send me the slides before the meeting.", keep: ["slides", "meeting"] },
  { goal: "friendly", post: "The office will be closed tomorrow.", keep: ["office", "closed", "tomorrow"] },
  { goal: "friendly", post: "Your order has shipped.", keep: ["order", "shipped"] },
];

for (const { goal, post, keep } of REWRITES) {
  test(`rewrite --to ${goal}: ${post}`, async () => {
    const nib = await engine();
    const response = await nib.rewrite(post, goal);
    const rewrite = response.rewrite;
    assert.ok(rewrite, `no rewrite; candidates: ${JSON.stringify(response.candidates.map((c) => [c.text, c.new_issues.map((i) => i.rule)]))}`);
    assert.notEqual(rewrite.text, post);
    // The engine's diff is the rewrite: its edits applied to the post give its text.
    assert.equal(applyEdits(post, rewrite.edits), rewrite.text);
    for (const edit of rewrite.edits) {
      assert.equal(post.slice(edit.start, edit.end), edit.original);
      assert.match(edit.code, /^tone\.rewrite\./);
      assert.ok(edit.message.length > 0);
    }
    // The tone moved the right way, by the engine's own reading of the rewritten text too.
    const after = nib.checkSpelling(rewrite.text).tone!;
    assert.ok(toward(goal, after) > toward(goal, response.before), `${toward(goal, response.before)} → ${toward(goal, after)}: ${rewrite.text}`);
    for (const word of keep) assert.ok(rewrite.text.includes(word), `"${word}" kept in: ${rewrite.text}`);
    // No spelling or grammar issue the post did not have.
    assert.deepEqual(rewrite.new_issues, []);
    const before = await nib.check(post, { tone: false });
    const checked = await nib.check(rewrite.text, { tone: false });
    const key = (s: { rule: string; original: string }) => `${s.rule}:${s.original}`;
    const old = before.suggestions.map(key);
    for (const s of checked.suggestions) {
      const at = old.indexOf(key(s));
      assert.ok(at >= 0, `new issue ${key(s)} in ${rewrite.text}`);
      old.splice(at, 1);
    }
  });
}

test("each edit of a rewrite applies on its own, in any order", async () => {
  const nib = await engine();
  const post = "hey @maria, i'm gonna be late lol, can't make it tbh #standup";
  const { rewrite } = await nib.rewrite(post, "formal");
  assert.ok(rewrite && rewrite.edits.length >= 3);
  for (const edit of rewrite.edits) {
    const one = applyEdits(post, [edit]);
    assert.equal(one, post.slice(0, edit.start) + edit.replacement + post.slice(edit.end));
  }
  assert.equal(applyEdits(post, [...rewrite.edits].reverse()), rewrite.text);
});

test("rewrites of hostile input answer clearly, never crash or hang", async () => {
  const nib = await engine();
  await assert.rejects(nib.rewrite("a ".repeat(6000), "formal"), { code: "text_too_long" });
  await assert.rejects(nib.rewrite("hi", "shouty" as RewriteGoal), { code: "invalid_request" });
  for (const post of ["", "😀🏳️‍🌈👍🏽", "\uD83D lone \uDC00 surrogates, gonna go", "مرحبا gonna go", "`const u = 1;` lol", "#only #tags @and @mentions"]) {
    for (const goal of ["formal", "casual", "polite", "confident", "friendly"] as const) {
      const response = await nib.rewrite(post, goal);
      for (const candidate of response.candidates) {
        for (const span of ["🏳️‍🌈", "`const u = 1;`", "#only", "@mentions", "مرحبا"]) {
          if (post.includes(span) && !(goal === "formal" && span === "🏳️‍🌈")) assert.ok(candidate.text.includes(span), `${goal}: ${span} in ${candidate.text}`);
        }
      }
    }
  }
});
