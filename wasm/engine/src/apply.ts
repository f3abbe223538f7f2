// Applies the top replacement of each suggestion (what `nib correct` prints; tests use it too).
import type { Suggestion } from "./types.js";

/** Non-overlapping suggestions with a replacement are applied from the end, so offsets hold. */
export function applyTopReplacements(text: string, suggestions: readonly Suggestion[]): string {
  const chosen: Suggestion[] = [];
  let lastEnd = -1;
  for (const s of [...suggestions].sort((a, b) => a.start - b.start)) {
    if (s.replacements.length === 0 || s.start < lastEnd) continue;
    chosen.push(s);
    lastEnd = s.end;
  }
  let result = text;
  for (const s of chosen.reverse()) {
    result = result.slice(0, s.start) + s.replacements[0] + result.slice(s.end);
  }
  return result;
}
