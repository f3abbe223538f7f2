// Scores `nib correct` against Harper and the unchanged source on the GEC dev sets: GLEU on JFLEG
// dev, edit-level P/R/F0.5 on W&I+LOCNESS dev, and the time each takes per sentence.
//
// Usage: node build/js/tests/quality/run_quality.js [--data DIR] [--limit N]
//   DIR holds gec/jfleg_dev and gec/wi_locness (default: ../shared/data from the repository root);
//   --limit scores only the first N sentences of each set.
// Writes tests/quality/results/quality.{json,md} and every system's output, one sentence a line,
// with the inputs it was scored on, so that gec_score.py can check the figures; it does so itself
// when /usr/bin/python3 and DIR/../tools/gec_score.py exist. The outputs are derived from the
// non-commercial dev sets and are never committed (results/.gitignore).
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

import { type Corrector, openHarper, openNib } from "./correctors.js";
import { type ReferenceScores, referenceScores } from "./cross_check.js";
import { JFLEG_DIR, WI_M2, loadJfleg, loadWi } from "./datasets.js";
import { type QualityReport, type SetResult, type SystemName, SYSTEMS, renderMarkdown } from "./report.js";
import { type SetScores, jflegScorer, wiScorer } from "./score_sets.js";

/** The repository root, from build/js/tests/quality/run_quality.js. */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const RESULTS = path.join(ROOT, "tests/quality/results");
/** Our scores must equal gec_score.py's to this many points. */
const TOLERANCE = 0.5;

class UsageError extends Error {}

function parseOptions(): { dataDir: string; limit: number | null } {
  const { values } = parseArgs({ options: { data: { type: "string" }, limit: { type: "string" } } });
  const dataDir = path.resolve(values.data ?? path.join(ROOT, "../shared/data"));
  for (const needed of [path.join(JFLEG_DIR, "dev.src"), WI_M2]) {
    if (!existsSync(path.join(dataDir, needed))) {
      throw new UsageError(`no ${needed} under ${dataDir}: pass --data DIR (the shared data folder)`);
    }
  }
  if (values.limit === undefined) return { dataDir, limit: null };
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) {
    throw new UsageError(`--limit takes a positive whole number, not '${values.limit}'`);
  }
  return { dataDir, limit };
}

interface Run {
  outputs: string[];
  msPerSentence: number;
  failures: number;
}

async function correctAll(corrector: Corrector, texts: readonly string[]): Promise<Run> {
  const outputs: string[] = [];
  let failures = 0;
  let elapsed = 0;
  for (const text of texts) {
    const started = performance.now();
    let output = text;
    try {
      output = await corrector.correct(text);
    } catch {
      failures += 1; // left as it was, as `nib correct` does
    }
    elapsed += performance.now() - started;
    outputs.push(output.replace(/[\r\n]+/g, " ")); // one sentence a line in the saved files
  }
  return { outputs, msPerSentence: texts.length > 0 ? elapsed / texts.length : 0, failures };
}

/** A text in no dev set: one unmeasured correction, so that no set's first sentence pays for warming up. */
const WARM_UP = "This sentense is checked once before the timing starts, so its not measured.";

async function timedOpen(open: () => Promise<Corrector>): Promise<{ corrector: Corrector; ms: number }> {
  const started = performance.now();
  const corrector = await open();
  const ms = performance.now() - started;
  await corrector.correct(WARM_UP);
  return { corrector, ms };
}

const save = (name: string, lines: readonly string[]): string => {
  const file = path.join(RESULTS, name);
  writeFileSync(file, lines.map((line) => line + "\n").join(""));
  return file;
};

/** Largest |ours - gec_score.py| over the figures it prints; null when it was not run. */
function largestDifference(results: SetResult[]): number | null {
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

async function main(): Promise<void> {
  const { dataDir, limit } = parseOptions();
  const jfleg = loadJfleg(dataDir, limit ?? Infinity);
  const wi = loadWi(dataDir, limit ?? Infinity);
  mkdirSync(RESULTS, { recursive: true });
  const script = path.join(dataDir, "../tools/gec_score.py");
  const jflegSource = save("jfleg_dev.src.txt", jfleg.sourceLines);
  const jflegRefs = jfleg.referenceFiles.map((lines, k) => save(`jfleg_dev.ref${k}.txt`, lines));
  const wiSource = save("wi_dev.src.txt", wi.texts);
  const wiRef = save("wi_dev.ref.txt", wi.references);

  const harper = await timedOpen(openHarper);
  const nib = await timedOpen(openNib);
  const correctors: Record<SystemName, Corrector | null> = { source: null, harper: harper.corrector, nib: nib.corrector };

  const scoreJfleg = jflegScorer(jfleg);
  const scoreWi = wiScorer(wi);
  const sets = [
    { key: "jfleg_dev", texts: jfleg.texts, score: scoreJfleg, src: jflegSource, refs: jflegRefs },
    { key: "wi_dev", texts: wi.texts, score: scoreWi, src: wiSource, refs: [wiRef] },
  ] as const;
  const results = {} as Record<(typeof sets)[number]["key"], SetResult>;
  for (const set of sets) {
    const systems = {} as SetResult["systems"];
    for (const name of SYSTEMS) {
      const corrector = correctors[name];
      const run: Run = corrector
        ? await correctAll(corrector, set.texts)
        : { outputs: [...set.texts], msPerSentence: 0, failures: 0 };
      const hypothesis = save(`${name}.${set.key}.txt`, run.outputs);
      const scores: SetScores = set.score(run.outputs);
      systems[name] = {
        ...scores,
        ms_per_sentence: corrector ? run.msPerSentence : null,
        failures: run.failures,
        gec_score_py: referenceScores(script, set.src, hypothesis, [...set.refs]),
      };
      process.stderr.write(`${set.key} ${name}: done\n`);
    }
    results[set.key] = { sentences: set.texts.length, systems };
  }

  const difference = largestDifference(Object.values(results));
  const report: QualityReport = {
    machine: {
      cpu: os.cpus()[0]?.model ?? "unknown CPU",
      node: process.version,
      date: new Date().toISOString().slice(0, 10),
    },
    data_dir: dataDir,
    limit,
    load_ms: { harper: harper.ms, nib: nib.ms },
    jfleg_dev: results.jfleg_dev,
    wi_dev: results.wi_dev,
    agreement: { max_difference: difference, within_half_point: difference === null ? null : difference <= TOLERANCE },
  };
  writeFileSync(path.join(RESULTS, "quality.json"), JSON.stringify(report, null, 2) + "\n");
  const markdown = renderMarkdown(report);
  writeFileSync(path.join(RESULTS, "quality.md"), markdown);
  process.stdout.write(markdown);
  if (difference !== null && difference > TOLERANCE) {
    process.stderr.write(`run_quality: our scores differ from gec_score.py's by ${difference.toFixed(3)} points\n`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`run_quality: ${(error as Error).message}\n`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
});
