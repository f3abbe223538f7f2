// difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes() for token lists: the
// alignment gec_score.py extracts edits with. The same algorithm (leftmost longest matching
// block, then recursion on both sides) gives the same edit boundaries, so edit counts agree.

export type OpTag = "equal" | "replace" | "delete" | "insert";
export type Opcode = [tag: OpTag, i1: number, i2: number, j1: number, j2: number];
type Block = [i: number, j: number, size: number];

export function opcodes(a: readonly string[], b: readonly string[]): Opcode[] {
  const answer: Opcode[] = [];
  let i = 0;
  let j = 0;
  for (const [ai, bj, size] of matchingBlocks(a, b)) {
    if (i < ai && j < bj) answer.push(["replace", i, ai, j, bj]);
    else if (i < ai) answer.push(["delete", i, ai, j, bj]);
    else if (j < bj) answer.push(["insert", i, ai, j, bj]);
    i = ai + size;
    j = bj + size;
    if (size > 0) answer.push(["equal", ai, i, bj, j]);
  }
  return answer;
}

function matchingBlocks(a: readonly string[], b: readonly string[]): Block[] {
  const b2j = new Map<string, number[]>();
  b.forEach((token, j) => {
    const list = b2j.get(token);
    if (list) list.push(j);
    else b2j.set(token, [j]);
  });
  const blocks: Block[] = [];
  const queue: [number, number, number, number][] = [[0, a.length, 0, b.length]];
  for (let range = queue.pop(); range; range = queue.pop()) {
    const [alo, ahi, blo, bhi] = range;
    const [i, j, k] = longestMatch(a, b2j, alo, ahi, blo, bhi);
    if (k === 0) continue;
    blocks.push([i, j, k]);
    if (alo < i && blo < j) queue.push([alo, i, blo, j]);
    if (i + k < ahi && j + k < bhi) queue.push([i + k, ahi, j + k, bhi]);
  }
  blocks.sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2]);
  // Adjacent blocks are merged, as difflib does.
  const merged: Block[] = [];
  for (const block of blocks) {
    const last = merged[merged.length - 1];
    if (last && last[0] + last[2] === block[0] && last[1] + last[2] === block[1]) last[2] += block[2];
    else merged.push([...block]);
  }
  merged.push([a.length, b.length, 0]);
  return merged;
}

/**
 * The longest block a[i:i+k] == b[j:j+k] inside the ranges; of the longest, the one starting
 * earliest in a, then in b. With no junk, difflib's extension steps after this never apply.
 */
function longestMatch(
  a: readonly string[],
  b2j: ReadonlyMap<string, readonly number[]>,
  alo: number,
  ahi: number,
  blo: number,
  bhi: number,
): Block {
  let best: Block = [alo, blo, 0];
  let j2len = new Map<number, number>();
  for (let i = alo; i < ahi; i++) {
    const next = new Map<number, number>();
    for (const j of b2j.get(a[i]!) ?? []) {
      if (j < blo) continue;
      if (j >= bhi) break;
      const k = (j2len.get(j - 1) ?? 0) + 1;
      next.set(j, k);
      if (k > best[2]) best = [i - k + 1, j - k + 1, k];
    }
    j2len = next;
  }
  return best;
}
