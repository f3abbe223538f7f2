// Debian's Chromium with the built extension loaded unpacked, the test pages on a loopback server,
// and every request any page or extension context makes, for the privacy check.
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { after, before } from "node:test";

import type { BrowserContext, Page } from "playwright-core";

import { launchChromium } from "../browser/chromium.js";
import { mirrorMarks, waitFor } from "./closed_shadow.js";
import { collectHighlights, editableCentreOf, isTextControlEditor } from "./page_probes.js";
import { serveStatic, type StaticServer } from "../../web/server/static_server.js";

export const root = fileURLToPath(new URL("../../../../", import.meta.url));
export const EXTENSION_DIR = `${root}build/extension/chromium`;
const ARTIFACTS = `${root}build/e2e-artifacts`;

/** Where a test keeps a screenshot or log for people to look at. */
export function artifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}

export interface Harness {
  context: BrowserContext;
  server: StaticServer;
  extensionId: string;
  /** Requests the pages made (Playwright sees pages, not extension contexts). */
  requests: string[];
  open(page: string): Promise<Page>;
  /** Closes the browser and returns every request its network stack made, from any context. */
  close(): Promise<NetworkRequest[]>;
}

export interface NetworkRequest {
  /** The origin that asked ("not an origin" for the browser's own requests). */
  initiator: string;
  url: string;
}

// Chromium's NetLog records every request of the whole browser (pages, the extension's service
// worker and offscreen document, the browser itself) with the origin that made it: the privacy
// check reads it. The extension's own files (chrome-extension://) never reach the network stack.
function netLogRequests(file: string): NetworkRequest[] {
  const log = JSON.parse(readFileSync(file, "utf8")) as {
    constants: { logEventTypes: Record<string, number> };
    events?: { type: number; params?: Record<string, unknown> }[];
  };
  const start = log.constants.logEventTypes["URL_REQUEST_START_JOB"];
  const requests: NetworkRequest[] = [];
  for (const event of log.events ?? []) {
    const url = event.params?.["url"];
    if (event.type !== start || typeof url !== "string") continue;
    requests.push({ initiator: String(event.params?.["initiator"] ?? "not an origin"), url });
  }
  return requests;
}

export async function startHarness(uiLanguage?: string): Promise<Harness> {
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`${EXTENSION_DIR} is missing: run scripts/build.sh`);
  }
  // The sites' pages get no CSP of their own here; the extension must not need one.
  const server = await serveStatic({ "/": `${root}build/web/testpages/` }, { csp: null });
  const netLog = path.join(mkdtempSync(path.join(tmpdir(), "nib-netlog-")), "netlog.json");
  const context = await launchChromium([
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
    `--log-net-log=${netLog}`,
  ], uiLanguage);
  const requests: string[] = [];
  context.on("request", (request) => requests.push(request.url()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    server,
    extensionId,
    requests,
    async open(name) {
      const page = await context.newPage();
      await page.goto(`${server.origin}/${name}.html`);
      await page.waitForFunction(() => window.testEditor !== undefined);
      return page;
    },
    async close() {
      await context.close();
      await server.close();
      return netLogRequests(netLog);
    },
  };
}

/** Underlined text on the page, by kind: CSS highlights (contenteditable) and the mirror's marks
 * (text controls, in a closed shadow root). */
export async function underlines(page: Page): Promise<[string, string][]> {
  const marks = await mirrorMarks(page);
  return [...(await page.evaluate(collectHighlights)), ...marks.map(({ kind, text }): [string, string] => [kind, text])];
}

/** The centre of the first occurrence of `word` in the editor, on screen (for a text control,
 * its underline mark's). */
export async function wordCentre(page: Page, word: string): Promise<{ x: number; y: number }> {
  if (!(await page.evaluate(isTextControlEditor))) return page.evaluate(editableCentreOf, word);
  const mark = (await mirrorMarks(page)).find((m) => m.text === word);
  if (!mark) throw new Error(`"${word}" is not underlined`);
  return mark;
}

export async function waitForUnderline(page: Page, word: string, kind: string | null = null, present = true): Promise<void> {
  await waitFor(
    `${word} ${present ? "" : "not "}underlined${kind ? ` as ${kind}` : ""}`,
    async () => {
      const found = (await underlines(page)).some(([k, text]) => text === word && (kind === null || k === kind));
      return found === present ? true : undefined;
    },
    60_000,
  );
}

/** One harness for a test file: started before its tests (handed to `started`), closed after
 * them. Answers the file's last test: it closes the harness and checks its privacy. */
export function harnessForFile(started: (harness: Harness) => void): () => Promise<void> {
  let harness: Harness | undefined;
  let closed = false;
  before(async () => {
    harness = await startHarness();
    started(harness);
  });
  after(async () => {
    if (!closed) await harness?.close();
  });
  return async () => {
    closed = true;
    await closeAndCheckPrivacy(harness!);
  };
}

/** Closes the harness and fails on any request the extension made, or a page made to anywhere
 * but the test server. */
export async function closeAndCheckPrivacy(harness: Harness): Promise<void> {
  const requests = await harness.close();
  const extension = `chrome-extension://${harness.extensionId}`;
  const origin = harness.server.origin;
  if (!requests.some((r) => r.url.startsWith(`${origin}/`))) throw new Error("the NetLog saw no test page load");
  const foreign = requests.filter(
    (r) => r.initiator === extension || (r.initiator === origin && !r.url.startsWith(`${origin}/`)),
  );
  if (foreign.length > 0) throw new Error(`requests that must not happen: ${JSON.stringify(foreign)}`);
  // Playwright's own view of the pages agrees (the options page loads the extension's own files).
  const seen = harness.requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith(`${extension}/`));
  if (seen.length > 0) throw new Error(`pages requested: ${JSON.stringify(seen)}`);
}
