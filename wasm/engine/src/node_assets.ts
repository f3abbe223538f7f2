// Reads the engine's assets from the build (build/assets) for Node hosts: the CLI, tests, bench.
import { access, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";

import * as ort from "onnxruntime-web";

import { DIALECTS, GRAMMAR_FILES, readEngineAssets, readGrammarAssets, type ReadAsset } from "./assets.js";
import type { Dialect, EngineAssets, GrammarAssets } from "./types.js";
import { Engine } from "./engine.js";

export { DIALECTS };

/** build/assets, from this file's place in build/js/wasm/engine/src. */
export function defaultAssetsDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../assets");
}

function readerOf(dir: string): ReadAsset {
  return async (relativePath) => {
    const file = path.join(dir, relativePath);
    try {
      return new Uint8Array(await readFile(file));
    } catch (error) {
      throw new Error(`cannot read ${file}: build the project first (scripts/build.sh)`, { cause: error });
    }
  };
}

/** The grammar model files in DIR/grammar (scripts/build.sh copies them from models/grammar). */
export async function loadGrammarAssets(dir: string = path.join(defaultAssetsDir(), "grammar")): Promise<GrammarAssets> {
  return readGrammarAssets(readerOf(dir), ort);
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
  const withGrammar = grammar === "auto" && (await exists(path.join(dir, "grammar", GRAMMAR_FILES.model)));
  return readEngineAssets(readerOf(dir), dialects, withGrammar ? ort : undefined);
}

/** grammar: "auto" loads the model when the build has it; "none" gives a spelling-only engine. */
export async function createNodeEngine(
  options: { assetsDir?: string; dialects?: readonly Dialect[]; grammar?: "auto" | "none" } = {},
): Promise<Engine> {
  return Engine.create(await loadNodeAssets(options.assetsDir, options.dialects, options.grammar));
}
