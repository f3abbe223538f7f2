// nib: the command-line face of the engine (the same engine the extension and playground use).
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";

import {
  applyTopReplacements,
  type CheckOptions,
  type DialectChoice,
  type Engine,
  EngineError,
  type RewriteGoal,
  type ToneTarget,
} from "../../engine/src/engine.js";
import { createNodeEngine, DIALECTS } from "../../engine/src/node_assets.js";
import { renderReport } from "./report.js";
import { renderRewriteDiff, renderTone } from "./tone_report.js";

const GOALS: readonly RewriteGoal[] = ["formal", "casual", "polite", "confident", "friendly"];

const USAGE = `Usage:
  nib check FILE|-   [--json] [--dialect any|en-US|en-GB|en-CA|en-AU] [--all]
                     [--explain-language LANG] [--personal-words FILE] [--disable RULE]...
      Checks a post and prints a report (--json: the API response).
      --dialect: any English spelling is fine by default; naming a dialect also
      flags the other dialects' spellings (colour in en-US).
      --all also shows low-confidence flags (probable names, foreign words).
      --explain-language: explanations in en, ar, de, es, fr, hi, hu, id, ja, ko,
      pt-BR, ru, tr, vi or zh-CN (default: en). Parts of a post in another
      language than English are left unchecked.
      --spelling-only skips the grammar model (check and correct).
      --site linkedin|facebook|x|reddit|mastodon|bluesky, or --tone-target
      general|professional|casual|friendly: the tone expected there; the report
      notes a post far from it (default: general, which notes only rudeness).
  nib tone FILE|-    [--json] [--site S | --tone-target T] [--explain-language LANG]
      Prints how a post sounds: formality, politeness, confidence, sentiment,
      each with a label and a calibrated score, and the notes for the target.
  nib rewrite --to formal|casual|polite|confident|friendly FILE|-
                     [--diff] [--json] [--explain-language LANG]
      Prints the post rewritten toward that tone (exit 1 and the post unchanged
      when no safe rewrite exists). --diff lists each edit with its reason and
      the tone before and after.
  nib correct        [--dialect D] [--spelling-only]
      Reads one text per line on stdin; writes each with the top suggestion of
      every problem applied (same line count, nothing else on stdout).
  nib suggest WORD   [--dialect D] [--hunspell]
      Prints replacements for one word (--hunspell: Hunspell's own suggest).
`;

class UsageError extends Error {}

async function readInput(file: string): Promise<string> {
  if (file === "-") {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  }
  return readFile(file, "utf8");
}

function dialectOf(value: string | undefined): DialectChoice {
  const dialect = (value ?? "any").replace("_", "-");
  if (dialect !== "any" && !(DIALECTS as readonly string[]).includes(dialect)) {
    throw new UsageError(`unknown dialect '${value}' (any, ${DIALECTS.join(", ")})`);
  }
  return dialect as DialectChoice;
}

/** --tone-target, or the default target of --site (the core's list of sites). */
function toneTargetOf(engine: Engine, site: string | undefined, target: string | undefined): ToneTarget | undefined {
  const info = engine.info().tone;
  if (site !== undefined && target !== undefined) throw new UsageError("give --site or --tone-target, not both");
  if (target !== undefined) {
    if (!info.targets.some((t) => t.name === target)) {
      throw new UsageError(`unknown tone target '${target}' (${info.targets.map((t) => t.name).join(", ")})`);
    }
    return target as ToneTarget;
  }
  if (site === undefined) return undefined;
  const known = info.sites.find((s) => s.site === site.toLowerCase());
  if (!known) throw new UsageError(`unknown site '${site}' (${info.sites.map((s) => s.site).join(", ")})`);
  return known.target;
}

function oneFile(command: string, rest: string[]): string {
  const file = rest[0];
  if (file === undefined || rest.length > 1) throw new UsageError(`nib ${command} takes one FILE (or - for stdin)`);
  return file;
}

