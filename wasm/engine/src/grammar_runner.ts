// Runs the grammar model with onnxruntime-web. The host passes the `ort` module it imported (the
// Node build in Node, a WASM bundle in the extension), so this file works in both. Sentences of a
// pass run as one padded batch per group of similar length.
import type * as Ort from "onnxruntime-web";

/** One sentence's model input, as the core's `begin`/`finish` give it. */
export interface ModelInput {
  sentence: number;
  word_ids: number[];
  suffix_ids: number[];
  case_ids: number[];
}

/** One sentence's model output, as the core's `finish` takes it. */
export interface ModelOutput {
  tag_index: number[];
  tag_prob: number[];
  keep_prob: number[];
  error_prob: number[];
}

export type OrtModule = typeof Ort;

const MAX_BATCH = 16;

export class GrammarRunner {
  private constructor(
    private readonly ort: OrtModule,
    private readonly session: Ort.InferenceSession,
  ) {}

  static async create(ort: OrtModule, model: Uint8Array): Promise<GrammarRunner> {
    // One thread: the extension's offscreen document and Node tests need no cross-origin isolation.
    ort.env.wasm.numThreads = 1;
    const session = await ort.InferenceSession.create(model, {
      executionProviders: ["wasm"],
      graphOptimizationLevel: "all",
    });
    return new GrammarRunner(ort, session);
  }

  async run(inputs: readonly ModelInput[]): Promise<ModelOutput[]> {
    const order = inputs.map((_, i) => i).sort((a, b) => inputs[a]!.word_ids.length - inputs[b]!.word_ids.length);
    const outputs: ModelOutput[] = new Array<ModelOutput>(inputs.length);
    for (let start = 0; start < order.length; start += MAX_BATCH) {
      const group = order.slice(start, start + MAX_BATCH);
      const results = await this.runBatch(group.map((i) => inputs[i]!));
      group.forEach((i, k) => (outputs[i] = results[k]!));
    }
    return outputs;
  }

  async dispose(): Promise<void> {
    await this.session.release();
  }

  private async runBatch(batch: readonly ModelInput[]): Promise<ModelOutput[]> {
    const width = Math.max(...batch.map((b) => b.word_ids.length));
    const size = batch.length * width;
    const words = new BigInt64Array(size);
    const suffixes = new BigInt64Array(size);
    const cases = new BigInt64Array(size);
    const mask = new BigInt64Array(size);
    batch.forEach((input, row) => {
      for (let i = 0; i < input.word_ids.length; i += 1) {
        const at = row * width + i;
        words[at] = BigInt(input.word_ids[i]!);
        suffixes[at] = BigInt(input.suffix_ids[i]!);
        cases[at] = BigInt(input.case_ids[i]!);
        mask[at] = 1n;
      }
    });
    const dims = [batch.length, width];
    const feeds = {
      word_ids: new this.ort.Tensor("int64", words, dims),
      suffix_ids: new this.ort.Tensor("int64", suffixes, dims),
      case_ids: new this.ort.Tensor("int64", cases, dims),
      mask: new this.ort.Tensor("int64", mask, dims),
    };
    const result = await this.session.run(feeds);
    const read = (name: string): ArrayLike<number | bigint> => result[name]!.data as ArrayLike<number | bigint>;
    const tagIndex = read("tag_index");
    const tagProb = read("tag_prob");
    const keepProb = read("keep_prob");
    const errorProb = read("error_prob");
    for (const tensor of Object.values(feeds)) tensor.dispose();
    return batch.map((input, row) => {
      const n = input.word_ids.length;
      const pick = (data: ArrayLike<number | bigint>): number[] =>
        Array.from({ length: n }, (_, i) => Number(data[row * width + i]!));
      return {
        tag_index: pick(tagIndex),
        tag_prob: pick(tagProb),
        keep_prob: pick(keepProb),
        error_prob: pick(errorProb),
      };
    });
  }
}
