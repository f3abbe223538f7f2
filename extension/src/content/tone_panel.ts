// The tone badge next to the field Nib checks, and its menu: how the post sounds on four
// dimensions, the note when it is far from the tone expected on this site (a note, never an
// underline), and rewrites on request, shown as a diff to apply whole or edit by edit. In a closed
// shadow root, built from text nodes only; buttons act on the user's own clicks only.
import type {
  RewriteCandidate,
  RewriteEdit,
  RewriteGoal,
  ToneDimensionName,
  ToneReport,
} from "../../../wasm/engine/src/types.js";
import { isRightToLeft } from "../shared/explain_languages.js";
import { t, uiDirection, uiLanguage } from "../shared/i18n.js";
import { trustedButton } from "./trusted_button.js";
import { targetLabelKey } from "../shared/sites.js";

const DIMENSIONS: readonly ToneDimensionName[] = ["formality", "politeness", "confidence", "sentiment"];
const GOALS: readonly RewriteGoal[] = ["formal", "casual", "polite", "confident", "friendly"];

const GOAL_KEYS: Record<RewriteGoal, string> = {
  formal: "rewriteFormal",
  casual: "rewriteCasual",
  polite: "rewritePolite",
  confident: "rewriteConfident",
  friendly: "rewriteFriendly",
};

const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const labelText = (label: string) => t(`tone${capital(label)}`);

export interface TonePanelActions {
  /** The field's text now (the rewrite's offsets refer to it). */
  text(): string;
  rewrite(goal: RewriteGoal): Promise<RewriteCandidate | null | "failed">;
  /** Applies these edits of the shown rewrite (all of them, or one); false when the field changed. */
  apply(edits: readonly RewriteEdit[]): Promise<boolean>;
}

const CSS = `
:host { all: initial; position: fixed; z-index: 2147483646; }
.badge { font: 12px/1 system-ui, sans-serif; display: inline-flex; align-items: center; gap: 5px; cursor: pointer;
  padding: 4px 8px; border-radius: 12px; border: 1px solid #dadce0; background: #fff; color: #3c4043;
  box-shadow: 0 1px 4px rgba(0,0,0,.15); }
.badge .dot { width: 8px; height: 8px; border-radius: 50%; background: #1e8e3e; }
.badge.note .dot { background: #f29900; }
.menu { font: 14px/1.4 system-ui, sans-serif; color: #202124; background: #fff; border: 1px solid #dadce0;
  border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.18); padding: 10px 12px; width: 360px; margin-top: 6px;
  overflow: auto; box-sizing: border-box; }
h2 { font-size: 13px; margin: 0 0 6px; text-transform: uppercase; letter-spacing: .04em; color: #9334e6; }
.row { display: flex; justify-content: space-between; gap: 8px; font-size: 13px; }
.meter { flex: 0 0 60px; height: 6px; background: #eee; border-radius: 3px; align-self: center; }
.meter > span { display: block; height: 100%; background: #9334e6; border-radius: 3px; }
.expected { font-size: 12px; color: #5f6368; margin: 6px 0; }
.note { background: #fef7e0; border-radius: 6px; padding: 6px 8px; margin: 6px 0; font-size: 13px; }
.goals { display: flex; flex-wrap: wrap; gap: 6px; margin: 8px 0; }
button { font: inherit; font-size: 13px; cursor: pointer; border-radius: 6px; padding: 3px 10px; border: 1px solid #dadce0;
  background: #f8f9fa; color: #202124; }
button.apply-all { font-weight: 600; background: #e8f0fe; border-color: #1a73e8; color: #174ea6; }
button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
.diff { border: 1px solid #eee; border-radius: 6px; padding: 6px 8px; margin: 6px 0; white-space: pre-wrap; }
del { color: #c5221f; background: #fce8e6; }
ins { color: #137333; background: #e6f4ea; text-decoration: none; }
.edit { border-top: 1px solid #f1f3f4; padding: 6px 0; font-size: 13px; }
.edit .why { color: #5f6368; margin: 2px 0 4px; }
.status { font-size: 13px; color: #5f6368; margin: 6px 0; }
`;

export class TonePanel {
  private readonly host = document.createElement("nib-tone");
  private readonly shadow = this.host.attachShadow({ mode: "closed" });
  private readonly badge = document.createElement("button");
  private menu: HTMLDivElement | undefined;
  private tone: ToneReport | undefined;
  private actions: TonePanelActions | undefined;
  private anchor: HTMLElement | undefined;
  /** The rewrite on show, and the edits of it not applied yet (offsets into the current text). */
  private shown: { goal: RewriteGoal; candidate: RewriteCandidate; pending: RewriteEdit[] } | undefined;

