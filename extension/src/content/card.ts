// The suggestion card: in a closed shadow root (page scripts cannot read or restyle it), built from
// text nodes only (never innerHTML with page or model text), keyboard accessible (buttons, Escape
// closes, focus returns to the field). Buttons act on the user's own clicks and keys only.
import type { Suggestion } from "../../../wasm/engine/src/types.js";
import { isRightToLeft } from "../shared/explain_languages.js";
import { t, uiDirection, uiLanguage } from "../shared/i18n.js";
import { trustedButton } from "./trusted_button.js";
import { COLOURS, underlineKind } from "./kinds.js";

const KIND_LABELS: Record<Suggestion["kind"], string> = {
  spelling: "kindSpelling",
  grammar: "kindGrammar",
  punctuation: "kindPunctuation",
  style: "kindStyle",
  tone: "kindTone",
};

export interface CardActions {
  apply(replacement: string): void;
  ignore(): void;
  addToDictionary(): void;
  close(): void;
}

const CARD_CSS = `
:host { all: initial; position: fixed; z-index: 2147483647; }
.card { font: 14px/1.4 system-ui, sans-serif; color: #202124; background: #fff; border: 1px solid #dadce0;
  border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.18); padding: 10px 12px; max-width: 340px; }
.kind { font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; }
.message[dir="rtl"] { text-align: right; }
.message { margin: 6px 0 8px; }
.replacements { display: flex; flex-wrap: wrap; gap: 6px; margin-bottom: 8px; }
button { font: inherit; cursor: pointer; border-radius: 6px; padding: 3px 10px; border: 1px solid #dadce0; background: #f8f9fa; color: #202124; }
button.replacement { font-weight: 600; background: #e8f0fe; border-color: #1a73e8; color: #174ea6; }
button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
.actions { display: flex; gap: 6px; }
`;

export class Card {
  private readonly host = document.createElement("nib-card");
  private readonly shadow = this.host.attachShadow({ mode: "closed" });
  private actions: CardActions | undefined;

  constructor() {
    const style = document.createElement("style");
    style.textContent = CARD_CSS;
    this.shadow.append(style);
    // Clicking the card must not move the focus out of the editor (it would lose the selection).
    this.host.addEventListener("mousedown", (event) => event.preventDefault());
    this.host.addEventListener("keydown", (event) => {
      if (event.isTrusted && event.key === "Escape") {
        event.stopPropagation();
        this.actions?.close();
      }
    });
  }

  get isOpen(): boolean {
    return this.host.isConnected;
  }

  show(suggestion: Suggestion, anchor: DOMRect, actions: CardActions, focus: boolean): void {
    this.actions = actions;
    const card = document.createElement("div");
    card.className = "card";
    card.setAttribute("role", "dialog");
    const kindLabel = t(KIND_LABELS[suggestion.kind]);
    card.setAttribute("aria-label", t("cardLabel", kindLabel));
    // The buttons follow the browser's language, the explanation its own (they may differ).
    card.lang = uiLanguage();
    card.dir = uiDirection();
    const kind = document.createElement("div");
    kind.className = "kind";
    kind.textContent = kindLabel;
    kind.style.color = COLOURS[underlineKind(suggestion.kind)];
    const message = document.createElement("div");
    message.className = "message";
    message.textContent = suggestion.explanation.message;
    message.lang = suggestion.explanation.language;
    message.dir = isRightToLeft(suggestion.explanation.language) ? "rtl" : "ltr";
    const replacements = document.createElement("div");
    replacements.className = "replacements";
    replacements.lang = "en";  // English words, in English order, in any interface language
    replacements.dir = "ltr";
    for (const replacement of suggestion.replacements) {
      replacements.append(trustedButton(replacement || t("cardRemove"), "replacement", () => actions.apply(replacement)));
    }
    const buttons = document.createElement("div");
    buttons.className = "actions";
    buttons.append(trustedButton(t("cardIgnore"), "ignore", () => actions.ignore()));
    if (suggestion.kind === "spelling") {
      buttons.append(trustedButton(t("cardAddToDictionary"), "add", () => actions.addToDictionary()));
    }
    card.append(kind, message, replacements, buttons);
    this.shadow.querySelector(".card")?.remove();
    this.shadow.append(card);
    if (!this.host.isConnected) document.documentElement.append(this.host);
    const left = Math.max(4, Math.min(anchor.left, window.innerWidth - 350));
    const below = anchor.bottom + 6;
    this.host.style.left = `${left}px`;
    this.host.style.top = `${below + 160 > window.innerHeight ? Math.max(4, anchor.top - 170) : below}px`;
    if (focus) card.querySelector("button")?.focus();
  }

  hide(): void {
    this.host.remove();
    this.actions = undefined;
  }

  /** The event happened inside the card. */
  holds(event: Event): boolean {
    return event.composedPath().includes(this.host);
  }
}
