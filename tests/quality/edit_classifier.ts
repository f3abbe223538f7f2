// Our own rule-based guess of an edit's error category, in the names the W&I M2 files use
// (DET, PREP, VERB:SVA, SPELL, PUNCT, ORTH…, the operation prefix M:/R:/U: left off). The gold
// edits carry their category; a hypothesis edit that matches none (a false positive) has only
// this guess, so precision by category is an approximation, measured by classifying the gold edits.
// No part-of-speech tagger: closed word lists, an inflection table and a dictionary, with the
// tokens just before and after the edit as the only context.

import { isDialectVariant } from "./dialect_variants.js";
import { OBJECT_STARTS, inflectionCategory, readsAsVerb } from "./inflection_category.js";
import type { Morphology } from "./morphology.js";
import { similarity } from "./string_similarity.js";
import {
  ADVERBS,
  AUXILIARIES,
  BE_FORMS,
  CONJUNCTIONS,
  CONTRACTIONS,
  DETERMINERS,
  PREPOSITIONS,
  PRONOUNS,
  isPunctuation,
} from "./word_classes.js";

export interface EditInContext {
  /** The sentence's tokens (the M2 S line). */
  tokens: readonly string[];
  start: number;
  end: number;
  correction: readonly string[];
}

export interface ClassifierResources {
  morphology: Morphology;
  /** Whether a dictionary accepts the word (a misspelling is a word it does not). */
  isKnownWord: (word: string) => boolean;
}

const lower = (tokens: readonly string[]): string[] => tokens.map((t) => t.toLowerCase());
const all = (tokens: readonly string[], test: (token: string) => boolean): boolean =>
  tokens.length > 0 && tokens.every(test);
const inSet =
  (set: ReadonlySet<string>) =>
  (token: string): boolean =>
    set.has(token);

/** The class every token of both sides belongs to, for closed-class edits (a -> the, in -> on). */
const CLOSED_CLASSES: [category: string, words: ReadonlySet<string>][] = [
  ["DET", DETERMINERS],
  ["PREP", PREPOSITIONS],
  ["PRON", PRONOUNS],
  ["CONJ", CONJUNCTIONS],
];

/** Present forms of "be": a missing "is" is mostly a missing verb, not a tense. */
const COPULAS = new Set(["is", "are", "am", "be", "'s", "'re", "'m"]);

export function classifyEdit(edit: EditInContext, resources: ClassifierResources): string {
  const original = edit.tokens.slice(edit.start, edit.end);
  const correction = [...edit.correction];
  const [o, c] = [lower(original), lower(correction)];
  // Case or spacing only: capitalisation, "alot" -> "a lot".
  if (o.join("") === c.join("")) return "ORTH";
  // Before punctuation: a possessive apostrophe is punctuation to the eye, not to the grammar.
  if (isPossessive(o, c)) return "NOUN:POSS";
  const words = (side: readonly string[]): string[] => side.filter((t) => !isPunctuation(t));
  // Punctuation only, or punctuation and the case it brings (", which" -> ". Which").
  if (lower(words(original)).join(" ") === lower(words(correction)).join(" ")) return "PUNCT";
  if (isContraction(o, c)) return "CONTR";
  if (o.length > 1 && [...o].sort().join(" ") === [...c].sort().join(" ")) return "WO";
  // Words both sides share at the edges ("People" -> "Some people") are not part of the error.
  const shared = sharedEdges(o, c);
  if (shared.before + shared.after > 0) {
    const start = edit.start + shared.before;
    const end = edit.end - shared.after;
    const inner = correction.slice(shared.before, correction.length - shared.after);
    return classifyEdit({ tokens: edit.tokens, start, end, correction: inner }, resources);
  }
  const context: Context = {
    before: (edit.tokens[edit.start - 1] ?? "").toLowerCase(),
    after: (edit.tokens[edit.end] ?? "").toLowerCase(),
  };
  if (o.length === 0 || c.length === 0) return classifyOneSide(o.length === 0 ? c : o, context, resources);
  if (o.length === 1 && c.length === 1) return classifyWordPair(o[0]!, c[0]!, original[0]!, context, resources);
  return classifyPhrases(o, c, resources);
}

interface Context {
  /** The tokens just before and just after the edit, lowercased. */
  before: string;
  after: string;
}

function sharedEdges(o: readonly string[], c: readonly string[]): { before: number; after: number } {
  let before = 0;
  while (before < o.length && before < c.length && o[before] === c[before]) before += 1;
  let after = 0;
  const fits = (): boolean => after < o.length - before && after < c.length - before;
  while (fits() && o[o.length - 1 - after] === c[c.length - 1 - after]) after += 1;
  return { before, after };
}

const isContraction = (o: readonly string[], c: readonly string[]): boolean => {
  const [x, y] = [o.join(" "), c.join(" ")];
  return Boolean(CONTRACTIONS.get(x)?.has(y) || CONTRACTIONS.get(y)?.has(x));
};

/** Only a possessive 's or ' added, removed or changed. */
const isPossessive = (o: readonly string[], c: readonly string[]): boolean => {
  const possessive = (t: string): boolean => t === "'s" || t === "'";
  const rest = (side: readonly string[]): string => side.filter((t) => !possessive(t)).join(" ");
  return [...o, ...c].some(possessive) && rest(o) === rest(c);
};

const isParticiple = (morphology: Morphology, word: string): boolean =>
  morphology.analyses(word).some((a) => a.tag === "VBG" || a.tag === "VBN");

