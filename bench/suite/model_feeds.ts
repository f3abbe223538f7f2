// Timing the grammar model alone, in Node and in the page: one sentence's input (ids arbitrary,
// since the cost does not depend on them, but inside every table of the model) and the timed runs.
import type * as Ort from "onnxruntime-web";

export const POSITIONS = 64;

export function modelFeeds(ort: typeof Ort, positions: number): Record<string, Ort.Tensor> {
  const dims = [1, positions];
  const ids = (f: (i: number) => number) =>
    new ort.Tensor("int64", BigInt64Array.from({ length: positions }, (_, i) => BigInt(f(i))), dims);
  return {
    word_ids: ids((i) => 10 + ((i * 37) % 900)),
    suffix_ids: ids((i) => (i * 7) % 50),
    case_ids: ids((i) => (i === 0 ? 1 : 0)),
    mask: ids(() => 1),
  };
}

/** Each of `runs` runs' time (ms), after 10 unmeasured ones. */
export async function timeRuns(session: Ort.InferenceSession, feeds: Record<string, Ort.Tensor>, runs: number): Promise<number[]> {
  for (let i = 0; i < 10; i += 1) await session.run(feeds);
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await session.run(feeds);
    times.push(performance.now() - started);
  }
  return times;
}
