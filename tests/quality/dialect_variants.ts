// British and American spellings of one word (colour / color, realise / realize, travelled /
// traveled, centre / center, practise / practice): a change between them is a spelling change,
// not a change of inflection or of word, whatever the inflection table says.

/**
 * British patterns and their American spelling. Each needs a few letters before it, so that short
 * words that only look alike (four / for, filled / filed) are not taken for variants.
 */
const RULES: [british: RegExp, american: string][] = [
  [/^(.{3,})our(s|ed|ing|ful|ite|ites|able)?$/, "$1or$2"], // colour, favourite, honourable
  [/^(.{3,})is(e|es|ed|ing|ation|ations)$/, "$1iz$2"], // realise, organisation
  [/^(.{2,})ys(e|es|ed|ing)$/, "$1yz$2"], // analyse
  [/^(.{2,}[^aeiou])re(s|d)?$/, "$1er$2"], // centre, metres
  [/^(.{3,}[aeiou])ll(ed|ing|er|ers)$/, "$1l$2"], // travelled, cancelling
  [/^(.{3,})ence$/, "$1ense"], // licence, defence
  [/^(.{3,})ogue(s)?$/, "$1og$2"], // catalogue
  [/^practis(e|es|ed|ing)$/, "practic$1"], // the verb; practice the noun
];

/** The word and every spelling one rule makes of it. */
const spellings = (word: string): Set<string> =>
  new Set([word, ...RULES.map(([pattern, american]) => word.replace(pattern, american))]);

export function isDialectVariant(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  if (x === y) return false;
  const ys = spellings(y);
  return [...spellings(x)].some((spelling) => ys.has(spelling));
}
