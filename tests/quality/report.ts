// The harness' results: their JSON shape and the side-by-side table (quality.md and stdout).

import type { CleanPostsSummary } from "./clean_posts.js";
import type { ReferenceScores } from "./cross_check.js";
import type { Confusion } from "./error_types.js";
import type { EditScores } from "./gec_metrics.js";
import { agreementTable, categoryRows, frequentFlags } from "./report_sections.js";
import type { SetScores } from "./score_sets.js";
import { type CheckerName, type SystemName, SYSTEMS, TITLES } from "./systems.js";

export { type CheckerName, type SystemName, SYSTEMS } from "./systems.js";

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

export interface ErrorTypeResult {
  /** The categories the table shows, most gold edits first; every other one is in `rest`. */
  shown: string[];
  rest: string;
  /** The classifier on every gold edit of the scored sentences: [gold category][its category] = edits. */
  classifier_confusion: Confusion;
  /** Whether gec/pie_morphs.txt was there (without it: suffix rules only). */
  inflection_table: boolean;
}

export interface QualityReport {
  machine: { cpu: string; node: string; date: string };
  data_dir: string;
  limit: number | null;
  /** Time to load each corrector (code, dictionaries, model). */
  load_ms: Record<CheckerName, number>;
  jfleg_dev: SetResult;
  wi_dev: SetResult;
  wi_error_types: ErrorTypeResult;
  clean_posts: { file: string; systems: Record<SystemName, CleanPostsSummary> };
  /** Largest |ours - gec_score.py| over GLEU, P, R and F0.5 of every system and set. */
  agreement: { max_difference: number | null; within_half_point: boolean | null };
  /** What made the run fail (a system with no output, a count that does not add up…); empty when none. */
  problems: string[];
}

const prf = (s: EditScores): string => `${s.precision.toFixed(1)} / ${s.recall.toFixed(1)} / ${s.f05.toFixed(1)}`;
const ms = (value: number | null): string => (value === null ? "–" : `${value.toFixed(2)} ms`);

export function renderMarkdown(report: QualityReport): string {
  const { jfleg_dev: jfleg, wi_dev: wi, clean_posts: clean } = report;
  const row = (label: string, cell: (name: SystemName) => string): string =>
    `| ${label} | ${SYSTEMS.map(cell).join(" | ")} |`;
  const section = (label: string): string => row(`**${label}**`, () => "");
  const reference = (name: SystemName): string => {
    const [j, w] = [jfleg.systems[name].gec_score_py, wi.systems[name].gec_score_py];
    return j && w ? `${j.gleu.toFixed(2)} / ${w.f05.toFixed(1)}` : "not run";
  };
  const posts = clean.systems.source.posts;
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
    section("W&I dev by error type, M2 edits: TP / R / P* / F0.5*"),
    ...categoryRows(report, row),
    section(`False positives on ${posts} clean posts (tests/data/clean_posts.jsonl)`),
    row("suggestions per 100 clean posts", (n) => clean.systems[n].flags_per_100_posts.toFixed(1)),
    row("clean posts with any suggestion", (n) => {
      const s = clean.systems[n];
      return `${s.posts_flagged} (${s.posts_flagged_percent.toFixed(1)} %)`;
    }),
    section("Speed and cross-check"),
    row("Time per sentence, JFLEG / W&I (mean)", (n) =>
      n === "source" ? "–" : `${ms(jfleg.systems[n].ms_per_sentence)} / ${ms(wi.systems[n].ms_per_sentence)}`,
    ),
    row("gec_score.py on the saved files: JFLEG GLEU / W&I F0.5", reference),
    "",
    "GLEU: JFLEG's (Napoles et al. 2016), mean over 200 reference samplings. difflib edits: edit-level " +
      "P/R/F0.5 as shared/tools/gec_score.py counts them (no edits means P = 100). M2 edits: span and " +
      "correction must equal a gold edit of annotator 0 (or adjacent gold edits together) on the M2 tokens. " +
      "By error type: the category is the M2 type without its operation (M:DET, R:DET and U:DET are DET). " +
      "TP and R are exact: a found gold edit keeps its gold type. **P\\* and F0.5\\* are approximate**: a " +
      "false positive has no gold type, so our rule-based classifier (edit_classifier.ts) gives it one; " +
      "how often it agrees with the gold types is in the next table. " +
      "Clean posts: every suggestion the checker shows at its defaults is a false one (each listed in " +
      "results/clean_posts.*.flags.jsonl). Load time: " +
      `Harper ${report.load_ms.harper.toFixed(0)} ms, Nib spelling only ${report.load_ms.nib_spelling.toFixed(0)} ms, ` +
      `Nib ${report.load_ms.nib.toFixed(0)} ms.`,
    diff === null
      ? "gec_score.py was not run (no /usr/bin/python3 or no shared/tools/gec_score.py)."
      : `Largest difference from gec_score.py over every figure: ${diff.toFixed(3)} points.`,
    "",
    ...agreementTable(report.wi_error_types),
    "",
    ...frequentFlags(report.clean_posts.systems),
    ...(report.problems.length > 0 ? ["", "**Problems (the run failed):**", ...report.problems.map((p) => `- ${p}`)] : []),
    "",
  ].join("\n");
}
