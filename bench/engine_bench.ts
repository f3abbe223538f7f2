// Full-engine benchmark in Node: spelling plus the grammar model (core in WebAssembly,
// onnxruntime-web) and the tone model, on the social posts in bench/data/posts.jsonl; also what
// the tone reading adds to a check and what a rewrite costs.
//
// Usage: node build/js/bench/engine_bench.js
// Writes bench/results/engine-node.{json,md}. Each measurement runs in a child process of its own
// (--worker KIND) so that cold start and peak RSS are its own. Reports only: nothing here asserts
// a speed.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import type { Engine } from "../wasm/engine/src/engine.js";
import { createNodeEngine, defaultAssetsDir } from "../wasm/engine/src/node_assets.js";
import { latency, round, type Latency } from "./latency.js";

const SCRIPT = fileURLToPath(import.meta.url);
const ROOT = path.resolve(path.dirname(SCRIPT), "../../..");
const POSTS_FILE = path.join(ROOT, "bench/data/posts.jsonl");
const RESULTS_DIR = path.join(ROOT, "bench/results");
const ROUNDS = 3;
const COLD_STARTS = 3;

interface WorkerReport {
  cold_start_ms: number;
  per_post: Latency;
  per_sentence: Latency;
  model_share: number;
  mean_passes: number;
  peak_rss_mib: number;
  wasm_memory_mib: number;
  /** The tone model's share of each check (core timing.tone_ms), and a check without it. */
  tone_per_post: Latency;
  per_post_without_tone: Latency;
  /** A rewrite request (candidates, then the engine's check of each), over the five goals. */
  rewrite_per_post: Latency | null;
}

const REWRITE_POSTS = 60;
const GOALS = ["formal", "casual", "polite", "confident", "friendly"] as const;

