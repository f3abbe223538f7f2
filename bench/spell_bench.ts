// Spelling benchmark in Node: Nib's engine against Harper (harper.js) on the same social posts,
// and Nib's suggestion generator against Hunspell's own suggest on real learner misspellings.
//
// Usage: node build/js/bench/spell_bench.js [--data DIR]
//   DIR holds gec/neuspell_misspellings.tsv (default: ../shared/data from the repository root);
//   without it the suggestion part is skipped. Writes bench/results/spell-node.{json,md}.
//
// Every tool runs in a child process of its own (--worker KIND), so that its peak RSS is its
// own and no tool runs on code another one warmed; children print one JSON object on stdout.
// The numbers are reports, not pass/fail criteria: nothing here asserts a speed.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

import type { Dialect } from "../wasm/engine/src/types.js";
import { lintPost } from "./harper_lint.js";

const SCRIPT = fileURLToPath(import.meta.url);
/** The repository root, from build/js/bench/spell_bench.js. */
const ROOT = path.resolve(path.dirname(SCRIPT), "../../..");
const POSTS_FILE = path.join(ROOT, "bench/data/posts.jsonl");
const RESULTS_DIR = path.join(ROOT, "bench/results");
const PAIRS_PATH = "gec/neuspell_misspellings.tsv";

/** Measured passes over all posts, after one unmeasured warm-up pass. */
const ROUNDS = 3;
/** Fresh processes per cold-start figure; the median is reported. */
const COLD_STARTS = 3;
/** Replacements asked per word: the API's default; accuracy looks at the first three. */
const MAX_SUGGESTIONS = 5;
/** Misspellings suggested once, unmeasured, before timing (V8 tiers WebAssembly up lazily). */
const SUGGEST_WARMUP = 20;
/** "280-character posts": a post of about a tweet's length, in code points as a reader counts. */
const SHORT_POST = { min: 240, max: 300 };

const CHECKERS = ["nib", "nib-en-US", "harper", "harper-spelling"] as const;
type CheckerKind = (typeof CHECKERS)[number];
type WorkerKind = CheckerKind | "suggest" | "baseline";

interface Post {
  id: number;
  text: string;
}

interface Pair {
  typed: string;
  correct: string;
}

interface Latency {
  median_ms: number;
  p95_ms: number;
  samples: number;
}

/** One tool's checking of posts, as a worker reports it. */
interface CheckBench {
  posts: number;
  posts_280: number;
  rounds: number;
  first_check_ms: number;
  per_post: Latency;
  per_post_280: Latency;
  posts_per_second: number;
  /** Problems reported on the posts (warm-up pass: each post once). */
  flags: number;
  peak_rss_mib: number;
  wasm_memory_mib: number | null;
}

interface SuggesterBench {
  core: Latency;
  wall: Latency;
  top1_hits: number;
  top3_hits: number;
  top1: number;
  top3: number;
}

interface Miss {
  typed: string;
  correct: string;
  nib: string[];
  hunspell: string[];
}

interface SuggestBench {
  pairs_total: number;
  /** Pairs judged (occurrences, as in the file: frequent misspellings weigh more). */
  pairs_used: number;
  distinct_pairs_used: number;
  left_out_correction_rejected: number;
  left_out_typed_accepted: number;
  /** Distinct misspellings Hunspell rejects: the words timed. */
  words_timed: number;
  nib: SuggesterBench;
  hunspell: SuggesterBench;
  /** Distinct pairs where Hunspell's first suggestion is right and Nib's is not. */
  nib_worse: Miss[];
  /** Distinct pairs where Nib's first suggestion is right and Hunspell's is not. */
  hunspell_worse: Miss[];
  /** Every distinct pair where Nib's first suggestion is wrong: what to look at to improve it. */
  nib_misses: Miss[];
}

interface ColdStart {
  median_ms: number;
  runs_ms: number[];
}

interface Report {
  /** load_average_1m: other work on the machine when the run began (it skews every number). */
  machine: { cpu: string; cores: number; os: string; node: string; date: string; load_average_1m: number };
  node_baseline_rss_mib: number;
  cold_start: { nib_all_dialects: ColdStart; nib_en_us: ColdStart; harper: ColdStart };
  checks: { nib: CheckBench; harper: CheckBench; harper_spelling: CheckBench };
  suggestions: SuggestBench | { skipped: string };
}

