// Scores `nib correct` (with the grammar model, and spelling only) against Harper and the unchanged
// source on the GEC dev sets: GLEU on JFLEG dev, edit-level P/R/F0.5 on W&I+LOCNESS dev, overall
// and by error type, the false flags on the project's clean posts, and the time per sentence.
//
// Usage: node build/js/tests/quality/run_quality.js [--data DIR] [--limit N]
//   DIR holds gec/jfleg_dev and gec/wi_locness (default: ../shared/data from the repository root);
//   --limit scores only the first N sentences of each set (the smoke run: --limit 40) and writes
//   everything under results/smoke/ instead.
// Writes tests/quality/results/quality.{json,md}, each checker's flags on the clean posts, and every
// system's output, one sentence a line, with the inputs it was scored on, so that gec_score.py can
// check the figures; it does so itself when /usr/bin/python3 and DIR/../tools/gec_score.py exist.
// The dev-set outputs are derived from the non-commercial dev sets and are never committed
// (results/.gitignore). Exits 1 when something is broken (integrity.ts), never for a low score.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

import { loadClassifierResources } from "./classifier_resources.js";
import { type CleanPostsSummary, flagCleanPosts, loadCleanPosts, summarizeFlags } from "./clean_posts.js";
import { type Corrector, openHarper, openNib } from "./correctors.js";
import { largestDifference, referenceScores } from "./cross_check.js";
import { JFLEG_DIR, WI_M2, loadJfleg, loadWi } from "./datasets.js";
import { classifierConfusion, restLabel, topCategories } from "./error_types.js";
import { TOLERANCE, findProblems } from "./integrity.js";
import { type QualityReport, type SetResult, renderMarkdown } from "./report.js";
import { type SetScores, jflegScorer, wiScorer } from "./score_sets.js";
import { type CheckerName, type SystemName, CHECKERS, SYSTEMS } from "./systems.js";

/** The repository root, from build/js/tests/quality/run_quality.js. */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const RESULTS = path.join(ROOT, "tests/quality/results");
/** Where a --limit run writes: never over the full run's committed quality.md (results/.gitignore). */
const SMOKE_RESULTS = path.join(RESULTS, "smoke");
/** Correct social posts written for the project: every flag on them is a false positive. */
const CLEAN_POSTS = path.join(ROOT, "tests/data/clean_posts.jsonl");

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

async function main(): Promise<void> {
  const { dataDir, limit } = parseOptions();
  const jfleg = loadJfleg(dataDir, limit ?? Infinity);
  const wi = loadWi(dataDir, limit ?? Infinity);
  const resultsDir = limit === null ? RESULTS : SMOKE_RESULTS;
  mkdirSync(resultsDir, { recursive: true });
  const save = (name: string, lines: readonly string[]): string => {
    const file = path.join(resultsDir, name);
    writeFileSync(file, lines.map((line) => line + "\n").join(""));
    return file;
  };
  const script = path.join(dataDir, "../tools/gec_score.py");
  const jflegSource = save("jfleg_dev.src.txt", jfleg.sourceLines);
  const jflegRefs = jfleg.referenceFiles.map((lines, k) => save(`jfleg_dev.ref${k}.txt`, lines));
  const wiSource = save("wi_dev.src.txt", wi.texts);
  const wiRef = save("wi_dev.ref.txt", wi.references);

  const classifier = await loadClassifierResources(dataDir);
  const opened: Record<CheckerName, { corrector: Corrector; ms: number }> = {
    harper: await timedOpen(openHarper),
    nib_spelling: await timedOpen(() => openNib("spelling")),
    nib: await timedOpen(() => openNib("model")),
  };
  const correctorOf = (name: SystemName): Corrector | null => (name === "source" ? null : opened[name].corrector);

  const sets = [
    { key: "jfleg_dev", texts: jfleg.texts, score: jflegScorer(jfleg), src: jflegSource, refs: jflegRefs },
    { key: "wi_dev", texts: wi.texts, score: wiScorer(wi, classifier.resources), src: wiSource, refs: [wiRef] },
  ] as const;
  const scored = {} as Record<(typeof sets)[number]["key"], SetResult>;
  let modelChangedSomething = false;
  for (const set of sets) {
    const systems = {} as SetResult["systems"];
    const outputs = {} as Record<SystemName, string[]>;
    for (const name of SYSTEMS) {
      const corrector = correctorOf(name);
      const run: Run = corrector
        ? await correctAll(corrector, set.texts)
        : { outputs: [...set.texts], msPerSentence: 0, failures: 0 };
      outputs[name] = run.outputs;
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
    modelChangedSomething ||= outputs.nib.some((output, i) => output !== outputs.nib_spelling[i]);
    scored[set.key] = { sentences: set.texts.length, systems };
  }

  const posts = loadCleanPosts(CLEAN_POSTS);
  const clean = { source: summarizeFlags(posts, [], 0) } as Record<SystemName, CleanPostsSummary>;
  for (const name of CHECKERS) {
    const { flags, failures } = await flagCleanPosts(opened[name].corrector, posts);
    writeFileSync(path.join(resultsDir, `clean_posts.${name}.flags.jsonl`), flags.map((f) => JSON.stringify(f) + "\n").join(""));
    clean[name] = summarizeFlags(posts, flags, failures);
  }
  process.stderr.write("clean posts: done\n");

  const confusion = classifierConfusion(wi.sentences, classifier.resources);
  const shown = topCategories(confusion);
  classifier.dispose();
  const difference = largestDifference(Object.values(scored));
  const report: QualityReport = {
    machine: {
      cpu: os.cpus()[0]?.model ?? "unknown CPU",
      node: process.version,
      date: new Date().toISOString().slice(0, 10),
    },
    data_dir: dataDir,
    limit,
    load_ms: { harper: opened.harper.ms, nib_spelling: opened.nib_spelling.ms, nib: opened.nib.ms },
    jfleg_dev: scored.jfleg_dev,
    wi_dev: scored.wi_dev,
    wi_error_types: {
      shown,
      rest: restLabel(confusion, shown),
      classifier_confusion: confusion,
      inflection_table: classifier.inflectionTable,
    },
    clean_posts: { file: path.relative(ROOT, CLEAN_POSTS), systems: clean },
    agreement: { max_difference: difference, within_half_point: difference === null ? null : difference <= TOLERANCE },
    problems: [],
  };
  report.problems = findProblems(report, modelChangedSomething);
  writeFileSync(path.join(resultsDir, "quality.json"), JSON.stringify(report, null, 2) + "\n");
  const markdown = renderMarkdown(report);
  writeFileSync(path.join(resultsDir, "quality.md"), markdown);
  process.stdout.write(markdown);
  if (difference === null) process.stderr.write("run_quality: gec_score.py was not run, so nothing was cross-checked\n");
  for (const problem of report.problems) process.stderr.write(`run_quality: ${problem}\n`);
  if (report.problems.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`run_quality: ${(error as Error).message}\n`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
});
