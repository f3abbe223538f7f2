// Applies the top replacement of each suggestion (what `nib correct` prints; tests use it too).
import type { Suggestion } from "./types.js";

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
