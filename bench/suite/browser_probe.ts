// Benchmark code injected into the playground page (bundled by browser.ts, never part of the
// playground itself): Harper (harper.js) in the same page as Nib, and the grammar model alone in
// the page's onnxruntime-web.
import { Dialect, LocalLinter } from "harper.js";
import { binary } from "harper.js/binary";

import type { OrtModule } from "../../wasm/engine/src/grammar_runner.js";
import { lintPost } from "../harper_lint.js";
import { modelFeeds, timeRuns } from "./model_feeds.js";

export interface BrowserProbe {
  /** Starts Harper (the time it took), then checks each text `rounds` times (each check's time). */
  harper(texts: readonly string[], rounds: number): Promise<{ coldStartMs: number; times: number[]; problems: number }>;
  model(positions: number, runs: number): Promise<number[]>;
}

const probe: BrowserProbe = {
  async harper(texts, rounds) {
    const begun = performance.now();
    const linter = new LocalLinter({ binary, dialect: Dialect.American });
    await linter.setup();
    const coldStartMs = performance.now() - begun;
    const times: number[] = [];
    let problems = 0;
    for (let r = 0; r <= rounds; r += 1) {
      for (const text of texts) {
        const started = performance.now();
        const found = await lintPost(linter, `${text} #${r}`);
        if (r > 0) times.push(performance.now() - started);
        else problems += found;
      }
    }
    return { coldStartMs, times, problems };
  },
  async model(positions, runs) {
    const ort = (globalThis as { ort?: OrtModule }).ort;
    if (!ort) throw new Error("the page has no onnxruntime-web");
    const bytes = new Uint8Array(await (await fetch("assets/grammar/model.onnx")).arrayBuffer());
    const session = await ort.InferenceSession.create(bytes, { executionProviders: ["wasm"], graphOptimizationLevel: "all" });
    const times = await timeRuns(session, modelFeeds(ort, positions), runs);
    await session.release();
    return times;
  },
};

(globalThis as { nibBenchProbe?: BrowserProbe }).nibBenchProbe = probe;
