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

import { root, startHarness, underlines } from "../tests/e2e/extension_fixture.js";
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

declare global {
  interface Window {
    nibBenchPressed: number | undefined;
  }
}

/** Milliseconds from the keydown of the last letter of "dreem" to its underline on screen. The
 * page notes the keydown's time; the underline (a CSS highlight, or a mark in the text control's
 * closed shadow root) is polled through the DevTools protocol, a few milliseconds per look. */
async function keystrokeToUnderline(page: Page, text: string): Promise<number> {
  await page.evaluate(() => window.testEditor!.element.focus());
  await page.keyboard.press("Control+a");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(`${text} dree`);
  await page.waitForTimeout(1500); // the check of everything before the last keystroke is done
  await page.evaluate(() => {
    window.nibBenchPressed = undefined;
    document.addEventListener("keydown", (event) => (window.nibBenchPressed = event.timeStamp), { capture: true, once: true });
  });
  await page.keyboard.press("End");
  await page.keyboard.type("m");
  while (!(await underlines(page)).some(([kind, word]) => kind === "spelling" && word === "dreem"));
  return page.evaluate(() => performance.now() - window.nibBenchPressed!);
}

interface ChromiumProcess {
  pid: number;
  rssKiB: number;
  /** The extension's renderer (service worker, offscreen document with the engine). */
  extension: boolean;
  /** A web page's renderer. */
  page: boolean;
}

function chromiumProcesses(): ChromiumProcess[] {
  return execFileSync("ps", ["-eo", "pid=,rss=,args="], { encoding: "utf8" })
    .split("\n")
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null && m[3]!.includes("/chromium"))
    .map((m) => {
      const extension = m[3]!.includes("--extension-process");
      return { pid: Number(m[1]), rssKiB: Number(m[2]), extension, page: !extension && m[3]!.includes("--type=renderer") };
    });
}

/** CPU time (ms) the given processes used so far. */
function cpuMs(pids: number[]): number {
  const tick = 1000 / Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }));
  let total = 0;
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").replace(/^.*\) /, "").split(" ");
      total += (Number(fields[11]) + Number(fields[12])) * tick;
    } catch {
      // the process ended
    }
  }
  return total;
}

function extensionRssMiB(): { extension_processes_mib: number; browser_total_mib: number } {
  const processes = chromiumProcesses();
  const mib = (list: ChromiumProcess[]) => Math.round(list.reduce((sum, p) => sum + p.rssKiB, 0) / 1024);
  return { extension_processes_mib: mib(processes.filter((p) => p.extension)), browser_total_mib: mib(processes) };
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

// Resource bounds: 10,000 checks through the extension's own messaging (service worker → offscreen
// document), each post with a one-letter edit so that the engine's caches keep turning over; then
// the extension's memory again, and the CPU the extension and a page with a checked field use
// while the user does nothing.
const CHECKS = 10_000;
const BATCH = 250;
const worker = harness.context.serviceWorkers()[0]!;
const checksStarted = performance.now();
const rssAfter: Record<number, number> = {};
for (let done = 0; done < CHECKS; done += BATCH) {
  const batch = Array.from({ length: BATCH }, (_, i) => {
    const text = texts[(done + i) % texts.length]!;
    const at = (done + i) % text.length;
    return text.slice(0, at) + "xyzq"[(done + i) % 4] + text.slice(at + 1);
  });
  const failed = await worker.evaluate(async (posts) => {
    let errors = 0;
    for (const text of posts) {
      // The worker's global `chrome` (this function runs there, not here).
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime;
      const reply = (await runtime.sendMessage({ target: "engine", type: "nib.check", text, options: {} })) as { ok?: boolean };
      if (reply?.ok !== true) errors += 1;
    }
    return errors;
  }, batch);
  if (failed > 0) throw new Error(`${failed} checks failed`);
  if ((done + BATCH) % 2_500 === 0) rssAfter[done + BATCH] = extensionRssMiB().extension_processes_mib;
}
const checksSeconds = (performance.now() - checksStarted) / 1000;
const afterChecks = extensionRssMiB();

const idlePage = await harness.open("mastodon");
await idlePage.focus("#editor");
await idlePage.keyboard.type("An idle post with a dreem in it.");
await idlePage.waitForTimeout(10_000); // the field is checked and the burst above has settled
const processes = chromiumProcesses();
const idlePids = processes.filter((p) => p.extension).map((p) => p.pid);
const rendererPids = processes.filter((p) => p.page).map((p) => p.pid);
const IDLE_S = 10;
const cpuBefore = { extension: cpuMs(idlePids), pages: cpuMs(rendererPids) };
await idlePage.waitForTimeout(IDLE_S * 1000);
const idle = {
  seconds: IDLE_S,
  extension_cpu_ms: Math.round(cpuMs(idlePids) - cpuBefore.extension),
  page_renderers_cpu_ms: Math.round(cpuMs(rendererPids) - cpuBefore.pages),
};
await idlePage.close();
await harness.close();

const report = {
  date: new Date().toISOString().slice(0, 10),
  machine: `${os.cpus()[0]?.model ?? "?"} (${os.cpus().length} cores)`,
  chromium: execFileSync("/usr/bin/chromium", ["--version"], { encoding: "utf8" }).trim(),
  post_length: "240-300 characters",
  keystroke_to_underline: results,
  debounce_ms: 250,
  ...memory,
  resource_bounds: {
    checks: CHECKS,
    checks_seconds: Math.round(checksSeconds),
    extension_processes_mib_before: memory.extension_processes_mib,
    extension_processes_mib_after: afterChecks.extension_processes_mib,
    growth_mib: afterChecks.extension_processes_mib - memory.extension_processes_mib,
    extension_processes_mib_after_checks: rssAfter,
    idle,
  },
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
  `Resource bounds: ${CHECKS} checks (one-letter edits of the posts) through the service worker and offscreen document took ${report.resource_bounds.checks_seconds} s; the extension's processes went from ${memory.extension_processes_mib} MiB to ${afterChecks.extension_processes_mib} MiB (${report.resource_bounds.growth_mib >= 0 ? "+" : ""}${report.resource_bounds.growth_mib} MiB; after ${Object.entries(rssAfter).map(([n, mib]) => `${n}: ${mib} MiB`).join(", ")}). Idle for ${IDLE_S} s with a checked field focused: extension ${idle.extension_cpu_ms} ms CPU, page renderers ${idle.page_renderers_cpu_ms} ms CPU.`,
  "",
].join("\n");
writeFileSync(path.join(dir, "extension-chromium.md"), md);
console.log(md);
