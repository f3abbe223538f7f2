// Messages between the extension's parts. Content scripts ask the background for checks; the
// background (Chromium: a service worker) hands them to the engine host (Chromium: the offscreen
// document; Firefox: the background page itself). Page text travels only along this path.
import type { CheckOptions, CheckResponse } from "../../../wasm/engine/src/types.js";

export interface CheckRequestMessage {
  target: "background" | "engine";
  type: "nib.check";
  text: string;
  options: CheckOptions;
}

export type CheckReply =
  | { ok: true; response: CheckResponse }
  | { ok: false; error: { code: string; message: string } };

export function isCheckRequest(message: unknown, target: CheckRequestMessage["target"]): message is CheckRequestMessage {
  const m = message as Partial<CheckRequestMessage> | null;
  return m?.type === "nib.check" && m.target === target && typeof m.text === "string";
}
