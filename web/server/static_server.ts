// A static file server on the loopback address for the browser tests. It serves only the folders
// it is given and, unless told otherwise, sends the extension pages' CSP, so a page that works here
// works in the extension.
import { createServer, type Server } from "node:http";
import { readFile } from "node:fs/promises";
import path from "node:path";

export const EXTENSION_CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; connect-src 'self'";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".css": "text/css; charset=utf-8",
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** `mounts`: URL prefix ("/build/") → folder on disk. `csp`: the header to send, if any. */
export async function serveStatic(mounts: Record<string, string>, csp: string | null = EXTENSION_CSP): Promise<StaticServer> {
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const prefix = Object.keys(mounts).find((p) => url.pathname.startsWith(p));
    const folder = prefix === undefined ? undefined : mounts[prefix];
    const file = folder && prefix ? path.join(folder, decodeURIComponent(url.pathname.slice(prefix.length))) : "";
    if (!folder || !file.startsWith(path.resolve(folder) + path.sep)) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
        "cache-control": "no-store",
        ...(csp ? { "content-security-policy": csp } : {}),
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the test server has no port");
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
