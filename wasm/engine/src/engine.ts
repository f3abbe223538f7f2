// The engine: the single entry point the CLI, the extension and the playground use. It owns one
// instance of the core (WebAssembly) and speaks its JSON API. Platform-neutral: the host passes
// the bytes of the module, dictionaries and lexicon (see node_assets.ts for Node).
import createNibCore, { type NibCoreModule } from "./nib_core.mjs";
import { GrammarRunner, type ModelInput, type ModelOutput } from "./grammar_runner.js";
import {
  type CheckOptions,
  type CheckResponse,
  type Dialect,
  type DialectChoice,
  type DictionaryFiles,
  type EngineAssets,
  EngineError,
  type GrammarAssets,
  type InfoResponse,
  type RewriteCandidate,
  type RewriteGoal,
  type RewriteOptions,
  type RewriteResponse,
  type Suggestion,
  type ToneReading,
  type SuggestResponse,
} from "./types.js";

export * from "./types.js";
export { applyTopReplacements, applyEdits } from "./apply.js";

/** Same as the core's limit (core/api/check_request.hpp); checked here before copying the text. */
export const MAX_TEXT_LENGTH = 200_000;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Lone surrogates cannot cross into UTF-8; each becomes U+FFFD, which keeps every offset. */
function wellFormed(text: string): { text: string; repaired: number } {
  if (text.isWellFormed()) return { text, repaired: 0 };
  let repaired = 0;
  const fixed = text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, () => {
    repaired += 1;
    return "\uFFFD";
  });
  return { text: fixed, repaired };
}

/** Issues in `after` that `before` has not: matched by rule and flagged text, as many times as
 * they occur (a rewrite moves offsets, so positions cannot match). */
function newIssues(before: readonly Suggestion[], after: readonly Suggestion[]): Suggestion[] {
  const keyOf = (s: Suggestion) => `${s.rule}\u0000${s.original}`;
  const seen = new Map<string, number>();
  for (const s of before) seen.set(keyOf(s), (seen.get(keyOf(s)) ?? 0) + 1);
  const added: Suggestion[] = [];
  for (const s of after) {
    const key = keyOf(s);
    const left = seen.get(key) ?? 0;
    if (left > 0) seen.set(key, left - 1);
    else added.push(s);
  }
  return added;
}

interface CoreAnswer {
  done?: boolean;
  session?: number;
  inputs?: ModelInput[];
}

export class Engine {
  private disposed = false;
  private hasTone = false;
  private grammar: GrammarRunner | undefined;

  private constructor(
    private readonly module: NibCoreModule,
    private readonly core: number,
  ) {}

  static async create(assets: EngineAssets): Promise<Engine> {
    const module = await createNibCore({ wasmBinary: assets.wasmBinary });
    const engine = new Engine(module, module._nib_core_create());
    if (assets.supplement) engine.loadSupplement(assets.supplement);
    for (const [dialect, files] of Object.entries(assets.dictionaries)) {
      if (files) engine.loadDictionary(dialect as Dialect, files);
    }
    engine.loadLexicon(assets.lexicon);
    if (assets.tone) engine.loadTone(assets.tone);
    if (assets.grammar) await engine.loadGrammar(assets.grammar);
    return engine;
  }

  /** The grammar model: its text files go to the core, the ONNX file to onnxruntime. */
  async loadGrammar(assets: GrammarAssets): Promise<void> {
    const files: [string, Uint8Array][] = [
      ["vocabulary", assets.vocabulary],
      ["tags", assets.tags],
      ["inflections", assets.inflections],
      ["config", assets.config],
    ];
    for (const [name, data] of files) {
      const nameBytes = encoder.encode(name);
      this.answer(
        this.withBytes([nameBytes, data], ([n, d]) =>
          this.module._nib_load_model_file(this.core, n!, nameBytes.length, d!, data.length),
        ),
      );
    }
    const previous = this.grammar;
    this.grammar = await GrammarRunner.create(assets.ort, assets.model);
    await previous?.dispose();
  }

