// Reads the engine's assets from the build (build/assets) for Node hosts: the CLI, tests, bench.
import { access, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";

import * as ort from "onnxruntime-web";

import type { Dialect, DictionaryFiles, EngineAssets, GrammarAssets } from "./types.js";
import { Engine } from "./engine.js";

export const DIALECTS: readonly Dialect[] = ["en-US", "en-GB", "en-CA", "en-AU"];

/** build/assets, from this file's place in build/js/wasm/engine/src. */
export function defaultAssetsDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../assets");
}

async function bytes(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    throw new Error(`cannot read ${file}: build the project first (scripts/build.sh)`, { cause: error });
  }
}

/** The grammar model files in DIR/grammar (scripts/build.sh copies them from models/grammar). */
export async function loadGrammarAssets(dir: string = path.join(defaultAssetsDir(), "grammar")): Promise<GrammarAssets> {
  return {
    ort,
    model: await bytes(path.join(dir, "model.onnx")),
    vocabulary: await bytes(path.join(dir, "vocab.txt")),
    tags: await bytes(path.join(dir, "tags.txt")),
    inflections: await bytes(path.join(dir, "inflections.txt")),
    config: await bytes(path.join(dir, "config.json")),
  };
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

export async function loadNodeAssets(
  dir: string = defaultAssetsDir(),
  dialects: readonly Dialect[] = DIALECTS,
  grammar: "auto" | "none" = "auto",
): Promise<EngineAssets> {
  const dictionaries: Partial<Record<Dialect, DictionaryFiles>> = {};
  for (const dialect of dialects) {
    dictionaries[dialect] = {
      aff: await bytes(path.join(dir, "dictionaries", `${dialect}.aff`)),
      dic: await bytes(path.join(dir, "dictionaries", `${dialect}.dic`)),
    };
  }
  const withGrammar = grammar === "auto" && (await exists(path.join(dir, "grammar", "model.onnx")));
  return {
    wasmBinary: await bytes(path.join(dir, "nib_core.wasm")),
    dictionaries,
    lexicon: await bytes(path.join(dir, "en.lexicon")),
    supplement: await bytes(path.join(dir, "social_supplement.txt")),
    ...(withGrammar ? { grammar: await loadGrammarAssets(path.join(dir, "grammar")) } : {}),
  };
}

/** grammar: "auto" loads the model when the build has it; "none" gives a spelling-only engine. */
export async function createNodeEngine(
  options: { assetsDir?: string; dialects?: readonly Dialect[]; grammar?: "auto" | "none" } = {},
): Promise<Engine> {
  return Engine.create(await loadNodeAssets(options.assetsDir, options.dialects, options.grammar));
}
