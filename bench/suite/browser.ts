// The browser part of the benchmark: the playground page in Debian's headless Chromium (via
// playwright-core), served as `npm run playground` serves it. Nib's cold start until the page is
// ready, checks per post inside the page (spelling only and the full engine), its JS heap and
// WebAssembly memory; then Harper (harper.js) started and run in the same page, and the grammar
// model alone in the page's onnxruntime-web.
import { cpSync, mkdirSync } from "node:fs";
import path from "node:path";

import { build } from "esbuild";
import type { BrowserContext, Page } from "playwright-core";

import { launchChromium } from "../../tests/browser/chromium.js";
import type {} from "../../web/playground/api.js"; // window.nibPlayground's type
import { PLAYGROUND_CSP } from "../../web/playground/csp.js";
import { serveStatic } from "../../web/server/static_server.js";
import { latency, round, type Latency } from "../latency.js";
import type { BrowserProbe } from "./browser_probe.js";
import { POSITIONS } from "./model_feeds.js";

export interface BrowserResult {
  chromium: string;
  nib_cold_start_ms: { median_ms: number; runs_ms: number[] };
  nib_bytes_loaded: number;
  nib_full: Latency;
  nib_spelling: Latency;
  /** Posts per second over all measured checks (one thread, the page's main thread). */
  posts_per_second: { nib_full: number; nib_spelling: number; harper: number };
  nib_js_heap_mib: number;
  nib_wasm_memory_mib: number;
  harper_cold_start_ms: number;
  harper: Latency;
  harper_problems_found: number;
  harper_wasm_memory_mib: number;
  model_per_run: Latency;
}

declare global {
  interface Window {
    nibBenchProbe?: BrowserProbe;
    nibWasmMemories?: WebAssembly.Memory[];
  }
}

const MIB = 2 ** 20;

const throughput = (times: readonly number[]) => round((times.length * 1000) / times.reduce((a, b) => a + b, 0));

/** Bundles the probe (with harper.js) next to Harper's WebAssembly, which it finds beside itself. */
async function buildProbe(root: string): Promise<string> {
  const dir = path.join(root, "build/bench/browser");
  mkdirSync(dir, { recursive: true });
  await build({
    entryPoints: [path.join(root, "build/js/bench/suite/browser_probe.js")],
    outfile: path.join(dir, "probe.js"),
    bundle: true,
    format: "esm",
    target: ["chrome116"],
    // harper.js reads its WebAssembly with fs only under Node (a dynamic import never taken here).
    external: ["fs"],
    logLevel: "warning",
  });
  cpSync(path.join(root, "node_modules/harper.js/dist/harper_wasm_bg.wasm"), path.join(dir, "harper_wasm_bg.wasm"));
  return dir;
}

/** Every WebAssembly memory the page makes (core, onnxruntime-web, Harper), to add them up. */
function recordWasmMemories(): void {
  const memories: WebAssembly.Memory[] = [];
  window.nibWasmMemories = memories;
  const keep = (instance: WebAssembly.Instance) => {
    for (const value of Object.values(instance.exports)) if (value instanceof WebAssembly.Memory) memories.push(value);
  };
  const NativeMemory = WebAssembly.Memory;
  WebAssembly.Memory = function (descriptor: WebAssembly.MemoryDescriptor) {
    const memory = new NativeMemory(descriptor);
    memories.push(memory);
    return memory;
  } as unknown as typeof WebAssembly.Memory;
  WebAssembly.Memory.prototype = NativeMemory.prototype;
  const instantiate = WebAssembly.instantiate.bind(WebAssembly);
  WebAssembly.instantiate = (async (source: BufferSource | WebAssembly.Module, imports?: WebAssembly.Imports) => {
    const result = await instantiate(source as BufferSource, imports);
    keep("instance" in result ? result.instance : (result as WebAssembly.Instance));
    return result;
  }) as typeof WebAssembly.instantiate;
  const streaming = WebAssembly.instantiateStreaming.bind(WebAssembly);
  WebAssembly.instantiateStreaming = async (source, imports) => {
    const result = await streaming(source, imports);
    keep(result.instance);
    return result;
  };
}

async function wasmMiB(page: Page, from = 0): Promise<number> {
  const bytes = await page.evaluate((first) => {
    const unique = [...new Set(window.nibWasmMemories ?? [])];
    return unique.slice(first).reduce((sum, m) => sum + m.buffer.byteLength, 0);
  }, from);
  return round(bytes / MIB);
}

async function jsHeapMiB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = (await cdp.send("Runtime.getHeapUsage")) as { usedSize: number };
  await cdp.detach();
  return round(usedSize / MIB);
}

async function openPlayground(browser: BrowserContext, origin: string): Promise<{ page: Page; readyMs: number; bytes: number }> {
  const page = await browser.newPage();
  await page.addInitScript(recordWasmMemories);
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => window.nibPlayground !== undefined);
  const ready = await page.evaluate(() => window.nibPlayground!.ready);
  return { page, readyMs: ready.sinceNavigationMs, bytes: ready.bytes };
}

export async function benchBrowser(root: string, posts: readonly string[], rounds: number, coldStarts: number): Promise<BrowserResult> {
  const probeDir = await buildProbe(root);
  const server = await serveStatic(
    { "/": path.join(root, "build/web/playground/"), "/bench/": `${probeDir}/` },
    { csp: PLAYGROUND_CSP },
  );
  const browser = await launchChromium();
  try {
    const coldRuns: number[] = [];
    for (let i = 0; i < coldStarts; i += 1) {
      const { page, readyMs } = await openPlayground(browser, server.origin);
      coldRuns.push(round(readyMs));
      await page.close();
    }
    const { page, bytes } = await openPlayground(browser, server.origin);
    const timeChecks = (grammar: boolean) =>
      page.evaluate(({ texts, grammar, rounds }) => window.nibPlayground!.timeChecks(texts, { grammar }, rounds), { texts: [...posts], grammar, rounds });
    await timeChecks(true); // warm-up
    const full = await timeChecks(true);
    const spelling = await timeChecks(false);
    const heap = await jsHeapMiB(page);
    const nibWasm = await wasmMiB(page);
    const memoriesBeforeHarper = await page.evaluate(() => new Set(window.nibWasmMemories ?? []).size);

    await page.addScriptTag({ url: "/bench/probe.js", type: "module" });
    await page.waitForFunction(() => window.nibBenchProbe !== undefined);
    const harper = await page.evaluate(({ texts, rounds }) => window.nibBenchProbe!.harper(texts, rounds), { texts: [...posts], rounds });
    const harperWasm = await wasmMiB(page, memoriesBeforeHarper);
    const model = await page.evaluate(({ positions, runs }) => window.nibBenchProbe!.model(positions, runs), { positions: POSITIONS, runs: rounds * 30 });
    return {
      chromium: browser.browser()?.version() ?? "unknown",
      nib_cold_start_ms: { median_ms: latency(coldRuns).median_ms, runs_ms: coldRuns },
      nib_bytes_loaded: bytes,
      nib_full: latency(full),
      nib_spelling: latency(spelling),
      posts_per_second: { nib_full: throughput(full), nib_spelling: throughput(spelling), harper: throughput(harper.times) },
      nib_js_heap_mib: heap,
      nib_wasm_memory_mib: nibWasm,
      harper_cold_start_ms: round(harper.coldStartMs),
      harper: latency(harper.times),
      harper_problems_found: harper.problems,
      harper_wasm_memory_mib: harperWasm,
      model_per_run: latency(model),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
