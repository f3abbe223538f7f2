// What makes a run fail: signs that the harness or a system is broken, never a quality figure
// (so the smoke run, on a few sentences, can fail only for breakage).

import type { QualityReport } from "./report.js";
import { CHECKERS } from "./systems.js";

/** Our scores must equal gec_score.py's to this many points (it prints rounded figures). */
export const TOLERANCE = 0.5;

const SETS = ["jfleg_dev", "wi_dev"] as const;

/** `modelChangedSomething`: whether Nib with the model wrote any sentence differently from spelling only. */
export function findProblems(report: QualityReport, modelChangedSomething: boolean): string[] {
  const problems: string[] = [];
  for (const set of SETS) {
    const result = report[set];
    if (result.sentences === 0) problems.push(`${set}: no sentences were loaded`);
    for (const name of CHECKERS) {
      const run = result.systems[name];
      if (run.failures > 0) problems.push(`${set}: ${name} threw on ${run.failures} sentences`);
    }
  }
  // The sets are full of errors: a checker that changes nothing in either is not running. (Both
  // sets together: the first W&I sentences have so few misspellings that spelling alone may fix none.)
  const sentences = SETS.reduce((n, set) => n + report[set].sentences, 0);
  for (const name of CHECKERS) {
    const changed = SETS.reduce((n, set) => n + report[set].systems[name].changed, 0);
    if (sentences > 0 && changed === 0) problems.push(`${name} changed none of the ${sentences} sentences`);
  }
  if (!modelChangedSomething) problems.push("Nib with the model wrote every sentence as spelling only did: the model did nothing");

  const { max_difference: difference } = report.agreement;
  if (difference !== null && difference > TOLERANCE) {
    problems.push(`our scores differ from gec_score.py's by ${difference.toFixed(3)} points (more than ${TOLERANCE})`);
  }

  // The counts by category must add up to the overall M2 counts, and the classifier must have seen them all.
  const goldEdits = Object.values(report.wi_error_types.classifier_confusion)
    .flatMap((row) => Object.values(row))
    .reduce((a, b) => a + b, 0);
  for (const name of CHECKERS) {
    const { m2, by_category: byCategory } = report.wi_dev.systems[name];
    if (!m2 || !byCategory) {
      problems.push(`wi_dev: ${name} has no M2 or by-category counts`);
      continue;
    }
    const sum = (field: "gold" | "tp" | "fp"): number => Object.values(byCategory).reduce((a, c) => a + c[field], 0);
    if (sum("tp") !== m2.tp || sum("fp") !== m2.fp || sum("gold") !== m2.tp + m2.fn || sum("gold") !== goldEdits) {
      problems.push(`wi_dev: ${name}'s counts by category do not add up to its M2 counts`);
    }
  }

  const clean = report.clean_posts.systems;
  if (clean.source.posts === 0) problems.push("clean posts: none were loaded");
  for (const name of CHECKERS) {
    if (clean[name].failures > 0) problems.push(`clean posts: ${name} threw on ${clean[name].failures} posts`);
  }
  return problems;
}
