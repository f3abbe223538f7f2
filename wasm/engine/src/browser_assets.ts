// Reads the engine's assets with fetch for browser hosts: the extension's offscreen document (from
// its own package, chrome.runtime.getURL) and the playground. The page needs CSP
// `script-src 'self' 'wasm-unsafe-eval'` and loads onnxruntime-web itself (its WASM build), then
// passes the module here: this file imports nothing that only a bundler could resolve.
import { DIALECTS, readEngineAssets, type ReadAsset } from "./assets.js";
import type { OrtModule } from "./grammar_runner.js";
import type { Dialect, EngineAssets } from "./types.js";
import { Engine } from "./engine.js";

export interface BrowserAssetOptions {
  dialects?: readonly Dialect[];
  ort?: OrtModule;
  /** Called as bytes arrive (the playground shows real progress), with the count just read. */
  onBytes?: (count: number) => void;
}

/** Reads `url` whole; with `onBytes`, chunk by chunk as the body streams in. */
export async function fetchBytes(url: URL, onBytes?: (count: number) => void): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`cannot load ${url.href}: HTTP ${response.status}`);
  if (!onBytes || !response.body) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.length;
    onBytes(value.length);
  }
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

function readerOf(base: URL, onBytes?: (count: number) => void): ReadAsset {
  return (relativePath) => fetchBytes(new URL(relativePath, base), onBytes);
}

/** `base`: the assets folder's URL (ending in "/"). With `ort` the grammar model is loaded too. */
export async function loadBrowserAssets(base: URL | string, options: BrowserAssetOptions = {}): Promise<EngineAssets> {
  const folder = new URL(base, globalThis.location?.href);
  if (!folder.pathname.endsWith("/")) folder.pathname += "/";
  return readEngineAssets(readerOf(folder, options.onBytes), options.dialects ?? DIALECTS, options.ort);
}

export async function createBrowserEngine(base: URL | string, options: BrowserAssetOptions = {}): Promise<Engine> {
  return Engine.create(await loadBrowserAssets(base, options));
}
