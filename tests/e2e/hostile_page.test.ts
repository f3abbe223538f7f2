// A hostile page (web/testpages/hostile.ts) breaks the DOM APIs the extension uses in its own
// world, fakes the extension's messages and the user's events, and has markup in the post. The
// extension keeps working on the user's field, never acts on the other fields, never reads the
// password or card number fields, builds no markup from text, and throws nothing.
import assert from "node:assert/strict";
import { test } from "node:test";

import { artifact, harnessForFile, type Harness } from "./extension_fixture.js";
import { cardButtons, inShadowRoots, waitFor } from "./closed_shadow.js";
import { cardIsOpen, isHighlighted, textBeforeCaret } from "./page_probes.js";

/** What web/testpages/hostile.ts puts on its window. */
interface HostileWindow {
  hostile: { attempts: number; start(): void };
  pwned?: boolean;
}

let harness: Harness;
const closeAndCheckPrivacy = harnessForFile((started) => (harness = started));

test("a hostile page cannot break the extension, fake the user, or make it act on another field", async () => {
  const page = await harness.open("hostile");
  // Exceptions thrown in the content script's (isolated) world, reported by the DevTools protocol.
  const cdp = await harness.context.newCDPSession(page);
  const isolated = new Set<number>();
  const thrown: string[] = [];
  cdp.on("Runtime.executionContextCreated", ({ context }) => {
    if ((context.auxData as { type?: string } | undefined)?.type === "isolated") isolated.add(context.id);
  });
  cdp.on("Runtime.exceptionThrown", ({ exceptionDetails }) => {
    if (isolated.has(exceptionDetails.executionContextId ?? -1)) thrown.push(exceptionDetails.exception?.description ?? exceptionDetails.text);
  });
  await cdp.send("Runtime.enable");
  const otherBefore = await page.inputValue("#other");

  // Fields Nib must not read: nothing of theirs is checked or drawn.
  for (const id of ["#password", "#card"]) {
    await page.focus(id);
    await page.keyboard.type("teh dreem 4111 1111 1111 1111");
  }
  await page.evaluate(() => (window as unknown as HostileWindow).hostile.start());
  await page.focus("#editor");
  await page.keyboard.press("Control+End");
  await page.keyboard.type('I saw a dreem. <img src=x onerror="window.pwned=true"> <b>teh</b> end');
  const typed = await page.evaluate(() => window.testEditor!.read());
  await page.waitForFunction(isHighlighted, "dreem", { timeout: 60_000 });
  // The fake shortcut, clicks and messages have been firing all along: no card opened by them.
  await page.waitForTimeout(1500);
  assert.ok((await page.evaluate(() => (window as unknown as HostileWindow).hostile.attempts)) > 20);
  assert.equal(await page.evaluate(cardIsOpen), false, "the page's synthetic events opened no card");
  assert.equal(await page.evaluate(() => document.querySelectorAll("nib-underlines").length), 0, "no other field is drawn");

  // The user's own keyboard still works: the next problems up to "dreem", then Enter applies.
  await page.keyboard.press("Control+Home");
  let before = "";
  for (let i = 0; i < 6 && !before.endsWith("dreem"); i += 1) {
    if (i > 0) await page.keyboard.press("Escape");
    await page.keyboard.press("Alt+Shift+N");
    await page.waitForFunction(cardIsOpen, null, { timeout: 10_000 });
    before = await page.evaluate(textBeforeCaret);
  }
  assert.ok(before.endsWith("dreem"), before);
  const buttons = await waitFor("the card's buttons", async () => {
    const found = await cardButtons(page);
    return found.length > 0 ? found : undefined;
  });
  assert.equal(buttons[0]!.text, "dream");
  // Text stays text: the card holds only the elements the extension builds.
  const tags = (await inShadowRoots(page, "nib-card", function (this: ShadowRoot) {
    return [...this.querySelectorAll("*")].map((e) => e.localName);
  })).flat();
  assert.deepEqual([...new Set(tags)].sort(), ["button", "div", "style"]);
  await page.screenshot({ path: artifact("hostile.png") });
  await page.keyboard.press("Enter");
  const fixed = typed.replace("dreem", "dream");
  await page.waitForFunction((m) => window.testEditor!.read() === m, fixed, { timeout: 10_000 });

  await page.waitForTimeout(1000);
  assert.equal(await page.evaluate(() => window.testEditor!.read()), fixed, "the post has exactly the user's fix");
  assert.equal(await page.inputValue("#other"), otherBefore, "the other field is untouched");
  assert.equal(await page.inputValue("#password"), "teh dreem 4111 1111 1111 1111");
  assert.equal(await page.evaluate(() => (window as unknown as HostileWindow).pwned), undefined, "no markup from the post ran");
  assert.equal(await page.evaluate(() => document.querySelectorAll("nib-underlines").length), 0);
  assert.deepEqual(thrown, [], "the content script threw nothing");
  assert.ok(isolated.size > 0, "the content script's world was seen");
  await page.close();
});

test("privacy: no request from the extension on the hostile page", async () => {
  await closeAndCheckPrivacy();
});
