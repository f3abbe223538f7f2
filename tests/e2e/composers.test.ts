// The extension end to end in Debian's headless Chromium, on every test page: type a post with
// known errors, see the underlines on the right words (and none on mentions, hashtags, URLs,
// emoji), open the card, Apply, read the editor's own model, Undo back to exactly what was typed.
import assert from "node:assert/strict";
import { test } from "node:test";

import type { Page } from "playwright-core";

import { cardButtons, cardFocus, clickCardButton, waitFor, type CardButton } from "./closed_shadow.js";
import { artifact, harnessForFile, underlines, waitForUnderline, wordCentre, type Harness } from "./extension_fixture.js";

const POST = "I has a dreem that @jonh and #teh team will loose the game 🏳️‍🌈 https://exampel.com";
const FIXED = POST.replace("dreem", "dream");
const PROTECTED = ["@jonh", "#teh", "🏳️‍🌈", "https://exampel.com", "exampel"];

export const PAGES = ["mastodon", "textarea", "contenteditable", "facebook", "reddit", "bluesky", "linkedin", "x"];

let harness: Harness;
const closeAndCheckPrivacy = harnessForFile((started) => (harness = started));

async function read(page: Page): Promise<string> {
  return page.evaluate(() => window.testEditor!.read());
}

/** The open card's first replacement button (waits for the card). */
function firstReplacement(page: Page): Promise<CardButton> {
  return waitFor("the card", async () => (await cardButtons(page)).find((b) => b.className === "replacement"));
}

async function waitForUnderlined(page: Page, word: string): Promise<[string, string][]> {
  await waitForUnderline(page, word);
  return underlines(page);
}

async function typePost(page: Page): Promise<void> {
  await page.evaluate(() => window.testEditor!.element.focus());
  await page.keyboard.type(POST);
  assert.equal(await read(page), POST);
}

for (const name of PAGES) {
  test(`${name}: underline, card, Apply, Undo`, async () => {
    const page = await harness.open(name);
    await typePost(page);
    const marked = await waitForUnderlined(page, "dreem");
    assert.ok(marked.some(([kind, text]) => kind === "spelling" && text === "dreem"), JSON.stringify(marked));
    for (const [, text] of marked) {
      for (const span of PROTECTED) assert.ok(!text.includes(span) && !span.includes(text), `${text} underlined`);
    }

    // A person reads before clicking; editors also merge edits less than a second apart into one
    // undo step (Quill), which would make Undo take back the last typed letters too.
    await page.waitForTimeout(1100);
    const { x, y } = await wordCentre(page, "dreem");
    await page.mouse.click(x, y);
    const first = await firstReplacement(page);
    assert.equal(first.text, "dream");
    await page.screenshot({ path: artifact(`${name}.png`) });
    await page.mouse.click(first.x, first.y);
    await page.waitForFunction((fixed) => window.testEditor!.read() === fixed, FIXED, { timeout: 10_000 });
    assert.equal(await read(page), FIXED);

    await page.keyboard.press("Control+z");
    await page.waitForFunction((post) => window.testEditor!.read() === post, POST, { timeout: 10_000 });
    assert.equal(await read(page), POST);
    await page.close();
  });
}

for (const name of ["textarea", "bluesky"]) {
  test(`${name}: hovering an underline opens its card, moving away within the field closes it`, async () => {
    const page = await harness.open(name);
    await typePost(page);
    await waitForUnderlined(page, "dreem");
    const on = await wordCentre(page, "dreem");
    await page.mouse.move(on.x, on.y);
    assert.equal((await firstReplacement(page)).text, "dream");
    // Still over the field, away from any word.
    const box = await page.evaluate(() => window.testEditor!.element.getBoundingClientRect().toJSON() as DOMRect);
    await page.mouse.move(box.right - 12, box.bottom - 12);
    await page.waitForFunction(() => document.querySelector("nib-card") === null, null, { timeout: 10_000 });
    assert.equal(await read(page), POST);
    await page.close();
  });
}

