// The engine's public types: the JSON API of core/api, typed.
import type { OrtModule } from "./grammar_runner.js";

export type Dialect = "en-US" | "en-GB" | "en-CA" | "en-AU";
/** "any" (the default) accepts any English spelling; a dialect also flags the others' spellings. */
export type DialectChoice = Dialect | "any";
export type SuggestionKind = "spelling" | "grammar" | "punctuation" | "style" | "tone";

export interface CheckOptions {
  dialect?: DialectChoice;
  /** The language of the explanations: a BCP 47 tag (id, pt-BR, zh-CN…); English when Nib does not
   * ship it (the response then warns "explain_language_unsupported"). */
  explainLanguage?: string;
  personalWords?: readonly string[];
  disabledRules?: readonly string[];
  maxReplacements?: number;
  /** Suggestions below this confidence are left out; 0.5 by default (names, foreign words hide). */
  minConfidence?: number;
  suggestionBudget?: number;
  includeProtected?: boolean;
  /** Run the grammar model when the engine has one (default true); false checks spelling only. */
  grammar?: boolean;
}

export interface Explanation {
  code: string;
  message: string;
  /** The catalogue the message came from: the language asked for, or "en" where it lacks one. */
  language: string;
}

export interface Suggestion {
  id: string;
  /** UTF-16 offsets: JavaScript string indices into the checked text. */
  start: number;
  end: number;
  kind: SuggestionKind;
  original: string;
  replacements: string[];
  explanation: Explanation;
  rule: string;
  confidence: number;
  source: "spelling" | "model" | "tone";
}

export interface Warning {
  code: string;
  message: string;
}

export interface ProtectedSpan {
  start: number;
  end: number;
  kind: string;
}

export interface CheckResponse {
  api_version: number;
  dialect: DialectChoice;
  explain_language: string;
  /** The language of most of the post's words: "en", or the code of another (id, hu, ru…; "und"
   * when it is not English but unknown). */
  language: string;
  text_length: number;
  /** `language` is "en" unless the whole sentence is in another language. */
  sentences: { start: number; end: number; language: string }[];
  /** Parts in another language, left unchecked: whole sentences and phrases inside English ones. */
  other_language: { start: number; end: number; language: string }[];
  suggestions: Suggestion[];
  warnings: Warning[];
  truncated: boolean;
  protected?: ProtectedSpan[];
  /** Core time in ms; with the grammar model also the core's grammar work, the model's run time
   * in onnxruntime (`model_ms`) and the number of model passes. */
  timing: {
    segment_ms: number;
    spell_ms: number;
    total_ms: number;
    grammar_ms?: number;
    model_ms?: number;
    passes?: number;
  };
}

export interface SuggestResponse {
  api_version: number;
  word: string;
  accepted: boolean;
  suggestions: string[];
  timing: { total_ms: number };
}

export interface InfoResponse {
  api_version: number;
  dialects: Dialect[];
  lexicon_words: number;
  grammar_model: boolean;
  /** The languages explanations come in (check's explainLanguage). */
  explain_languages: { code: string; name: string; direction: "ltr" | "rtl" }[];
  limits: { max_text_length: number; max_personal_words: number };
}

export interface DictionaryFiles {
  aff: Uint8Array;
  dic: Uint8Array;
}

/** Everything the engine needs, as bytes: the host decides how to get them (fs, fetch). */
/** The grammar model: the ONNX file onnxruntime runs, and the text files the core decodes with. */
export interface GrammarAssets {
  ort: OrtModule;
  model: Uint8Array;
  vocabulary: Uint8Array;
  tags: Uint8Array;
  inflections: Uint8Array;
  config: Uint8Array;
}

export interface EngineAssets {
  wasmBinary: Uint8Array;
  dictionaries: Partial<Record<Dialect, DictionaryFiles>>;
  lexicon: Uint8Array;
  supplement?: Uint8Array;
  grammar?: GrammarAssets;
}

export class EngineError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "EngineError";
  }
}