// ---------- statistics

/** Linear interpolation between closest ranks. */
function quantile(sorted: readonly number[], q: number): number {
  const at = q * (sorted.length - 1);
  const low = sorted[Math.floor(at)]!;
  const high = sorted[Math.ceil(at)]!;
  return low + (high - low) * (at - Math.floor(at));
}

function latency(samples: readonly number[]): Latency {
  if (samples.length === 0) throw new Error("no samples to summarize");
  const sorted = [...samples].sort((a, b) => a - b);
  return { median_ms: quantile(sorted, 0.5), p95_ms: quantile(sorted, 0.95), samples: sorted.length };
}

function peakRssMib(): number {
  return process.resourceUsage().maxRSS / 1024; // maxRSS is in KiB
}

// ---------- inputs

function readPosts(): Post[] {
  return readFileSync(POSTS_FILE, "utf8")
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as Post);
}

function isShortPost(post: Post): boolean {
  const length = [...post.text].length;
  return length >= SHORT_POST.min && length <= SHORT_POST.max;
}

function readPairs(file: string): Pair[] {
  const pairs: Pair[] = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const [typed, correct] = line.replace(/\r$/, "").split("\t");
    if (typed && correct) pairs.push({ typed, correct });
  }
  return pairs;
}

// ---------- checkers: one interface over Nib and Harper

interface Checker {
  /** Checks a text and reads every problem with its replacements; answers how many it found. */
  check(text: string): Promise<number>;
  wasmMemoryBytes(): number | null;
}

/** Imports the engine here, not at the top, so that cold start includes loading its code. */
async function openNib(dialects?: readonly Dialect[]): Promise<Checker> {
  const { createNodeEngine } = await import("../wasm/engine/src/node_assets.js");
  const engine = await createNodeEngine(dialects ? { dialects } : {});
  let checks = 0;
  return {
    // The core caches replacements per word until the personal words change; a new (unused)
    // personal word per check makes every check compute its replacements, as for a new post.
    check: async (text) => {
      checks += 1;
      return engine.checkSpelling(text, { personalWords: [`nibbench${checks}`] }).suggestions.length;
    },
    wasmMemoryBytes: () => engine.memoryBytes(),
  };
}

/** Harper's LocalLinter with its default rules, or with only its spell checker. */
async function openHarper(spellingOnly: boolean): Promise<Checker> {
  const { Dialect: HarperDialect, LocalLinter } = await import("harper.js");
  const { binary } = await import("harper.js/binary");
  const linter = new LocalLinter({ binary, dialect: HarperDialect.American });
  await linter.setup(); // compiles the module and builds the curated dictionary
  if (spellingOnly) {
    const config = await linter.getLintConfig();
    for (const rule of Object.keys(config)) config[rule] = rule === "SpellCheck";
    await linter.setLintConfig(config);
  }
  return {
    check: (text) => lintPost(linter, text),
    wasmMemoryBytes: () => null,
  };
}

function openChecker(kind: CheckerKind): Promise<Checker> {
  switch (kind) {
    case "nib":
      return openNib();
    case "nib-en-US":
      return openNib(["en-US"]);
    case "harper":
      return openHarper(false);
    case "harper-spelling":
      return openHarper(true);
  }
}

// ---------- workers

async function coldStartWorker(kind: CheckerKind): Promise<{ cold_start_ms: number }> {
  const started = performance.now();
  await openChecker(kind);
  return { cold_start_ms: performance.now() - started };
}

/**
 * Checks every post once unmeasured (warm-up), then ROUNDS times measured. Each pass appends its
 * own suffix, so no text repeats and no result cache (Harper keeps one) answers a check.
 */
async function checkWorker(kind: CheckerKind): Promise<CheckBench> {
  const posts = readPosts();
  const checker = await openChecker(kind);
  const all: number[] = [];
  const short: number[] = [];
  let firstCheckMs = Number.NaN;
  let flags = 0;
  let measuredMs = 0;
  for (let round = 0; round <= ROUNDS; round += 1) {
    const roundStarted = performance.now();
    for (const post of posts) {
      const started = performance.now();
      const found = await checker.check(`${post.text} #${round}`);
      const ms = performance.now() - started;
      if (round === 0) {
        if (Number.isNaN(firstCheckMs)) firstCheckMs = ms;
        flags += found;
        continue;
      }
      all.push(ms);
      if (isShortPost(post)) short.push(ms);
    }
    if (round > 0) measuredMs += performance.now() - roundStarted;
  }
  const wasmBytes = checker.wasmMemoryBytes();
  return {
    posts: posts.length,
    posts_280: posts.filter(isShortPost).length,
    rounds: ROUNDS,
    first_check_ms: firstCheckMs,
    per_post: latency(all),
    per_post_280: latency(short),
    posts_per_second: all.length / (measuredMs / 1000),
    flags,
    peak_rss_mib: peakRssMib(),
    wasm_memory_mib: wasmBytes === null ? null : wasmBytes / 2 ** 20,
  };
}

