// The extension in Debian's headless Chromium: time from the last keystroke to the underline on a
// ~280-character post (debounce, messaging, engine with the model, drawing), on a textarea page and
// a Lexical page, and the memory of the extension's processes (the offscreen document's renderer).
//
// Usage: node build/js/bench/extension_bench.js   (after scripts/build.sh)
// Writes bench/results/extension-chromium.{json,md}. Reports only: nothing here asserts a speed.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import type { Page } from "playwright-core";

import { root, startHarness } from "../tests/e2e/extension_fixture.js";
import { latency, type Latency } from "./latency.js";

const POSTS = 20;
const PAGES = ["mastodon", "facebook"];

function posts(): string[] {
  return readFileSync(path.join(root, "bench/data/posts.jsonl"), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => (JSON.parse(line) as { text: string }).text)
    .filter((text) => text.length >= 240 && text.length <= 300 && !text.includes("dreem"))
    .slice(0, POSTS);
}

/** Milliseconds from the keydown of the last letter of "dreem" to its underline on screen. */
async function keystrokeToUnderline(page: Page, text: string): Promise<number> {
  await page.evaluate(() => window.testEditor!.element.focus());
  await page.keyboard.press("Control+a");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(`${text} dree`);
  await page.waitForTimeout(1500); // the check of everything before the last keystroke is done
  const measured = page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let pressed = 0;
        document.addEventListener("keydown", (event) => (pressed = event.timeStamp), { capture: true, once: true });
        const underlined = () => {
          for (const range of CSS.highlights.get("nib-spelling") ?? []) if ((range as Range).toString() === "dreem") return true;
          for (const host of document.querySelectorAll("nib-underlines")) {
            for (const mark of host.shadowRoot?.querySelectorAll("span.nib-spelling") ?? []) if (mark.textContent === "dreem") return true;
          }
          return false;
        };
        const poll = () => (pressed > 0 && underlined() ? resolve(performance.now() - pressed) : requestAnimationFrame(poll));
        requestAnimationFrame(poll);
      }),
  );
  await page.keyboard.press("End");
  await page.keyboard.type("m");
  return measured;
}

function extensionRssMiB(): { extension_processes_mib: number; browser_total_mib: number } {
  const lines = execFileSync("ps", ["-eo", "rss=,args="], { encoding: "utf8" }).split("\n");
  let extension = 0;
  let total = 0;
  for (const line of lines) {
    const match = /^\s*(\d+)\s+(.*)$/.exec(line);
    if (!match || !match[2]!.includes("/chromium")) continue;
    total += Number(match[1]);
    if (match[2]!.includes("--extension-process")) extension += Number(match[1]);
  }
  return { extension_processes_mib: Math.round(extension / 1024), browser_total_mib: Math.round(total / 1024) };
}

const harness = await startHarness();
const texts = posts();
const results: Record<string, Latency> = {};
for (const name of PAGES) {
  const page = await harness.open(name);
  await keystrokeToUnderline(page, texts[0]!); // the first check also loads the engine
  const samples: number[] = [];
  for (const text of texts) samples.push(await keystrokeToUnderline(page, text));
  results[name] = latency(samples);
  await page.close();
}
const memory = extensionRssMiB();
await harness.close();

const report = {
  date: new Date().toISOString().slice(0, 10),
  machine: `${os.cpus()[0]?.model ?? "?"} (${os.cpus().length} cores)`,
  chromium: execFileSync("/usr/bin/chromium", ["--version"], { encoding: "utf8" }).trim(),
  post_length: "240-300 characters",
  keystroke_to_underline: results,
  debounce_ms: 250,
  ...memory,
};
const dir = path.join(root, "bench/results");
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "extension-chromium.json"), `${JSON.stringify(report, null, 2)}\n`);
const md = [
  `Extension in ${report.chromium}, headless, on ${report.machine}, ${report.date}.`,
  "",
  "| | median | p95 | posts |",
  "| --- | --- | --- | --- |",
  ...PAGES.map((p) => `| last keystroke → underline, ${p} | ${Math.round(results[p]!.median_ms)} ms | ${Math.round(results[p]!.p95_ms)} ms | ${results[p]!.samples} |`),
  "",
  `Includes the ${report.debounce_ms} ms typing debounce. Memory (RSS): the extension's processes (service worker and offscreen document with the engine and model) ${memory.extension_processes_mib} MiB; the whole browser ${memory.browser_total_mib} MiB.`,
  "",
].join("\n");
writeFileSync(path.join(dir, "extension-chromium.md"), md);
console.log(md);
