// The toolbar popup: on/off, on/off for the current site, and the privacy statement.
import { localizePage } from "../shared/i18n.js";
import { loadSettings, saveSettings } from "../shared/settings.js";

localizePage();

function checkbox(id: string): HTMLInputElement {
  return document.getElementById(id) as HTMLInputElement;
}

async function currentHost(): Promise<string | undefined> {
  // activeTab: the popup may read the URL of the tab it was opened on, and nothing else.
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  try {
    return tab?.url ? new URL(tab.url).hostname || undefined : undefined;
  } catch {
    return undefined;
  }
}

const settings = await loadSettings();
const host = await currentHost();
const enabled = checkbox("enabled");
const site = checkbox("site");
enabled.checked = settings.enabled;
enabled.addEventListener("change", () => void saveSettings({ enabled: enabled.checked }));
if (host) {
  document.getElementById("host")!.textContent = host;
  site.checked = !settings.disabledSites.includes(host);
  site.addEventListener("change", async () => {
    const current = await loadSettings();
    const others = current.disabledSites.filter((h) => h !== host);
    await saveSettings({ disabledSites: site.checked ? others : [...others, host] });
  });
} else {
  site.disabled = true;
}
