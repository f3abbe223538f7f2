// A proxy on the loopback address that forwards nothing: it records every request a browser sends
// it (plain HTTP by URL, HTTPS by CONNECT host) and refuses it. Firefox's privacy check routes all
// non-local traffic of the whole browser (pages, the extension's background page) here.
import { createServer } from "node:http";

export interface RecordingProxy {
  port: number;
  seen: string[];
  close(): Promise<void>;
}

export async function startRecordingProxy(): Promise<RecordingProxy> {
  const seen: string[] = [];
  const server = createServer((request, response) => {
    seen.push(request.url ?? "");
    response.writeHead(502).end();
  });
  server.on("connect", (request, socket) => {
    seen.push(`https://${request.url ?? ""}`);
    socket.end("HTTP/1.1 502 Bad Gateway\r\n\r\n");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the proxy has no port");
  return {
    port: address.port,
    seen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
