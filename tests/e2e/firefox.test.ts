// The extension in Debian's Firefox ESR, headless, driven by puppeteer-core over WebDriver BiDi
// (the extension installed with browser.installExtension): every test page with underline,
// Apply and Undo, and the privacy check (all non-local traffic goes to a recording proxy).
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { after, before, test } from "node:test";

import puppeteer, { type Browser, type Page } from "puppeteer-core";

import { serveStatic, type StaticServer } from "../browser/static_server.js";
import { artifact, root } from "./extension_fixture.js";
import { centreOf, collectUnderlines, editorText, focusEditor, textIs, underlineIs } from "./page_probes.js";
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
  server = await serveStatic({ "/": `${root}build/web/testpages/` }, null);
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

for (const name of PAGES) {
  test(`firefox ${name}: underline, card, Apply, Undo`, async () => {
    const page = await open(name);
    await page.evaluate(focusEditor);
    await page.keyboard.type(POST);
    assert.equal(await page.evaluate(editorText), POST);
    await page.waitForFunction(underlineIs, { timeout: 60_000 }, ["dreem", "spelling", true] as const);
    const marked = await page.evaluate(collectUnderlines);
    for (const [, text] of marked) {
      for (const span of PROTECTED) assert.ok(!text.includes(span) && !span.includes(text), `${text} underlined`);
    }
    await new Promise((resolve) => setTimeout(resolve, 1100)); // see composers.test.ts
    const { x, y } = await page.evaluate(centreOf, "dreem");
    await page.mouse.click(x, y);
    const first = await page.waitForSelector("nib-card >>> button.replacement", { timeout: 10_000 });
    assert.equal(await first!.evaluate((b) => b.textContent), "dream");
    await page.screenshot({ path: artifact(`firefox-${name}.png`) });
    await first!.click();
    await page.waitForFunction(textIs, { timeout: 10_000 }, FIXED);
    await page.keyboard.down("Control");
    await page.keyboard.press("z");
    await page.keyboard.up("Control");
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
