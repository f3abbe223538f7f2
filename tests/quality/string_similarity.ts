// How alike two words are, letter by letter: what tells a misspelling from another word.

/**
 * 1 - edit distance / longer length: 1 for equal words, near 0 for unrelated ones. A swap of two
 * neighbouring letters is one edit (cra -> car), as typists make it.
 */
export function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      let best = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      row.push(best);
    }
    [before, previous] = [previous, row];
  }
  return 1 - previous[b.length]! / longer;
}
