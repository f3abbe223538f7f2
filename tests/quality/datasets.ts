// The two dev sets as the harness uses them: the text a writer would have typed (what Nib and
// Harper check) and the tokens the scores are computed on.

import { readFileSync } from "node:fs";
import path from "node:path";

import { detokenize } from "./detokenize.js";
import { type M2Sentence, applyM2, parseM2 } from "./m2.js";

export const JFLEG_DIR = "gec/jfleg_dev";
export const WI_M2 = "gec/wi_locness/ABCN.dev.gold.bea19.m2";

export interface JflegDev {
  /** dev.src, one tokenised sentence a line (gec_score.py's SRC). */
  sourceLines: string[];
  /** dev.ref0..3 (gec_score.py's REFs). */
  referenceFiles: string[][];
  /** What the checkers see: each source line detokenised. */
  texts: string[];
}

export interface WiDev {
  sentences: M2Sentence[];
  /** The S line detokenised: what the checkers see, and the source scored against. */
  texts: string[];
  /** Annotator 0's corrections applied, detokenised: the one reference. */
  references: string[];
}

const lines = (file: string): string[] => readFileSync(file, "utf8").replace(/\n$/, "").split("\n");

export function loadJfleg(dataDir: string, limit: number): JflegDev {
  const dir = path.join(dataDir, JFLEG_DIR);
  const sourceLines = lines(path.join(dir, "dev.src")).slice(0, limit);
  const referenceFiles = [0, 1, 2, 3].map((k) => lines(path.join(dir, `dev.ref${k}`)).slice(0, limit));
  for (const [k, refs] of referenceFiles.entries()) {
    if (refs.length !== sourceLines.length) {
      throw new Error(`JFLEG: dev.ref${k} has ${refs.length} lines, dev.src ${sourceLines.length}`);
    }
  }
  // JFLEG's tokeniser kept hyphens and slashes inside words: a lone "-" there is a dash.
  const texts = sourceLines.map((line) => detokenize(line.trim().split(/\s+/), { joinInfixes: false }));
  return { sourceLines, referenceFiles, texts };
}

export function loadWi(dataDir: string, limit: number): WiDev {
  const sentences = parseM2(readFileSync(path.join(dataDir, WI_M2), "utf8")).slice(0, limit);
  // spaCy split word-internal hyphens and slashes (e - mail, w / o); they are joined again.
  const text = (tokens: string[]): string => detokenize(tokens, { joinInfixes: true });
  return {
    sentences,
    texts: sentences.map((s) => text(s.tokens)),
    references: sentences.map((s) => text(applyM2(s))),
  };
}
