// Applies the top replacement of each suggestion (what `nib correct` prints; tests use it too), and
// the chosen edits of a tone rewrite.
import type { RewriteEdit, Suggestion } from "./types.js";

/** Non-overlapping suggestions with a replacement are applied in one forward pass (linear even for
 * tens of thousands of suggestions in a huge post). */
export function applyTopReplacements(text: string, suggestions: readonly Suggestion[]): string {
  const chosen: Suggestion[] = [];
  let lastEnd = -1;
  for (const s of [...suggestions].sort((a, b) => a.start - b.start)) {
    if (s.replacements.length === 0 || s.start < lastEnd) continue;
    chosen.push(s);
    lastEnd = s.end;
  }
  const pieces: string[] = [];
  let cursor = 0;
  for (const s of chosen) {
    pieces.push(text.slice(cursor, s.start), s.replacements[0]!);
    cursor = s.end;
  }
  pieces.push(text.slice(cursor));
  return pieces.join("");
}

/** Applies some or all edits of a rewrite (offsets into `text`, not overlapping). */
export function applyEdits(text: string, edits: readonly Pick<RewriteEdit, "start" | "end" | "replacement">[]): string {
  const pieces: string[] = [];
  let cursor = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (edit.start < cursor) throw new RangeError("rewrite edits overlap");
    pieces.push(text.slice(cursor, edit.start), edit.replacement);
    cursor = edit.end;
  }
  pieces.push(text.slice(cursor));
  return pieces.join("");
}
