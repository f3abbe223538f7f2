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
  /** Read the post's tone (default true). */
  tone?: boolean;
  /** The tone expected where the post goes; notes say when the post is far from it. */
  toneTarget?: ToneTarget;
}

/** Expected tones: LinkedIn "professional", Facebook "friendly", X/Reddit/Mastodon/Bluesky
 * "casual"; "general" notes only rudeness. */
export type ToneTarget = "general" | "professional" | "casual" | "friendly";
export type RewriteGoal = "formal" | "casual" | "polite" | "confident" | "friendly";
export type ToneDimensionName = "formality" | "politeness" | "confidence" | "sentiment";

export interface ToneDimension {
  /** formality: formal | neutral | casual; politeness: polite | neutral | rude; confidence:
   * confident | neutral | tentative; sentiment: positive | neutral | negative. */
  label: string;
  /** The label's calibrated probability. */
  score: number;
  /** P(first pole) − P(other pole), from −1 to 1 (e.g. formal − casual). */
  lean: number;
  probabilities: Record<string, number>;
}

export type ToneReading = Record<ToneDimensionName, ToneDimension>;

export interface ToneNote {
  code: string;
  dimension: ToneDimensionName;
  label: string;
  score: number;
  /** The rewrite that moves the post toward the target. */
  rewrite: RewriteGoal;
  message: string;
  language: string;
}

export type ToneReport = ToneReading & { target: ToneTarget; notes: ToneNote[] };

export interface RewriteEdit {
  /** UTF-16 offsets into the original text. */
  start: number;
  end: number;
  original: string;
  replacement: string;
  code: string;
  message: string;
  language: string;
}

export interface RewriteCandidate {
  text: string;
  edits: RewriteEdit[];
  tone: ToneReading;
  /** How far the tone moved toward the goal (log-odds of the goal's pole). */
  gain: number;
  /** Spelling or grammar issues the rewrite has that the original had not (the engine checks). */
  new_issues: Suggestion[];
}

export interface RewriteOptions {
  dialect?: DialectChoice;
  explainLanguage?: string;
  personalWords?: readonly string[];
}

export interface RewriteResponse {
  to: RewriteGoal;
  before: ToneReading;
  /** The best candidate with no new issue; null when none moves the post that way safely. */
  rewrite: RewriteCandidate | null;
  /** Every candidate the core proposed, best first, with what the check found in each. */
  candidates: RewriteCandidate[];
  explain_language: string;
  warnings: Warning[];
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
  /** How the post sounds; present when the engine has the tone model and `tone` is not false. */
  tone?: ToneReport;
  /** Core time in ms; with the grammar model also the core's grammar work, the model's run time
   * in onnxruntime (`model_ms`) and the number of model passes. */
  timing: {
    segment_ms: number;
    spell_ms: number;
    total_ms: number;
    grammar_ms?: number;
    model_ms?: number;
    passes?: number;
    tone_ms?: number;
    language_ms?: number;
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
  tone_model: boolean;
  tone: {
    targets: { name: ToneTarget; description: string }[];
    sites: { site: string; target: ToneTarget }[];
    rewrite_goals: RewriteGoal[];
    dimensions: Record<ToneDimensionName, string[]>;
  };
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
  /** The tone model (models/tone/tone.bin), which the core runs itself. */
  tone?: Uint8Array;
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
