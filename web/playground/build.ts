// Builds the playground into build/web/playground: the page bundled with esbuild (from the
// TypeScript tsc compiled into build/js), onnxruntime-web's WASM build, the engine's assets
// (build/assets, as in the extension) and the extension's interface catalogues, plus assets.json,
// the list of files the page reads while loading (with sizes, for the progress bar). Static files
// only: serve the folder from any web server (`npm run playground` does). Run from the repository
// root after scripts/build.sh has built the assets.
import { cpSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

import { build } from "esbuild";

const root = process.cwd();
const source = path.join(root, "web/playground");
const out = path.join(root, "build/web/playground");
const ortDist = path.join(root, "node_modules/onnxruntime-web/dist");
const ORT_FILES = ["ort.wasm.min.js", "ort-wasm-simd-threaded.mjs", "ort-wasm-simd-threaded.wasm"];
/** Files the page does not read while loading (licence texts ship beside the dictionaries). */
const NOT_LOADED = new Set(["licences"]);

function filesUnder(dir: string, prefix: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const relative = `${prefix}${entry.name}`;
    if (NOT_LOADED.has(entry.name)) return [];
    return entry.isDirectory() ? filesUnder(path.join(dir, entry.name), `${relative}/`) : [relative];
  });
}

rmSync(out, { recursive: true, force: true });
mkdirSync(path.join(out, "ort"), { recursive: true });
for (const file of ["index.html", "playground.css"]) cpSync(path.join(source, file), path.join(out, file));
for (const file of ORT_FILES) cpSync(path.join(ortDist, file), path.join(out, "ort", file));
cpSync(path.join(root, "build/assets"), path.join(out, "assets"), { recursive: true });
cpSync(path.join(root, "extension/locales"), path.join(out, "locales"), { recursive: true });
await build({
  entryPoints: [path.join(root, "build/js/web/playground/main.js")],
  outfile: path.join(out, "playground.js"),
  bundle: true,
  format: "esm",
  target: ["chrome116", "firefox140"],
  legalComments: "none",
  logLevel: "warning",
});

const loaded = [
  ...filesUnder(path.join(out, "assets"), "assets/"),
  ...filesUnder(path.join(out, "locales"), "locales/"),
  "ort/ort-wasm-simd-threaded.wasm",
];
const files = Object.fromEntries(loaded.map((file) => [file, statSync(path.join(out, file)).size]));
writeFileSync(path.join(out, "assets.json"), `${JSON.stringify({ files }, null, 2)}\n`);
const megabytes = Object.values(files).reduce((a, b) => a + b, 0) / 2 ** 20;
console.log(`playground: ${path.relative(root, out)} (${megabytes.toFixed(1)} MiB read while loading)`);
