// The tone badge and rewrites end to end in Debian's headless Chromium with the extension: the
// badge reads the post, the menu shows the four dimensions (and the note a LinkedIn-like site's
// target gives a casual post), each rewrite goal turns into a diff that applies whole or edit by
// edit through the editor's own input path, keeps mentions, hashtags and links, and Undo brings
// back exactly what was typed.
import assert from "node:assert/strict";
import { test } from "node:test";

import type { Page } from "playwright-core";

import { waitFor } from "./closed_shadow.js";
import { artifact, harnessForFile, type Harness } from "./extension_fixture.js";
import { clickPanelButton, panelState, waitForBadge, waitForDiff } from "./tone_panel_probes.js";

let harness: Harness;
const closeAndCheckPrivacy = harnessForFile((started) => (harness = started));

const PROTECTED = ["@maria", "#standup", "#design", "#team", "https://example.org/plan"];

/** A post written for each goal: it has what that rewrite changes. */
const POSTS: Record<string, string> = {
  formal: "hey @maria, i'm gonna be late lol, can't make it tbh #standup",
  casual: "Dear team, I would like to inquire regarding the schedule. Thank you for your assistance.",
  polite: "Send me the report by Friday. @maria",
  confident: "I think maybe we could try the new design, but I am not sure. #design",
  friendly: "The meeting is moved to Monday. Bring your laptops. #team",
};

async function read(page: Page): Promise<string> {
  return page.evaluate(() => window.testEditor!.read());
}

async function type(page: Page, post: string): Promise<void> {
  await page.evaluate(() => window.testEditor!.element.focus());
  await page.keyboard.type(post);
  assert.equal(await read(page), post);
  // Editors merge edits less than a second apart into one undo step (Quill): a person reads first.
  await page.waitForTimeout(1100);
}

/** Picks the tone expected on "other sites" (the test server's) on the options page, as a user
 * would, and waits until it is saved. */
async function chooseOtherSitesTarget(target: string): Promise<void> {
  const options = await harness.context.newPage();
  await options.goto(`chrome-extension://${harness.extensionId}/options/options.html`);
  await options.selectOption("#tone-other", target);
  await options.waitForFunction(async (wanted) => {
    const { settings } = (await chrome.storage.local.get("settings")) as { settings?: { siteTones?: Record<string, string> } };
    return (settings?.siteTones?.["other"] ?? "general") === wanted;
  }, target);
  await options.close();
}

async function openMenu(page: Page): Promise<void> {
  const badge = await waitForBadge(page);
  await page.mouse.click(badge.x, badge.y);
  await waitFor("the tone menu", async () => ((await panelState(page))?.rows.length === 4 ? true : undefined));
}

/** Undo until the typed post is back (each applied edit is one step; an editor may merge some). */
async function undoAll(page: Page, post: string, steps: number): Promise<void> {
  for (let i = 0; i < steps && (await read(page)) !== post; i += 1) {
    await page.keyboard.press("Control+z");
    await page.waitForTimeout(150);
  }
  assert.equal(await read(page), post);
}

async function rewriteWhole(page: Page, goal: string, post: string, screenshot: string | null): Promise<string> {
  await type(page, post);
  await openMenu(page);
  await clickPanelButton(page, `goal-${goal}`);
  const diff = await waitForDiff(page);
  assert.ok(diff.deleted.length + diff.inserted.length > 0, "the diff shows changes");
  if (screenshot) await page.screenshot({ path: artifact(screenshot) });
  const edits = (await panelState(page))!.buttons.filter((b) => b.className === "apply-edit").length;
  await clickPanelButton(page, "apply-all");
  await page.waitForFunction((after) => window.testEditor!.read() === after, diff.after, { timeout: 10_000 });
  const rewritten = await read(page);
  for (const span of PROTECTED) if (post.includes(span)) assert.ok(rewritten.includes(span), `${span} survives: ${rewritten}`);
  await undoAll(page, post, edits + 1);
  return rewritten;
}

test("textarea: every rewrite goal applies whole, keeps protected spans, and undoes exactly", async () => {
  const page = await harness.open("textarea");
  for (const [goal, post] of Object.entries(POSTS)) {
    const rewritten = await rewriteWhole(page, goal, post, goal === "polite" ? "tone-rewrite-textarea.png" : null);
    assert.notEqual(rewritten, post, goal);
    await page.evaluate(() => window.testEditor!.element.focus());
    await page.keyboard.press("Control+a");
    await page.keyboard.press("Delete");
    await page.waitForFunction(() => window.testEditor!.read() === "");
  }
  await page.close();
});

for (const [name, goal] of [
  ["facebook", "friendly"],
  ["reddit", "polite"],
  ["bluesky", "confident"],
  ["x", "casual"],
  ["mastodon", "formal"],
] as const) {
  test(`${name}: the "${goal}" rewrite applies whole through the editor and undoes exactly`, async () => {
    const page = await harness.open(name);
    const rewritten = await rewriteWhole(page, goal, POSTS[goal]!, null);
    assert.notEqual(rewritten, POSTS[goal]);
    await page.close();
  });
}

test("linkedin (Quill): a casual post gets a tone note for the professional target; edits apply one by one", async () => {
  // Test pages are served from localhost: tell Nib that "other" sites expect a professional tone,
  // as a LinkedIn user's setting would (the real linkedin.com has it by default).
  await chooseOtherSitesTarget("professional");

  const page = await harness.open("linkedin");
  const post = POSTS["formal"]!;
  await type(page, post);
  await waitForBadge(page, true);
  await openMenu(page);
  const state = (await panelState(page))!;
  assert.deepEqual(state.rows.map((r) => r.dimension), ["formality", "politeness", "confidence", "sentiment"]);
  assert.equal(state.rows[0]!.label, "casual");
  assert.ok(state.notes.some((n) => /casual/i.test(n)), JSON.stringify(state.notes));
  await page.screenshot({ path: artifact("tone-note-linkedin.png") });

  await clickPanelButton(page, "goal-formal");
  const diff = await waitForDiff(page);
  await page.screenshot({ path: artifact("tone-rewrite-linkedin.png") });
  const count = (await panelState(page))!.buttons.filter((b) => b.className === "apply-edit").length;
  assert.ok(count >= 2, `several edits (${count})`);
  // The first edit alone, then the rest one at a time: the text ends as the whole rewrite.
  for (let i = 0; i < count; i += 1) {
    const before = await read(page);
    await clickPanelButton(page, "apply-edit");
    await page.waitForFunction((b) => window.testEditor!.read() !== b, before, { timeout: 10_000 });
    await page.waitForTimeout(1100);
  }
  assert.equal(await read(page), diff.after);
  await undoAll(page, post, count + 1);

  await chooseOtherSitesTarget("general");
  await page.close();
});

test("no request left the browser for any page or extension context", async () => {
  await closeAndCheckPrivacy();
});
