// The checks every receiver makes before it trusts a message (extension/src/shared/messages.ts):
// who sent it, and its exact shape. A page or another extension must not get an answer, and a
// malformed message or reply must be refused, not half-used.
import assert from "node:assert/strict";
import { test } from "node:test";

import {
  isCheckReply,
  isCheckRequest,
  isOwnSender,
  isRewriteReply,
  isRewriteRequest,
} from "../../extension/src/shared/messages.js";

const ID = "nibextensionid";
(globalThis as unknown as { chrome: unknown }).chrome = {
  runtime: { id: ID, getURL: (path: string) => `chrome-extension://${ID}/${path}` },
};

// A fresh copy each time: a type guard that passed would otherwise narrow the one object.
const GOOD = { target: "background", type: "nib.check", text: "I has a dreem", options: { dialect: "en-GB", personalWords: ["Oluwaseun"], disabledRules: [] } };
const good = (): Record<string, unknown> => structuredClone(GOOD);

test("check requests: exactly the content script's shape, nothing more", () => {
  assert.ok(isCheckRequest(good(), "background"));
  assert.ok(isCheckRequest({ ...good(), options: {} }, "background"));
  for (const language of ["id", "pt-BR", "zh-Hans-CN", "es_419"]) {
    assert.ok(isCheckRequest({ ...good(), options: { explainLanguage: language } }, "background"), language);
  }
  assert.ok(!isCheckRequest(good(), "engine"), "addressed to another part");
  const bad: unknown[] = [
    null,
    "nib.check",
    [good()],
    { ...good(), type: "nib.tone" },
    { ...good(), extra: true },
    { ...good(), text: 42 },
    { ...good(), text: "a".repeat(200_001) },
    { ...good(), options: null },
    { ...good(), options: [] },
    { ...good(), options: { eval: "x" } },
    { ...good(), options: { dialect: "xx-XX" } },
    { ...good(), options: { explainLanguage: "<script>" } },
    { ...good(), options: { explainLanguage: "x".repeat(40) } },
    { ...good(), options: { explainLanguage: 7 } },
    { ...good(), options: { personalWords: "dreem" } },
    { ...good(), options: { personalWords: [1, 2] } },
    { ...good(), options: { personalWords: [""] } },
    { ...good(), options: { personalWords: Array.from({ length: 10_001 }, (_, i) => `w${i}`) } },
    { ...good(), options: { disabledRules: ["x".repeat(201)] } },
    { ...good(), options: { disabledRules: Array.from({ length: 1_001 }, (_, i) => `rule${i}`) } },
    { ...good(), options: { toneTarget: "shouty" } },
    { ...good(), options: { toneTarget: 1 } },
  ];
  for (const message of bad) assert.equal(isCheckRequest(message, "background"), false, JSON.stringify(message)?.slice(0, 80));
  assert.ok(isCheckRequest({ ...good(), options: { toneTarget: "professional" } }, "background"));
  // Up to the core's own limits (kMaxPersonalWords, kMaxDisabledRules) is fine.
  assert.ok(isCheckRequest({ ...good(), options: { personalWords: Array.from({ length: 10_000 }, (_, i) => `w${i}`) } }, "background"));
  assert.ok(isCheckRequest({ ...good(), options: { disabledRules: Array.from({ length: 1_000 }, (_, i) => `rule${i}`) } }, "background"));
});

const REWRITE = { target: "background", type: "nib.rewrite", text: "Send me the file.", goal: "polite", options: { dialect: "any", explainLanguage: "hu" } };
const rewrite = (): Record<string, unknown> => structuredClone(REWRITE);

