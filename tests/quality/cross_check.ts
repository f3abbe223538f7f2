// Runs the project's reference scorer (shared/tools/gec_score.py) on the files the harness wrote,
// so every run shows whether our TypeScript scores still agree with it.

import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

import type { SetResult } from "./report.js";
import { SYSTEMS } from "./systems.js";

export const PYTHON = "/usr/bin/python3";

export interface ReferenceScores {
  gleu: number;
  precision: number;
  recall: number;
  f05: number;
}

/** Matches gec_score.py's one output line ("... GLEU 61.23  P 45.6 R 12.3 F0.5 29.8 ..."). */
const LINE = /GLEU (\S+)\s+P (\S+) R (\S+) F0\.5 (\S+)/;

/** gec_score.py's figures for SRC HYP REF..., or null when Python or the script is missing. */
export function referenceScores(
  script: string,
  source: string,
  hypothesis: string,
  references: string[],
): ReferenceScores | null {
  if (!existsSync(PYTHON) || !existsSync(script)) return null;
  const output = execFileSync(PYTHON, [script, source, hypothesis, ...references], { encoding: "utf8" });
  const match = LINE.exec(output);
  if (!match) throw new Error(`gec_score.py printed something unexpected: ${output}`);
  const [gleu, precision, recall, f05] = match.slice(1).map(Number) as [number, number, number, number];
  return { gleu, precision, recall, f05 };
}

/** Largest |ours - gec_score.py| over the figures it prints; null when it was not run. */
export function largestDifference(results: SetResult[]): number | null {
  let largest: number | null = null;
  for (const result of results) {
    for (const name of SYSTEMS) {
      const { gleu, edits, gec_score_py: theirs } = result.systems[name];
      if (!theirs) return null;
      const ours: ReferenceScores = { gleu, precision: edits.precision, recall: edits.recall, f05: edits.f05 };
      for (const key of ["gleu", "precision", "recall", "f05"] as const) {
        largest = Math.max(largest ?? 0, Math.abs(ours[key] - theirs[key]));
      }
    }
  }
  return largest;
}
