// Hosts the one engine of the browser (core WebAssembly, dictionaries, grammar and tone models) and
// answers check and rewrite requests. Runs in Chromium's offscreen document and in Firefox's background page; the
// assets come from the extension's own package.
import { createBrowserEngine } from "../../../wasm/engine/src/browser_assets.js";
import { EngineError } from "../../../wasm/engine/src/engine.js";
import type { Engine } from "../../../wasm/engine/src/engine.js";
import type { OrtModule } from "../../../wasm/engine/src/grammar_runner.js";
import type { CheckReply, CheckRequestMessage, RewriteReply, RewriteRequestMessage } from "../shared/messages.js";

declare global {
  // onnxruntime-web's WASM build (ort/ort.wasm.min.js, loaded by the page) sets it.
  var ort: OrtModule | undefined;
}

let engine: Promise<Engine> | undefined;

function startEngine(): Promise<Engine> {
  engine ??= createBrowserEngine(chrome.runtime.getURL("assets/"), globalThis.ort ? { ort: globalThis.ort } : {});
  return engine;
}

function failure(error: unknown): { ok: false; error: { code: string; message: string } } {
  const code = error instanceof EngineError ? error.code : "internal";
  return { ok: false, error: { code, message: error instanceof Error ? error.message : String(error) } };
}

export async function answerCheck(request: CheckRequestMessage): Promise<CheckReply> {
  try {
    return { ok: true, response: await (await startEngine()).check(request.text, request.options) };
  } catch (error) {
    return failure(error);
  }
}

export async function answerRewrite(request: RewriteRequestMessage): Promise<RewriteReply> {
  try {
    return { ok: true, response: await (await startEngine()).rewrite(request.text, request.goal, request.options) };
  } catch (error) {
    return failure(error);
  }
}

/** Starts loading at once, so the first check does not wait for the whole load. */
export function warmUp(): void {
  void startEngine();
}
