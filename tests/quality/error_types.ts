// W&I edits by error category: the gold edits' categories from the M2 types, the hypothesis'
// true and false positives per category, and how often our classifier agrees with the gold types
// (the measure of how far precision by category can be trusted).

import { type ClassifierResources, classifyEdit } from "./edit_classifier.js";
import { type M2Edit, type M2Sentence, matchM2 } from "./m2.js";

/** The category of an M2 type: the operation prefix left off (R:VERB:SVA -> VERB:SVA). */
export const categoryOf = (type: string): string => type.replace(/^[MRU]:/, "");

/** Counts of one category for one system: gold edits, those found, and false positives typed so. */
export interface CategoryCounts {
  gold: number;
  tp: number;
  fp: number;
}

export type CountsByCategory = Record<string, CategoryCounts>;

const bump = (counts: CountsByCategory, category: string, field: keyof CategoryCounts): void => {
  const entry = (counts[category] ??= { gold: 0, tp: 0, fp: 0 });
  entry[field] += 1;
};

/**
 * Per category: gold edits, true positives (a found gold edit keeps its gold category) and false
 * positives (our classifier's category), for one system's edits on each sentence.
 */
export function countByCategory(
  sentences: readonly M2Sentence[],
  hypothesisEdits: readonly (readonly M2Edit[])[],
  resources: ClassifierResources,
): CountsByCategory {
  const counts: CountsByCategory = {};
  sentences.forEach((sentence, i) => {
    const { found, falsePositives } = matchM2(sentence, hypothesisEdits[i]!);
    for (const gold of sentence.edits) {
      bump(counts, categoryOf(gold.type), "gold");
      if (found.has(gold)) bump(counts, categoryOf(gold.type), "tp");
    }
    for (const edit of falsePositives) bump(counts, classifyEdit({ tokens: sentence.tokens, ...edit }, resources), "fp");
  });
  return counts;
}

/** The classifier on the gold edits: confusion[gold category][its category] = edits. */
export type Confusion = Record<string, Record<string, number>>;

export function classifierConfusion(sentences: readonly M2Sentence[], resources: ClassifierResources): Confusion {
  const confusion: Confusion = {};
  for (const sentence of sentences) {
    for (const gold of sentence.edits) {
      const guess = classifyEdit({ tokens: sentence.tokens, ...gold }, resources);
      const row = (confusion[categoryOf(gold.type)] ??= {});
      row[guess] = (row[guess] ?? 0) + 1;
    }
  }
  return confusion;
}

/** Per category: gold edits, those the classifier puts in it too, and all it puts in it. */
export interface AgreementCounts {
  gold: number;
  agreed: number;
  guessed: number;
}

/** The confusion read through a grouping (every category outside `kept` is `rest`). */
export function agreementByGroup(confusion: Confusion, kept: readonly string[], rest: string): Record<string, AgreementCounts> {
  const group = (category: string): string => (kept.includes(category) ? category : rest);
  const counts: Record<string, AgreementCounts> = {};
  const entry = (key: string): AgreementCounts => (counts[key] ??= { gold: 0, agreed: 0, guessed: 0 });
  for (const [truth, row] of Object.entries(confusion)) {
    for (const [guess, n] of Object.entries(row)) {
      entry(group(truth)).gold += n;
      entry(group(guess)).guessed += n;
      if (group(truth) === group(guess)) entry(group(truth)).agreed += n;
    }
  }
  return counts;
}

/** Merges categories outside `kept` into `rest` (the table's last row). */
export function groupCategories<T extends object>(
  byCategory: Readonly<Record<string, T>>,
  kept: readonly string[],
  rest: string,
  add: (a: T, b: T) => T,
): Record<string, T> {
  const grouped: Record<string, T> = {};
  for (const [category, value] of Object.entries(byCategory)) {
    const key = kept.includes(category) ? category : rest;
    grouped[key] = grouped[key] ? add(grouped[key], value) : value;
  }
  return grouped;
}

/** Named categories the table shows: enough to cover VERB:SVA and the other frequent ones (~12). */
export const SHOWN_CATEGORIES = 13;

/**
 * The most frequent gold categories, OTHER left out: ERRANT's OTHER joins the small categories in
 * the last row, as does our classifier's fallback, which can name none of the small ones (ADJ, PART…).
 */
export function topCategories(confusion: Confusion, count = SHOWN_CATEGORIES): string[] {
  const gold = Object.entries(confusion).map(([category, row]) => [category, Object.values(row).reduce((a, b) => a + b, 0)] as const);
  return gold
    .filter(([category]) => category !== "OTHER")
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, count)
    .map(([category]) => category);
}

export const restLabel = (confusion: Confusion, shown: readonly string[]): string => {
  const others = Object.keys(confusion).filter((category) => category !== "OTHER" && !shown.includes(category));
  return `OTHER and ${others.length} smaller categories`;
};
