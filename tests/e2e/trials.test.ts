// Randomized editing on every test page: typing (also while a check is in flight) and random
// Apply / Ignore / Undo steps, against a model of what the user did. The editor's text must
// always equal the model: nothing lost, nothing duplicated, nothing scrambled.
import assert from "node:assert/strict";
import { test } from "node:test";

import type { Page } from "playwright-core";

import { PythonRandom } from "../quality/python_random.js";
import { clickCardButton } from "./closed_shadow.js";
import { harnessForFile, underlines, waitForUnderline, wordCentre, type Harness } from "./extension_fixture.js";

const PAGES = ["mastodon", "textarea", "contenteditable", "facebook", "reddit", "bluesky", "linkedin", "x"];
const TRIALS_PER_PAGE = 63; // 504 in all
// Misspellings with one sure first replacement each, so the model of the text knows the result.
const SLIPS: [string, string][] = [
  ["recieved", "received"],
  ["tommorow", "tomorrow"],
  ["dreem", "dream"],
  ["pakage", "package"],
  ["freind", "friend"],
  ["wierd", "weird"],
  ["beleive", "believe"],
  ["untill", "until"],
];
// A pause before Apply and before Undo, as a person takes: editors merge edits closer than their
// grouping delay into one undo step (Quill 1 s, ProseMirror 0.5 s, our Lexical pages 0.3 s).
const PAUSE_MS: Record<string, number> = { linkedin: 1100, bluesky: 600 };
const DEFAULT_PAUSE_MS = 400;

let harness: Harness;
const closeAndCheckPrivacy = harnessForFile((started) => (harness = started));

const read = (page: Page) => page.evaluate(() => window.testEditor!.read());

async function spellingMarks(page: Page): Promise<string[]> {
  return (await underlines(page)).filter(([kind]) => kind === "spelling").map(([, text]) => text);
}

function post(random: PythonRandom): string {
  const words = ["I", "got", "the"];
  for (let i = 0; i < 3; i += 1) {
    const [slip] = SLIPS[random.randrange(SLIPS.length)]!;
    words.push(slip, ["and", "but", "with", "for"][random.randrange(4)]!);
  }
  words.push("friends", "today");
  return words.join(" ");
}

for (const [index, name] of PAGES.entries()) {
  test(`${name}: ${TRIALS_PER_PAGE} random Apply / Ignore / Undo steps keep the text exact`, async () => {
    const random = new PythonRandom(1000 + index);
    const page = await harness.open(name);
    await page.evaluate(() => window.testEditor!.element.focus());
    // Typed in bursts, so later words arrive while the first ones are being checked.
    let model = "";
    for (const chunk of post(random).match(/.{1,12}/g)!) {
      await page.keyboard.type(chunk);
      model += chunk;
      await page.waitForTimeout(random.randrange(400));
    }
    assert.equal(await read(page), model);
    const history: string[] = [];
    const ignored = new Set<string>();
    const pause = PAUSE_MS[name] ?? DEFAULT_PAUSE_MS;
    let steps = 0;
    while (steps < TRIALS_PER_PAGE) {
      const action = random.randrange(10);
      if ((action < 3 && history.length > 0) || history.length >= 6) {
        await page.waitForTimeout(pause);
        await page.keyboard.press("Control+z");
        model = history.pop()!;
        await page.waitForFunction((m) => window.testEditor!.read() === m, model, { timeout: 10_000 });
        steps += 1;
        continue;
      }
      const present = SLIPS.filter(([slip]) => model.includes(slip) && !ignored.has(slip));
      if (present.length === 0) {
        await page.keyboard.press("End");
        // Ignore hides every occurrence of a word, so new slips come from those not ignored.
        const fresh = SLIPS.filter(([slip]) => !ignored.has(slip));
        const more = ` ${fresh[random.randrange(fresh.length)]![0]}`;
        await page.keyboard.type(more);
        model += more;
        history.length = 0; // typing after undos starts a new history branch
        continue;
      }
      const [slip, fix] = present[random.randrange(present.length)]!;
      await waitForUnderline(page, slip, "spelling");
      await page.waitForTimeout(pause);
      const at = await wordCentre(page, slip);
      await page.mouse.click(at.x, at.y);
      // Ignoring is kept to a few words, so that there is always something left to fix.
      if (action === 9 && ignored.size < SLIPS.length - 3) {
        await clickCardButton(page, "ignore");
        ignored.add(slip);
        await page.waitForFunction(() => !document.querySelector("nib-card"));
        assert.equal(await read(page), model);
        assert.ok(!(await spellingMarks(page)).includes(slip));
        steps += 1;
        continue;
      }
      const button = await clickCardButton(page, "replacement");
      assert.equal(button.text, fix);
      history.push(model);
      model = model.replace(slip, fix);
      await page.waitForFunction((m) => window.testEditor!.read() === m, model, { timeout: 10_000 });
      steps += 1;
    }
    assert.equal(await read(page), model);
    await page.close();
  });
}

test("privacy: no request from the extension during the trials", async () => {
  await closeAndCheckPrivacy();
});
