// The extension in Debian's Firefox ESR, headless, driven by puppeteer-core over WebDriver BiDi
// (the extension installed with browser.installExtension): every test page with underline,
// the card opened by keyboard (Alt+Shift+N) and Enter to apply, then Undo, and the privacy check (all non-local traffic goes to a recording proxy).
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { after, before, test } from "node:test";

import puppeteer, { type Browser, type Page } from "puppeteer-core";

import { serveStatic, type StaticServer } from "../../web/server/static_server.js";
import { artifact, root } from "./extension_fixture.js";
import { cardIsOpen, editorText, focusEditor, highlightedInOrder, isTextControlEditor, textBeforeCaret, textIs } from "./page_probes.js";
import { startRecordingProxy, type RecordingProxy } from "./recording_proxy.js";

const FIREFOX = "/usr/bin/firefox-esr";
const EXTENSION_DIR = `${root}build/extension/firefox`;
const POST = "I has a dreem that @jonh and #teh team will loose the game 🏳️‍🌈 https://exampel.com";
const FIXED = POST.replace("dreem", "dream");
const PROTECTED = ["@jonh", "#teh", "🏳️‍🌈", "https://exampel.com", "exampel"];
const PAGES = ["mastodon", "textarea", "contenteditable", "facebook", "reddit", "bluesky", "linkedin", "x"];

let server: StaticServer;
let proxy: RecordingProxy;
let browser: Browser;

before(async () => {
  if (!existsSync(FIREFOX)) throw new Error(`${FIREFOX} is missing: run scripts/install_system_packages.sh (firefox-esr)`);
  server = await serveStatic({ "/": `${root}build/web/testpages/` }, { csp: null });
  proxy = await startRecordingProxy();
  browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      "network.proxy.type": 1,
      "network.proxy.http": "127.0.0.1",
      "network.proxy.http_port": proxy.port,
      "network.proxy.ssl": "127.0.0.1",
      "network.proxy.ssl_port": proxy.port,
      "network.proxy.share_proxy_settings": true,
      // The test server on 127.0.0.1 is reached directly; everything else meets the proxy.
      "network.proxy.allow_hijacking_localhost": false,
    },
  });
  await browser.installExtension(EXTENSION_DIR);
});

after(async () => {
  await browser?.close();
  await proxy?.close();
  await server?.close();
});

async function open(name: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/${name}.html`);
  await page.waitForFunction(() => window.testEditor !== undefined);
  return page;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function press(page: Page, key: string, ...modifiers: string[]): Promise<void> {
  for (const modifier of modifiers) await page.keyboard.down(modifier as "Alt");
  await page.keyboard.press(key as "Home");
  for (const modifier of [...modifiers].reverse()) await page.keyboard.up(modifier as "Alt");
}

/** Opens the card of the `count`-th problem from the start with Alt+Shift+N, as a keyboard user
 * does (Escape between presses gives the focus back to the field). */
async function openNth(page: Page, count: number): Promise<void> {
  await press(page, "Home", "Control");
  for (let i = 0; i < count; i += 1) {
    if (i > 0) {
      await press(page, "Escape");
      await page.waitForFunction(() => !document.querySelector("nib-card"), { timeout: 2_000 });
    }
    await press(page, "KeyN", "Alt", "Shift");
    await page.waitForFunction(cardIsOpen, { timeout: 5_000 });
  }
}

/** A text control's problems in order, found with Alt+Shift+N: each press selects the end of the
 * next problem and opens its card (the UI is in a closed shadow root, so the test knows the
 * problem by the caret). Stops when the walk wraps. */
async function walkTextControl(page: Page): Promise<string[]> {
  await press(page, "Home", "Control");
  const words: string[] = [];
  const ends = new Set<number>();
  for (let i = 0; i < 12; i += 1) {
    await press(page, "KeyN", "Alt", "Shift");
    try {
      await page.waitForFunction(cardIsOpen, { timeout: 2_000 });
    } catch {
      break; // nothing to open (yet)
    }
    const before = await page.evaluate(textBeforeCaret);
    await press(page, "Escape");
    await page.waitForFunction(() => !document.querySelector("nib-card"), { timeout: 2_000 });
    if (ends.has(before.length)) break;
    ends.add(before.length);
    words.push(/\S+$/.exec(before)?.[0] ?? "");
  }
  return words;
}

for (const name of PAGES) {
  test(`firefox ${name}: underline, card, Apply, Undo`, async () => {
    const page = await open(name);
    await page.evaluate(focusEditor);
    await page.keyboard.type(POST);
    assert.equal(await page.evaluate(editorText), POST);
    // The problems in order: a contenteditable's from its highlights (the page sees them), a text
    // control's by keyboard. The model's answer may come a moment after the spelling's.
    const textControl = await page.evaluate(isTextControlEditor);
    let words: string[] = [];
    for (const deadline = Date.now() + 60_000; Date.now() < deadline && !words.includes("dreem"); await pause(500)) {
      words = textControl ? await walkTextControl(page) : await page.evaluate(highlightedInOrder);
    }
    assert.ok(words.includes("dreem"), `problems found: ${JSON.stringify(words)}`);
    for (const word of words) {
      for (const span of PROTECTED) assert.ok(!word.includes(span) && !span.includes(word), `${word} flagged`);
    }
    await pause(1100); // see composers.test.ts
    await openNth(page, words.indexOf("dreem") + 1);
    await page.screenshot({ path: artifact(`firefox-${name}.png`) });
    // The card's first button has the focus: the first replacement.
    await page.keyboard.press("Enter");
    await page.waitForFunction(textIs, { timeout: 10_000 }, FIXED);
    await page.evaluate(focusEditor);
    await press(page, "z", "Control");
    await page.waitForFunction(textIs, { timeout: 10_000 }, POST);
    await page.close();
  });
}

// Firefox ESR itself syncs Remote Settings (blocklists, certificate revocation) from Mozilla and no
// longer lets a profile point that elsewhere; the proxy sees it, refuses it, and it is the only
// host allowed here. A request from the extension to anywhere fails the test.
const FIREFOX_OWN = new Set(["https://firefox.settings.services.mozilla.com:443"]);

test("firefox privacy: nothing beyond Firefox's own Remote Settings left the machine", () => {
  assert.deepEqual(
    proxy.seen.filter((url) => !FIREFOX_OWN.has(url)),
    [],
  );
});
