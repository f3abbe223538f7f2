// The page side of the browser engine test: the same engine build as Node, its assets fetched over
// HTTP, onnxruntime-web from the page. The test drives it through window.nib.
import { createBrowserEngine } from "../../wasm/engine/src/browser_assets.js";
import type { OrtModule } from "../../wasm/engine/src/grammar_runner.js";
import type { CheckOptions, CheckResponse } from "../../wasm/engine/src/types.js";

interface PageApi {
  ready: Promise<{ grammarModel: boolean; loadMs: number }>;
  check(text: string, options?: CheckOptions): Promise<CheckResponse>;
}

declare global {
  interface Window {
    ort?: OrtModule;
    nib?: PageApi;
  }
}

const started = performance.now();
const status = document.getElementById("status");
const engine = createBrowserEngine("/build/assets/", window.ort ? { ort: window.ort } : {});
const ready = engine.then(
  (e) => {
    if (status) status.textContent = "ready";
    return { grammarModel: e.hasGrammarModel, loadMs: performance.now() - started };
  },
  (error: unknown) => {
    if (status) status.textContent = `failed: ${String(error)}`;
    throw error;
  },
);
window.nib = {
  ready,
  check: async (text, options) => (await engine).check(text, options),
};
