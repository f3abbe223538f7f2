// The benchmark's inputs: the social posts of bench/data/posts.jsonl (written for the benchmark),
// and the one-character edits the incremental re-check makes in the 280-character ones.
import { readFileSync } from "node:fs";
import path from "node:path";

export function readPosts(root: string): string[] {
  return readFileSync(path.join(root, "bench/data/posts.jsonl"), "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

/** Posts of about a tweet's length (240–300 characters). */
export function tweetLength(posts: readonly string[]): string[] {
  return posts.filter((p) => p.length >= 240 && p.length <= 300);
}

/** The post with one letter typed into the middle word (doubling a letter, as a slip would). */
export function oneLetterEdit(post: string): string {
  for (let at = Math.floor(post.length / 2); at < post.length; at += 1) {
    if (/\p{L}/u.test(post[at]!)) return post.slice(0, at + 1) + post[at] + post.slice(at + 1);
  }
  return `${post}s`;
}