test("rewrite requests: the content script's shape, a known goal, a bounded text", () => {
  assert.ok(isRewriteRequest(rewrite(), "background"));
  assert.ok(isRewriteRequest({ ...rewrite(), target: "engine" }, "engine"));
  assert.ok(!isRewriteRequest(rewrite(), "engine"), "addressed to another part");
  assert.ok(!isCheckRequest(rewrite(), "background"), "not a check");
  for (const message of [
    { ...rewrite(), goal: "shouty" },
    { ...rewrite(), goal: undefined },
    { ...rewrite(), extra: 1 },
    { ...rewrite(), text: "a".repeat(10_001) },
    { ...rewrite(), options: { toneTarget: "casual" } },
    { ...rewrite(), options: { disabledRules: [] } },
    { ...rewrite(), type: "nib.check" },
  ]) {
    assert.equal(isRewriteRequest(message, "background"), false, JSON.stringify(message).slice(0, 80));
  }
});

test("rewrite replies: edits in order, inside the text, each naming what it replaces", () => {
  const text = "Send me the file.";
  const edit = { start: 0, end: 4, original: "Send", replacement: "Could you please send" };
  const ok = (edits: unknown[]) => ({ ok: true, response: { rewrite: { text: "x", edits } } });
  assert.ok(isRewriteReply(ok([edit, { start: 16, end: 17, original: ".", replacement: "?" }]), text));
  assert.ok(isRewriteReply({ ok: true, response: { rewrite: null } }, text));
  assert.ok(isRewriteReply({ ok: false, error: { code: "text_too_long", message: "…" } }, text));
  for (const reply of [
    ok([{ ...edit, original: "Sent" }]),
    ok([{ ...edit, end: 40 }]),
    ok([{ ...edit, replacement: 3 }]),
    ok([{ start: 16, end: 17, original: ".", replacement: "?" }, edit]),
    { ok: true, response: { rewrite: { text: 1, edits: [] } } },
    { ok: true, response: {} },
    null,
  ]) {
    assert.equal(isRewriteReply(reply, text), false, JSON.stringify(reply));
  }
});

test("senders: only this extension's content script (in a tab) or its own pages", () => {
  const tab = { id: 3 } as chrome.tabs.Tab;
  assert.ok(isOwnSender({ id: ID, tab, url: "https://x.com/compose" }, true));
  assert.ok(isOwnSender({ id: ID, url: `chrome-extension://${ID}/background/chromium.js` }, false));
  assert.ok(!isOwnSender({ id: "another-extension", tab, url: "https://x.com/" }, true), "another extension");
  assert.ok(!isOwnSender({ tab, url: "https://evil.example/" }, true), "a web page (no extension id)");
  assert.ok(!isOwnSender({ id: ID, tab, url: "https://x.com/" }, false), "a content script talking to the engine");
  assert.ok(!isOwnSender({ id: ID, url: `chrome-extension://${ID}/popup/popup.html` }, true), "no tab");
  assert.ok(!isOwnSender({ id: ID, tab, url: "file:///etc/passwd" }, true), "not a web page");
  assert.ok(!isOwnSender({ id: ID, url: "chrome-extension://someone-else/x.js" }, false));
});

test("replies: offsets inside the checked text, replacements strings", () => {
  const text = "I has a dreem";
  const suggestion = { start: 8, end: 13, replacements: ["dream"] };
  assert.ok(isCheckReply({ ok: true, response: { suggestions: [suggestion] } }, text));
  assert.ok(isCheckReply({ ok: false, error: { code: "text_too_long", message: "…" } }, text));
  for (const reply of [
    null,
    { ok: "yes" },
    { ok: true },
    { ok: true, response: { suggestions: "none" } },
    { ok: true, response: { suggestions: [{ ...suggestion, end: 14 }] } },
    { ok: true, response: { suggestions: [{ ...suggestion, start: -1 }] } },
    { ok: true, response: { suggestions: [{ ...suggestion, start: 9, end: 8 }] } },
    { ok: true, response: { suggestions: [{ ...suggestion, start: 8.5 }] } },
    { ok: true, response: { suggestions: [{ ...suggestion, replacements: [null] }] } },
    { ok: true, response: { suggestions: [null] } },
  ]) {
    assert.equal(isCheckReply(reply, text), false, JSON.stringify(reply));
  }
});