  constructor() {
    const style = document.createElement("style");
    style.textContent = CSS;
    this.badge.type = "button";
    this.badge.className = "badge";
    this.badge.addEventListener("click", (event) => {
      if (event.isTrusted) this.toggleMenu();
    });
    // Clicking the panel must not take the focus (and the selection) from the editor.
    this.host.addEventListener("mousedown", (event) => event.preventDefault());
    this.host.addEventListener("keydown", (event) => {
      if (event.isTrusted && event.key === "Escape") {
        event.stopPropagation();
        this.closeMenu();
        this.anchor?.focus({ preventScroll: true });
      }
    });
    this.shadow.append(style, this.badge);
  }

  get menuOpen(): boolean {
    return this.menu !== undefined;
  }

  /** The event happened inside the badge or its menu. */
  holds(event: Event): boolean {
    return event.composedPath().includes(this.host);
  }

  /** The badge stands for this field. */
  isFor(field: HTMLElement): boolean {
    return this.anchor === field && this.host.isConnected;
  }

  /** Shows the badge for `field` with its latest tone reading. */
  show(field: HTMLElement, tone: ToneReport, actions: TonePanelActions): void {
    this.anchor = field;
    this.tone = tone;
    this.actions = actions;
    const noted = tone.notes.length > 0;
    this.badge.classList.toggle("note", noted);
    const main = noted ? tone[tone.notes[0]!.dimension].label : tone.formality.label;
    const dot = document.createElement("span");
    dot.className = "dot";
    const word = document.createElement("span");
    word.textContent = labelText(main);
    this.badge.replaceChildren(dot, word);
    const summary = DIMENSIONS.map((d) => `${t(`tone${capital(d)}`)}: ${labelText(tone[d].label)}`).join(", ");
    this.badge.setAttribute("aria-label", t("toneBadge", summary));
    this.badge.setAttribute("aria-expanded", String(this.menuOpen));
    this.host.lang = uiLanguage();
    this.host.dir = uiDirection();
    if (!this.host.isConnected) document.documentElement.append(this.host);
    this.place();
    if (this.menu && !this.shown) this.renderMenu();
  }

  hide(): void {
    this.closeMenu();
    this.host.remove();
    this.anchor = undefined;
  }

  /** Keeps the badge just below the field's corner (above it when the viewport ends there): it
   * never covers what the user wrote. Follows scrolling and resizing. */
  place(): void {
    if (!this.anchor || !this.host.isConnected) return;
    const box = this.anchor.getBoundingClientRect();
    const width = this.badge.offsetWidth || 80;
    const height = this.badge.offsetHeight || 22;
    const left = uiDirection() === "rtl" ? box.left : box.right - width;
    this.host.style.left = `${Math.max(4, Math.min(left, window.innerWidth - 370))}px`;
    const below = box.bottom + 4;
    const top = below + height > window.innerHeight ? box.top - height - 4 : below;
    this.host.style.top = `${Math.max(4, top)}px`;
    this.fitMenu();
  }

  /** The menu scrolls within what is left of the viewport below the badge. */
  private fitMenu(): void {
    if (!this.menu) return;
    const top = this.host.getBoundingClientRect().top + (this.badge.offsetHeight || 22) + 6;
    this.menu.style.maxHeight = `${Math.max(160, window.innerHeight - top - 8)}px`;
  }

  closeMenu(): void {
    this.menu?.remove();
    this.menu = undefined;
    this.shown = undefined;
    this.badge.setAttribute("aria-expanded", "false");
  }

  private toggleMenu(): void {
    if (this.menu) {
      this.closeMenu();
      return;
    }
    this.renderMenu()?.querySelector("button")?.focus();
  }

  private renderMenu(): HTMLDivElement | undefined {
    const tone = this.tone;
    if (!tone) return undefined;
    const menu = document.createElement("div");
    menu.className = "menu";
    menu.setAttribute("role", "dialog");
    menu.setAttribute("aria-label", t("toneMenuTitle"));
    const title = document.createElement("h2");
    title.textContent = t("toneMenuTitle");
    menu.append(title);
    for (const d of DIMENSIONS) {
      const row = document.createElement("div");
      row.className = "row";
      row.dataset["dimension"] = d;
      row.dataset["label"] = tone[d].label;
      const name = document.createElement("span");
      name.textContent = `${t(`tone${capital(d)}`)}: ${labelText(tone[d].label)}`;
      const meter = document.createElement("span");
      meter.className = "meter";
      const fill = document.createElement("span");
      fill.style.width = `${Math.round(tone[d].score * 100)}%`;
      meter.append(fill);
      row.append(name, meter);
      menu.append(row);
    }
    const expected = document.createElement("div");
    expected.className = "expected";
    expected.textContent = t("toneExpected", t(targetLabelKey(tone.target)));
    menu.append(expected);
    for (const note of tone.notes) {
      const box = document.createElement("div");
      box.className = "note";
      box.textContent = note.message;
      box.lang = note.language;
      box.dir = isRightToLeft(note.language) ? "rtl" : "ltr";
      menu.append(box);
    }
    const goals = document.createElement("div");
    goals.className = "goals";
    for (const goal of GOALS) {
      goals.append(trustedButton(t(GOAL_KEYS[goal]), `goal goal-${goal}`, () => void this.requestRewrite(goal)));
    }
    menu.append(goals);
    const result = document.createElement("div");
    result.className = "result";
    menu.append(result);
    this.menu?.remove();
    this.menu = menu;
    this.shadow.append(menu);
    this.fitMenu();
    this.badge.setAttribute("aria-expanded", "true");
    return menu;
  }

