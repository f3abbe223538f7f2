// Grammar-model benchmark in Node with onnxruntime-web's WebAssembly backend (SIMD, one thread),
// as the extension will run it: cold start, latency per sentence (batch 1), and how far the int8
// model's outputs are from the float model's (and from torch's, given export_onnx's fixture).
//
// Usage: node build/js/bench/model_latency.js --model PATH [--fp32 PATH] [--fixture JSON]
//          [--vocab N] [--suffix-buckets N] [--case-classes N] [--out PREFIX]
//   Ids are drawn below --vocab/--suffix-buckets/--case-classes (defaults: the planned sizes).
//   Writes PREFIX.{json,md} (default bench/results/model-latency). Cold start runs in fresh
//   child processes (--worker MODEL); nothing here asserts a speed.
import { execFileSync } from "node:child_process";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

import type * as Ort from "onnxruntime-web";

const SCRIPT = fileURLToPath(import.meta.url);
/** The repository root, from build/js/bench/model_latency.js. */
const ROOT = path.resolve(path.dirname(SCRIPT), "../../..");

const LENGTHS = [16, 32, 64] as const;
/** Unmeasured runs per length, all lengths before any is measured. */
const WARMUP_RUNS = 20;
const MEASURED_RUNS = 200;
const COLD_STARTS = 3;
/** Sentences per input kind in the int8-vs-fp32 comparison. */
const COMPARED_SENTENCES = 100;
const INPUT_NAMES = ["word_ids", "suffix_ids", "case_ids", "mask"] as const;
const PROB_NAMES = ["tag_prob", "keep_prob", "error_prob"] as const;

interface Sizes {
  vocab: number;
  suffixBuckets: number;
  caseClasses: number;
}

/** One batch: ids row-major [batch, positions]; mask 0 marks padding. */
interface Batch {
  shape: [number, number];
  inputs: Record<(typeof INPUT_NAMES)[number], number[]>;
}

interface Outputs {
  tag_index: number[];
  tag_prob: number[];
  keep_prob: number[];
  error_prob: number[];
}

interface Latency {
  median_ms: number;
  p95_ms: number;
  samples: number;
}

interface Agreement {
  positions: number;
  /** Largest |difference| over tag_prob, keep_prob and error_prob. */
  max_abs_prob_diff: number;
  tag_index_changed_pct: number;
}

interface ModelBench {
  path: string;
  size_mib: number;
  cold: { import_ms: number; create_ms: number; first_run_ms: number };
  latency: Record<string, Latency>;
  vs_torch?: Agreement;
}

// ---------- onnxruntime-web in Node

/**
 * The package's "node" export condition gives dist/ort.node.min.mjs, which finds
 * ort-wasm-simd-threaded.{mjs,wasm} next to itself: no wasmPaths needed in Node.
 * One thread (no worker threads or SharedArrayBuffer), SIMD (the only build shipped).
 */
async function loadOrt(): Promise<typeof Ort> {
  const ort = await import("onnxruntime-web");
  ort.env.wasm.numThreads = 1;
  ort.env.wasm.simd = true;
  ort.env.logLevel = "error";
  return ort;
}

function openSession(ort: typeof Ort, model: string): Promise<Ort.InferenceSession> {
  return ort.InferenceSession.create(readFileSync(model), {
    executionProviders: ["wasm"],
    graphOptimizationLevel: "all",
  });
}

async function run(ort: typeof Ort, session: Ort.InferenceSession, batch: Batch): Promise<Outputs> {
  const feeds: Record<string, Ort.Tensor> = {};
  for (const name of INPUT_NAMES) {
    feeds[name] = new ort.Tensor("int64", BigInt64Array.from(batch.inputs[name], BigInt), batch.shape);
  }
  const result = await session.run(feeds);
  const floats = (name: string): number[] => Array.from(result[name]!.data as Float32Array);
  return {
    tag_index: Array.from(result["tag_index"]!.data as BigInt64Array, Number),
    tag_prob: floats("tag_prob"),
    keep_prob: floats("keep_prob"),
    error_prob: floats("error_prob"),
  };
}

// ---------- inputs

/** mulberry32: a small seeded generator, so that every run sees the same sentences. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Uniform ids: the whole of every table. */
function uniformSentence(sizes: Sizes, length: number, next: () => number): Batch {
  const draw = (n: number) => Array.from({ length }, () => Math.floor(next() * n));
  return {
    shape: [1, length],
    inputs: {
      word_ids: draw(sizes.vocab),
      suffix_ids: draw(sizes.suffixBuckets),
      case_ids: draw(sizes.caseClasses),
      mask: new Array<number>(length).fill(1),
    },
  };
}

/**
 * Text-like ids: a start marker, then Zipf-distributed words (low ids are frequent, as in a
 * frequency-ordered vocabulary), each word with a fixed suffix bucket, mostly lower case.
 */