interface Suggested {
  lists: Map<string, string[]>;
  coreMs: number[];
  wallMs: number[];
}

function topHit(list: readonly string[] | undefined, correct: string, k: number): boolean {
  const wanted = correct.toLowerCase();
  return (list ?? []).slice(0, k).some((word) => word.toLowerCase() === wanted);
}

function scoreSuggester(run: Suggested, pairs: readonly Pair[]): SuggesterBench {
  const top1 = pairs.filter((p) => topHit(run.lists.get(p.typed), p.correct, 1)).length;
  const top3 = pairs.filter((p) => topHit(run.lists.get(p.typed), p.correct, 3)).length;
  return {
    core: latency(run.coreMs),
    wall: latency(run.wallMs),
    top1_hits: top1,
    top3_hits: top3,
    top1: top1 / pairs.length,
    top3: top3 / pairs.length,
  };
}

function distinctPairs(pairs: readonly Pair[]): Pair[] {
  const seen = new Map<string, Pair>();
  for (const pair of pairs) seen.set(`${pair.typed}\t${pair.correct}`, pair);
  return [...seen.values()];
}

/** Distinct pairs that the first tool gets right at top-1 and the second does not. */
function betterAtTop1(pairs: readonly Pair[], right: Suggested, wrong: Suggested): Pair[] {
  return distinctPairs(pairs).filter(
    (p) => topHit(right.lists.get(p.typed), p.correct, 1) && !topHit(wrong.lists.get(p.typed), p.correct, 1),
  );
}

async function suggestWorker(pairsFile: string): Promise<SuggestBench> {
  const { createNodeEngine } = await import("../wasm/engine/src/node_assets.js");
  const engine = await createNodeEngine({ dialects: ["en-US"] });
  const pairs = readPairs(pairsFile);

  // `accepted` is the dictionary's verdict whichever algorithm is asked; Nib's is the cheap one.
  const verdicts = new Map<string, boolean>();
  const accepts = (word: string): boolean => {
    let verdict = verdicts.get(word);
    if (verdict === undefined) {
      verdict = engine.suggestWord(word, { max: 1 }).accepted;
      verdicts.set(word, verdict);
    }
    return verdict;
  };
  const correctionRejected = pairs.filter((p) => !accepts(p.correct));
  const typedAccepted = pairs.filter((p) => accepts(p.correct) && accepts(p.typed));
  const used = pairs.filter((p) => accepts(p.correct) && !accepts(p.typed));
  const words = [...new Set(pairs.map((p) => p.typed))].filter((word) => !accepts(word));

  const suggestAll = (algorithm: "nib" | "hunspell"): Suggested => {
    for (const word of words.slice(0, SUGGEST_WARMUP)) engine.suggestWord(word, { algorithm, max: MAX_SUGGESTIONS });
    const run: Suggested = { lists: new Map(), coreMs: [], wallMs: [] };
    for (const word of words) {
      const started = performance.now();
      const answer = engine.suggestWord(word, { algorithm, max: MAX_SUGGESTIONS });
      run.wallMs.push(performance.now() - started);
      run.coreMs.push(answer.timing.total_ms);
      run.lists.set(word, answer.suggestions);
    }
    return run;
  };
  const nib = suggestAll("nib");
  const hunspell = suggestAll("hunspell");
  const withLists = (pair: Pair): Miss => ({
    ...pair,
    nib: nib.lists.get(pair.typed) ?? [],
    hunspell: hunspell.lists.get(pair.typed) ?? [],
  });
  return {
    pairs_total: pairs.length,
    pairs_used: used.length,
    distinct_pairs_used: distinctPairs(used).length,
    left_out_correction_rejected: correctionRejected.length,
    left_out_typed_accepted: typedAccepted.length,
    words_timed: words.length,
    nib: scoreSuggester(nib, used),
    hunspell: scoreSuggester(hunspell, used),
    nib_worse: betterAtTop1(used, hunspell, nib).map(withLists),
    hunspell_worse: betterAtTop1(used, nib, hunspell).map(withLists),
    nib_misses: distinctPairs(used)
      .filter((p) => !topHit(nib.lists.get(p.typed), p.correct, 1))
      .map(withLists),
  };
}

