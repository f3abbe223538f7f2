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

test("nib check - prints a report that marks and explains dreem", () => {
  const { status, stdout } = nib(["check", "-"], SAMPLE);
  assert.equal(status, 0);
  assert.match(stdout, /1 problem/);
  assert.match(stdout, /\^\^\^\^\^/);
  assert.match(stdout, /“dreem” is not in the dictionary\. Did you mean “dream”\?/);
  // One problem only: the mention, hashtag, emoji and URL are left alone.
  assert.equal(stdout.match(/spelling:/g)?.length, 1);
});

test("nib check --json prints the API response", () => {
  const { status, stdout } = nib(["check", "--json", "-"], SAMPLE);
  assert.equal(status, 0);
  const response = JSON.parse(stdout) as { suggestions: { original: string; replacements: string[] }[] };
  assert.deepEqual(
    response.suggestions.map((s) => [s.original, s.replacements[0]]),
    [["dreem", "dream"]],
  );
});

test("nib check FILE reads the example post", () => {
  const { status, stdout } = nib(["check", "examples/post.txt"]);
  assert.equal(status, 0);
  assert.match(stdout, /examples\/post\.txt: \d+ problems?/);
  assert.match(stdout, /dreem/);
});

test("nib correct keeps the line count and prints only the corrected lines", () => {
  const input = "I saw a dreem\n\nmy freind said hi\nall good here\n";
  const { status, stdout } = nib(["correct"], input);
  assert.equal(status, 0);
  assert.deepEqual(stdout.split("\n"), ["I saw a dream", "", "my friend said hi", "all good here", ""]);
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
