import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { test } from "node:test";

const root = fileURLToPath(new URL("../../../../", import.meta.url));

function nib(args: string[], input?: string) {
  const result = spawnSync(`${root}nib`, args, { cwd: root, input, encoding: "utf8", timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const SAMPLE = "I has a dreem that @jonh and #teh team will loose the game 🏳️‍🌈 https://exampel.com\n";

// The mention, hashtag, flag emoji and URL of the sample post.
const PROTECTED = ["@jonh", "#teh", "🏳️‍🌈", "https://exampel.com"];

type Reported = { start: number; end: number; kind: string; original: string; replacements: string[] };

test("nib check - prints a report that marks and explains dreem", () => {
  const { status, stdout } = nib(["check", "-"], SAMPLE);
  assert.equal(status, 0);
  assert.match(stdout, /^<stdin>: \d+ problems? \(any\)$/m);
  assert.match(stdout, /\^\^\^\^\^/);
  assert.match(stdout, /“dreem” is not in the dictionary\. Did you mean “dream”\?/);
  assert.match(stdout, /→ dream(,|$)/m);
  // One spelling problem only: the mention, hashtag, emoji and URL are left alone.
  assert.equal(stdout.match(/spelling:/g)?.length, 1);
});

test("nib check --json prints the API response; protected spans are untouched", () => {
  const { status, stdout } = nib(["check", "--json", "-"], SAMPLE);
  assert.equal(status, 0);
  const response = JSON.parse(stdout) as { suggestions: Reported[] };
  const spelling = response.suggestions.filter((s) => s.kind === "spelling");
  assert.deepEqual(
    spelling.map((s) => [s.original, s.replacements[0]]),
    [["dreem", "dream"]],
  );
  for (const span of PROTECTED) {
    const start = SAMPLE.indexOf(span);
    const end = start + span.length;
    for (const s of response.suggestions) {
      assert.ok(s.end <= start || s.start >= end, `${JSON.stringify(s)} touches ${span}`);
    }
  }
  for (const s of response.suggestions) assert.equal(SAMPLE.slice(s.start, s.end), s.original);
  // A post that ends without a full stop is the writer's style: no final period by default.
  assert.ok(!response.suggestions.some((s) => s.replacements[0] === `${s.original}.`));
});

test("nib check FILE reads the example post", () => {
  const { status, stdout } = nib(["check", "examples/post.txt"]);
  assert.equal(status, 0);
  assert.match(stdout, /examples\/post\.txt: \d+ problems?/);
  assert.match(stdout, /dreem/);
});

const LINES = "I saw a dreem\n\nmy freind said hi\nall good here\n";

test("nib correct --spelling-only keeps the line count and prints only the corrected lines", () => {
  const { status, stdout } = nib(["correct", "--spelling-only"], LINES);
  assert.equal(status, 0);
  assert.deepEqual(stdout.split("\n"), ["I saw a dream", "", "my friend said hi", "all good here", ""]);
});

test("nib correct with the model keeps every line in place", () => {
  const { status, stdout } = nib(["correct"], `${LINES}She go to work by bus every morning.\n`);
  assert.equal(status, 0);
  const lines = stdout.split("\n");
  assert.equal(lines.length, 6);
  const [dream = "", blank, friend = "", good = "", agreement, last] = lines;
  assert.match(dream, /^I saw a dream\b/);
  assert.equal(blank, "");
  assert.match(friend, /^my friend said hi\b/i);
  assert.match(good, /^all good here\b/i);
  assert.equal(agreement, "She goes to work by bus every morning.");
  assert.equal(last, "");
});

test("usage errors and missing files exit non-zero with a message", () => {
  const usage = nib(["check"]);
  assert.equal(usage.status, 2);
  assert.match(usage.stderr, /nib check takes one FILE/);
  const missing = nib(["check", "no/such/file.txt"]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /no such file/i);
  const dialect = nib(["check", "--dialect", "en-XX", "-"], "hi");
  assert.equal(dialect.status, 2);
});

test("nib check --explain-language explains in that language; an unknown one is a usage error", () => {
  const indonesian = nib(["check", "--explain-language", "id", "-"], SAMPLE);
  assert.equal(indonesian.status, 0);
  assert.match(indonesian.stdout, /“dreem” tidak ada di kamus\. Mungkin maksud Anda “dream”\?/);
  const arabic = nib(["check", "--json", "--explain-language", "ar", "-"], SAMPLE);
  const dreem = (JSON.parse(arabic.stdout) as { suggestions: (Reported & { explanation: { message: string; language: string } })[] })
    .suggestions.find((s) => s.original === "dreem");
  assert.equal(dreem?.explanation.language, "ar");
  assert.match(dreem?.explanation.message ?? "", /«dreem».*«dream»/);
  const unknown = nib(["check", "--explain-language", "xx", "-"], SAMPLE);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /unknown explanation language 'xx'/);
});

test("nib check reports the parts it left unchecked because they are in another language", () => {
  const { status, stdout } = nib(["check", "-"], "Terima kasih semuanya! I realy liked the party.\n");
  assert.equal(status, 0);
  assert.match(stdout, /not checked \(id\): Terima kasih semuanya!/);
  assert.match(stdout, /realy/);
});

test("nib check --explain-language takes the tags the core maps (pt means Brazilian Portuguese)", () => {
  const { status, stdout } = nib(["check", "--explain-language", "pt", "-"], SAMPLE);
  assert.equal(status, 0);
  assert.match(stdout, /“dreem” não está no dicionário\. Você quis dizer “dream”\?/);
});
