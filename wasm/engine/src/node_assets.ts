// Reads the engine's assets from the build (build/assets) for Node hosts: the CLI, tests, bench.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";

import type { Dialect, DictionaryFiles, EngineAssets } from "./types.js";
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

export async function loadNodeAssets(
  dir: string = defaultAssetsDir(),
  dialects: readonly Dialect[] = DIALECTS,
): Promise<EngineAssets> {
  const dictionaries: Partial<Record<Dialect, DictionaryFiles>> = {};
  for (const dialect of dialects) {
    dictionaries[dialect] = {
      aff: await bytes(path.join(dir, "dictionaries", `${dialect}.aff`)),
      dic: await bytes(path.join(dir, "dictionaries", `${dialect}.dic`)),
    };
  }
  return {
    wasmBinary: await bytes(path.join(dir, "nib_core.wasm")),
    dictionaries,
    lexicon: await bytes(path.join(dir, "en.lexicon")),
    supplement: await bytes(path.join(dir, "social_supplement.txt")),
  };
}

export async function createNodeEngine(
  options: { assetsDir?: string; dialects?: readonly Dialect[] } = {},
): Promise<Engine> {
  return Engine.create(await loadNodeAssets(options.assetsDir, options.dialects));
}