function plausibleSentence(sizes: Sizes, length: number, next: () => number): Batch {
  const words = [1];
  // Log-uniform over 3..vocab-1, i.e. Zipf's 1/rank (ids 0-2 left for padding and markers).
  while (words.length < length) words.push(2 + Math.floor(Math.exp(next() * Math.log(sizes.vocab - 2))));
  const cases = words.map((_, i) => (i === 1 || next() < 0.08 ? 1 : next() < 0.03 ? 2 : 0));
  return {
    shape: [1, length],
    inputs: {
      word_ids: words,
      suffix_ids: words.map((w) => (Math.imul(w, 2654435761) >>> 0) % sizes.suffixBuckets),
      case_ids: cases.map((c) => Math.min(c, sizes.caseClasses - 1)),
      mask: new Array<number>(length).fill(1),
    },
  };
}

function sentences(kind: "uniform" | "plausible", sizes: Sizes, seed: number): Batch[] {
  const next = random(seed);
  const make = kind === "uniform" ? uniformSentence : plausibleSentence;
  return Array.from({ length: COMPARED_SENTENCES }, () => make(sizes, 4 + Math.floor(next() * 61), next));
}

// ---------- measurements

function latency(samples: readonly number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median_ms: at(0.5), p95_ms: at(0.95), samples: sorted.length };
}

/** Per sentence, as the engine sees it: making the tensors, running, reading the outputs. */
async function measureLatency(
  ort: typeof Ort,
  session: Ort.InferenceSession,
  sizes: Sizes,
): Promise<Record<string, Latency>> {
  const pools = LENGTHS.map((length) => {
    const next = random(length);
    return Array.from({ length: 10 }, () => plausibleSentence(sizes, length, next));
  });
  // Every length warms up first: V8 optimizes WebAssembly functions lazily, in the background.
  for (const pool of pools) for (let i = 0; i < WARMUP_RUNS; i++) await run(ort, session, pool[i % pool.length]!);
  const result: Record<string, Latency> = {};
  for (const [index, length] of LENGTHS.entries()) {
    const pool = pools[index]!;
    const samples: number[] = [];
    for (let i = 0; i < MEASURED_RUNS; i++) {
      const start = performance.now();
      await run(ort, session, pool[i % pool.length]!);
      samples.push(performance.now() - start);
    }
    result[`positions_${length}`] = latency(samples);
  }
  return result;
}

/** Compares outputs at real (mask 1) positions. */
function agreement(batches: readonly Batch[], got: readonly Outputs[], want: readonly Outputs[]): Agreement {
  let positions = 0;
  let changed = 0;
  let maxDiff = 0;
  batches.forEach((batch, b) => {
    batch.inputs.mask.forEach((real, i) => {
      if (!real) return;
      positions++;
      if (got[b]!.tag_index[i] !== want[b]!.tag_index[i]) changed++;
      for (const name of PROB_NAMES) maxDiff = Math.max(maxDiff, Math.abs(got[b]![name][i]! - want[b]![name][i]!));
    });
  });
  return { positions, max_abs_prob_diff: maxDiff, tag_index_changed_pct: (100 * changed) / positions };
}

async function runAll(ort: typeof Ort, session: Ort.InferenceSession, batches: readonly Batch[]): Promise<Outputs[]> {
  const outputs: Outputs[] = [];
  for (const batch of batches) outputs.push(await run(ort, session, batch));
  return outputs;
}

/** export_onnx's fixture: batch 1 at 16 and 64 positions, and a padded batch of 3. */
function readFixture(file: string): { batches: Batch[]; torch: Outputs[] } {
  const cases = (JSON.parse(readFileSync(file, "utf8")) as { cases: (Batch & { outputs: Outputs })[] }).cases;
  return { batches: cases, torch: cases.map((c) => c.outputs) };
}

async function coldWorker(model: string): Promise<ModelBench["cold"]> {
  const t0 = performance.now();
  const ort = await loadOrt();
  const t1 = performance.now();
  const session = await openSession(ort, model);
  const t2 = performance.now();
  await run(ort, session, uniformSentence(SIZES, 16, random(1)));
  return { import_ms: t1 - t0, create_ms: t2 - t1, first_run_ms: performance.now() - t2 };
}

function coldStart(model: string): ModelBench["cold"] {
  const runs = Array.from({ length: COLD_STARTS }, () => {
    const stdout = execFileSync(process.execPath, [SCRIPT, ...process.argv.slice(2), "--worker", model], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    });
    return JSON.parse(stdout) as ModelBench["cold"];
  });
  const median = (key: keyof ModelBench["cold"]) => latency(runs.map((r) => r[key])).median_ms;
  return { import_ms: median("import_ms"), create_ms: median("create_ms"), first_run_ms: median("first_run_ms") };
}

async function benchModel(
  ort: typeof Ort,
  model: string,
  fixture: ReturnType<typeof readFixture> | undefined,
): Promise<{ bench: ModelBench; session: Ort.InferenceSession }> {
  process.stderr.write(`model_latency: ${model}\n`);
  const cold = coldStart(model);
  const session = await openSession(ort, model);
  const bench: ModelBench = {
    path: path.relative(ROOT, path.resolve(model)),
    size_mib: statSync(model).size / 2 ** 20,
    cold,
    latency: await measureLatency(ort, session, SIZES),
  };
  if (fixture) bench.vs_torch = agreement(fixture.batches, await runAll(ort, session, fixture.batches), fixture.torch);
  return { bench, session };
}

