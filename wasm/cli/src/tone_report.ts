// What `nib tone` and `nib rewrite --diff` print: the four tone dimensions with their labels and
// calibrated scores, the notes for the target, and a rewrite's edits with their reasons.
import type { RewriteResponse, ToneDimensionName, ToneReading, ToneReport } from "../../engine/src/engine.js";

const DIMENSIONS: readonly ToneDimensionName[] = ["formality", "politeness", "confidence", "sentiment"];

function bar(score: number): string {
  const filled = Math.round(score * 10);
  return "█".repeat(filled) + "░".repeat(10 - filled);
}

export function renderToneLines(tone: ToneReading): string[] {
  return DIMENSIONS.map((d) => {
    const reading = tone[d];
    return `  ${d.padEnd(10)} ${reading.label.padEnd(9)} ${bar(reading.score)} ${reading.score.toFixed(2)}`;
  });
}

export function renderTone(name: string, tone: ToneReport): string {
  const out = [`${name}: tone (target: ${tone.target})`, ...renderToneLines(tone)];
  if (tone.notes.length === 0) out.push("  no tone notes for this target");
  for (const note of tone.notes) out.push(`  note: ${note.message} (try: nib rewrite --to ${note.rewrite})`);
  return out.join("\n") + "\n";
}

export function renderRewriteDiff(text: string, response: RewriteResponse): string {
  const rewrite = response.rewrite;
  if (!rewrite) return `no rewrite toward "${response.to}" keeps the post's meaning and correctness\n`;
  const out = [`rewrite toward "${response.to}" (${rewrite.edits.length} edit${rewrite.edits.length === 1 ? "" : "s"}):`];
  for (const edit of rewrite.edits) {
    const before = text.slice(edit.start, edit.end);
    const change = before === "" ? `+ “${edit.replacement}”` : edit.replacement === "" ? `- “${before}”` : `“${before}” → “${edit.replacement}”`;
    out.push(`  ${change}`, `      ${edit.message}`);
  }
  out.push("", "before:", ...renderToneLines(response.before), "after:", ...renderToneLines(rewrite.tone));
  out.push("", rewrite.text);
  return out.join("\n") + "\n";
}
