// `npm run playground`: serves the built playground (build/web/playground) on the loopback address
// and prints its URL. Static files only; the page's CSP allows it to fetch nothing but its own
// files.
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

import { serveStatic } from "../server/static_server.js";
import { PLAYGROUND_CSP } from "./csp.js";

const { values } = parseArgs({ options: { port: { type: "string", default: "8080" } } });
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`playground: --port must be a port number, not ${values.port}`);
  process.exit(2);
}
const folder = path.join(process.cwd(), "build/web/playground");
if (!existsSync(path.join(folder, "index.html"))) {
  console.error("playground: build/web/playground is missing: run bash scripts/build.sh (or scripts/setup.sh) first");
  process.exit(1);
}
const server = await serveStatic({ "/": folder }, { csp: PLAYGROUND_CSP, port }).catch((error: NodeJS.ErrnoException) => {
  console.error(error.code === "EADDRINUSE" ? `playground: port ${port} is in use; pick another with --port N` : `playground: ${error.message}`);
  process.exit(1);
});
console.log(`Nib playground: ${server.origin}/  (Ctrl+C stops it)`);
