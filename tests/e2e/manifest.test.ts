// The extension asks for the fewest permissions, and exactly the ones the README lists with a
// reason; it loads no remote code and evaluates no strings.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";

import { EXPLAIN_LANGUAGES } from "../../extension/src/shared/explain_languages.js";
import { root } from "./extension_fixture.js";

type Manifest = {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  content_security_policy?: { extension_pages?: string };
  web_accessible_resources?: unknown;
  externally_connectable?: unknown;
};

function manifest(browser: string): Manifest {
  return JSON.parse(readFileSync(`${root}build/extension/${browser}/manifest.json`, "utf8")) as Manifest;
}

/** The README's permission table: `name` in the first column, a reason in the second. */
function documented(): Map<string, string> {
  const readme = readFileSync(`${root}README.md`, "utf8");
  const section = readme.split("### Permissions")[1]?.split(/\n#{2,3} /)[0] ?? "";
  const rows = new Map<string, string>();
  for (const line of section.split("\n")) {
    const cells = line.split("|").map((c) => c.trim());
    const names = [...(cells[1] ?? "").matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
    for (const name of names) if ((cells[2] ?? "").length > 10) rows.set(name, cells[2]!);
  }
  return rows;
}

for (const browser of ["chromium", "firefox"]) {
  test(`${browser}: every permission and site match is in the README with a reason, and nothing more`, () => {
    const m = manifest(browser);
    const asked = [
      ...(m.permissions ?? []),
      ...(m.host_permissions ?? []),
      ...(m.optional_permissions ?? []),
      ...(m.content_scripts ?? []).flatMap((c) => c.matches),
    ];
    const listed = documented();
    assert.ok(listed.size >= 3, "README has a ### Permissions table");
    for (const permission of asked) assert.ok(listed.has(permission), `${permission} is not in the README`);
    assert.deepEqual(m.host_permissions ?? [], []);
    assert.equal(m.web_accessible_resources, undefined);
    assert.equal(m.externally_connectable, undefined);
    // connect-src 'self': the engine's pages could not reach the network even if code tried.
    assert.equal(m.content_security_policy?.extension_pages, "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'; connect-src 'self'");
  });
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

test("the extension's code, onnxruntime's included, has no eval, no new Function, no remote script", () => {
  const ours = files(`${root}build/extension/chromium`).filter((f) => /\.(m?js|html)$/.test(f));
  assert.ok(ours.length >= 6);
  for (const file of ours) {
    const code = readFileSync(file, "utf8");
    assert.doesNotMatch(code, /\beval\s*\(|new\s+Function\s*\(/, file);
    assert.doesNotMatch(code, /<script[^>]+src=["']https?:/i, file);
    assert.doesNotMatch(code, /import\s*\(\s*["']https?:/, file);
  }
});

test("no markup from strings, no polling timers, in any of the extension's code", () => {
  for (const browser of ["chromium", "firefox"]) {
    for (const file of files(`${root}build/extension/${browser}`).filter((f) => /\.m?js$/.test(f))) {
      const code = readFileSync(file, "utf8");
      assert.doesNotMatch(code, /\.(innerHTML|outerHTML)\s*[+]?=|insertAdjacentHTML|document\.write|createContextualFragment/, file);
      assert.doesNotMatch(code, /\bsetInterval\s*\(/, file);
    }
  }
});

test("the content script talks only to the extension, and its UI is in closed shadow roots", () => {
  for (const browser of ["chromium", "firefox"]) {
    const code = readFileSync(`${root}build/extension/${browser}/content.js`, "utf8");
    assert.doesNotMatch(
      code,
      /\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|RTCPeerConnection|importScripts|\.postMessage\s*\(|\bconnect\s*\(|window\.open\s*\(/,
      `${browser} content.js`,
    );
    // Page text (checks and rewrites) leaves the content script only through runtime.sendMessage,
    // to the extension.
    assert.equal(code.match(/sendMessage\s*\(/g)?.length, 1, "one sendMessage call");
    const modes = [...code.matchAll(/attachShadow\(\s*\{\s*mode:\s*"(\w+)"/g)].map((m) => m[1]);
    assert.ok(modes.length >= 3, "the card, the tone panel and the mirror have shadow roots");
    assert.deepEqual([...new Set(modes)], ["closed"]);
  }
});

// Words a language writes exactly as English does (German "neutral", Spanish "formal").
const SAME_WORD: Record<string, string[]> = {
  de: ["toneNeutral"],
  es: ["toneFormal", "targetGeneral"],
  fr: ["toneSentiment"],
  id: ["toneFormal"],
  "pt-BR": ["toneFormal"],
};

test("every explanation language has the core's catalogue and the interface's _locales, in both builds", () => {
  const stems = (dir: string, ext: string) =>
    readdirSync(`${root}${dir}`).filter((f) => f.endsWith(ext)).map((f) => f.slice(0, -ext.length)).sort();
  const codes = EXPLAIN_LANGUAGES.map((l) => l.code).sort();
  assert.equal(codes.length, 15);
  assert.deepEqual(stems("core/explain/messages", ".tsv"), codes);
  assert.deepEqual(stems("extension/locales", ".json"), codes);
  const english = JSON.parse(readFileSync(`${root}extension/locales/en.json`, "utf8")) as Record<string, string>;
  for (const browser of ["chromium", "firefox"]) {
    const m = manifest(browser) as Manifest & { name?: string; default_locale?: string };
    assert.equal(m.default_locale, "en");
    assert.equal(m.name, "__MSG_extName__");
    for (const code of codes) {
      const file = `${root}build/extension/${browser}/_locales/${code.replace("-", "_")}/messages.json`;
      const messages = JSON.parse(readFileSync(file, "utf8")) as Record<string, { message: string }>;
      assert.deepEqual(Object.keys(messages).sort(), Object.keys(english).sort(), file);
      for (const [key, { message }] of Object.entries(messages)) {
        assert.ok(message.trim().length > 0, `${file}: ${key}`);
        if (code !== "en" && key !== "actionTitle" && !key.startsWith("dialect") && key !== "kindStyle" && key !== "kindTone" && !SAME_WORD[code]?.includes(key)) {
          assert.notEqual(message, english[key], `${file}: ${key} is translated`);
        }
      }
    }
  }
});
