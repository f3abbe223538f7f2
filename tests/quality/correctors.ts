// The systems compared: Nib exactly as `nib correct` runs it (with the grammar model, and with
// --spelling-only), and Harper with its default rules. Each turns one sentence into its corrected
// text (an error leaves the sentence as it was) and lists what it flags in a post.

import { applyTopReplacements, type CheckOptions } from "../../wasm/engine/src/engine.js";
import { createNodeEngine } from "../../wasm/engine/src/node_assets.js";

/** One problem a checker shows: where, what it calls it, and its first replacement. */
export interface Flag {
  /** UTF-16 offsets into the checked text. */
  start: number;
  end: number;
  rule: string;
  replacement: string | null;
}

export interface Corrector {
  correct(text: string): Promise<string>;
  flags(text: string): Promise<Flag[]>;
}

export type NibMode = "model" | "spelling";

/** `nib correct`'s defaults (wasm/cli/src/nib.ts): any dialect, no rule disabled; --spelling-only skips the model. */
const NIB_OPTIONS: Record<NibMode, CheckOptions> = {
  model: { dialect: "any", disabledRules: [] },
  spelling: { dialect: "any", disabledRules: [], grammar: false },
};

export async function openNib(mode: NibMode): Promise<Corrector> {
  // Spelling only loads no model, as `nib correct --spelling-only` would not need one.
  const engine = await createNodeEngine(mode === "spelling" ? { grammar: "none" } : {});
  // Scoring "with the model" without one would quietly score spelling only.
  if (mode === "model" && !engine.hasGrammarModel) throw new Error("build/assets/grammar has no model: run scripts/build.sh");
  const options = NIB_OPTIONS[mode];
  return {
    // `await` also covers an engine whose check() answers synchronously.
    correct: async (text) => applyTopReplacements(text, (await engine.check(text, options)).suggestions),
    flags: async (text) =>
      (await engine.check(text, options)).suggestions.map((s) => ({
        start: s.start,
        end: s.end,
        rule: s.rule,
        replacement: s.replacements[0] ?? null,
      })),
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

type Lint = import("harper.js").Lint;
type HarperSuggestion = import("harper.js").Suggestion;

/** Harper (harper.js) with its default rules, American English; each lint's first suggestion. */
export async function openHarper(): Promise<Corrector> {
  const { Dialect, LocalLinter, SuggestionKind } = await import("harper.js");
  const { binary } = await import("harper.js/binary");
  const linter = new LocalLinter({ binary, dialect: Dialect.American });
  await linter.setup();
  /** What applying a suggestion writes over the lint's span. */
  const replacementText = (text: string, lint: Lint, suggestion: HarperSuggestion): string => {
    const { start, end } = lint.span();
    const kind = suggestion.kind();
    if (kind === SuggestionKind.Remove) return "";
    const replacement = suggestion.get_replacement_text();
    return kind === SuggestionKind.InsertAfter ? text.slice(start, end) + replacement : replacement;
  };
  return {
    correct: async (text) => {
      // Sentences are plain text (Harper's default is Markdown). Spans are UTF-16 offsets.
      const lints = await linter.lint(text, { language: "plaintext" });
      const replacements: Replacement[] = [];
      for (const lint of lints) {
        const suggestion = lint.suggestions()[0];
        if (!suggestion) continue;
        const { start, end } = lint.span();
        replacements.push({ start, end, text: replacementText(text, lint, suggestion) });
      }
      return applyReplacements(text, replacements);
    },
    flags: async (text) => {
      // organizedLints: the same lints as lint(), keyed by the rule that raised them.
      const byRule = await linter.organizedLints(text, { language: "plaintext" });
      return Object.entries(byRule).flatMap(([rule, lints]) =>
        lints.map((lint) => {
          const suggestion = lint.suggestions()[0];
          const { start, end } = lint.span(); // a wasm object: its fields are getters, not own properties
          return { start, end, rule, replacement: suggestion ? replacementText(text, lint, suggestion) : null };
        }),
      );
    },
  };
}
