// A checked field as the content script sees it: its text, where a span of it is on screen, and
// its underlines. Two kinds: contenteditable editors (CSS Custom Highlight API, nothing added to
// the editor's DOM) and text controls (a mirror overlay in a shadow root).
import type { Suggestion } from "../../../wasm/engine/src/types.js";
import type { Field } from "./fields.js";

export interface Surface {
  readonly field: Field;
  text(): string;
  /** Screen rectangles of text [start, end), in viewport coordinates. */
  rects(start: number, end: number): DOMRect[];
  /** The selection's text offsets (start <= end; equal for a caret) when it is inside the field. */
  selection(): { start: number; end: number } | null;
  /** Focuses the field and selects text [start, end). */
  select(start: number, end: number): void;
  underline(suggestions: readonly Suggestion[]): void;
  destroy(): void;
}
