// The harness' results: their JSON shape and the side-by-side table (quality.md and stdout).

import type { ReferenceScores } from "./cross_check.js";
import type { EditScores } from "./gec_metrics.js";
import type { SetScores } from "./score_sets.js";

export const SYSTEMS = ["source", "harper", "nib"] as const;
export type SystemName = (typeof SYSTEMS)[number];

const TITLES: Record<SystemName, string> = {
  source: "Source (unchanged)",
  harper: "Harper 2.10.0 (default rules, American)",
  nib: "Nib (`nib correct`)",
};

export interface SystemRun extends SetScores {
  /** Mean wall time of one sentence's correction; null for the unchanged source. */
  ms_per_sentence: number | null;
  /** Sentences left as they were because the corrector threw. */
  failures: number;
  /** gec_score.py on the saved files; null when it could not be run. */
  gec_score_py: ReferenceScores | null;
}

export interface SetResult {
  sentences: number;
  systems: Record<SystemName, SystemRun>;
}

export interface QualityReport {
  machine: { cpu: string; node: string; date: string };
  data_dir: string;
  limit: number | null;
  /** Time to load each corrector (code, dictionaries, model). */
  load_ms: { harper: number; nib: number };
  jfleg_dev: SetResult;
  wi_dev: SetResult;
  /** Largest |ours - gec_score.py| over GLEU, P, R and F0.5 of every system and set. */
  agreement: { max_difference: number | null; within_half_point: boolean | null };
}

const prf = (s: EditScores): string => `${s.precision.toFixed(1)} / ${s.recall.toFixed(1)} / ${s.f05.toFixed(1)}`;
const ms = (value: number | null): string => (value === null ? "–" : `${value.toFixed(2)} ms`);

export function renderMarkdown(report: QualityReport): string {
  const { jfleg_dev: jfleg, wi_dev: wi } = report;
  const row = (label: string, cell: (name: SystemName) => string): string =>
    `| ${label} | ${SYSTEMS.map(cell).join(" | ")} |`;
  const reference = (name: SystemName): string => {
    const [j, w] = [jfleg.systems[name].gec_score_py, wi.systems[name].gec_score_py];
    return j && w ? `${j.gleu.toFixed(2)} / ${w.f05.toFixed(1)}` : "not run";
  };
  const { max_difference: diff } = report.agreement;
  return [
    `GEC quality in Node ${report.machine.node} on ${report.machine.cpu}, ${report.machine.date}` +
      (report.limit === null ? "." : ` (first ${report.limit} sentences of each set).`),
    "",
    `|  | ${SYSTEMS.map((name) => TITLES[name]).join(" | ")} |`,
    `| --- | ${SYSTEMS.map(() => "---").join(" | ")} |`,
    row(`JFLEG dev GLEU (${jfleg.sentences} sentences, 4 references)`, (n) => jfleg.systems[n].gleu.toFixed(2)),
    row("JFLEG dev sentences changed", (n) => String(jfleg.systems[n].changed)),
    row(`W&I dev P / R / F0.5, difflib edits (${wi.sentences} sentences)`, (n) => prf(wi.systems[n].edits)),
    row("W&I dev P / R / F0.5, M2 edits (annotator 0)", (n) => prf(wi.systems[n].m2!)),
    row("W&I dev sentences changed", (n) => String(wi.systems[n].changed)),
    row("Time per sentence, JFLEG / W&I (mean)", (n) =>
      n === "source" ? "–" : `${ms(jfleg.systems[n].ms_per_sentence)} / ${ms(wi.systems[n].ms_per_sentence)}`,
    ),
    row("gec_score.py on the saved files: JFLEG GLEU / W&I F0.5", reference),
    "",
    "GLEU: JFLEG's (Napoles et al. 2016), mean over 200 reference samplings. difflib edits: edit-level " +
      "P/R/F0.5 as shared/tools/gec_score.py counts them (no edits means P = 100). M2 edits: span and " +
      "correction must equal a gold edit of annotator 0 (or adjacent gold edits together) on the M2 tokens. " +
      "Load time: " +
      `Harper ${report.load_ms.harper.toFixed(0)} ms, Nib ${report.load_ms.nib.toFixed(0)} ms.`,
    diff === null
      ? "gec_score.py was not run (no /usr/bin/python3 or no shared/tools/gec_score.py)."
      : `Largest difference from gec_score.py over every figure: ${diff.toFixed(3)} points.`,
    "",
  ].join("\n");
}
