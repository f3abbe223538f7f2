// A static file server on the loopback address, for the playground (`npm run playground`) and the
// browser tests. It serves only the folders it is given, and sends a CSP: by default the extension
// pages' own, so a page that works here works in the extension.
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
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** The CSP header to send; null sends none. */
  csp?: string | null;
  /** 0 (the default) picks a free port. */
  port?: number;
}

/** `mounts`: URL prefix ("/build/") → folder on disk. A path ending in "/" serves its index.html. */
export async function serveStatic(mounts: Record<string, string>, options: ServeOptions = {}): Promise<StaticServer> {
  const csp = options.csp === undefined ? EXTENSION_CSP : options.csp;
  // The longest prefix wins, so "/" can mount a site with more specific folders beside it.
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const prefix = prefixes.find((p) => url.pathname.startsWith(p));
    const folder = prefix === undefined ? undefined : mounts[prefix];
    let relative = "";
    try {
      relative = decodeURIComponent(url.pathname.slice(prefix?.length ?? 0));
    } catch {
      response.writeHead(400).end();
      return;
    }
    if (relative === "" || relative.endsWith("/")) relative += "index.html";
    const file = folder ? path.join(folder, relative) : "";
    if (!folder || !file.startsWith(path.resolve(folder) + path.sep)) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
        "content-length": body.length,
        "cache-control": "no-store",
        ...(csp ? { "content-security-policy": csp } : {}),
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", resolve);
  });
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the server has no port");
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
