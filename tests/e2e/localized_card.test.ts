// The card in the writer's languages: the browser's interface language picks the extension's
// _locales (buttons, kind), the options page picks the explanation language (default: the
// browser's), and Arabic reads right to left. Screenshots go to build/e2e-artifacts.
import assert from "node:assert/strict";
import { test } from "node:test";

import type { Page } from "playwright-core";

import { cardButtons, inShadowRoots, waitFor } from "./closed_shadow.js";
import { artifact, closeAndCheckPrivacy, startHarness, waitForUnderline, wordCentre } from "./extension_fixture.js";

const POST = "I recieved your message yesterday";

interface Shown {
  kind: string;
  message: string;
  messageLang: string;
  messageDir: string;
  cardDir: string;
}

function shownCard(this: ShadowRoot): Shown | null {
  const card = this.querySelector<HTMLElement>(".card");
  const message = this.querySelector<HTMLElement>(".message");
  if (!card || !message) return null;
  return {
    kind: this.querySelector(".kind")?.textContent ?? "",
    message: message.textContent ?? "",
    messageLang: message.lang,
    messageDir: message.dir,
    cardDir: card.dir,
  };
}

/** Types the post, clicks its misspelling and reads the card that opens. */
async function openCard(page: Page): Promise<Shown> {
  await page.evaluate(() => window.testEditor!.element.focus());
  await page.keyboard.type(POST);
  await waitForUnderline(page, "recieved", "spelling");
  const at = await wordCentre(page, "recieved");
  await page.mouse.click(at.x, at.y);
  return waitFor("the card", async () => (await inShadowRoots(page, "nib-card", shownCard))[0] ?? undefined);
}

const CASES = [
  { language: "id", message: "“recieved” tidak ada di kamus. Mungkin maksud Anda “received”?", kind: "Ejaan", ignore: "Abaikan", dir: "ltr" },
  { language: "hu", message: "„recieved” nincs benne a szótárban. Erre gondoltál: „received”?", kind: "Helyesírás", ignore: "Kihagyás", dir: "ltr" },
  { language: "ar", message: "الكلمة «recieved» غير موجودة في القاموس. هل تقصد «received»؟", kind: "الإملاء", ignore: "تجاهل", dir: "rtl" },
];

for (const expected of CASES) {
  test(`a browser in ${expected.language}: the card explains in ${expected.language} with localized buttons`, async () => {
    const harness = await startHarness(expected.language);
    try {
      const page = await harness.open("textarea");
      const shown = await openCard(page);
      assert.equal(shown.message, expected.message);
      assert.equal(shown.messageLang, expected.language);
      assert.equal(shown.messageDir, expected.dir);
      assert.equal(shown.cardDir, expected.dir);
      assert.equal(shown.kind, expected.kind);
      const buttons = await cardButtons(page);
      assert.equal(buttons.find((b) => b.className === "ignore")?.text, expected.ignore);
      assert.equal(buttons.find((b) => b.className === "replacement")?.text, "received");
      const box = await page.evaluate(() => {
        const r = document.querySelector("nib-card")!.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      });
      await page.screenshot({ path: artifact(`card-${expected.language}.png`), clip: { x: Math.max(0, box.x - 8), y: Math.max(0, box.y - 8), width: box.width + 16, height: box.height + 16 } });
      await page.close();
    } finally {
      await closeAndCheckPrivacy(harness);
    }
  });
}

test("the options page sets the explanation language over the browser's", async () => {
  const harness = await startHarness("hu");
  try {
    const options = await harness.context.newPage();
    await options.goto(`chrome-extension://${harness.extensionId}/options/options.html`);
    assert.equal(await options.textContent("h1"), "A Nib beállításai");
    assert.equal(await options.evaluate(() => document.documentElement.lang.slice(0, 2)), "hu");
    const offered = await options.$$eval("#explain-language option", (list) => list.map((o) => (o as HTMLOptionElement).value));
    assert.equal(offered.length, 16);
    await options.selectOption("#explain-language", "ja");
    const page = await harness.open("textarea");
    const shown = await openCard(page);
    assert.equal(shown.message, "「recieved」は辞書にありません。「received」のことですか？");
    assert.equal(shown.kind, "Helyesírás");
    await page.close();
    await options.close();
  } finally {
    await closeAndCheckPrivacy(harness);
  }
});
