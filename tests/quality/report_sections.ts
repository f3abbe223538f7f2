// Parts of quality.md beyond the overall scores: the W&I rows by error category, the classifier's
// agreement with the gold types, and the most frequent false flags on the clean posts.

import type { CleanPostsSummary } from "./clean_posts.js";
import { type CategoryCounts, agreementByGroup, groupCategories } from "./error_types.js";
import { editScores } from "./gec_metrics.js";
import type { ErrorTypeResult, QualityReport } from "./report.js";
import { type SystemName, CHECKERS, TITLES } from "./systems.js";

const addCounts = (a: CategoryCounts, b: CategoryCounts): CategoryCounts => ({
  gold: a.gold + b.gold,
  tp: a.tp + b.tp,
  fp: a.fp + b.fp,
});

const percent = (part: number, whole: number): string => (whole > 0 ? `${((100 * part) / whole).toFixed(1)} %` : "–");

/** "TP / R / P* / F0.5*"; P and F0.5 are "–" for a system that made no edit of the category. */
function categoryCell(counts: CategoryCounts | undefined, gold: number): string {
  const { tp, fp } = counts ?? { tp: 0, fp: 0 };
  const s = editScores(tp, fp, gold - tp);
  const recall = gold > 0 ? s.recall.toFixed(1) : "–";
  return tp + fp > 0 ? `${tp} / ${recall} / ${s.precision.toFixed(1)} / ${s.f05.toFixed(1)}` : `0 / ${recall} / – / –`;
}

/** One row per shown category and one for the rest, each with its gold count in the label. */
export function categoryRows(report: QualityReport, row: (label: string, cell: (name: SystemName) => string) => string): string[] {
  const { shown, rest } = report.wi_error_types;
  const grouped = (name: SystemName): Record<string, CategoryCounts> =>
    groupCategories(report.wi_dev.systems[name].by_category ?? {}, shown, rest, addCounts);
  const bySystem = Object.fromEntries(CHECKERS.map((name) => [name, grouped(name)])) as Record<string, Record<string, CategoryCounts>>;
  const goldOf = (category: string): number => bySystem.harper?.[category]?.gold ?? 0;
  return [...shown, rest].map((category) =>
    row(`${category} (${goldOf(category)} gold)`, (name) =>
      name === "source" ? "–" : categoryCell(bySystem[name]?.[category], goldOf(category)),
    ),
  );
}

/** How far the P* figures can be trusted: the classifier on the gold edits, per shown category. */
export function agreementTable(types: ErrorTypeResult): string[] {
  const { shown, rest, classifier_confusion: confusion } = types;
  const grouped = agreementByGroup(confusion, shown, rest);
  const exact = agreementByGroup(confusion, Object.keys(confusion), "");
  const total = (counts: typeof grouped, field: "gold" | "agreed"): number =>
    Object.values(counts).reduce((sum, c) => sum + c[field], 0);
  const gold = total(grouped, "gold");
  return [
    `Our edit classifier on the ${gold} gold edits themselves (the same sentences): it gives the gold ` +
      `category to ${percent(total(grouped, "agreed"), gold)} of them with the rows as shown ` +
      `(${percent(total(exact, "agreed"), gold)} over every category, ungrouped)` +
      (types.inflection_table ? "." : "; gec/pie_morphs.txt was missing, so inflections came from suffix rules alone.") +
      " Its rules were written looking at W&I train, not dev. Hypothesis edits are harder than gold ones " +
      "(difflib may merge neighbouring changes into one edit), so treat P\\* as a close estimate, not a measurement.",
    "",
    "| category | gold edits | classifier agrees (share of the gold edits) | classifier precision (share of its guesses in the category that are right) |",
    "| --- | --- | --- | --- |",
    ...[...shown, rest].map((category) => {
      const c = grouped[category] ?? { gold: 0, agreed: 0, guessed: 0 };
      return `| ${category} | ${c.gold} | ${percent(c.agreed, c.gold)} | ${percent(c.agreed, c.guessed)} |`;
    }),
  ];
}

const listed = (pairs: readonly [string, number][]): string =>
  pairs.length === 0 ? "none" : pairs.map(([text, count]) => `\`${text.replaceAll("`", "'")}\` ${count}`).join(", ");

/** The most frequent flagged texts and rules of each checker on the clean posts. */
export function frequentFlags(systems: Record<SystemName, CleanPostsSummary>): string[] {
  return [
    "Most frequent false flags on the clean posts (flagged text or rule, then how often):",
    "",
    ...CHECKERS.flatMap((name) => {
      const s = systems[name];
      return [
        `- ${TITLES[name]}: ${s.flags} flags in ${s.posts_flagged} posts${s.failures > 0 ? `, ${s.failures} posts failed` : ""}.`,
        `  - texts: ${listed(s.top_texts)}`,
        `  - rules: ${listed(s.top_rules)}`,
      ];
    }),
  ];
}