  private result(): HTMLElement | null {
    return this.menu?.querySelector<HTMLElement>(".result") ?? null;
  }

  private status(text: string): void {
    const status = document.createElement("div");
    status.className = "status";
    status.setAttribute("role", "status");
    status.textContent = text;
    this.result()?.replaceChildren(status);
  }

  private async requestRewrite(goal: RewriteGoal): Promise<void> {
    if (!this.actions) return;
    this.shown = undefined;
    this.status(t("rewriteWorking"));
    const candidate = await this.actions.rewrite(goal);
    if (!this.menu) return;
    if (candidate === null || candidate === "failed") {
      this.status(t("rewriteNone"));
      return;
    }
    this.shown = { goal, candidate, pending: [...candidate.edits] };
    this.renderRewrite();
  }

  private renderRewrite(): void {
    const shown = this.shown;
    const result = this.result();
    if (!shown || !result) return;
    if (shown.pending.length === 0) {
      this.closeMenu();
      this.anchor?.focus({ preventScroll: true });
      return;
    }
    const text = this.actions?.text() ?? "";
    const diff = document.createElement("div");
    diff.className = "diff";
    diff.lang = "en";
    diff.dir = "ltr";
    let cursor = 0;
    for (const edit of shown.pending) {
      diff.append(document.createTextNode(text.slice(cursor, edit.start)));
      if (edit.end > edit.start) {
        const del = document.createElement("del");
        del.textContent = text.slice(edit.start, edit.end);
        diff.append(del);
      }
      if (edit.replacement) {
        const ins = document.createElement("ins");
        ins.textContent = edit.replacement;
        diff.append(ins);
      }
      cursor = edit.end;
    }
    diff.append(document.createTextNode(text.slice(cursor)));
    const applyAll = trustedButton(t("rewriteApplyAll"), "apply-all", () => void this.applyEdits(shown.pending));
    const close = trustedButton(t("rewriteClose"), "close", () => {
      this.closeMenu();
      this.anchor?.focus({ preventScroll: true });
    });
    const buttons = document.createElement("div");
    buttons.className = "goals";
    buttons.append(applyAll, close);
    const edits = shown.pending.map((edit) => {
      const row = document.createElement("div");
      row.className = "edit";
      const change = document.createElement("div");
      change.lang = "en";
      change.dir = "ltr";
      const before = text.slice(edit.start, edit.end).trim();
      change.textContent = before && edit.replacement.trim() ? `“${before}” → “${edit.replacement.trim()}”` : before ? `− “${before}”` : `+ “${edit.replacement.trim()}”`;
      const why = document.createElement("div");
      why.className = "why";
      why.textContent = edit.message;
      why.lang = edit.language;
      why.dir = isRightToLeft(edit.language) ? "rtl" : "ltr";
      row.append(change, why, trustedButton(t("rewriteApplyEdit"), "apply-edit", () => void this.applyEdits([edit])));
      return row;
    });
    result.replaceChildren(diff, buttons, ...edits);
  }

  private async applyEdits(edits: readonly RewriteEdit[]): Promise<void> {
    const shown = this.shown;
    if (!shown || !this.actions) return;
    const chosen = [...edits];
    const applied = await this.actions.apply(chosen);
    if (!applied) {
      this.status(t("rewriteNone"));
      this.shown = undefined;
      return;
    }
    // The edits left keep their place: shift those after each applied one by its change in length.
    const rest = shown.pending.filter((e) => !chosen.includes(e));
    shown.pending = rest.map((edit) => {
      const shift = chosen
        .filter((c) => c.end <= edit.start)
        .reduce((sum, c) => sum + c.replacement.length - (c.end - c.start), 0);
      return { ...edit, start: edit.start + shift, end: edit.end + shift };
    });
    this.renderRewrite();
  }
}