// ---------- report

function machine(): Record<string, string | number> {
  return {
    cpu: os.cpus()[0]?.model ?? "unknown",
    cores: os.cpus().length,
    node: process.version,
    date: new Date().toISOString(),
    load_average_1m: os.loadavg()[0] ?? 0,
  };
}

function markdown(report: {
  machine: Record<string, string | number>;
  models: ModelBench[];
  int8_vs_fp32?: Record<string, Agreement>;
}): string {
  const ms = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(1));
  const row = (cells: readonly string[]) => `| ${cells.join(" | ")} |\n`;
  const head = (cells: readonly string[]) => row(cells) + row(cells.map(() => "---"));
  const perModel = (label: string, cell: (b: ModelBench) => string) => row([label, ...report.models.map(cell)]);
  const m = report.machine;
  const load = Number(m["load_average_1m"]).toFixed(1);
  let md = `# Grammar model in onnxruntime-web (WASM, SIMD, 1 thread)\n\n`;
  md += `Node ${m["node"]} on ${m["cpu"]} (${m["cores"]} cores, load average ${load} at start), `;
  md += `${String(m["date"]).slice(0, 10)}.\n\n`;
  md += head(["", ...report.models.map((b) => `\`${path.basename(b.path)}\``)]);
  md += perModel("File size", (b) => `${b.size_mib.toFixed(1)} MiB`);
  md += perModel(
    "Cold: import / create session / first run (ms)",
    (b) => `${ms(b.cold.import_ms)} / ${ms(b.cold.create_ms)} / ${ms(b.cold.first_run_ms)}`,
  );
  for (const length of LENGTHS) {
    md += perModel(`${length} positions, median / p95 (ms)`, (b) => {
      const l = b.latency[`positions_${length}`]!;
      return `${ms(l.median_ms)} / ${ms(l.p95_ms)}`;
    });
  }
  if (report.models.some((b) => b.vs_torch)) {
    md += perModel("vs torch: max prob diff / tags changed", (b) =>
      b.vs_torch
        ? `${b.vs_torch.max_abs_prob_diff.toExponential(1)} / ${b.vs_torch.tag_index_changed_pct.toFixed(2)}%`
        : "–",
    );
  }
  md += `\nLatency: batch 1, all positions real, ${MEASURED_RUNS} runs after ${WARMUP_RUNS} warm-up runs at each `;
  md += `length, tensor creation and output reads included. Cold start: median of ${COLD_STARTS} fresh processes.\n`;
  if (report.int8_vs_fp32) {
    md += `\n${head(["int8 vs fp32 (real positions)", "positions", "max abs prob diff", "tag_index changed"])}`;
    for (const [kind, a] of Object.entries(report.int8_vs_fp32)) {
      const changed = `${a.tag_index_changed_pct.toFixed(2)}%`;
      md += row([kind, String(a.positions), a.max_abs_prob_diff.toFixed(4), changed]);
    }
  }
  return md;
}

// ---------- main

const { values: args } = parseArgs({
  options: {
    model: { type: "string" },
    fp32: { type: "string" },
    fixture: { type: "string" },
    vocab: { type: "string", default: "24000" },
    "suffix-buckets": { type: "string", default: "4096" },
    "case-classes": { type: "string", default: "4" },
    out: { type: "string", default: path.join(ROOT, "bench/results/model-latency") },
    worker: { type: "string" },
  },
});
const SIZES: Sizes = {
  vocab: Number(args.vocab),
  suffixBuckets: Number(args["suffix-buckets"]),
  caseClasses: Number(args["case-classes"]),
};

if (args.worker) {
  process.stdout.write(JSON.stringify(await coldWorker(args.worker)));
} else {
  if (!args.model) throw new Error("usage: model_latency.js --model PATH [--fp32 PATH] [--fixture JSON]");
  const report: Parameters<typeof markdown>[0] = { machine: machine(), models: [] };
  const ort = await loadOrt();
  const fixture = args.fixture ? readFixture(args.fixture) : undefined;
  const model = await benchModel(ort, args.model, fixture);
  report.models.push(model.bench);
  if (args.fp32) {
    const fp32 = await benchModel(ort, args.fp32, fixture);
    report.models.push(fp32.bench);
    report.int8_vs_fp32 = {};
    for (const [seed, kind] of [
      [1, "uniform"],
      [2, "plausible"],
    ] as const) {
      const batches = sentences(kind, SIZES, seed);
      report.int8_vs_fp32[`${kind} ids, ${COMPARED_SENTENCES} sentences of 4–64`] = agreement(
        batches,
        await runAll(ort, model.session, batches),
        await runAll(ort, fp32.session, batches),
      );
    }
  }
  writeFileSync(`${args.out}.json`, JSON.stringify(report, null, 2) + "\n");
  writeFileSync(`${args.out}.md`, markdown(report));
  process.stdout.write(markdown(report));
}
