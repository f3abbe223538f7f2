// The playground in Debian's headless Chromium, served as `npm run playground` serves it (same
// server, same CSP): it loads with real byte progress, underlines the sample post, lists the same
// problems, opens the extension's card, applies and undoes a fix, explains in another language,
// reads the tone, rewrites on request, follows the dialect, and its "nothing leaves this page"
// indicator agrees with what Playwright sees — and turns red when the page does send something.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, test } from "node:test";

import type { BrowserContext, Page } from "playwright-core";

import { launchChromium } from "../browser/chromium.js";
import { PLAYGROUND_CSP } from "../../web/playground/csp.js";
import type {} from "../../web/playground/api.js"; // window.nibPlayground's type
import { serveStatic, type StaticServer } from "../../web/server/static_server.js";
import { clickCardButton, mirrorMarks, waitFor } from "./closed_shadow.js";
import { artifact, root } from "./extension_fixture.js";
import { clickPanelButton, panelState, waitForBadge, waitForDiff } from "./tone_panel_probes.js";

const FOLDER = `${root}build/web/playground/`;
let server: StaticServer;
let browser: BrowserContext;
let page: Page;
const requests: { url: string; at: number }[] = [];
const pageErrors: string[] = [];
let readyAt = 0;
let sample = "";

declare global {
  interface Window {
    progressSeen?: string[];
  }
}

async function text(): Promise<string> {
  return page.$eval("#post", (field) => (field as HTMLTextAreaElement).value);
}

async function problems(): Promise<{ fix: string; why: string; lang: string }[]> {
  return page.$$eval("#problems li", (items) =>
    items.map((li) => ({
      fix: li.querySelector(".fix")?.textContent ?? "",
      why: li.querySelector(".why")?.textContent ?? "",
      lang: (li.querySelector(".why") as HTMLElement | null)?.lang ?? "",
    })),
  );
}

/** Replaces the post as a person would: select all, type. */
async function typePost(post: string): Promise<void> {
  await page.focus("#post");
  await page.keyboard.press("Control+a");
  await page.keyboard.press("Delete");
  await page.keyboard.type(post);
  assert.equal(await text(), post);
}

