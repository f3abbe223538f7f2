// The benchmark, one command: `npm run bench` (node build/js/bench/suite/run.js [--smoke]).
// Nib (spelling only; full engine) and Harper in Node, each in processes of its own; the
// playground page in headless Chromium with Harper in the same page; the re-check after a
// one-letter edit; sizes; the model's FLOPs and the GFLOP/s onnxruntime-web achieves. Prints the
// tables and writes bench/results/bench.{json,md} (a smoke run: build/bench/smoke.*). Reports
// only: nothing here asserts a speed.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

import { latency } from "../latency.js";
import { benchBrowser } from "./browser.js";
import { NODE_SYSTEMS } from "./node_systems.js";
import type { NodeResult } from "./node_worker.js";
import { readPosts, tweetLength } from "./posts.js";
import { markdown, type BenchReport } from "./report.js";
import { measureSizes } from "./sizes.js";
import { POSITIONS } from "./model_feeds.js";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "../../../..");

const { values } = parseArgs({ options: { smoke: { type: "boolean", default: false } } });
const smoke = values.smoke;
const rounds = smoke ? 1 : 3;
const coldStarts = smoke ? 1 : 3;
const postLimit = smoke ? 20 : undefined;
const posts = readPosts(ROOT).slice(0, postLimit);

function worker<T>(system: string, extra: string[] = []): T {
  process.stderr.write(`bench: ${system} ${extra.join(" ")}\n`);
  const out = execFileSync(process.execPath, [path.join(HERE, "node_worker.js"), system, ...extra], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 16 * 2 ** 20,
  });
  return JSON.parse(out) as T;
}

function flopsPerSentence(): number {
  const out = execFileSync("/usr/bin/python3", [path.join(ROOT, "bench/model_flops.py"), "--positions", String(POSITIONS)], { encoding: "utf8" });
  return (JSON.parse(out) as { flops: number }).flops;
}

const machine = {
  cpu: os.cpus()[0]?.model ?? "unknown",
  cores: os.cpus().length,
  os: `${os.type()} ${os.release()}`,
  node: process.version,
  date: new Date().toISOString(),
  load_average_1m: os.loadavg()[0] ?? 0,
};

const results: BenchReport["node"]["results"] = {};
const limit = postLimit === undefined ? [] : ["--posts", String(postLimit)];
for (const system of NODE_SYSTEMS) {
  const colds = Array.from({ length: coldStarts }, () => worker<{ cold_start_ms: number }>(system, ["--cold-only"]).cold_start_ms);
  const run = worker<NodeResult>(system, ["--rounds", String(rounds), ...limit]);
  results[system] = { ...run, cold_start_ms: latency(colds).median_ms, cold_start_runs_ms: colds };
}
process.stderr.write("bench: Chromium (playground page)\n");
const browser = await benchBrowser(ROOT, posts, rounds, coldStarts);
const report: BenchReport = {
  machine,
  posts: posts.length,
  tweet_length_posts: tweetLength(posts).length,
  rounds,
  smoke,
  node: { cold_start_runs: coldStarts, results },
  browser,
  sizes: measureSizes(ROOT),
  model: {
    flops_per_sentence: flopsPerSentence(),
    positions: POSITIONS,
    node_ms: results["nib-full"]!.model!.per_run,
    chromium_ms: browser.model_per_run,
  },
};

const out = smoke ? path.join(ROOT, "build/bench/smoke") : path.join(ROOT, "bench/results/bench");
mkdirSync(path.dirname(out), { recursive: true });
const text = markdown(report);
writeFileSync(`${out}.json`, `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(`${out}.md`, text);
process.stdout.write(text);
process.stderr.write(`bench: wrote ${path.relative(ROOT, out)}.{json,md}\n`);
