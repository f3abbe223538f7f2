// One checked field: checks as the user types (debounced; the engine re-runs the model only on
// changed sentences), shows results only for the text they were computed on, opens the card and
// applies fixes.
import type {
  CheckOptions,
  RewriteCandidate,
  RewriteEdit,
  RewriteGoal,
  RewriteOptions,
  Suggestion,
  ToneReport,
} from "../../../wasm/engine/src/types.js";
import type { CheckReply, RewriteReply } from "../shared/messages.js";
import { explanationLanguage } from "../shared/explain_languages.js";
import type { Settings } from "../shared/settings.js";
import { toneTargetFor } from "../shared/sites.js";
import { applyReplacement, type ApplyResult } from "./apply.js";
import type { Card } from "./card.js";
import { MAX_FIELD_LENGTH } from "./fields.js";
import type { Surface } from "./surface.js";
import type { TonePanel } from "./tone_panel.js";

export const DEBOUNCE_MS = 250;
const CACHED_TEXTS = 20;

export interface SessionContext {
  card: Card;
  settings(): Settings;
  ignored: Set<string>;
  addWord(word: string): Promise<void>;
  send(text: string, options: CheckOptions): Promise<CheckReply>;
  sendRewrite(text: string, goal: RewriteGoal, options: RewriteOptions): Promise<RewriteReply>;
  tone: TonePanel;
  /** The session whose field has the focus (the tone badge follows it). */
  active(): FieldSession | undefined;
}

interface Answer {
  suggestions: Suggestion[];
  tone: ToneReport | undefined;
}

function ignoreKey(s: Suggestion): string {
  return `${s.rule}\u0000${s.original}`;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i += 1;
  return i;
}

export class FieldSession {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** What is underlined now, and the text its offsets refer to. */
  private checked: { text: string; suggestions: Suggestion[] } | undefined;
  private readonly answers = new Map<string, Answer>();
  private toneReport: ToneReport | undefined;
  private applyingRewrite = false;
  private seen: string | undefined;
  private lastJump = -1;

  constructor(
    readonly surface: Surface,
    private readonly context: SessionContext,
  ) {}

  /** The text changed: keep the underlines before the change, check again after a pause. */
  edited(): void {
    const text = this.surface.text();
    // Editors re-render without changing the text (selection, decorations): nothing to do.
    if (text === this.seen) return;
    this.seen = text;
    this.lastJump = -1;
    if (this.context.card.isOpen) this.context.card.hide();
    // A rewrite on show was for the text before this edit (unless it is the rewrite applying).
    if (!this.applyingRewrite && this.context.tone.isFor(this.surface.field)) this.context.tone.closeMenu();
    if (this.checked) {
      // Suggestions before the first changed character still hold, offsets and all.
      const unchangedUpTo = commonPrefix(this.checked.text, text);
      this.checked = { text, suggestions: this.checked.suggestions.filter((s) => s.end < unchangedUpTo) };
      this.surface.underline(this.visible());
    }
    this.schedule(DEBOUNCE_MS);
  }

  schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.check(), delay);
  }

  forget(): void {
    this.answers.clear();
  }

  async check(): Promise<void> {
    const text = this.surface.text();
    this.seen = text;
    if (text.length > MAX_FIELD_LENGTH || text.trim() === "") {
      this.checked = { text, suggestions: [] };
      this.surface.underline([]);
      this.toneReport = undefined;
      this.showTone();
      return;
    }
    let answer = this.answers.get(text);
    if (!answer) {
      const settings = this.context.settings();
      const reply = await this.context.send(text, {
        dialect: settings.dialect,
        explainLanguage: explanationLanguage(settings.explainLanguage),
        personalWords: settings.personalWords,
        disabledRules: settings.disabledRules,
        toneTarget: toneTargetFor(settings, location.hostname),
      });
      if (!reply.ok) return;
      answer = { suggestions: reply.response.suggestions, tone: reply.response.tone };
      this.answers.set(text, answer);
      if (this.answers.size > CACHED_TEXTS) this.answers.delete(this.answers.keys().next().value!);
    }
    // Typing went on while the engine worked: this answer is for an older text.
    if (this.surface.text() !== text) return;
    this.checked = { text, suggestions: answer.suggestions };
    this.toneReport = answer.tone;
    this.surface.underline(this.visible());
    this.showTone();
  }

  /** Shows (or hides) the tone badge for this field when it is the one being written in. */
  showTone(): void {
    const panel = this.context.tone;
    if (this.context.active() !== this) return;
    const field = this.surface.field;
    if (!this.toneReport || !this.context.settings().showTone) {
      if (panel.isFor(field)) panel.hide();
      return;
    }
    panel.show(field, this.toneReport, {
      text: () => this.surface.text(),
      rewrite: (goal) => this.rewrite(goal),
      apply: (edits) => this.applyRewrite(edits),
    });
  }

  private async rewrite(goal: RewriteGoal): Promise<RewriteCandidate | null | "failed"> {
    const settings = this.context.settings();
    const reply = await this.context.sendRewrite(this.surface.text(), goal, {
      dialect: settings.dialect,
      explainLanguage: explanationLanguage(settings.explainLanguage),
      personalWords: settings.personalWords,
    });
    return reply.ok ? reply.response.rewrite : "failed";
  }

  /** Applies rewrite edits last first (earlier offsets stay right), each as the user's typing
   * would, so the editor's undo takes them back one by one. Stops at the first that no longer
   * fits the text. */
  private async applyRewrite(edits: readonly RewriteEdit[]): Promise<boolean> {
    this.applyingRewrite = true;
    try {
      for (const edit of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) {
        const result = await applyReplacement(this.surface, this.surface.text(), edit, edit.replacement);
        if (result !== "applied") return false;
      }
      return true;
    } finally {
      this.edited();
      this.applyingRewrite = false;
    }
  }

  /** Suggestions on screen now (ignored ones left out). */
  visible(): Suggestion[] {
    return (this.checked?.suggestions ?? []).filter((s) => !this.context.ignored.has(ignoreKey(s)));
  }

  /** Opens the card for the suggestion under the caret (or holding the selection), if any. */
  openAtSelection(focusCard: boolean): boolean {
    this.lastJump = -1;
    const selection = this.surface.selection();
    if (selection === null || !this.checked || this.surface.text() !== this.checked.text) return false;
    const suggestion = this.visible().find((s) => s.start <= selection.start && selection.end <= s.end);
    if (!suggestion) return false;
    this.open(suggestion, focusCard);
    return true;
  }

  /** Opens the card of the suggestion drawn at viewport point (x, y); false when there is none. */
  openAtPoint(x: number, y: number): boolean {
    if (!this.checked || this.surface.text() !== this.checked.text) return false;
    const near = (r: DOMRect) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 2 && y <= r.bottom + 4;
    const suggestion = this.visible().find((s) => this.surface.rects(s.start, s.end).some(near));
    if (!suggestion) return false;
    this.open(suggestion, false);
    return true;
  }

  /** The user moved the caret themselves: Alt+Shift+N goes on from there. */
  caretMoved(): void {
    this.lastJump = -1;
  }

  /** Moves to the next problem after the caret (wrapping) and opens its card. */
  next(): boolean {
    const visible = this.visible();
    if (visible.length === 0) return false;
    // From the last problem jumped to as well: an editor may put its own idea of the caret back
    // when the focus returns from the card.
    const caret = Math.max(this.surface.selection()?.start ?? -1, this.lastJump);
    const suggestion = visible.find((s) => s.start > caret) ?? visible[0]!;
    this.lastJump = suggestion.start;
    this.surface.select(suggestion.end, suggestion.end);
    this.open(suggestion, true);
    return true;
  }

  private open(suggestion: Suggestion, focusCard: boolean): void {
    const rects = this.surface.rects(suggestion.start, suggestion.end);
    const anchor = rects[rects.length - 1] ?? this.surface.field.getBoundingClientRect();
    const card = this.context.card;
    card.show(
      suggestion,
      anchor,
      {
        apply: (replacement) => void this.apply(suggestion, replacement),
        ignore: () => {
          this.context.ignored.add(ignoreKey(suggestion));
          card.hide();
          this.surface.underline(this.visible());
          this.surface.field.focus({ preventScroll: true });
        },
        addToDictionary: () => {
          card.hide();
          void this.context.addWord(suggestion.original);
        },
        close: () => {
          card.hide();
          this.surface.field.focus({ preventScroll: true });
        },
      },
      focusCard,
    );
  }

  async apply(suggestion: Suggestion, replacement: string): Promise<ApplyResult> {
    this.context.card.hide();
    const checkedText = this.checked?.text ?? "";
    const result = await applyReplacement(this.surface, checkedText, suggestion, replacement);
    this.edited();
    return result;
  }

  destroy(): void {
    clearTimeout(this.timer);
    this.surface.destroy();
  }
}
