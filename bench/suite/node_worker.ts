// One system in a Node process of its own (so that cold start and peak RSS are its own), started
// by run.ts: `node node_worker.js SYSTEM [--rounds N] [--cold-only]`. Prints one JSON object.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

import { latency, round, type Latency } from "../latency.js";
import { NODE_SYSTEMS, openSystem, type NodeSystem } from "./node_systems.js";
import { oneLetterEdit, readPosts, tweetLength } from "./posts.js";
import { timeModel, type ModelTiming } from "./model_timing.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");

export interface NodeResult {
  system: NodeSystem;
  cold_start_ms: number;
  first_check_ms: number;
  per_post: Latency;
  posts_per_second: number;
  problems_found: number;
  peak_rss_mib: number;
  wasm_memory_mib: number | null;
  /** After a one-letter edit of a checked 280-character post (the rest of it cached). */
  incremental: Latency | null;
  /** The same edited posts checked with nothing cached. */
  from_scratch: Latency | null;
  model: ModelTiming | null;
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { rounds: { type: "string", default: "3" }, "cold-only": { type: "boolean", default: false }, posts: { type: "string" } },
});
const system = positionals[0] as NodeSystem;
if (!NODE_SYSTEMS.includes(system)) throw new Error(`unknown system ${system}: one of ${NODE_SYSTEMS.join(", ")}`);

const started = performance.now();
const checker = await openSystem(system);
const coldStart = performance.now() - started;
if (values["cold-only"]) {
  process.stdout.write(JSON.stringify({ cold_start_ms: round(coldStart) }));
  process.exit(0);
}

const posts = readPosts(ROOT).slice(0, values.posts ? Number(values.posts) : undefined);
const rounds = Number(values.rounds);
// Round 0 warms up (and counts problems); every round's texts are new to every cache.
const times: number[] = [];
let firstCheck = Number.NaN;
let problems = 0;
for (let r = 0; r <= rounds; r += 1) {
  for (const post of posts) {
    checker.forget();
    const begun = performance.now();
    const found = await checker.check(`${post} #${r}`);
    const took = performance.now() - begun;
    if (r > 0) times.push(took);
    else {
      if (Number.isNaN(firstCheck)) firstCheck = took;
      problems += found;
    }
  }
}

// Incremental: check a post, type one letter into it, check again (what happens while typing).
let incremental: Latency | null = null;
let fromScratch: Latency | null = null;
if (system !== "nib-spelling") {
  const edited: number[] = [];
  const scratch: number[] = [];
  for (const post of tweetLength(posts)) {
    const changed = oneLetterEdit(post);
    // From scratch first: nothing cached, and the text before it was another post.
    checker.forget();
    let begun = performance.now();
    await checker.check(changed);
    scratch.push(performance.now() - begun);
    // Then as while typing: the post checked, one letter typed, checked again (a trailing space
    // keeps the text new to a whole-text cache; it changes no sentence).
    checker.forget();
    await checker.check(post);
    begun = performance.now();
    await checker.check(`${changed} `);
    edited.push(performance.now() - begun);
  }
  incremental = latency(edited);
  fromScratch = latency(scratch);
}

const totalSeconds = times.reduce((a, b) => a + b, 0) / 1000;
const result: NodeResult = {
  system,
  cold_start_ms: round(coldStart),
  first_check_ms: round(firstCheck),
  per_post: latency(times),
  posts_per_second: round(times.length / totalSeconds),
  problems_found: problems,
  peak_rss_mib: round(process.resourceUsage().maxRSS / 1024),
  wasm_memory_mib: checker.wasmBytes() === null ? null : round(checker.wasmBytes()! / 2 ** 20),
  incremental,
  from_scratch: fromScratch,
  model: system === "nib-full" ? await timeModel(path.join(ROOT, "build/assets/grammar/model.onnx"), rounds * 30) : null,
};
process.stdout.write(JSON.stringify(result));
