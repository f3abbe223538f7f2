// False positives: each checker over tests/data/clean_posts.jsonl, social posts written correct
// for the project (names, places, food, foreign words, slang). Every flag there is a false one.

import { readFileSync } from "node:fs";

import type { Corrector, Flag } from "./correctors.js";

export interface CleanPost {
  id: number;
  site: string;
  text: string;
}

/** A flag on a clean post, as written to results/ for review. */
export interface PostFlag {
  post: number;
  /** The flagged text itself (empty for an insertion). */
  text: string;
  rule: string;
  replacement: string | null;
  /** The flag in its words, bracketed: "the host [Bartłomiej] left us", for review. */
  context: string;
}

const CONTEXT_CHARS = 25;

const contextOf = (text: string, start: number, end: number): string =>
  (start > CONTEXT_CHARS ? "…" : "") +
  text.slice(Math.max(0, start - CONTEXT_CHARS), start) +
  `[${text.slice(start, end)}]` +
  text.slice(end, end + CONTEXT_CHARS) +
  (end + CONTEXT_CHARS < text.length ? "…" : "");

export interface CleanPostsSummary {
  posts: number;
  flags: number;
  flags_per_100_posts: number;
  posts_flagged: number;
  /** Percent of posts with at least one flag. */
  posts_flagged_percent: number;
  /** Posts the checker threw on (counted as unflagged). */
  failures: number;
  /** Most frequent flagged texts and rules, most frequent first. */
  top_texts: [text: string, count: number][];
  top_rules: [rule: string, count: number][];
}

export function loadCleanPosts(file: string): CleanPost[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as CleanPost);
}

export async function flagCleanPosts(
  checker: Corrector,
  posts: readonly CleanPost[],
): Promise<{ flags: PostFlag[]; failures: number }> {
  const flags: PostFlag[] = [];
  let failures = 0;
  for (const post of posts) {
    let found: Flag[] = [];
    try {
      found = await checker.flags(post.text);
    } catch {
      failures += 1;
    }
    for (const flag of found.sort((a, b) => a.start - b.start)) {
      flags.push({
        post: post.id,
        text: post.text.slice(flag.start, flag.end),
        rule: flag.rule,
        replacement: flag.replacement,
        context: contextOf(post.text, flag.start, flag.end),
      });
    }
  }
  return { flags, failures };
}

const TOP = 10;

function mostFrequent(values: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, TOP);
}

export function summarizeFlags(posts: readonly CleanPost[], flags: readonly PostFlag[], failures: number): CleanPostsSummary {
  const flagged = new Set(flags.map((flag) => flag.post)).size;
  const share = (n: number): number => (posts.length > 0 ? (100 * n) / posts.length : 0);
  return {
    posts: posts.length,
    flags: flags.length,
    flags_per_100_posts: share(flags.length),
    posts_flagged: flagged,
    posts_flagged_percent: share(flagged),
    failures,
    // Trimmed: Nib's model flags " a" (the space before an extra article) where Harper flags "a".
    top_texts: mostFrequent(flags.map((flag) => flag.text.trim())),
    top_rules: mostFrequent(flags.map((flag) => flag.rule)),
  };
}
