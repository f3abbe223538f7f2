// The engine in a real browser (Debian's Chromium): the same WebAssembly core, dictionaries and
// grammar model as in Node, loaded by fetch under the extension pages' CSP. It must answer exactly
// what the Node engine answers, and the page may fetch nothing but its own files.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";

import type { BrowserContext, Page } from "playwright-core";

import { createNodeEngine } from "../../wasm/engine/src/node_assets.js";
import type { Engine } from "../../wasm/engine/src/engine.js";
import type { CheckResponse } from "../../wasm/engine/src/types.js";
import { launchChromium } from "./chromium.js";
import { serveStatic, type StaticServer } from "../../web/server/static_server.js";

const root = fileURLToPath(new URL("../../../../", import.meta.url));

const TEXTS = [
  "I has a dreem that @jonh and #teh team will loose the game 🏳️‍🌈 https://exampel.com",
  readFileSync(`${root}examples/post.txt`, "utf8"),
  "She go to work by bus every morning.",
  "Ich habe Hunger 😋 but I recieved the pakage. שלום עולם, teh end",
  "lone \uD800 surrogate and a mispeled word",
  "",
];

let server: StaticServer;
let browser: BrowserContext;
let page: Page;
let node: Engine;
const requests: string[] = [];

before(async () => {
  server = await serveStatic({
    "/build/": `${root}build/`,
    "/ort/": `${root}node_modules/onnxruntime-web/dist/`,
    "/tests/browser/": `${root}tests/browser/`,
  });
  browser = await launchChromium();
  browser.on("request", (request) => requests.push(request.url()));
  page = await browser.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  await page.goto(`${server.origin}/tests/browser/engine_page.html`);
  await page.waitForFunction(() => window.nib !== undefined);
  try {
    await page.evaluate(() => window.nib!.ready);
  } catch (error) {
    throw new Error(`the engine did not start in Chromium: ${String(error)} ${errors.join("; ")}`);
  }
  node = await createNodeEngine();
});

after(async () => {
  await browser?.close();
  await server?.close();
  node?.dispose();
});

function comparable(response: CheckResponse) {
  const { timing: _timing, ...rest } = response as CheckResponse & { timing?: unknown };
  return rest;
}

test("the engine starts in Chromium with the grammar model", async () => {
  const ready = await page.evaluate(() => window.nib!.ready);
  assert.equal(ready.grammarModel, true);
});

test("Chromium and Node give the same answers, model suggestions included", async () => {
  for (const text of TEXTS) {
    const inBrowser = await page.evaluate((t) => window.nib!.check(t), text);
    const inNode = await node.check(text);
    assert.deepEqual(comparable(inBrowser), comparable(inNode), `differs on ${JSON.stringify(text)}`);
  }
});

test("the sample post in Chromium: dreem → dream, has → have, protected spans untouched", async () => {
  const text = TEXTS[0]!;
  const response = await page.evaluate((t) => window.nib!.check(t), text);
  const found = response.suggestions.map((s) => [s.original, s.replacements[0], s.source]);
  assert.deepEqual(
    found.find(([original]) => original === "dreem"),
    ["dreem", "dream", "spelling"],
  );
  // The model ran in the browser.
  assert.deepEqual(
    found.find(([original]) => original === "has"),
    ["has", "have", "model"],
  );
  for (const span of ["@jonh", "#teh", "🏳️‍🌈", "https://exampel.com"]) {
    const start = text.indexOf(span);
    for (const s of response.suggestions) assert.ok(s.end <= start || s.start >= start + span.length);
  }
});

test("the page fetched only its own files from the local server", () => {
  assert.ok(requests.length > 5, `requests seen: ${requests.length}`);
  const foreign = requests.filter((url) => !url.startsWith(`${server.origin}/`));
  assert.deepEqual(foreign, []);
});
