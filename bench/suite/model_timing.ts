// The grammar model alone in onnxruntime-web (WASM, SIMD, one thread, as the engine runs it): one
// 64-token sentence, batch 1. With the FLOP count of bench/model_flops.py this gives the achieved
// GFLOP/s. The same measurement runs in Chromium (browser_probe.ts).
import { readFileSync } from "node:fs";

import { latency, type Latency } from "../latency.js";
import { modelFeeds, POSITIONS, timeRuns } from "./model_feeds.js";

export interface ModelTiming {
  positions: number;
  per_run: Latency;
}

export async function timeModel(modelFile: string, runs: number): Promise<ModelTiming> {
  const ort = await import("onnxruntime-web");
  ort.env.wasm.numThreads = 1;
  const session = await ort.InferenceSession.create(readFileSync(modelFile), { executionProviders: ["wasm"], graphOptimizationLevel: "all" });
  const times = await timeRuns(session, modelFeeds(ort, POSITIONS), runs);
  await session.release();
  return { positions: POSITIONS, per_run: latency(times) };
}
