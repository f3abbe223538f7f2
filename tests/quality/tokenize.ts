// The scorer's tokeniser: a port of tok() in shared/tools/gec_score.py (a light PTB-like
// re-tokenisation), so that detokenised system output is scored on the same tokens as there.
// Python's \w, \b, \s and strip() are Unicode-aware and differ from JavaScript's, so they are
// spelled out here as Python defines them.

/** Python's \w on str: letters, numbers (all of them, not only digits) and the underscore. */
const W = String.raw`\p{L}\p{N}_`;
/** Python's str.isspace() (JavaScript's \s lacks \x1c-\x1f and \x85 and adds \ufeff). */
const S = String.raw`\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000`;
/** Python's \b after a word character: no word character follows. */
const END = `(?![${W}])`;

const EDGE_SPACE = new RegExp(`^[${S}]+|[${S}]+$`, "gu");
const NOT_SPLIT = new RegExp(`([${W}])(n't)${END}`, "giu");
const CLITIC_SPLIT = new RegExp(`([${W}])('(?:s|re|ve|ll|d|m))${END}`, "giu");
const TOKEN = new RegExp(`n't|'(?:s|re|ve|ll|d|m)${END}|[${W}]+(?:-[${W}]+)*|[^${W}${S}]`, "giu");

/** Tokens of one line, exactly as gec_score.py's tok() gives them. */
export function tok(line: string): string[] {
  const text = line
    .replace(EDGE_SPACE, "")
    .replaceAll("``", '"')
    .replaceAll("''", '"')
    .replaceAll("\u2019", "'")
    // clitics are split the PTB way: "don't" -> do n't, "it's" -> it 's
    .replace(NOT_SPLIT, "$1 $2")
    .replace(CLITIC_SPLIT, "$1 $2");
  return Array.from(text.matchAll(TOKEN), (m) => m[0]);
}
