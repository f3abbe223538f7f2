// One sentence's model input for timing the grammar model alone, in Node and in the page. Ids are
// arbitrary (the cost does not depend on them) but inside every table of the model.
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
