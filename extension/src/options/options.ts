// The options page: dialect, personal dictionary, rules and sites turned off.
import type { Dialect } from "../../../wasm/engine/src/types.js";
import { loadSettings, onSettingsChanged, saveSettings, type Settings } from "../shared/settings.js";

function list(id: string, items: readonly string[], remove: (item: string) => void): void {
  const ul = document.getElementById(id)!;
  ul.replaceChildren(
    ...items.map((item) => {
      const li = document.createElement("li");
      li.textContent = item;
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = "Remove";
      button.setAttribute("aria-label", `Remove ${item}`);
      button.addEventListener("click", () => remove(item));
      li.append(button);
      return li;
    }),
  );
}

function render(settings: Settings): void {
  (document.getElementById("dialect") as HTMLSelectElement).value = settings.dialect;
  (document.getElementById("hide-spellcheck") as HTMLInputElement).checked = settings.hideBrowserSpellcheck;
  list("words", settings.personalWords, (w) => void saveSettings({ personalWords: settings.personalWords.filter((x) => x !== w) }));
  list("rules", settings.disabledRules, (r) => void saveSettings({ disabledRules: settings.disabledRules.filter((x) => x !== r) }));
  list("sites", settings.disabledSites, (h) => void saveSettings({ disabledSites: settings.disabledSites.filter((x) => x !== h) }));
}

function addFrom(formId: string, inputId: string, field: "personalWords" | "disabledRules"): void {
  document.getElementById(formId)!.addEventListener("submit", async (event) => {
    event.preventDefault();
    const input = document.getElementById(inputId) as HTMLInputElement;
    const value = input.value.trim();
    const current = await loadSettings();
    if (value && !current[field].includes(value)) await saveSettings({ [field]: [...current[field], value] });
    input.value = "";
  });
}

document.getElementById("dialect")!.addEventListener("change", (event) => {
  void saveSettings({ dialect: (event.target as HTMLSelectElement).value as Dialect | "any" });
});
document.getElementById("hide-spellcheck")!.addEventListener("change", (event) => {
  void saveSettings({ hideBrowserSpellcheck: (event.target as HTMLInputElement).checked });
});
addFrom("add-word", "word", "personalWords");
addFrom("add-rule", "rule", "disabledRules");
onSettingsChanged(render);
render(await loadSettings());
