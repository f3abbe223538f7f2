// The options page: dialect, explanation language, personal dictionary, rules and sites turned off.
import type { Dialect } from "../../../wasm/engine/src/types.js";
import { EXPLAIN_LANGUAGES } from "../shared/explain_languages.js";
import { localizePage, t } from "../shared/i18n.js";
import { loadSettings, onSettingsChanged, saveSettings, type Settings } from "../shared/settings.js";

function list(id: string, items: readonly string[], remove: (item: string) => void): void {
  const ul = document.getElementById(id)!;
  ul.replaceChildren(
    ...items.map((item) => {
      const li = document.createElement("li");
      li.textContent = item;
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = t("optionsRemove");
      button.setAttribute("aria-label", t("optionsRemoveItem", item));
      button.addEventListener("click", () => remove(item));
      li.append(button);
      return li;
    }),
  );
}

function render(settings: Settings): void {
  (document.getElementById("dialect") as HTMLSelectElement).value = settings.dialect;
  (document.getElementById("explain-language") as HTMLSelectElement).value = settings.explainLanguage;
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

localizePage();
const languageMenu = document.getElementById("explain-language") as HTMLSelectElement;
for (const language of EXPLAIN_LANGUAGES) {
  const option = document.createElement("option");
  option.value = language.code;
  option.lang = language.code;
  option.textContent = language.name;
  languageMenu.append(option);
}
languageMenu.addEventListener("change", () => void saveSettings({ explainLanguage: languageMenu.value }));
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
