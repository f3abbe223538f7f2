// Harper as every benchmark runs it, in Node and in the page: a post linted as plain text
// (Harper's default is Markdown), every lint's span and replacements read, as a checker showing
// them would.
import type { Linter } from "harper.js";

/** Lints `text` and answers how many problems Harper found. */
export async function lintPost(linter: Linter, text: string): Promise<number> {
  const lints = await linter.lint(text, { language: "plaintext" });
  for (const lint of lints) {
    lint.span();
    for (const suggestion of lint.suggestions()) suggestion.get_replacement_text();
  }
  return lints.length;
}
