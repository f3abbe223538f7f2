// The W&I+LOCNESS gold M2 file: sentences with annotator 0's edits, the corrected sentence they
// give, and a hypothesis' edits in the same token coordinates, for ERRANT-M2-style scoring
// (an edit counts when its span and correction equal a gold edit's, or adjacent gold edits' together).

import { opcodes } from "./sequence_matcher.js";
import { tok } from "./tokenize.js";

export interface M2Edit {
  start: number;
  end: number;
  correction: string[];
}

/** An annotator's edit, with the error type ERRANT gave it (R:VERB:SVA, M:DET, U:PUNCT…). */
export interface GoldEdit extends M2Edit {
  type: string;
}

export interface M2Sentence {
  /** The S line's tokens (spaCy's tokenisation, as ERRANT wrote it). */
  tokens: string[];
  /** Annotator 0's corrections; noop and UNK (found but not corrected) are left out. */
  edits: GoldEdit[];
}

export function parseM2(content: string): M2Sentence[] {
  const sentences: M2Sentence[] = [];
  for (const block of content.split(/\n\s*\n/)) {
    const lines = block.split("\n").filter((line) => line.length > 0);
    const source = lines[0];
    if (source === undefined) continue;
    if (!source.startsWith("S ")) throw new Error(`M2: a block starts with '${source.slice(0, 40)}', not 'S '`);
    const edits: GoldEdit[] = [];
    for (const line of lines.slice(1)) {
      const [span, type, correction, , , annotator] = line.slice(2).split("|||");
      if (type === undefined || type === "noop" || type === "UNK" || annotator !== "0") continue;
      const [start, end] = (span ?? "").split(" ").map(Number) as [number, number];
      edits.push({ start, end, correction: (correction ?? "").split(" ").filter((t) => t.length > 0), type });
    }
    sentences.push({ tokens: source.slice(2).split(" "), edits });
  }
  return sentences;
}

/** tokens[from:to] with edits inside that span applied in order, each shifting the spans after it. */
function applyEdits(tokens: readonly string[], edits: readonly M2Edit[], from = 0, to = tokens.length): string[] {
  const result = tokens.slice(from, to);
  let offset = -from;
  for (const edit of edits) {
    result.splice(edit.start + offset, edit.end - edit.start, ...edit.correction);
    offset += edit.correction.length - (edit.end - edit.start);
  }
  return result;
}

/** The corrected sentence: annotator 0's edits applied in file order. */
export function applyM2(sentence: M2Sentence): string[] {
  return applyEdits(sentence.tokens, sentence.edits);
}

export interface M2Match {
  /** Gold edits the hypothesis made (true positives, by gold edit). */
  found: Set<GoldEdit>;
  /** Hypothesis edits that equal no gold edit. */
  falsePositives: M2Edit[];
}

/**
 * A hypothesis' edits against the gold edits. An edit counts if it equals a gold edit, or if it
 * equals the gold edits inside its span taken together: difflib merges adjacent changes into one
 * ("2 3 it" + "3 4 (deleted)" is "2 4 it"), and cannot tell where one ends.
 */
export function matchM2(sentence: M2Sentence, hypothesis: readonly M2Edit[]): M2Match {
  const used = new Set<GoldEdit>();
  const falsePositives: M2Edit[] = [];
  for (const edit of hypothesis) {
    const correction = edit.correction.join(" ");
    const open = sentence.edits.filter((gold) => !used.has(gold));
    const exact = open.find((g) => g.start === edit.start && g.end === edit.end && g.correction.join(" ") === correction);
    const inside = open.filter((g) => g.start >= edit.start && g.end <= edit.end);
    if (exact) used.add(exact);
    else if (inside.length > 0 && applyEdits(sentence.tokens, inside, edit.start, edit.end).join(" ") === correction) {
      for (const gold of inside) used.add(gold);
    } else falsePositives.push(edit);
  }
  return { found: used, falsePositives };
}

/** [tp, fp, fn] of a hypothesis' edits against the gold edits (see matchM2). */
export function compareM2(sentence: M2Sentence, hypothesis: readonly M2Edit[]): [number, number, number] {
  const { found, falsePositives } = matchM2(sentence, hypothesis);
  return [found.size, falsePositives.length, sentence.edits.length - found.size];
}

/** gec_score.py's tokens with hyphenated words split as spaCy splits them ("e-mail" -> e - mail). */
export function m2Tokens(text: string): string[] {
  return tok(text).flatMap((token) => token.split(/(-)/).filter((part) => part.length > 0));
}

/** Characters of a token without whitespace, after tok()'s quote normalisation. */
const normalized = (token: string): string => token.replaceAll("``", '"').replaceAll("''", '"').replaceAll("\u2019", "'");

/** Offsets of token boundaries in the tokens' concatenation without spaces. */
function boundaries(tokens: readonly string[]): number[] {
  const at = [0];
  for (const token of tokens) at.push(at[at.length - 1]! + token.length);
  return at;
}

/**
 * The hypothesis' edits on the S line's tokens. The hypothesis and the detokenised source are
 * tokenised alike and aligned (difflib); each edit's span is carried to the S tokens through the
 * characters both tokenisations cover (whitespace left out), so that where they tokenise
 * differently an unchanged source still has no edits. A span that ends inside an S token is
 * widened to the whole token, its correction keeping the token's untouched characters.
 */
export function hypothesisEdits(sentence: M2Sentence, sourceText: string, hypothesis: string): M2Edit[] {
  const source = m2Tokens(sourceText);
  const target = m2Tokens(hypothesis);
  const m2Chars = sentence.tokens.map(normalized);
  const atM2 = boundaries(m2Chars);
  const atSource = boundaries(source);
  const chars = m2Chars.join("");
  if (chars !== source.join("")) throw new Error(`M2: the detokenised sentence lost characters: ${sourceText}`);
  const found: M2Edit[] = [];
  for (const [tag, i1, i2, j1, j2] of opcodes(source, target)) {
    if (tag === "equal") continue;
    const from = atSource[i1]!;
    const to = atSource[i2]!;
    const start = atM2.findLastIndex((at) => at <= from);
    let end = atM2.findIndex((at) => at >= to);
    if (from === to && atM2[start] !== from) end = start + 1; // an insertion inside a token
    const inserted = target.slice(j1, j2);
    const correction =
      atM2[start] === from && atM2[end] === to
        ? inserted
        : [chars.slice(atM2[start], from) + inserted.join(" ") + chars.slice(to, atM2[end])];
    found.push({ start, end, correction: correction.filter((t) => t.length > 0) });
  }
  return found;
}
