// GEC scores on token lists, written to agree with shared/tools/gec_score.py (the project's
// reference scorer): JFLEG's GLEU (Napoles et al. 2016) and edit-level precision/recall/F0.5.

import { PythonRandom } from "./python_random.js";
import { opcodes } from "./sequence_matcher.js";

export type Tokens = readonly string[];

/** Edit-level counts and scores (P, R and F0.5 in percent). */
export interface EditScores {
  precision: number;
  recall: number;
  f05: number;
  tp: number;
  fp: number;
  fn: number;
}

const ORDER = 4;

/** n-gram counts; the key is the JSON of the n-gram, which no choice of tokens can make ambiguous. */
function ngrams(tokens: Tokens, n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = JSON.stringify(tokens.slice(i, i + n));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Size of the multiset intersection (Python's sum((x & y).values())). */
function overlap(x: ReadonlyMap<string, number>, y: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const [gram, count] of x) total += Math.min(count, y.get(gram) ?? 0);
  return total;
}

/**
 * One hypothesis against one reference: [hyp length, ref length, then per n the matches (n-grams
 * shared with the reference, minus those kept from the source that the reference dropped) and
 * the hypothesis' n-gram count].
 */
function gleuStats(source: Tokens, hypothesis: Tokens, reference: Tokens): number[] {
  const stats = [hypothesis.length, reference.length];
  for (let n = 1; n <= ORDER; n++) {
    const hyp = ngrams(hypothesis, n);
    const ref = ngrams(reference, n);
    const dropped = new Map([...ngrams(source, n)].filter(([gram]) => !ref.has(gram)));
    stats.push(Math.max(overlap(hyp, ref) - overlap(hyp, dropped), 0));
    stats.push(Math.max(hypothesis.length + 1 - n, 0));
  }
  return stats;
}

/** Corpus GLEU (0-100): the mean over `iterations` samplings of one reference per sentence. */
export function gleu(
  sources: readonly Tokens[],
  hypotheses: readonly Tokens[],
  referenceSets: readonly (readonly Tokens[])[],
  iterations = 200,
  seed = 0,
): number {
  const perSentence = sources.map((source, i) =>
    referenceSets[i]!.map((reference) => gleuStats(source, hypotheses[i]!, reference)),
  );
  const random = new PythonRandom(seed);
  let sum = 0;
  for (let it = 0; it < iterations; it++) {
    const total = new Array<number>(2 + 2 * ORDER).fill(0);
    for (const perReference of perSentence) {
      const stats = perReference[random.randrange(perReference.length)]!;
      stats.forEach((value, k) => (total[k]! += value));
    }
    const [c, r] = total as [number, number];
    if (c === 0 || total.slice(2).some((x) => x === 0)) continue; // this sampling scores 0
    let logPrecision = 0;
    for (let n = 0; n < ORDER; n++) logPrecision += Math.log(total[2 + 2 * n]! / total[3 + 2 * n]!);
    sum += Math.exp(Math.min(0, 1 - r / c) + logPrecision / ORDER);
  }
  return (100 * sum) / iterations;
}

/** The edits source -> output as keys "i1 i2 json(lowercased tokens)" (gec_score.py's edits()). */
export function edits(source: Tokens, output: Tokens): Set<string> {
  const found = new Set<string>();
  for (const [tag, i1, i2, j1, j2] of opcodes(source, output)) {
    if (tag !== "equal") found.add(`${i1} ${i2} ${JSON.stringify(output.slice(j1, j2).map((t) => t.toLowerCase()))}`);
  }
  return found;
}

/** P, R and F_beta (percent) from summed counts, with gec_score.py's conventions for empty sets. */
export function editScores(tp: number, fp: number, fn: number, beta = 0.5): EditScores {
  const p = tp + fp > 0 ? tp / (tp + fp) : 1;
  const r = tp + fn > 0 ? tp / (tp + fn) : 1;
  const f = p + r > 0 ? ((1 + beta ** 2) * p * r) / (beta ** 2 * p + r) : 0;
  return { precision: 100 * p, recall: 100 * r, f05: 100 * f, tp, fp, fn };
}

/** Counts of one sentence's hypothesis edits against one set of gold edits. */
function compareEdits(hypothesis: ReadonlySet<string>, gold: ReadonlySet<string>): [number, number, number] {
  let tp = 0;
  for (const edit of hypothesis) if (gold.has(edit)) tp += 1;
  return [tp, hypothesis.size - tp, gold.size - tp];
}

/**
 * Edit-level scores with difflib edits; per sentence, the reference that agrees best (most
 * tp - fp - fn, then most tp, the first on a tie) is the one counted.
 */
export function editF05(
  sources: readonly Tokens[],
  hypotheses: readonly Tokens[],
  referenceSets: readonly (readonly Tokens[])[],
): EditScores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  sources.forEach((source, i) => {
    const hyp = edits(source, hypotheses[i]!);
    let best: [number, number, number] | undefined;
    for (const reference of referenceSets[i]!) {
      const counts = compareEdits(hyp, edits(source, reference));
      const [t, p, n] = counts;
      if (!best || t - p - n > best[0] - best[1] - best[2] || (t - p - n === best[0] - best[1] - best[2] && t > best[0])) {
        best = counts;
      }
    }
    if (best) {
      tp += best[0];
      fp += best[1];
      fn += best[2];
    }
  });
  return editScores(tp, fp, fn);
}
