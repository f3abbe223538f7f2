// The side panel: the problems of the text on show (the same suggestions the underlines and
// cards show) and how the post sounds. Built from text nodes only: the post and the model's words
// never become markup.
import type { CheckResponse, Suggestion, ToneDimensionName } from "../../wasm/engine/src/types.js";
import { COLOURS, underlineKind } from "../../extension/src/content/kinds.js";
import { isRightToLeft } from "../../extension/src/shared/explain_languages.js";
import { t } from "../../extension/src/shared/i18n.js";
import { targetLabelKey } from "../../extension/src/shared/sites.js";

const DIMENSIONS: readonly ToneDimensionName[] = ["formality", "politeness", "confidence", "sentiment"];
const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ""): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

export function renderProblems(
  list: HTMLElement,
  summary: HTMLElement,
  shown: readonly Suggestion[],
  milliseconds: number,
  open: (suggestion: Suggestion) => void,
): void {
  const count = shown.length === 1 ? "1 problem" : `${shown.length} problems`;
  summary.textContent = `${count} · checked on this device in ${milliseconds.toFixed(1)} ms`;
  list.replaceChildren(
    ...shown.map((suggestion) => {
      const item = document.createElement("li");
      const kind = element("span", "kind", t(`kind${capital(suggestion.kind)}`));
      kind.style.color = COLOURS[underlineKind(suggestion.kind)];
      const replacement = suggestion.replacements[0];
      const fix = element("span", "fix", replacement === undefined ? suggestion.original : `${suggestion.original} → ${replacement || "∅"}`);
      fix.lang = "en";
      const why = element("span", "why", suggestion.explanation.message);
      why.lang = suggestion.explanation.language;
      why.dir = isRightToLeft(suggestion.explanation.language) ? "rtl" : "ltr";
      item.append(kind, fix, why);
      item.dataset["start"] = String(suggestion.start);
      item.addEventListener("click", () => open(suggestion));
      return item;
    }),
  );
}

export function renderTone(panel: HTMLElement, targetLabel: HTMLElement, tone: CheckResponse["tone"]): void {
  if (!tone) {
    panel.replaceChildren(element("p", "words", "Write something to read its tone."));
    targetLabel.textContent = "";
    return;
  }
  targetLabel.textContent = `· ${t("toneExpected", t(targetLabelKey(tone.target)))}`;
  const rows = DIMENSIONS.map((dimension) => {
    const reading = tone[dimension];
    const row = element("div", "tone-row");
    row.dataset["dimension"] = dimension;
    const meter = element("div", "meter");
    const fill = document.createElement("span");
    fill.style.width = `${Math.round(reading.score * 100)}%`;
    meter.append(fill);
    row.append(
      element("span", "dimension", t(`tone${capital(dimension)}`)),
      element("strong", "label", t(`tone${capital(reading.label)}`)),
      meter,
      element("span", "score", reading.score.toFixed(2)),
    );
    return row;
  });
  const notes = tone.notes.map((note) => {
    const paragraph = element("p", "tone-note", note.message);
    paragraph.lang = note.language;
    paragraph.dir = isRightToLeft(note.language) ? "rtl" : "ltr";
    return paragraph;
  });
  panel.replaceChildren(...rows, ...notes);
}
