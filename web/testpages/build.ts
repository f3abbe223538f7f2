// Bundles the test pages (each with its editor framework from npm) into build/web/testpages.
// Run from the repository root after tsc (the pages' TypeScript is compiled into build/js).
import { cpSync, mkdirSync, readdirSync } from "node:fs";
import path from "node:path";

import { build } from "esbuild";

const root = process.cwd();
const source = path.join(root, "web/testpages");
const compiled = path.join(root, "build/js/web/testpages");
const out = path.join(root, "build/web/testpages");

export const PAGES = readdirSync(source)
  .filter((f) => f.endsWith(".html"))
  .map((f) => f.replace(/\.html$/, ""));

mkdirSync(out, { recursive: true });
for (const file of readdirSync(source)) {
  if (file.endsWith(".html") || file.endsWith(".css")) cpSync(path.join(source, file), path.join(out, file));
}
for (const page of PAGES) {
  await build({
    entryPoints: [path.join(compiled, `${page}.js`)],
    outfile: path.join(out, `${page}.js`),
    bundle: true,
    format: "iife",
    target: ["chrome116", "firefox140"],
    define: { "process.env.NODE_ENV": '"production"', global: "globalThis" },
    legalComments: "none",
    logLevel: "warning",
  });
}
console.log(`test pages: ${PAGES.join(", ")} in ${path.relative(root, out)}`);
