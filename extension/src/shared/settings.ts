// The user's settings, in chrome.storage.local (never synced: personal words stay on the device).
import type { Dialect, ToneTarget } from "../../../wasm/engine/src/types.js";

export interface Settings {
  enabled: boolean;
  /** Hostnames where Nib is switched off. */
  disabledSites: string[];
  dialect: Dialect | "any";
  personalWords: string[];
  disabledRules: string[];
  /** The language of explanations: "auto" (the browser's) or a code of EXPLAIN_LANGUAGES. */
  explainLanguage: string;
  /** Turn off the browser's own red squiggles in fields Nib checks. */
  hideBrowserSpellcheck: boolean;
  /** Show the tone badge next to the field. */
  showTone: boolean;
  /** The tone the user expects per site id (shared/sites.ts: linkedin, x, …, "other"); a site not
   * listed has its default. */
  siteTones: Record<string, ToneTarget>;
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  dialect: "any",
  personalWords: [],
  disabledRules: [],
  explainLanguage: "auto",
  hideBrowserSpellcheck: true,
  showTone: true,
  siteTones: {},
};

export async function loadSettings(): Promise<Settings> {
  const stored = (await chrome.storage.local.get("settings")) as { settings?: Partial<Settings> };
  return { ...DEFAULT_SETTINGS, ...(stored.settings ?? {}) };
}

export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const settings = { ...(await loadSettings()), ...change };
  await chrome.storage.local.set({ settings });
  return settings;
}

export function onSettingsChanged(listener: (settings: Settings) => void): void {
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area === "local" && changes["settings"]) {
      listener({ ...DEFAULT_SETTINGS, ...((changes["settings"].newValue as Partial<Settings>) ?? {}) });
    }
  });
}

export function siteEnabled(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(hostname);
}
