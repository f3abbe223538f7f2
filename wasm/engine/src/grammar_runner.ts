// Runs the grammar model with onnxruntime-web. The host passes the `ort` module it imported (the
// Node build in Node, a WASM bundle in the extension), so this file works in both. Each sentence
// runs alone: the int8 model quantizes activations per tensor, so a batch would make one
// sentence's answer depend on the others'. That also makes outputs cacheable by the exact model
// input, so re-checking a post after an edit runs the model only on the sentences that changed.
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

/** Sentences whose model output is kept (a few hundred posts' worth: about 1 MiB). */
const CACHE_SIZE = 2000;

function cacheKey(input: ModelInput): string {
  return `${input.word_ids.join(",")}|${input.suffix_ids.join(",")}|${input.case_ids.join(",")}`;
}

export class GrammarRunner {
  // Insertion order is recency order: a hit is re-inserted, the oldest entry goes first.
  private readonly cache = new Map<string, ModelOutput>();
  /** How many sentences went through the model (cache misses) since the runner was made. */
  modelRuns = 0;

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

  /** Model outputs for `inputs`, in order; only inputs not seen recently reach the model. */
  async run(inputs: readonly ModelInput[]): Promise<ModelOutput[]> {
    const outputs: ModelOutput[] = new Array<ModelOutput>(inputs.length);
    const keys = inputs.map(cacheKey);
    const missing: number[] = [];
    keys.forEach((key, i) => {
      const hit = this.cache.get(key);
      if (hit === undefined) {
        missing.push(i);
        return;
      }
      this.cache.delete(key);
      this.cache.set(key, hit);
      outputs[i] = hit;
    });
    for (const i of missing) {
      outputs[i] = await this.runSentence(inputs[i]!);
      this.remember(keys[i]!, outputs[i]);
    }
    this.modelRuns += missing.length;
    return outputs;
  }

  clearCache(): void {
    this.cache.clear();
  }

  private remember(key: string, output: ModelOutput): void {
    this.cache.set(key, output);
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
  }

  async dispose(): Promise<void> {
    await this.session.release();
  }

  private async runSentence(input: ModelInput): Promise<ModelOutput> {
    const n = input.word_ids.length;
    const dims = [1, n];
    const feeds = {
      word_ids: new this.ort.Tensor("int64", BigInt64Array.from(input.word_ids, BigInt), dims),
      suffix_ids: new this.ort.Tensor("int64", BigInt64Array.from(input.suffix_ids, BigInt), dims),
      case_ids: new this.ort.Tensor("int64", BigInt64Array.from(input.case_ids, BigInt), dims),
      mask: new this.ort.Tensor("int64", new BigInt64Array(n).fill(1n), dims),
    };
    const result = await this.session.run(feeds);
    for (const tensor of Object.values(feeds)) tensor.dispose();
    const read = (name: string): number[] => Array.from(result[name]!.data as ArrayLike<number | bigint>, Number);
    return {
      tag_index: read("tag_index"),
      tag_prob: read("tag_prob"),
      keep_prob: read("keep_prob"),
      error_prob: read("error_prob"),
    };
  }
}
