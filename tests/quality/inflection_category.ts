// Which change of inflection a pair of forms of one lemma is: the number of a noun, or the
// agreement, tense or form of a verb, chosen among the tag pairs the table allows by the words
// around it (a form like "runs" is a plural noun or a verb).

import type { Morphology, TagPair } from "./morphology.js";
import { AUXILIARIES, DETERMINERS, PRONOUNS } from "./word_classes.js";

/** Words that start an object: a verb's, seldom a noun's. */
export const OBJECT_STARTS = new Set(["a", "an", "the", "me", "him", "us", "them", "my", "your", "his", "our", "their"]);

/** Whether a word after `before` is likelier a verb than a noun: after a subject pronoun, an
 * auxiliary, infinitive "to", a negation, or a word that can only be a plural noun (the students
 * run; singular nouns are too often adjectives in the table: good, public). */
export const readsAsVerb = (before: string, morphology: Morphology): boolean =>
  AUXILIARIES.has(before) ||
  ["to", "n't", "not", "who", "that", "which"].includes(before) ||
  (PRONOUNS.has(before) && !DETERMINERS.has(before)) ||
  (morphology.analyses(before).length > 0 && morphology.analyses(before).every((a) => a.tag === "NNS"));

export interface InflectionContext {
  /** Whether the words around read the form as a verb rather than a noun (readsAsVerb). */
  verbContext: boolean;
  /** The token before, lowercased. */
  before: string;
  /** Both words are forms of "be" (was / were is agreement, not a spelling). */
  bothBe: boolean;
}

/** A change of inflection: number of a noun, or agreement, tense or form of a verb; null if none. */
export function inflectionCategory(pairs: readonly TagPair[], { verbContext, before, bothBe }: InflectionContext): string | null {
  // One form spelled two ways (learnt / learned), unless it is was / were or can / could.
  if (pairs.length > 0 && !bothBe && pairs.every(([a, b]) => a === b && a !== "MD")) return "SPELL";
  const isNoun = (tag: string): boolean => tag.startsWith("NN");
  const nounPairs = pairs.filter(([a, b]) => isNoun(a) && isNoun(b) && a !== b);
  const verbPairs = pairs.filter(([a, b]) => !isNoun(a) && !isNoun(b));
  if (nounPairs.length > 0 && (verbPairs.length === 0 || !verbContext)) return "NOUN:NUM";
  if (verbPairs.length === 0) return null;
  const categories = new Set(verbPairs.map(([a, b]) => verbCategory(a, b, before, bothBe)));
  // Of the readings the tags allow, the likelier one first.
  for (const category of ["VERB:SVA", "VERB:TENSE", "VERB:FORM"]) if (categories.has(category)) return category;
  return null;
}

function verbCategory(a: string, b: string, before: string, bothBe: boolean): string {
  const tags = new Set([a, b]);
  const afterAuxiliary = AUXILIARIES.has(before) || ["to", "n't", "not"].includes(before);
  if (tags.has("VBZ") && (tags.has("VBP") || tags.has("VB")) && !afterAuxiliary) return "VERB:SVA";
  if (a === "VBD" && b === "VBD" && bothBe) return "VERB:SVA"; // was / were
  if (tags.has("MD") && tags.size === 1) return "VERB:TENSE"; // can / could
  if (tags.has("VBD") && !tags.has("VBN") && !tags.has("VBG") && !afterAuxiliary) return "VERB:TENSE";
  return "VERB:FORM";
}