function refuseUnsupportedLanguage(engine: Engine, warnings: { code: string }[], asked: string | undefined): void {
  // The core decides which tags it ships (pt and pt_BR mean pt-BR); asked for one it does not,
  // the command fails rather than explain in English unasked.
  if (warnings.some((w) => w.code === "explain_language_unsupported")) {
    const codes = engine.info().explain_languages.map((l) => l.code).join(", ");
    throw new UsageError(`unknown explanation language '${asked}' (${codes})`);
  }
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: "boolean" },
      all: { type: "boolean" },
      hunspell: { type: "boolean" },
      "spelling-only": { type: "boolean" },
      dialect: { type: "string" },
      "explain-language": { type: "string" },
      "personal-words": { type: "string" },
      disable: { type: "string", multiple: true },
      site: { type: "string" },
      "tone-target": { type: "string" },
      to: { type: "string" },
      diff: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || command === undefined) {
    process.stdout.write(USAGE);
    return command === undefined && !values.help ? 2 : 0;
  }
  const dialect = dialectOf(values.dialect);
  const options: CheckOptions = {
    dialect,
    ...(values["explain-language"] ? { explainLanguage: values["explain-language"] } : {}),
    disabledRules: values.disable ?? [],
    ...(values.all ? { minConfidence: 0 } : {}),
    ...(values["spelling-only"] ? { grammar: false } : {}),
  };
  if (values["personal-words"]) {
    const words = (await readFile(values["personal-words"], "utf8")).split("\n").map((w) => w.trim());
    options.personalWords = words.filter((w) => w.length > 0 && !w.startsWith("#"));
  }

  if (command === "check" || command === "tone") {
    const file = oneFile(command, rest);
    const text = await readInput(file);
    const engine = await createNodeEngine(command === "tone" ? { grammar: "none" } : {});
    const toneTarget = toneTargetOf(engine, values.site, values["tone-target"]);
    const response =
      command === "tone"
        ? engine.checkSpelling(text, { ...options, ...(toneTarget ? { toneTarget } : {}) })
        : await engine.check(text, { ...options, ...(toneTarget ? { toneTarget } : {}) });
    refuseUnsupportedLanguage(engine, response.warnings, options.explainLanguage);
    const name = file === "-" ? "<stdin>" : file;
    if (command === "tone") {
      if (!response.tone) throw new Error("the build has no tone model (models/tone/tone.bin)");
      process.stdout.write(values.json ? JSON.stringify(response.tone, null, 2) + "\n" : renderTone(name, response.tone));
      return 0;
    }
    if (values.json) process.stdout.write(JSON.stringify(response, null, 2) + "\n");
    else {
      const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
      process.stdout.write(renderReport(name, text, response, { color }));
    }
    return 0;
  }

  if (command === "rewrite") {
    const file = oneFile(command, rest);
    const goal = values.to;
    if (goal === undefined || !(GOALS as readonly string[]).includes(goal)) {
      throw new UsageError(`nib rewrite needs --to ${GOALS.join("|")}`);
    }
    const text = await readInput(file);
    const engine = await createNodeEngine();
    const response = await engine.rewrite(text, goal as RewriteGoal, {
      dialect,
      ...(options.explainLanguage ? { explainLanguage: options.explainLanguage } : {}),
      ...(options.personalWords ? { personalWords: options.personalWords } : {}),
    });
    refuseUnsupportedLanguage(engine, response.warnings, options.explainLanguage);
    if (values.json) process.stdout.write(JSON.stringify(response, null, 2) + "\n");
    else if (values.diff) process.stdout.write(renderRewriteDiff(text, response));
    else process.stdout.write(response.rewrite ? response.rewrite.text : text);
    if (!response.rewrite) {
      if (!values.json && !values.diff) {
        process.stderr.write(`nib rewrite: no rewrite toward "${goal}" keeps the post's meaning and correctness\n`);
      }
      return 1;
    }
    return 0;
  }

  if (command === "correct") {
    if (rest.length > 0) throw new UsageError("nib correct reads stdin and takes no FILE");
    const engine = await createNodeEngine();
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    let failures = 0;
    for await (const line of lines) {
      let corrected = line;
      try {
        corrected = applyTopReplacements(line, (await engine.check(line, options)).suggestions);
      } catch (error) {
        failures += 1;
        process.stderr.write(`nib correct: line left as it was: ${(error as Error).message}\n`);
      }
      process.stdout.write(corrected + "\n");
    }
    return failures > 0 ? 1 : 0;
  }

  if (command === "suggest") {
    const word = rest[0];
    if (word === undefined || rest.length > 1) throw new UsageError("nib suggest takes one WORD");
    const engine = await createNodeEngine();
    const answer = engine.suggestWord(word, { dialect, algorithm: values.hunspell ? "hunspell" : "nib", max: 10 });
    process.stdout.write(
      answer.accepted ? `${word}: correct\n` : `${word}: ${answer.suggestions.join(", ") || "(no suggestions)"}\n`,
    );
    return 0;
  }

  throw new UsageError(`unknown command '${command}'`);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || (error as { code?: string }).code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      process.stderr.write(`nib: ${(error as Error).message}\n\n${USAGE}`);
      process.exitCode = 2;
    } else if (error instanceof EngineError) {
      process.stderr.write(`nib: ${error.code}: ${error.message}\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(`nib: ${(error as Error).message}\n`);
      process.exitCode = 1;
    }
  },
);