async function runWorker(kind: WorkerKind, coldStart: boolean, dataDir: string): Promise<unknown> {
  if (kind === "baseline") return { peak_rss_mib: peakRssMib() };
  if (kind === "suggest") return suggestWorker(path.join(dataDir, PAIRS_PATH));
  return coldStart ? coldStartWorker(kind) : checkWorker(kind);
}

// ---------- the parent: runs the workers one after another (they must not share the CPU)

function spawnWorker<T>(kind: WorkerKind, extra: string[] = []): T {
  process.stderr.write(`spell_bench: ${kind} ${extra.join(" ")}\n`);
  const stdout = execFileSync(process.execPath, [SCRIPT, "--worker", kind, ...extra], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 64 * 2 ** 20,
  });
  return JSON.parse(stdout) as T;
}

function coldStart(kind: CheckerKind): ColdStart {
  const runs = Array.from(
    { length: COLD_STARTS },
    () => spawnWorker<{ cold_start_ms: number }>(kind, ["--cold-start"]).cold_start_ms,
  );
  return { median_ms: latency(runs).median_ms, runs_ms: runs };
}

function machine(): Report["machine"] {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? "unknown",
    cores: cpus.length,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    date: new Date().toISOString(),
    load_average_1m: os.loadavg()[0] ?? 0,
  };
}

function runAll(dataDir: string): Report {
  const pairsFile = path.join(dataDir, PAIRS_PATH);
  return {
    machine: machine(),
    node_baseline_rss_mib: spawnWorker<{ peak_rss_mib: number }>("baseline").peak_rss_mib,
    cold_start: {
      nib_all_dialects: coldStart("nib"),
      nib_en_us: coldStart("nib-en-US"),
      harper: coldStart("harper"),
    },
    checks: {
      nib: spawnWorker<CheckBench>("nib"),
      harper: spawnWorker<CheckBench>("harper"),
      harper_spelling: spawnWorker<CheckBench>("harper-spelling"),
    },
    suggestions: existsSync(pairsFile)
      ? spawnWorker<SuggestBench>("suggest", ["--data", dataDir])
      : { skipped: `${pairsFile} not found: suggestion speed and accuracy were not measured` },
  };
}

// ---------- Markdown

function ms(value: number): string {
  if (value < 1) return `${value.toFixed(3)} ms`;
  if (value < 100) return `${value.toFixed(1)} ms`;
  return `${Math.round(value)} ms`;
}

function spread(l: Latency): string {
  return `${ms(l.median_ms)} / ${ms(l.p95_ms)}`;
}

function mib(value: number): string {
  return `${value.toFixed(0)} MiB`;
}

