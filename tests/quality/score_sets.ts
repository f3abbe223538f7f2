// Scores one system's output on each dev set. The references are tokenised once per set.

import type { JflegDev, WiDev } from "./datasets.js";
import type { ClassifierResources } from "./edit_classifier.js";
import { type CountsByCategory, countByCategory } from "./error_types.js";
import { type EditScores, type Tokens, editF05, editScores, gleu } from "./gec_metrics.js";
import { compareM2, hypothesisEdits } from "./m2.js";
import { tok } from "./tokenize.js";

export interface SetScores {
  /** Sentences whose tokens differ from the source's. */
  changed: number;
  gleu: number;
  /** difflib edits, as gec_score.py counts them. */
  edits: EditScores;
  /** W&I only: edits on the M2 tokens against annotator 0's gold edits. */
  m2?: EditScores;
  /** W&I only, with a classifier: the M2 counts per error category (every category, ungrouped). */
  by_category?: CountsByCategory;
}

type Scorer = (hypotheses: readonly string[]) => SetScores;

const changed = (sources: readonly Tokens[], hypotheses: readonly Tokens[]): number =>
  sources.filter((source, i) => source.join(" ") !== hypotheses[i]!.join(" ")).length;

/** JFLEG dev: sources and references are the dataset's own lines, as gec_score.py reads them. */
export function jflegScorer(jfleg: JflegDev): Scorer {
  const sources = jfleg.sourceLines.map(tok);
  const referenceSets = sources.map((_, i) => jfleg.referenceFiles.map((file) => tok(file[i]!)));
  return (hypotheses) => {
    const hyps = hypotheses.map(tok);
    return {
      changed: changed(sources, hyps),
      gleu: gleu(sources, hyps, referenceSets),
      edits: editF05(sources, hyps, referenceSets),
    };
  };
}

/**
 * W&I dev: the detokenised source and annotator 0's detokenised correction, plus the M2 edits;
 * given a classifier's resources, also the M2 counts by error category.
 */
export function wiScorer(wi: WiDev, classifier?: ClassifierResources): Scorer {
  const sources = wi.texts.map(tok);
  const referenceSets = wi.references.map((reference) => [tok(reference)]);
  return (hypotheses) => {
    const hyps = hypotheses.map(tok);
    const m2Edits = wi.sentences.map((sentence, i) => hypothesisEdits(sentence, wi.texts[i]!, hypotheses[i]!));
    let [tp, fp, fn] = [0, 0, 0];
    wi.sentences.forEach((sentence, i) => {
      const [t, p, n] = compareM2(sentence, m2Edits[i]!);
      [tp, fp, fn] = [tp + t, fp + p, fn + n];
    });
    return {
      changed: changed(sources, hyps),
      gleu: gleu(sources, hyps, referenceSets),
      edits: editF05(sources, hyps, referenceSets),
      m2: editScores(tp, fp, fn),
      ...(classifier ? { by_category: countByCategory(wi.sentences, m2Edits, classifier) } : {}),
    };
  };
}