/** A missing or unnecessary word or phrase. */
function classifyOneSide(side: readonly string[], { before, after }: Context, { morphology }: ClassifierResources): string {
  if (side.length === 1) {
    const [word] = side as [string];
    // "to" before a base verb is the infinitive's, not a preposition (difficult answer -> to answer).
    if (word === "to" && morphology.isBaseVerb(after)) return "VERB:FORM";
    // "is" alone is mostly the main verb; before a participle it is an auxiliary (is going).
    if (COPULAS.has(word)) return isParticiple(morphology, after) ? "VERB:TENSE" : "VERB";
  }
  for (const [category, set] of CLOSED_CLASSES) if (all(side, inSet(set))) return category;
  if (all(side, inSet(AUXILIARIES))) return "VERB:TENSE";
  if (readsAsVerb(before, morphology) && all(side, (t) => morphology.isVerb(t))) return "VERB";
  return openClassOf(side, morphology);
}

/** The class of content words: adverb, noun, verb, else OTHER. */
function openClassOf(side: readonly string[], morphology: Morphology): string {
  if (all(side, isAdverb)) return "ADV";
  if (all(side, (t) => morphology.isNoun(t))) return "NOUN";
  if (all(side, (t) => morphology.isVerb(t) || AUXILIARIES.has(t))) return "VERB";
  return "OTHER";
}

const isAdverb = (word: string): boolean => ADVERBS.has(word) || (word.length > 4 && word.endsWith("ly"));
const closedClassOf = (word: string): string | undefined => {
  const classes = CLOSED_CLASSES.filter(([, set]) => set.has(word));
  return classes.length === 1 ? classes[0]![0] : undefined;
};

/** One word replaced by one word. */
function classifyWordPair(o: string, c: string, typed: string, context: Context, resources: ClassifierResources): string {
  const { morphology, isKnownWord } = resources;
  for (const [category, set] of CLOSED_CLASSES) if (set.has(o) && set.has(c)) return category;
  if (o === "to" || c === "to") {
    // "to" for a preposition: an infinitive's particle when a verb follows, else a preposition.
    if (PREPOSITIONS.has(o) && PREPOSITIONS.has(c)) return morphology.isBaseVerb(context.after) ? "PART" : "PREP";
  }
  // colour -> color is spelling, though the table calls travelled -> traveled two past tenses.
  if (isDialectVariant(o, c)) return "SPELL";
  const misspelled = /\p{L}/u.test(o) && !isKnownWord(typed);
  // A word neither the dictionary nor the table knows is a misspelling, even if a suffix rule
  // relates it to its correction (ourselfs -> ourself); the table's own words are not (informations).
  if (misspelled && morphology.analyses(o).length === 0 && similarity(o, c) >= 0.5) return "SPELL";
  // An object after the word (needs a car, helps us) also makes it a verb.
  const verbContext = readsAsVerb(context.before, morphology) || OBJECT_STARTS.has(context.after);
  const bothBe = BE_FORMS.has(o) && BE_FORMS.has(c);
  const inflection = inflectionCategory(morphology.relate(o, c), { verbContext, before: context.before, bothBe });
  if (inflection) return inflection;
  // Auxiliaries of different verbs: a tense, unless "be" comes in as the main verb (had -> was).
  if (AUXILIARIES.has(o) && AUXILIARIES.has(c)) return BE_FORMS.has(c) && !BE_FORMS.has(o) ? "VERB" : "VERB:TENSE";
  if (misspelled && similarity(o, c) >= 0.5) return "SPELL";
  // A word too far from its correction to be its misspelling: classed by the correction.
  if (misspelled) return closedClassOf(c) ?? openClassOf([c], morphology);
  const [oClass, cClass] = [closedClassOf(o), closedClassOf(c)];
  // Determiner for pronoun and back (them -> their): the correction's class.
  const detOrPronoun = (category: string): boolean => category === "DET" || category === "PRON";
  if (oClass && cClass) return detOrPronoun(oClass) && detOrPronoun(cClass) ? cClass : "OTHER";
  if (oClass || cClass || PREPOSITIONS.has(o) || PREPOSITIONS.has(c)) return "OTHER";
  if (sharedStem(o, c)) return "MORPH";
  if (isAdverb(o) && isAdverb(c)) return "ADV";
  const verbal = (w: string): boolean => morphology.isVerb(w) || AUXILIARIES.has(w);
  const nounPair = morphology.isNoun(o) && morphology.isNoun(c);
  const verbPair = verbal(o) && verbal(c);
  if (verbPair && (!nounPair || readsAsVerb(context.before, morphology))) return "VERB";
  if (nounPair) return "NOUN";
  return "OTHER";
}

/** One word is the other with a different ending (success / successful, easy / easily). */
function sharedStem(a: string, b: string): boolean {
  let prefix = 0;
  while (prefix < a.length && a[prefix] === b[prefix]) prefix += 1;
  return prefix >= 3 && prefix >= Math.min(a.length, b.length) - 2;
}

/** Several words on a side: verb phrases (have went -> went, to learn -> learning), closed-class runs, else OTHER. */
function classifyPhrases(o: readonly string[], c: readonly string[], { morphology }: ClassifierResources): string {
  const both = [...o, ...c];
  for (const [category, set] of CLOSED_CLASSES) if (all(both, inSet(set))) return category;
  const verbal = (t: string): boolean => AUXILIARIES.has(t) || morphology.isVerb(t);
  if (all(both, (t) => verbal(t) || t === "to")) {
    // The infinitive for the gerund and back is a verb form; auxiliaries change the tense.
    if (both.includes("to")) return "VERB:FORM";
    return both.some((t) => AUXILIARIES.has(t)) ? "VERB:TENSE" : "VERB";
  }
  return "OTHER";
}
