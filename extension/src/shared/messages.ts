// Messages between the extension's parts. Content scripts ask the background for checks; the
// background (Chromium: a service worker) hands them to the engine host (Chromium: the offscreen
// document; Firefox: the background page itself). Page text travels only along this path.
// Nothing is trusted on arrival: every receiver checks who sent a message and its exact shape.
import type { CheckOptions, CheckResponse, RewriteGoal, RewriteOptions, RewriteResponse } from "../../../wasm/engine/src/types.js";

export interface CheckRequestMessage {
  target: "background" | "engine";
  type: "nib.check";
  text: string;
  options: CheckOptions;
}

export interface RewriteRequestMessage {
  target: "background" | "engine";
  type: "nib.rewrite";
  text: string;
  goal: RewriteGoal;
  options: RewriteOptions;
}

export type RewriteReply =
  | { ok: true; response: RewriteResponse }
  | { ok: false; error: { code: string; message: string } };

export type CheckReply =
  | { ok: true; response: CheckResponse }
  | { ok: false; error: { code: string; message: string } };

/** The engine's limit (the content script never sends more than its own, smaller one). */
const MAX_TEXT = 200_000;
/** The core's kMaxPersonalWords and kMaxDisabledRules (core/api/check_request.hpp). */
const MAX_WORDS = 10_000;
const MAX_RULES = 1_000;
const MAX_WORD = 200;
const DIALECTS = new Set(["any", "en-US", "en-GB", "en-CA", "en-AU"]);
const OPTION_KEYS = new Set(["dialect", "explainLanguage", "personalWords", "disabledRules", "toneTarget"]);
const REWRITE_OPTION_KEYS = new Set(["dialect", "explainLanguage", "personalWords"]);
const TONE_TARGETS = new Set(["general", "professional", "casual", "friendly"]);
const GOALS = new Set(["formal", "casual", "polite", "confident", "friendly"]);
/** Rewrites take posts up to this long (the core's kMaxRewriteLength). */
export const MAX_REWRITE_TEXT = 10_000;
// A BCP 47 tag such as id, pt-BR or zh-Hans-CN (the browser's UI language may be any of them).
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8}){0,3}$/;

function isWordList(value: unknown, max: number): value is string[] {
  return (
    Array.isArray(value) &&
    value.length <= max &&
    value.every((word) => typeof word === "string" && word.length > 0 && word.length <= MAX_WORD)
  );
}

function isOptions(value: unknown, keys: Set<string> = OPTION_KEYS): value is CheckOptions {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  if (!Object.keys(o).every((key) => keys.has(key))) return false;
  if (o["toneTarget"] !== undefined && !(typeof o["toneTarget"] === "string" && TONE_TARGETS.has(o["toneTarget"]))) return false;
  if (o["dialect"] !== undefined && !(typeof o["dialect"] === "string" && DIALECTS.has(o["dialect"]))) return false;
  if (o["explainLanguage"] !== undefined && !(typeof o["explainLanguage"] === "string" && LANGUAGE_TAG.test(o["explainLanguage"]))) {
    return false;
  }
  if (o["personalWords"] !== undefined && !isWordList(o["personalWords"], MAX_WORDS)) return false;
  return o["disabledRules"] === undefined || isWordList(o["disabledRules"], MAX_RULES);
}

/** A check request for `target`, exactly as the extension's own parts send it. */
export function isCheckRequest(message: unknown, target: CheckRequestMessage["target"]): message is CheckRequestMessage {
  if (typeof message !== "object" || message === null) return false;
  const m = message as Record<string, unknown>;
  return (
    Object.keys(m).length === 4 &&
    m["type"] === "nib.check" &&
    m["target"] === target &&
    typeof m["text"] === "string" &&
    m["text"].length <= MAX_TEXT &&
    isOptions(m["options"])
  );
}

/** A rewrite request for `target`, exactly as the extension's own parts send it. */
export function isRewriteRequest(message: unknown, target: RewriteRequestMessage["target"]): message is RewriteRequestMessage {
  if (typeof message !== "object" || message === null) return false;
  const m = message as Record<string, unknown>;
  return (
    Object.keys(m).length === 5 &&
    m["type"] === "nib.rewrite" &&
    m["target"] === target &&
    typeof m["text"] === "string" &&
    m["text"].length <= MAX_REWRITE_TEXT &&
    typeof m["goal"] === "string" &&
    GOALS.has(m["goal"]) &&
    isOptions(m["options"], REWRITE_OPTION_KEYS)
  );
}

/** A rewrite reply the content script can use: edits with integer offsets inside the text. */
export function isRewriteReply(reply: unknown, text: string): reply is RewriteReply {
  if (typeof reply !== "object" || reply === null) return false;
  const r = reply as { ok?: unknown; response?: { rewrite?: unknown } };
  if (r.ok !== true) return r.ok === false;
  const rewrite = r.response?.rewrite as { text?: unknown; edits?: unknown } | null | undefined;
  if (rewrite === null) return true;
  if (typeof rewrite !== "object" || typeof rewrite.text !== "string" || !Array.isArray(rewrite.edits)) return false;
  let cursor = 0;
  return rewrite.edits.every((e: Record<string, unknown> | null) => {
    const { start, end, replacement, original } = e ?? {};
    const ok =
      Number.isInteger(start) &&
      Number.isInteger(end) &&
      (start as number) >= cursor &&
      (start as number) <= (end as number) &&
      (end as number) <= text.length &&
      typeof replacement === "string" &&
      original === text.slice(start as number, end as number);
    cursor = (end as number) ?? cursor;
    return ok;
  });
}

/** The sender is this extension: its content script in a tab (`fromTab`), or one of its own pages
 * or its service worker. Other extensions and web pages never get an answer. */
export function isOwnSender(sender: chrome.runtime.MessageSender, fromTab: boolean): boolean {
  if (sender.id !== chrome.runtime.id) return false;
  if (!fromTab) return sender.tab === undefined && (sender.url ?? "").startsWith(chrome.runtime.getURL(""));
  return sender.tab !== undefined && /^https?:/.test(sender.url ?? "");
}

/** A reply the content script can use: suggestions with integer offsets inside the text. */
export function isCheckReply(reply: unknown, text: string): reply is CheckReply {
  if (typeof reply !== "object" || reply === null) return false;
  const r = reply as { ok?: unknown; response?: { suggestions?: unknown } };
  if (r.ok !== true) return r.ok === false;
  const suggestions = r.response?.suggestions;
  return (
    Array.isArray(suggestions) &&
    suggestions.every((s: Record<string, unknown> | null) => {
      const { start, end, replacements } = s ?? {};
      return (
        Number.isInteger(start) &&
        Number.isInteger(end) &&
        (start as number) >= 0 &&
        (start as number) <= (end as number) &&
        (end as number) <= text.length &&
        Array.isArray(replacements) &&
        replacements.every((x) => typeof x === "string")
      );
    })
  );
}
