// Debian's Chromium, headless, driven by playwright-core (no browser download). The flags keep it
// quiet on the network, so any request a test sees comes from the page under test.
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { chromium, type BrowserContext } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

export const QUIET_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A fresh profile each time; `args` adds flags (e.g. to load an unpacked extension);
 * `uiLanguage` sets the browser's interface language (Chromium on Linux reads LANGUAGE). */
export async function launchChromium(args: readonly string[] = [], uiLanguage?: string): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: run scripts/install_system_packages.sh (Debian's chromium)`);
  }
  const profile = mkdtempSync(path.join(tmpdir(), "nib-chromium-"));
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...QUIET_FLAGS, ...args, ...(uiLanguage ? [`--lang=${uiLanguage}`] : [])],
    ...(uiLanguage ? { env: { ...process.env, LANGUAGE: uiLanguage.replace("-", "_") }, locale: uiLanguage } : {}),
  });
}
