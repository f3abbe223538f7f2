// `npm run playground`: serves the built playground (build/web/playground) on the loopback address
// and prints its URL. Static files only; the page's CSP allows it to fetch nothing but its own
// files.
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
const server = await serveStatic({ "/": folder }, { csp: PLAYGROUND_CSP, port });
console.log(`Nib playground: ${server.origin}/  (Ctrl+C stops it)`);