before(async () => {
  server = await serveStatic({ "/": FOLDER }, { csp: PLAYGROUND_CSP });
  browser = await launchChromium();
  browser.on("request", (request) => requests.push({ url: request.url(), at: Date.now() }));
  page = await browser.newPage();
  await page.setViewportSize({ width: 1200, height: 760 });
  page.on("pageerror", (error) => pageErrors.push(String(error)));
  // Every text the progress label shows while loading, for the progress test.
  await page.addInitScript(() => {
    window.progressSeen = [];
    new MutationObserver(() => {
      const label = document.getElementById("load-label")?.textContent;
      if (label && window.progressSeen!.at(-1) !== label) window.progressSeen!.push(label);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto(`${server.origin}/`);
  try {
    await page.waitForFunction(() => window.nibPlayground !== undefined);
    await page.evaluate(() => window.nibPlayground!.ready);
  } catch (error) {
    throw new Error(`the playground did not start: ${String(error)} ${pageErrors.join("; ")}`);
  }
  readyAt = Date.now();
  sample = await text();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test("loading shows real byte progress up to every byte the build lists", async () => {
  const list = JSON.parse(readFileSync(`${FOLDER}assets.json`, "utf8")) as { files: Record<string, number> };
  const total = Object.values(list.files).reduce((a, b) => a + b, 0);
  const ready = await page.evaluate(() => window.nibPlayground!.ready);
  assert.equal(ready.bytes, total, "every listed byte was read and counted");
  assert.ok(ready.grammarModel, "the grammar model is loaded");
  const seen = await page.evaluate(() => window.progressSeen!);
  const loaded = seen.map((label) => Number(/([\d.]+) of/.exec(label)?.[1] ?? NaN)).filter((n) => !Number.isNaN(n));
  assert.ok(loaded.length >= 10, `the label moved step by step: ${seen.slice(0, 5).join(" | ")}`);
  assert.ok(loaded.some((n) => n > 0 && n < total / 2 ** 20 - 1), "intermediate values were shown");
  for (let i = 1; i < loaded.length; i += 1) assert.ok(loaded[i]! >= loaded[i - 1]!, "progress never goes back");
  assert.ok(await page.$eval("#loading", (e) => e.classList.contains("done")), "the bar goes away once ready");
});

test("the sample post is underlined and the panel lists exactly the underlined problems", async () => {
  const marks = await waitFor("underlines", async () => {
    const found = await mirrorMarks(page);
    return found.length >= 3 ? found : undefined;
  }, 30_000);
  const words = marks.map((m) => m.text);
  for (const misspelled of ["anounce", "Cant"]) assert.ok(words.includes(misspelled), `${misspelled} in ${words.join(", ")}`);
  assert.ok(marks.some((m) => m.kind === "grammar"), `a grammar underline among ${JSON.stringify(marks)}`);
  for (const span of ["@acme", "#newjob", "https://acme.example/careers"]) assert.ok(!words.includes(span), `${span} is protected`);
  const listed = await problems();
  assert.equal(listed.length, marks.length);
  assert.deepEqual(listed.map((p) => p.fix.split(" → ")[0]), words);
  assert.ok(listed.every((p) => p.why.length > 10 && p.lang === "en"), JSON.stringify(listed));
  assert.match(await page.textContent("#summary") ?? "", /problems · checked on this device in [\d.]+ ms/);
  await page.screenshot({ path: artifact("playground.png") });
});

test("the card applies a fix in place and Ctrl+Z restores what was typed", async () => {
  const mark = (await mirrorMarks(page)).find((m) => m.text === "anounce")!;
  await page.mouse.click(mark.x, mark.y);
  const button = await clickCardButton(page, "replacement");
  assert.equal(button.text, "announce");
  await page.waitForFunction((before) => (document.getElementById("post") as HTMLTextAreaElement).value !== before, sample);
  assert.equal(await text(), sample.replace("anounce", "announce"));
  await page.keyboard.press("Control+z");
  await page.waitForFunction((before) => (document.getElementById("post") as HTMLTextAreaElement).value === before, sample);
  await waitFor("anounce underlined again", async () => ((await mirrorMarks(page)).some((m) => m.text === "anounce") ? true : undefined));
});

test("explanations and the card follow the chosen language", async () => {
  const english = await problems();
  await page.selectOption("#explain-language", "de");
  const german = await waitFor("German explanations", async () => {
    const listed = await problems();
    return listed.length === english.length && listed.every((p) => p.lang === "de") ? listed : undefined;
  }, 30_000);
  assert.notDeepEqual(german.map((p) => p.why), english.map((p) => p.why));
  const kinds = await page.$$eval("#problems .kind", (nodes) => nodes.map((n) => n.textContent));
  assert.ok(kinds.includes("Rechtschreibung"), `German kind labels: ${kinds.join(", ")}`);
  await page.selectOption("#explain-language", "en");
  await waitFor("English again", async () => ((await problems()).every((p) => p.lang === "en") ? true : undefined), 30_000);
});

test("the dialect setting flags another dialect's spelling", async () => {
  await typePost("My favourite colour is grey.");
  await page.selectOption("#dialect", "en-US");
  await waitFor("colour flagged in en-US", async () => ((await mirrorMarks(page)).some((m) => m.text === "colour") ? true : undefined), 30_000);
  await page.selectOption("#dialect", "any");
  await waitFor("colour accepted in any English", async () => ((await mirrorMarks(page)).some((m) => m.text === "colour") ? undefined : true), 30_000);
});

test("the tone panel reads the post, notes a casual post for LinkedIn, and a rewrite applies and undoes", async () => {
  const post = "hey @maria, i'm gonna be late lol, can't make it tbh #standup";
  await page.selectOption("#site", { label: "LinkedIn (professional)" });
  await typePost(post);
  await page.waitForTimeout(1100);
  const rows = await waitFor("four tone rows", async () => {
    const found = await page.$$eval(".tone-row", (r) => r.map((row) => (row as HTMLElement).dataset["dimension"]));
    return found.length === 4 ? found : undefined;
  }, 30_000);
  assert.deepEqual(rows, ["formality", "politeness", "confidence", "sentiment"]);
  await waitFor("a tone note", async () => ((await page.$$(".tone-note")).length > 0 ? true : undefined), 30_000);
  const badge = await waitForBadge(page, true);
  await page.mouse.click(badge.x, badge.y);
  await waitFor("the tone menu", async () => ((await panelState(page))?.rows.length === 4 ? true : undefined));
  await clickPanelButton(page, "goal-formal");
  const diff = await waitForDiff(page);
  await page.screenshot({ path: artifact("playground-rewrite.png") });
  await clickPanelButton(page, "apply-all");
  await page.waitForFunction((after) => (document.getElementById("post") as HTMLTextAreaElement).value === after, diff.after, { timeout: 10_000 });
  const rewritten = await text();
  assert.notEqual(rewritten, post);
  for (const span of ["@maria", "#standup"]) assert.ok(rewritten.includes(span), `${span} survives: ${rewritten}`);
  for (let i = 0; i < 20 && (await text()) !== post; i += 1) {
    await page.keyboard.press("Control+z");
    await page.waitForTimeout(150);
  }
  assert.equal(await text(), post);
});

test("nothing left the page after load, as the indicator says; a request turns it red", async () => {
  const afterReady = requests.filter((r) => r.at >= readyAt);
  assert.deepEqual(afterReady, [], "Playwright saw no request after the engine was ready");
  assert.ok(requests.every((r) => r.url.startsWith(`${server.origin}/`)), "while loading, only the page's own files");
  const checks = await page.evaluate(() => window.nibPlayground!.checks());
  assert.ok(checks >= 5, `checks ran (${checks})`);
  assert.equal(await page.getAttribute("#privacy", "data-requests"), "0");
  assert.match((await page.textContent("#privacy")) ?? "", /Nothing has left this page: 0 requests since it loaded/);
  assert.deepEqual(pageErrors, []);

  // The indicator is evidence, not a label: a request to another host (blocked by the CSP) and
  // one to the page's own server both show at once.
  await page.evaluate(() => {
    void fetch("https://leak.invalid/post").catch(() => undefined);
    void fetch("/collect?post=1").catch(() => undefined);
  });
  await page.waitForFunction(() => Number(document.getElementById("privacy")!.dataset["requests"]) >= 2);
  assert.match((await page.textContent("#privacy")) ?? "", /2 requests since the page loaded/);
  assert.ok(await page.$eval("#privacy", (e) => e.classList.contains("leaked")));
});
