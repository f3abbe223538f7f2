// The systems compared: Nib exactly as `nib correct` runs it, and Harper with its default rules.
// Each turns one sentence into its corrected text; an error leaves the sentence as it was.

import { applyTopReplacements, type CheckOptions } from "../../wasm/engine/src/engine.js";
import { createNodeEngine } from "../../wasm/engine/src/node_assets.js";

export interface Corrector {
  correct(text: string): Promise<string>;
}

/** `nib correct`'s defaults (wasm/cli/src/nib.ts): any dialect, no rule disabled. */
const NIB_OPTIONS: CheckOptions = { dialect: "any", disabledRules: [] };

export async function openNib(): Promise<Corrector> {
  const engine = await createNodeEngine();
  return {
    // `await` also covers an engine whose check() answers synchronously.
    correct: async (text) => applyTopReplacements(text, (await engine.check(text, NIB_OPTIONS)).suggestions),
  };
}

interface Replacement {
  start: number;
  end: number;
  text: string;
}

/** Non-overlapping replacements (the earliest wins) applied from the end, so offsets hold. */
function applyReplacements(text: string, replacements: Replacement[]): string {
  const chosen: Replacement[] = [];
  let lastEnd = -1;
  for (const r of [...replacements].sort((a, b) => a.start - b.start)) {
    if (r.start < lastEnd) continue;
    chosen.push(r);
    lastEnd = r.end;
  }
  return chosen.reduceRight((result, r) => result.slice(0, r.start) + r.text + result.slice(r.end), text);
}

/** Harper (harper.js) with its default rules, American English; each lint's first suggestion. */
export async function openHarper(): Promise<Corrector> {
  const { Dialect, LocalLinter, SuggestionKind } = await import("harper.js");
  const { binary } = await import("harper.js/binary");
  const linter = new LocalLinter({ binary, dialect: Dialect.American });
  await linter.setup();
  return {
    correct: async (text) => {
      // Sentences are plain text (Harper's default is Markdown). Spans are UTF-16 offsets.
      const lints = await linter.lint(text, { language: "plaintext" });
      const replacements: Replacement[] = [];
      for (const lint of lints) {
        const suggestion = lint.suggestions()[0];
        if (!suggestion) continue;
        const { start, end } = lint.span();
        const replacement = suggestion.get_replacement_text();
        const kind = suggestion.kind();
        replacements.push({
          start,
          end,
          text:
            kind === SuggestionKind.Remove
              ? ""
              : kind === SuggestionKind.InsertAfter
                ? text.slice(start, end) + replacement
                : replacement,
        });
      }
      return applyReplacements(text, replacements);
    },
  };
}