  loadTone(model: Uint8Array): void {
    const nameBytes = encoder.encode("tone");
    this.answer(
      this.withBytes([nameBytes, model], ([n, d]) =>
        this.module._nib_load_model_file(this.core, n!, nameBytes.length, d!, model.length),
      ),
    );
    this.hasTone = true;
  }

  get hasToneModel(): boolean {
    return this.hasTone;
  }

  /** Rewrites a post toward a tone. The core proposes candidates from explainable transformations,
   * ranked by the tone model; each is checked here (spelling and grammar) and the first that has
   * no issue the original lacked is the rewrite. */
  async rewrite(text: string, to: RewriteGoal, options: RewriteOptions = {}): Promise<RewriteResponse> {
    const input = this.validate(text);
    const core = this.call({
      api_version: 1,
      method: "rewrite",
      text: input.text,
      to,
      explain_language: options.explainLanguage ?? "en",
    }) as Omit<RewriteResponse, "rewrite" | "candidates"> & { candidates: Omit<RewriteCandidate, "new_issues">[] };
    const checkOptions: CheckOptions = {
      dialect: options.dialect ?? "any",
      personalWords: options.personalWords ?? [],
      tone: false,
    };
    const candidates: RewriteCandidate[] = [];
    let chosen: RewriteCandidate | null = null;
    if (core.candidates.length > 0) {
      const before = await this.check(input.text, checkOptions);
      for (const candidate of core.candidates) {
        const after = await this.check(candidate.text, checkOptions);
        const checked: RewriteCandidate = { ...candidate, new_issues: newIssues(before.suggestions, after.suggestions) };
        candidates.push(checked);
        if (!chosen && checked.new_issues.length === 0) chosen = checked;
      }
    }
    return { ...core, rewrite: chosen, candidates };
  }

  /** Replaces the decoding thresholds (the model's config.json) without reloading the model. */
  configureGrammar(config: Uint8Array): void {
    const nameBytes = encoder.encode("config");
    this.answer(
      this.withBytes([nameBytes, config], ([n, d]) =>
        this.module._nib_load_model_file(this.core, n!, nameBytes.length, d!, config.length),
      ),
    );
  }

  get hasGrammarModel(): boolean {
    return this.grammar !== undefined;
  }

  /** Sentences the model has run on (repeated sentences are answered from a cache). */
  get modelSentenceRuns(): number {
    return this.grammar?.modelRuns ?? 0;
  }

  /** Forgets cached model outputs (benchmarks measure the model, not the cache). */
  clearModelCache(): void {
    this.grammar?.clearCache();
  }

  loadDictionary(dialect: Dialect, files: DictionaryFiles): void {
    const name = encoder.encode(dialect);
    this.answer(
      this.withBytes([name, files.aff, files.dic], ([d, a, c]) =>
        this.module._nib_load_dictionary(this.core, d!, name.length, a!, files.aff.length, c!, files.dic.length),
      ),
    );
  }

  loadLexicon(lexicon: Uint8Array): void {
    this.answer(this.withBytes([lexicon], ([p]) => this.module._nib_load_lexicon(this.core, p!, lexicon.length)));
  }

  loadSupplement(words: Uint8Array): void {
    this.answer(this.withBytes([words], ([p]) => this.module._nib_load_supplement(this.core, p!, words.length)));
  }

  /** Checks a post: spelling, and grammar when the engine has the model. Rejects with EngineError
   * for bad input (e.g. text_too_long), never crashes. */
  async check(text: string, options: CheckOptions = {}): Promise<CheckResponse> {
    const runner = options.grammar === false ? undefined : this.grammar;
    const input = this.validate(text);
    let answer = this.call(this.checkRequest(runner ? "begin" : "check", input.text, options)) as CoreAnswer;
    let modelMs = 0;
    while (runner && answer.done === false) {
      const started = performance.now();
      const outputs: ModelOutput[] = await runner.run(answer.inputs ?? []);
      modelMs += performance.now() - started;
      answer = this.call({ api_version: 1, method: "finish", session: answer.session, outputs }) as CoreAnswer;
    }
    delete answer.done;
    const response = answer as unknown as CheckResponse;
    if (runner) {
      response.timing.model_ms = modelMs;
      response.timing.total_ms += modelMs;
    }
    return this.noteRepairs(response, input.repaired);
  }