function percent(hits: number, share: number): string {
  return `${(100 * share).toFixed(1)}% (${hits})`;
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

function checksTable(report: Report): string {
  const { nib, harper, harper_spelling: spelling } = report.checks;
  const tools = [nib, harper, spelling];
  const row = (label: string, cell: (bench: CheckBench) => string): string[] => [label, ...tools.map(cell)];
  const { cold_start: cold } = report;
  return table(
    ["", "Nib (spelling)", "Harper (default rules)", "Harper (spell check only)"],
    [
      [
        "Cold start (load code, dictionaries, lexicon)",
        `${ms(cold.nib_all_dialects.median_ms)} (4 dialects), ${ms(cold.nib_en_us.median_ms)} (en-US)`,
        ms(cold.harper.median_ms),
        "same",
      ],
      row("First check after start", (b) => ms(b.first_check_ms)),
      row(`Check per post, median / p95 (${nib.posts} posts)`, (b) => spread(b.per_post)),
      row(`280-character post (${SHORT_POST.min}–${SHORT_POST.max} chars, ${nib.posts_280} posts)`, (b) =>
        spread(b.per_post_280),
      ),
      row("Posts per second (one thread)", (b) => b.posts_per_second.toFixed(0)),
      row("Peak RSS of the process", (b) => mib(b.peak_rss_mib)),
      row("WebAssembly memory", (b) => (b.wasm_memory_mib === null ? "–" : mib(b.wasm_memory_mib))),
      row("Problems flagged on the posts", (b) => String(b.flags)),
    ],
  );
}

function suggestionsTable(s: SuggestBench): string {
  return table(
    ["Per misspelled word", "Nib generator", "Hunspell suggest"],
    [
      ["Time in the core, median / p95", spread(s.nib.core), spread(s.hunspell.core)],
      ["Time from Node (wall), median / p95", spread(s.nib.wall), spread(s.hunspell.wall)],
      ["Top-1 accuracy", percent(s.nib.top1_hits, s.nib.top1), percent(s.hunspell.top1_hits, s.hunspell.top1)],
      ["Top-3 accuracy", percent(s.nib.top3_hits, s.nib.top3), percent(s.hunspell.top3_hits, s.hunspell.top3)],
    ],
  );
}

function markdown(report: Report): string {
  const m = report.machine;
  const parts = [
    `Spelling in Node ${m.node} on ${m.cpu} (${m.cores} cores, load average ${m.load_average_1m.toFixed(1)} ` +
      `at start), ${m.date.slice(0, 10)}.`,
    "",
    checksTable(report),
    "",
    `Each tool ran in its own process (an idle Node process peaks at ${mib(report.node_baseline_rss_mib)} RSS). ` +
      `Cold start is the median of ${COLD_STARTS} fresh processes. Per-post times are over ${ROUNDS} passes ` +
      "after a warm-up pass, every text distinct; Nib computes every replacement afresh (its per-word cache is " +
      "cleared), Harper's results include reading each lint's replacements.",
  ];
  const s = report.suggestions;
  if ("skipped" in s) {
    parts.push("", `Suggestions: skipped (${s.skipped}).`);
  } else {
    parts.push(
      "",
      suggestionsTable(s),
      "",
      `Times over the ${s.words_timed} distinct misspellings (NeuSpell/JFLEG dev) that Hunspell rejects; ` +
        `accuracy over ${s.pairs_used} misspelling/correction pairs (${s.distinct_pairs_used} distinct), ` +
        `leaving out ${s.left_out_correction_rejected} whose correction Hunspell rejects and ` +
        `${s.left_out_typed_accepted} whose misspelling it accepts; a hit ignores case. ` +
        `Both run inside the same WebAssembly core (en-US), asked for ${MAX_SUGGESTIONS} replacements.`,
    );
  }
  return `${parts.join("\n")}\n`;
}

function missesText(s: SuggestBench, shown: number): string {
  const lines = s.nib_worse
    .slice(0, shown)
    .map((m) => `  ${m.typed} -> ${m.correct}: nib [${m.nib.join(", ")}], hunspell [${m.hunspell.join(", ")}]`);
  return [
    `Top-1: Hunspell right and Nib wrong on ${s.nib_worse.length} distinct pairs, ` +
      `the reverse on ${s.hunspell_worse.length}. First ${lines.length}:`,
    ...lines,
  ].join("\n");
}

// ---------- entry point

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: "string", default: path.resolve(ROOT, "../shared/data") },
      worker: { type: "string" },
      "cold-start": { type: "boolean", default: false },
    },
  });
  const dataDir = path.resolve(values.data);
  if (values.worker !== undefined) {
    const kinds: readonly string[] = [...CHECKERS, "suggest", "baseline"];
    if (!kinds.includes(values.worker)) throw new Error(`--worker must be one of ${kinds.join(", ")}`);
    const result = await runWorker(values.worker as WorkerKind, values["cold-start"], dataDir);
    process.stdout.write(JSON.stringify(result));
    return;
  }
  if (!existsSync(path.join(dataDir, PAIRS_PATH))) {
    console.log(`note: ${path.join(dataDir, PAIRS_PATH)} not found; skipping suggestion speed and accuracy.`);
  }
  const report = runAll(dataDir);
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(path.join(RESULTS_DIR, "spell-node.json"), `${JSON.stringify(report, null, 2)}\n`);
  const text = markdown(report);
  writeFileSync(path.join(RESULTS_DIR, "spell-node.md"), text);
  console.log(text);
  if (!("skipped" in report.suggestions)) console.log(missesText(report.suggestions, 10));
}

await main();
