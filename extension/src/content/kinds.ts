// How each kind of suggestion looks. One colour per kind, the same in underlines and the card.
import type { SuggestionKind } from "../../../wasm/engine/src/types.js";

export type UnderlineKind = "spelling" | "grammar" | "tone";

export const UNDERLINE_KINDS: readonly UnderlineKind[] = ["spelling", "grammar", "tone"];

export const COLOURS: Record<UnderlineKind, string> = {
  spelling: "#d93025",
  grammar: "#1a73e8",
  tone: "#9334e6",
};

export function underlineKind(kind: SuggestionKind): UnderlineKind {
  if (kind === "spelling") return "spelling";
  if (kind === "tone") return "tone";
  return "grammar"; // grammar, punctuation, style
}

export function highlightName(kind: UnderlineKind): string {
  return `nib-${kind}`;
}

/** The ::highlight rules; they must live in the field's own tree (document or shadow root). */
export function highlightCss(): string {
  return UNDERLINE_KINDS.map(
    (kind) =>
      `::highlight(${highlightName(kind)}) { text-decoration: underline wavy ${COLOURS[kind]} 1.5px; ` +
      "text-decoration-skip-ink: none; text-underline-offset: 2px; }",
  ).join("\n");
}
