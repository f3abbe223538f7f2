// The human-readable report of `nib check`: each line of the post that has problems, with the
// problems marked under it and explained.
import type { CheckResponse, Suggestion } from "../../engine/src/engine.js";

/** Terminal columns a code point takes: 0 for marks and joiners, 2 for wide and emoji. */
function columns(codePoint: number): number {
  if (
    (codePoint >= 0x300 && codePoint <= 0x36f) ||
    codePoint === 0x200d ||
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
    (codePoint >= 0x1f3fb && codePoint <= 0x1f3ff) ||
    (codePoint >= 0xe0000 && codePoint <= 0xe007f)
  ) {
    return 0;
  }
  if (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0x1f000 && codePoint <= 0x1faff) ||
    (codePoint >= 0x20000 && codePoint <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

function width(text: string): number {
  let total = 0;
  for (const char of text) total += columns(char.codePointAt(0) ?? 0);
  return total;
}

export interface ReportStyle {
  color: boolean;
}

export function renderReport(name: string, text: string, response: CheckResponse, style: ReportStyle): string {
  const red = (s: string) => (style.color ? `\x1b[31m${s}\x1b[0m` : s);
  const dim = (s: string) => (style.color ? `\x1b[2m${s}\x1b[0m` : s);
  const count = response.suggestions.length;
  const out: string[] = [`${name}: ${count === 0 ? "no problems" : `${count} problem${count === 1 ? "" : "s"}`} (${response.dialect})`];
  for (const warning of response.warnings) out.push(`  warning: ${warning.message}`);
  if (response.tone) {
    const t = response.tone;
    out.push(`  tone: ${t.formality.label}, ${t.politeness.label}, ${t.confidence.label}, ${t.sentiment.label} (target: ${t.target})`);
    for (const note of t.notes) out.push(`  tone note: ${note.message} (try: nib rewrite --to ${note.rewrite})`);
  }
  for (const part of response.other_language) {
    out.push(`  not checked (${part.language}): ${text.slice(part.start, part.end)}`);
  }

  let lineStart = 0;
  const lines = text.split("\n");
  lines.forEach((line, index) => {
    const lineEnd = lineStart + line.length;
    const here = response.suggestions.filter((s) => s.start >= lineStart && s.start <= lineEnd);
    if (here.length > 0) {
      const gutter = String(index + 1).padStart(4);
      out.push("", `${gutter} | ${line}`);
      for (const s of here) out.push(...renderSuggestion(s, line, lineStart, red, dim));
    }
    lineStart = lineEnd + 1;
  });
  return out.join("\n") + "\n";
}

function renderSuggestion(
  s: Suggestion,
  line: string,
  lineStart: number,
  red: (s: string) => string,
  dim: (s: string) => string,
): string[] {
  const pad = " ".repeat(width(line.slice(0, s.start - lineStart)));
  const marks = "^".repeat(Math.max(1, width(line.slice(s.start - lineStart, s.end - lineStart))));
  const blank = "     | ";
  const lines = [`${blank}${pad}${red(marks)}`, `${blank}${pad}${s.kind}: ${s.explanation.message}`];
  if (s.replacements.length > 0) lines.push(`${blank}${pad}${dim("→ " + s.replacements.join(", "))}`);
  return lines;
}