test("mastodon: a stale suggestion is refused, the user's text stays", async () => {
  const page = await harness.open("mastodon");
  await typePost(page);
  await waitForUnderlined(page, "dreem");
  const { x, y } = await wordCentre(page, "dreem");
  await page.mouse.click(x, y);
  const first = await firstReplacement(page);
  // The page changes the text behind Nib's back (no input event) while the card is open.
  const changed = await page.evaluate(() => {
    const editor = window.testEditor!.element as HTMLTextAreaElement;
    editor.value = `Edited: ${editor.value}`;
    return editor.value;
  });
  await page.mouse.click(first.x, first.y);
  await page.waitForTimeout(300);
  assert.equal(await read(page), changed);
  await page.close();
});

test("fields Nib must leave alone get no underlines", async () => {
  const page = await harness.open("mastodon");
  for (const id of ["code", "opt-out"]) {
    await page.focus(`#${id}`);
    await page.keyboard.type("teh dreem ");
  }
  await page.focus("#editor");
  await page.keyboard.type("a dreem");
  await waitForUnderlined(page, "dreem");
  const marked = await underlines(page);
  assert.deepEqual(
    marked.filter(([, text]) => text === "dreem" || text === "teh").length,
    1,
    JSON.stringify(marked),
  );
  await page.close();
});

test("keyboard: Alt+Shift+N opens the next problem's card with focus, Enter applies, Escape closes", async () => {
  const page = await harness.open("bluesky");
  await typePost(page);
  // The whole post is checked once both are underlined ("has" is the model's, from the last check).
  await waitForUnderlined(page, "dreem");
  await waitForUnderline(page, "has", "grammar");
  await page.keyboard.press("Control+Home");
  await page.keyboard.press("Alt+Shift+N");
  const focused = () => cardFocus(page);
  await page.waitForFunction(() => document.querySelector("nib-card") !== null);
  assert.equal(await focused(), "have"); // "has" comes first
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => document.querySelector("nib-card") === null);
  await page.keyboard.press("Alt+Shift+N");
  await page.waitForFunction(() => document.querySelector("nib-card") !== null);
  assert.equal(await focused(), "dream");
  await page.keyboard.press("Enter");
  await page.waitForFunction((fixed) => window.testEditor!.read() === fixed, FIXED, { timeout: 10_000 });
  await page.close();
});

test("Ignore hides a problem; Add to dictionary makes the word correct from then on", async () => {
  const page = await harness.open("facebook");
  await typePost(page);
  await waitForUnderlined(page, "dreem");
  let at = await wordCentre(page, "has");
  await page.mouse.click(at.x, at.y);
  await clickCardButton(page, "ignore");
  await waitForUnderline(page, "has", "grammar", false);
  at = await wordCentre(page, "dreem");
  await page.mouse.click(at.x, at.y);
  await clickCardButton(page, "add");
  await waitForUnderline(page, "dreem", "spelling", false);
  assert.equal(await read(page), POST);
  // Another page, another field: the personal word holds.
  const other = await harness.open("mastodon");
  await other.focus("#editor");
  await other.keyboard.type("a dreem and a pakage");
  await waitForUnderlined(other, "pakage");
  assert.ok(!(await underlines(other)).some(([, text]) => text === "dreem"));
  await page.close();
  await other.close();
});

test("options page: personal words and the dialect change what the pages flag", async () => {
  const options = await harness.context.newPage();
  await options.goto(`chrome-extension://${harness.extensionId}/options/options.html`);
  await options.fill("#word", "weeb");
  await options.click("#add-word button");
  await options.waitForSelector("#words li");
  await options.selectOption("#dialect", "en-US");

  const page = await harness.open("textarea");
  await page.focus("#editor");
  await page.keyboard.type("My weeb friends like the colour of the pakage");
  await waitForUnderline(page, "pakage");
  await waitForUnderline(page, "colour", "spelling");
  assert.ok(!(await underlines(page)).some(([, text]) => text === "weeb"));

  // Removing the word brings its underline back on the open page.
  await options.click('#words button[aria-label="Remove weeb"]');
  await waitForUnderline(page, "weeb", "spelling");
  await options.selectOption("#dialect", "any");
  await waitForUnderline(page, "colour", "spelling", false);
  await options.close();
  await page.close();
});

test("privacy: the extension made no network request, and the pages none beyond the test server", async () => {
  await closeAndCheckPrivacy();
});
