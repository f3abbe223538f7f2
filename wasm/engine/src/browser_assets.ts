// Reads the engine's assets with fetch for browser hosts: the extension's offscreen document (from
// its own package, chrome.runtime.getURL) and the playground. The page needs CSP
// `script-src 'self' 'wasm-unsafe-eval'` and loads onnxruntime-web itself (its WASM build), then
// passes the module here: this file imports nothing that only a bundler could resolve.
import { DIALECTS, readEngineAssets, type ReadAsset } from "./assets.js";
import type { OrtModule } from "./grammar_runner.js";
import type { Dialect, EngineAssets } from "./types.js";
import { Engine } from "./engine.js";

function readerOf(base: URL): ReadAsset {
  return async (relativePath) => {
    const url = new URL(relativePath, base);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`cannot load ${url.href}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  };
}

/** `base`: the assets folder's URL (ending in "/"). With `ort` the grammar model is loaded too. */
export async function loadBrowserAssets(
  base: URL | string,
  options: { dialects?: readonly Dialect[]; ort?: OrtModule } = {},
): Promise<EngineAssets> {
  const folder = new URL(base, globalThis.location?.href);
  if (!folder.pathname.endsWith("/")) folder.pathname += "/";
  return readEngineAssets(readerOf(folder), options.dialects ?? DIALECTS, options.ort);
}

export async function createBrowserEngine(
  base: URL | string,
  options: { dialects?: readonly Dialect[]; ort?: OrtModule } = {},
): Promise<Engine> {
  return Engine.create(await loadBrowserAssets(base, options));
}