function posts(): string[] {
  return readFileSync(POSTS_FILE, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

async function timeChecks(
  engine: Engine,
  texts: string[],
  grammar: boolean,
  tone = true,
): Promise<{ times: number[]; toneTimes: number[]; modelMs: number; totalMs: number; passes: number }> {
  const times: number[] = [];
  const toneTimes: number[] = [];
  let modelMs = 0;
  let totalMs = 0;
  let passes = 0;
  for (const text of texts) {
    // Every check runs the model afresh: the rounds repeat the same posts.
    engine.clearModelCache();
    const started = performance.now();
    const response = await engine.check(text, { grammar, tone });
    const took = performance.now() - started;
    times.push(took);
    if (response.timing.tone_ms !== undefined) toneTimes.push(response.timing.tone_ms);
    totalMs += took;
    modelMs += response.timing.model_ms ?? 0;
    passes += response.timing.passes ?? 0;
  }
  return { times, toneTimes, modelMs, totalMs, passes };
}

async function worker(kind: "full" | "spelling"): Promise<WorkerReport> {
  const started = performance.now();
  const engine = await createNodeEngine({ grammar: kind === "full" ? "auto" : "none" });
  const coldStart = performance.now() - started;
  const grammar = kind === "full";
  if (grammar && !engine.hasGrammarModel) throw new Error("no grammar model in build/assets/grammar");
  const texts = posts();
  const sentences: string[] = [];
  for (const text of texts) {
    for (const s of engine.checkSpelling(text).sentences) sentences.push(text.slice(s.start, s.end));
  }
  await timeChecks(engine, texts, grammar);
  const postTimes: number[] = [];
  const toneTimes: number[] = [];
  let modelMs = 0;
  let totalMs = 0;
  let passes = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    const r = await timeChecks(engine, texts, grammar);
    postTimes.push(...r.times);
    toneTimes.push(...r.toneTimes);
    modelMs += r.modelMs;
    totalMs += r.totalMs;
    passes += r.passes;
  }
  const sentenceTimes = (await timeChecks(engine, sentences, grammar)).times;
  const withoutTone = (await timeChecks(engine, texts, grammar, false)).times;
  let rewriteTimes: number[] | null = null;
  if (grammar) {
    rewriteTimes = [];
    for (const text of texts.slice(0, REWRITE_POSTS)) {
      for (const goal of GOALS) {
        const begun = performance.now();
        await engine.rewrite(text, goal);
        rewriteTimes.push(performance.now() - begun);
      }
    }
  }
  return {
    cold_start_ms: round(coldStart),
    per_post: latency(postTimes),
    per_sentence: latency(sentenceTimes),
    model_share: round(totalMs > 0 ? modelMs / totalMs : 0),
    mean_passes: round(passes / postTimes.length),
    peak_rss_mib: round(process.resourceUsage().maxRSS / 1024),
    wasm_memory_mib: round(engine.memoryBytes() / 2 ** 20),
    tone_per_post: latency(toneTimes),
    per_post_without_tone: latency(withoutTone),
    rewrite_per_post: rewriteTimes ? latency(rewriteTimes) : null,
  };
}

function runWorker(kind: "full" | "spelling"): WorkerReport {
  const output = execFileSync(process.execPath, [SCRIPT, "--worker", kind], { encoding: "utf8", maxBuffer: 1 << 26 });
  return JSON.parse(output) as WorkerReport;
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

function main(): void {
  const reports: Record<string, WorkerReport> = {};
  for (const kind of ["full", "spelling"] as const) {
    const runs = Array.from({ length: COLD_STARTS }, () => runWorker(kind));
    reports[kind] = { ...runs[0]!, cold_start_ms: median(runs.map((r) => r.cold_start_ms)) };
  }
  const modelFile = path.join(defaultAssetsDir(), "grammar", "model.onnx");
  const toneFile = path.join(defaultAssetsDir(), "tone", "tone.bin");
  const result = {
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? "?", node: process.version },
    posts: posts().length,
    model_mib: round(statSync(modelFile).size / 2 ** 20),
    tone_model_mib: round(statSync(toneFile).size / 2 ** 20),
    engines: reports,
  };
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(path.join(RESULTS_DIR, "engine-node.json"), JSON.stringify(result, null, 2) + "\n");
  const row = (name: string, r: WorkerReport) =>
    `| ${name} | ${r.cold_start_ms} | ${r.per_post.median_ms} / ${r.per_post.p95_ms} | ${r.per_sentence.median_ms} / ${r.per_sentence.p95_ms} | ${r.mean_passes} | ${Math.round(r.model_share * 100)}% | ${r.peak_rss_mib} | ${r.wasm_memory_mib} |`;
  const md = [
    `# Full engine in Node (${result.machine.cpu}, ${result.machine.cpus} cores, Node ${result.machine.node})`,
    "",
    `${result.posts} posts (bench/data/posts.jsonl), ${ROUNDS} rounds after a warm-up; model file ${result.model_mib} MiB.`,
    "",
    "| engine | cold start ms | per post ms (median / p95) | per sentence ms (median / p95) | model passes per post | time in the model | peak RSS MiB | WASM memory MiB |",
    "|---|---|---|---|---|---|---|---|",
    row("spelling + grammar model", reports.full!),
    row("spelling only", reports.spelling!),
    "",
    `Tone (model ${result.tone_model_mib} MiB, read in every check): the core's tone reading takes ` +
      `${reports.full!.tone_per_post.median_ms} / ${reports.full!.tone_per_post.p95_ms} ms per post (median / p95); ` +
      `a spelling-only check is ${reports.spelling!.per_post.median_ms} / ${reports.spelling!.per_post.p95_ms} ms with it, ` +
      `${reports.spelling!.per_post_without_tone.median_ms} / ${reports.spelling!.per_post_without_tone.p95_ms} ms without. ` +
      `A rewrite (candidates ranked by the tone model, each checked with spelling and the grammar model; ` +
      `${REWRITE_POSTS} posts x 5 goals): ${reports.full!.rewrite_per_post?.median_ms} / ${reports.full!.rewrite_per_post?.p95_ms} ms.`,
    "",
  ].join("\n");
  writeFileSync(path.join(RESULTS_DIR, "engine-node.md"), md);
  process.stdout.write(md);
}

const workerIndex = process.argv.indexOf("--worker");
if (workerIndex >= 0) {
  const kind = process.argv[workerIndex + 1] as "full" | "spelling";
  process.stdout.write(JSON.stringify(await worker(kind)));
} else {
  main();
}
