// The engine's assets and where they lie in an assets folder (build/assets, or the extension's
// package). Hosts differ only in how they read a file: Node from disk, browsers with fetch.
import type { OrtModule } from "./grammar_runner.js";
import type { Dialect, DictionaryFiles, EngineAssets, GrammarAssets } from "./types.js";

export const DIALECTS: readonly Dialect[] = ["en-US", "en-GB", "en-CA", "en-AU"];

/** The grammar model's files, relative to the model's folder (`grammar/` in the assets). */
export const GRAMMAR_FILES = {
  model: "model.onnx",
  vocabulary: "vocab.txt",
  tags: "tags.txt",
  inflections: "inflections.txt",
  config: "config.json",
} as const;

/** The tone model, relative to the assets folder. */
export const TONE_FILE = "tone/tone.bin";

/** Reads one asset by its path relative to the folder the reader stands for. */
export type ReadAsset = (relativePath: string) => Promise<Uint8Array>;

export async function readGrammarAssets(read: ReadAsset, ort: OrtModule): Promise<GrammarAssets> {
  return {
    ort,
    model: await read(GRAMMAR_FILES.model),
    vocabulary: await read(GRAMMAR_FILES.vocabulary),
    tags: await read(GRAMMAR_FILES.tags),
    inflections: await read(GRAMMAR_FILES.inflections),
    config: await read(GRAMMAR_FILES.config),
  };
}

/** With `ort`, the grammar model (in `grammar/`) is read too; without it the engine spells only. */
export async function readEngineAssets(
  read: ReadAsset,
  dialects: readonly Dialect[] = DIALECTS,
  ort?: OrtModule,
): Promise<EngineAssets> {
  const dictionaries: Partial<Record<Dialect, DictionaryFiles>> = {};
  for (const dialect of dialects) {
    dictionaries[dialect] = {
      aff: await read(`dictionaries/${dialect}.aff`),
      dic: await read(`dictionaries/${dialect}.dic`),
    };
  }
  return {
    wasmBinary: await read("nib_core.wasm"),
    dictionaries,
    lexicon: await read("en.lexicon"),
    supplement: await read("social_supplement.txt"),
    tone: await read(TONE_FILE),
    ...(ort ? { grammar: await readGrammarAssets((file) => read(`grammar/${file}`), ort) } : {}),
  };
}
