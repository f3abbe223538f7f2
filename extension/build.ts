// Builds the extension for Chromium and Firefox from one source: bundles the TypeScript (already
// compiled by tsc into build/js) with esbuild, writes each browser's manifest, and copies the
// pages, onnxruntime-web's WASM build and the engine's assets (build/assets). Output:
// build/extension/{chromium,firefox}. Run from the repository root after scripts/build.sh.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

import { build, type BuildOptions } from "esbuild";

const root = process.cwd();
const compiled = path.join(root, "build/js/extension/src");
const out = path.join(root, "build/extension");
const ortDist = path.join(root, "node_modules/onnxruntime-web/dist");
const ORT_FILES = ["ort.wasm.min.js", "ort-wasm-simd-threaded.mjs", "ort-wasm-simd-threaded.wasm"];

type Browser = "chromium" | "firefox";

const base = JSON.parse(readFileSync(path.join(root, "extension/manifest.base.json"), "utf8")) as Record<string, unknown>;

function manifest(browser: Browser): Record<string, unknown> {
  if (browser === "chromium") {
    return {
      ...base,
      permissions: [...(base["permissions"] as string[]), "offscreen"],
      background: { service_worker: "background/chromium.js", type: "module" },
      minimum_chrome_version: "116",
    };
  }
  return {
    ...base,
    background: { page: "background/firefox.html" },
    browser_specific_settings: {
      gecko: {
        id: "nib@nib.invalid",
        strict_min_version: "140.0",
        // Firefox's built-in data consent: Nib collects and transmits nothing.
        data_collection_permissions: { required: ["none"] },
      },
      // Firefox for Android knows data_collection_permissions from 142 on.
      gecko_android: { strict_min_version: "142.0" },
    },
  };
}

// Pages and the worker are ES modules; content scripts must be classic scripts.
function entries(browser: Browser): { entry: string; format: "esm" | "iife" }[] {
  const shared = [
    { entry: "content/main.js", format: "iife" as const },
    { entry: "popup/popup.js", format: "esm" as const },
    { entry: "options/options.js", format: "esm" as const },
  ];
  return browser === "chromium"
    ? [...shared, { entry: "background/chromium.js", format: "esm" }, { entry: "offscreen/offscreen.js", format: "esm" }]
    : [...shared, { entry: "background/firefox.js", format: "esm" }];
}

const PAGES: Record<Browser, string[]> = {
  chromium: ["popup/popup.html", "options/options.html", "shared/page.css", "offscreen/offscreen.html"],
  firefox: ["popup/popup.html", "options/options.html", "shared/page.css", "background/firefox.html"],
};

// extension/locales/<BCP 47>.json (flat key -> text, written for Nib) become the browsers'
// _locales/<xx_YY>/messages.json. Every language must have English's keys and the same $1
// substitutions: a gap fails the build instead of showing a key in the interface.
function writeLocales(dir: string): void {
  const source = path.join(root, "extension/locales");
  const read = (file: string) => JSON.parse(readFileSync(path.join(source, file), "utf8")) as Record<string, string>;
  const english = read("en.json");
  const substitutions = (text: string) => (text.match(/\$\d/g) ?? []).sort().join(",");
  for (const file of readdirSync(source).filter((f) => f.endsWith(".json"))) {
    const messages = read(file);
    const keys = Object.keys(messages).sort().join(",");
    if (keys !== Object.keys(english).sort().join(",")) throw new Error(`${file}: its keys differ from en.json's`);
    for (const [key, text] of Object.entries(english)) {
      if (substitutions(messages[key]!) !== substitutions(text)) throw new Error(`${file}: ${key} has other substitutions than en.json`);
    }
    const folder = path.join(dir, "_locales", file.replace(/\.json$/, "").replace("-", "_"));
    mkdirSync(folder, { recursive: true });
    const chrome = Object.fromEntries(Object.entries(messages).map(([key, message]) => [key, { message }]));
    writeFileSync(path.join(folder, "messages.json"), `${JSON.stringify(chrome, null, 2)}\n`);
  }
}

async function buildFor(browser: Browser): Promise<void> {
  const dir = path.join(out, browser);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const { entry, format } of entries(browser)) {
    const options: BuildOptions = {
      entryPoints: [path.join(compiled, entry)],
      outfile: path.join(dir, entry === "content/main.js" ? "content.js" : entry),
      bundle: true,
      format,
      target: ["chrome116", "firefox140"],
      legalComments: "none",
      logLevel: "warning",
    };
    await build(options);
  }
  for (const page of PAGES[browser]) cpSync(path.join(root, "extension/src", page), path.join(dir, page));
  mkdirSync(path.join(dir, "ort"), { recursive: true });
  for (const file of ORT_FILES) cpSync(path.join(ortDist, file), path.join(dir, "ort", file));
  cpSync(path.join(root, "build/assets"), path.join(dir, "assets"), { recursive: true });
  writeLocales(dir);
  writeFileSync(path.join(dir, "manifest.json"), `${JSON.stringify(manifest(browser), null, 2)}\n`);
  console.log(`extension: ${path.relative(root, dir)}`);
}

await buildFor("chromium");
await buildFor("firefox");
