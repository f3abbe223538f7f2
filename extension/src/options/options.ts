// The options page: dialect, explanation language, tone (badge, expected tone per site), personal
// dictionary, rules and sites turned off.
import type { Dialect, ToneTarget } from "../../../wasm/engine/src/types.js";
import { EXPLAIN_LANGUAGES } from "../shared/explain_languages.js";
import { localizePage, t } from "../shared/i18n.js";
import { loadSettings, onSettingsChanged, saveSettings, type Settings } from "../shared/settings.js";
import { SITES, targetLabelKey, TONE_TARGETS } from "../shared/sites.js";

/** One menu per site (and one for every other site): the tone expected there. */
function siteToneRows(): void {
  const table = document.getElementById("site-tones")!;
  const rows = [...SITES.map((s) => ({ id: s.id, name: s.name, target: s.target })), { id: "other", name: t("optionsToneOther"), target: "general" as ToneTarget }];
  table.replaceChildren(
    ...rows.map((site) => {
      const tr = document.createElement("tr");
      const name = document.createElement("td");
      const label = document.createElement("label");
      label.htmlFor = `tone-${site.id}`;
      label.textContent = site.name;
      name.append(label);
      const cell = document.createElement("td");
      const select = document.createElement("select");
      select.id = `tone-${site.id}`;
      select.dataset["site"] = site.id;
      select.dataset["default"] = site.target;
      for (const target of TONE_TARGETS) {
        const option = document.createElement("option");
        option.value = target;
        option.textContent = t(targetLabelKey(target));
        select.append(option);
      }
      select.addEventListener("change", async () => {
        const current = await loadSettings();
        const siteTones = { ...current.siteTones };
        if (select.value === site.target) delete siteTones[site.id];
        else siteTones[site.id] = select.value as ToneTarget;
        await saveSettings({ siteTones });
      });
      cell.append(select);
      tr.append(name, cell);
      return tr;
    }),
  );
}

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
  (document.getElementById("show-tone") as HTMLInputElement).checked = settings.showTone;
  for (const select of document.querySelectorAll<HTMLSelectElement>("#site-tones select")) {
    select.value = settings.siteTones[select.dataset["site"]!] ?? select.dataset["default"]!;
  }
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
siteToneRows();
document.getElementById("show-tone")!.addEventListener("change", (event) => {
  void saveSettings({ showTone: (event.target as HTMLInputElement).checked });
});
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