  /** Spelling only, synchronously: what a UI can underline at once while the model runs. */
  checkSpelling(text: string, options: CheckOptions = {}): CheckResponse {
    const input = this.validate(text);
    const response = this.call(this.checkRequest("check", input.text, options)) as CheckResponse;
    return this.noteRepairs(response, input.repaired);
  }

  /** Replacements for one word, by Nib's fast generator or by Hunspell's own (slow) suggest. */
  suggestWord(
    word: string,
    options: { dialect?: DialectChoice; algorithm?: "nib" | "hunspell"; max?: number } = {},
  ): SuggestResponse {
    if (typeof word !== "string") throw new EngineError("invalid_request", "word must be a string");
    return this.call({
      api_version: 1,
      method: "suggest",
      word: wellFormed(word).text,
      dialect: options.dialect ?? "any",
      algorithm: options.algorithm ?? "nib",
      max: options.max ?? 5,
    }) as SuggestResponse;
  }

  info(): InfoResponse {
    return this.call({ api_version: 1, method: "info" }) as InfoResponse;
  }

  /** Bytes of WebAssembly memory in use (grows, never shrinks). */
  memoryBytes(): number {
    return this.module.HEAPU8.length;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.module._nib_core_destroy(this.core);
    void this.grammar?.dispose();
  }

  private validate(text: string): { text: string; repaired: number } {
    if (typeof text !== "string") throw new EngineError("invalid_request", "text must be a string");
    if (text.length > MAX_TEXT_LENGTH) {
      throw new EngineError(
        "text_too_long",
        `the text has ${text.length} UTF-16 code units; the limit is ${MAX_TEXT_LENGTH}`,
      );
    }
    return wellFormed(text);
  }

  private checkRequest(method: "check" | "begin", text: string, options: CheckOptions): object {
    return {
      api_version: 1,
      method,
      text,
      dialect: options.dialect ?? "any",
      explain_language: options.explainLanguage ?? "en",
      personal_words: options.personalWords ?? [],
      disabled_rules: options.disabledRules ?? [],
      tone_target: options.toneTarget ?? "general",
      options: {
        tone: options.tone ?? true,
        max_replacements: options.maxReplacements,
        min_confidence: options.minConfidence,
        suggestion_budget: options.suggestionBudget,
        include_protected: options.includeProtected,
      },
    };
  }

  private noteRepairs(response: CheckResponse, repaired: number): CheckResponse {
    if (repaired > 0) {
      response.warnings.unshift({
        code: "input_repaired",
        message: `${repaired} lone surrogate(s) were read as U+FFFD`,
      });
    }
    return response;
  }

  private call(request: object): unknown {
    if (this.disposed) throw new EngineError("disposed", "the engine was disposed");
    const bytes = encoder.encode(JSON.stringify(request));
    return this.answer(this.withBytes([bytes], ([p]) => this.module._nib_call(this.core, p!, bytes.length)));
  }

  /** Copies buffers into the module's memory for the length of one call. */
  private withBytes(buffers: Uint8Array[], use: (pointers: number[]) => number): number {
    const pointers: number[] = [];
    try {
      for (const buffer of buffers) {
        const pointer = this.module._malloc(Math.max(1, buffer.length));
        if (pointer === 0) throw new EngineError("out_of_memory", "WebAssembly memory is exhausted");
        pointers.push(pointer);
        this.module.HEAPU8.set(buffer, pointer);
      }
      return use(pointers);
    } finally {
      for (const pointer of pointers) this.module._free(pointer);
    }
  }

  /** Reads and frees a JSON answer of the core; an error answer becomes an EngineError. */
  private answer(pointer: number): unknown {
    if (pointer === 0) throw new EngineError("out_of_memory", "the core could not allocate its answer");
    const heap = this.module.HEAPU8;
    const end = heap.indexOf(0, pointer);
    const text = decoder.decode(heap.subarray(pointer, end));
    this.module._nib_string_free(pointer);
    const parsed = JSON.parse(text) as { error?: { code: string; message: string } };
    if (parsed.error) throw new EngineError(parsed.error.code, parsed.error.message);
    return parsed;
  }
}
