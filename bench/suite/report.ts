// The benchmark's Markdown: one table per part, every figure from the same run.
import type { Latency } from "../latency.js";
import type { BrowserResult } from "./browser.js";
import type { NodeResult } from "./node_worker.js";
import type { Sizes } from "./sizes.js";

export interface ModelCost {
  flops_per_sentence: number;
  positions: number;
  node_ms: Latency;
  chromium_ms: Latency;
}

export interface BenchReport {
  machine: { cpu: string; cores: number; os: string; node: string; date: string; load_average_1m: number };
  posts: number;
  tweet_length_posts: number;
  rounds: number;
  smoke: boolean;
  node: { cold_start_runs: number; results: Record<string, NodeResult & { cold_start_runs_ms: number[] }> };
  browser: BrowserResult;
  sizes: Sizes;
  model: ModelCost;
}

const ms = (value: number) => (value < 1 ? `${value.toFixed(3)} ms` : value < 100 ? `${value.toFixed(1)} ms` : `${Math.round(value)} ms`);
const spread = (l: Latency) => `${ms(l.median_ms)} / ${ms(l.p95_ms)}`;

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

export function gflops(cost: ModelCost, l: Latency): number {
  return cost.flops_per_sentence / (l.median_ms / 1000) / 1e9;
}

export function markdown(r: BenchReport): string {
  const { machine: m } = r;
  const n = r.node.results;
  const spelling = n["nib-spelling"]!;
  const full = n["nib-full"]!;
  const harper = n["harper"]!;
  const nodeRow = (label: string, cell: (x: NodeResult) => string) => [label, ...[spelling, full, harper].map(cell)];
  const b = r.browser;
  const sections = [
    `# Nib benchmark${r.smoke ? " (smoke run: a few posts, figures not meaningful)" : ""}`,
    `${m.date.slice(0, 10)}, ${m.cpu} (${m.cores} cores, load average ${m.load_average_1m.toFixed(1)} at start), ${m.os}, Node ${m.node}, Chromium ${b.chromium} (headless). ${r.posts} posts of bench/data/posts.jsonl, ${r.rounds} measured round(s) after a warm-up; nothing cached between checks (each round's texts are new, the model's sentence cache is cleared).`,
    "## Node",
    table(
      ["", "Nib, spelling only", "Nib, full engine (spelling + grammar model + tone)", "Harper 2.10.0 (default rules)"],
      [
        nodeRow(`Cold start (median of ${r.node.cold_start_runs} fresh processes)`, (x) => ms(n[x.system]!.cold_start_ms)),
        nodeRow("First check after start", (x) => ms(x.first_check_ms)),
        nodeRow("Per post, median / p95", (x) => spread(x.per_post)),
        nodeRow("Posts per second (one thread)", (x) => String(Math.round(x.posts_per_second))),
        nodeRow("Peak RSS of the process", (x) => `${Math.round(x.peak_rss_mib)} MiB`),
        nodeRow("WebAssembly memory (core)", (x) => (x.wasm_memory_mib === null ? "–" : `${Math.round(x.wasm_memory_mib)} MiB`)),
        nodeRow("Problems found in the posts", (x) => String(x.problems_found)),
      ],
    ),
    "## Chromium, on the playground page",
    table(
      ["", "Nib, spelling only", "Nib, full engine", "Harper 2.10.0 (same page)"],
      [
        ["Cold start (until ready; median of page loads)", `${ms(b.nib_cold_start_ms.median_ms)} (whole engine, ${(b.nib_bytes_loaded / 2 ** 20).toFixed(1)} MiB read)`, "same", ms(b.harper_cold_start_ms)],
        ["Per post, median / p95", spread(b.nib_spelling), spread(b.nib_full), spread(b.harper)],
        ["Posts per second (the page's main thread)", ...[b.posts_per_second.nib_spelling, b.posts_per_second.nib_full, b.posts_per_second.harper].map((x) => String(Math.round(x)))],
        ["Memory", `JS heap ${b.nib_js_heap_mib.toFixed(1)} MiB + WebAssembly ${Math.round(b.nib_wasm_memory_mib)} MiB (core and onnxruntime-web)`, "same page", `WebAssembly ${Math.round(b.harper_wasm_memory_mib)} MiB`],
      ],
    ),
    "## Re-check after typing one letter (Node)",
    `${r.tweet_length_posts} posts of 240–300 characters: each post is checked, then a letter is doubled in its middle word and the post checked again; Nib re-runs the model only on the sentence that changed (its sentence cache). "From scratch" checks the same edited post with nothing cached. Harper is measured the same way (the edited text is new to it both times).`,
    table(
      ["", "Nib, full engine", "Harper"],
      [
        ["Re-check after a one-letter edit, median / p95", spread(full.incremental!), spread(harper.incremental!)],
        ["The edited post from scratch, median / p95", spread(full.from_scratch!), spread(harper.from_scratch!)],
      ],
    ),
    "## Sizes and the model's cost",
    table(
      ["", "value"],
      [
        ["Grammar model (int8 ONNX)", `${r.sizes.grammar_model_mib} MiB`],
        ["Tone model", `${r.sizes.tone_model_mib} MiB`],
        ["Core WebAssembly (nib_core.wasm)", `${r.sizes.core_wasm_mib} MiB`],
        ["onnxruntime-web WebAssembly", `${r.sizes.onnxruntime_wasm_mib} MiB`],
        ["Harper's WebAssembly, for comparison", `${r.sizes.harper_wasm_mib} MiB`],
        ["Chromium extension, raw / gzip", `${r.sizes.extension_raw_mib} MiB / ${r.sizes.extension_gzip_mib} MiB (${r.sizes.extension_files} files)`],
        [`Model cost per ${r.model.positions}-token sentence`, `${(r.model.flops_per_sentence / 1e6).toFixed(1)} MFLOP (bench/model_flops.py)`],
        [`Model run per ${r.model.positions}-token sentence, Node / Chromium (median)`, `${ms(r.model.node_ms.median_ms)} / ${ms(r.model.chromium_ms.median_ms)}`],
        ["Achieved in onnxruntime-web (WASM SIMD, one thread), Node / Chromium", `${gflops(r.model, r.model.node_ms).toFixed(1)} / ${gflops(r.model, r.model.chromium_ms).toFixed(1)} GFLOP/s`],
      ],
    ),
  ];
  return `${sections.join("\n\n")}\n`;
}
