#!/usr/bin/env node
// Builds the suggestion lexicon: every word form the fast suggester may propose, one
// "word<TAB>frequency" line each (see core/spell/suggest/lexicon.hpp).
//
// Words: Debian's `scowl` package (/usr/share/dict/scowl), every English spelling (American,
// British, British -ize, Canadian, Australian, and their first-level variants) up to size 70, plus
// core/spell/data/social_supplement.txt when present. Frequency: a prior from the SCOWL size
// (smaller size = more common word) plus real counts from core/spell/data/word_counts.tsv.
//
// Usage: node scripts/dictionaries/build_lexicon.mjs OUTPUT [--scowl DIR] [--counts FILE]
//                                                          [--supplement FILE]
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

// Sizes above 70 hold obscure words that would mostly crowd out the right suggestion.
const MAX_SIZE = 70;
// Abbreviations past the commonest (Mr, Mrs, sec) are mostly capitalised short forms (Dem, Gen,
// Sgt) that crowd out real words as replacements for short lowercase typos.
const MAX_ABBREVIATION_SIZE = 20;
// Spellings taken. variant_2/variant_3 are seldom-used variants ("absinth") that no Hunspell
// dictionary we ship accepts, so they would only waste judge calls.
const SPELLINGS = new Set([
  'english', 'american', 'british', 'british_z', 'canadian', 'australian', 'variant_1',
  'british_variant_1', 'canadian_variant_1', 'australian_variant_1',
]);
const CATEGORIES = new Set(['words', 'upper', 'proper-names', 'contractions', 'abbreviations']);
// Pseudo-counts per SCOWL size, on the scale of word_counts.tsv (about 3 million tokens): a word
// the corpus never saw still ranks by how common SCOWL says it is.
const SIZE_PRIOR = new Map([[10, 40], [20, 15], [35, 6], [40, 4], [50, 2], [55, 1.5], [60, 1],
                            [70, 0.5]]);
const SUPPLEMENT_PRIOR = 2;  // like a size-50 word: modern, but known to be in use
// The checker strips a possessive "'s", so those forms need no suggestion, except contractions
// such as "it's" and "that's" which SCOWL lists among its words: keep the ones people write often.
const MIN_COUNT_FOR_APOSTROPHE_S = 50;
// When a word has several casings ("mark", "Mark"), the corpus counts go to its common casing;
// the others keep this share.
const OTHER_CASING_SHARE = 0.05;

function parseArgs(argv) {
  const args = {
    output: null,
    scowl: '/usr/share/dict/scowl',
    counts: join(repoRoot, 'core/spell/data/word_counts.tsv'),
    supplement: join(repoRoot, 'core/spell/data/social_supplement.txt'),
  };
  for (let i = 0; i < argv.length; ++i) {
    const flag = argv[i];
    if (flag === '--scowl' || flag === '--counts' || flag === '--supplement') {
      args[flag.slice(2)] = argv[++i];
    } else if (args.output === null) {
      args.output = flag;
    } else {
      throw new Error(`unexpected argument ${flag}`);
    }
  }
  if (!args.output) {
    throw new Error('usage: build_lexicon.mjs OUTPUT [--scowl DIR] [--counts FILE] ' +
                    '[--supplement FILE]');
  }
  return args;
}

// SCOWL files are ASCII, UTF-8 or Latin-1 depending on the file.
function readText(path) {
  const bytes = readFileSync(path);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('latin1').decode(bytes);
  }
}

function lines(text) {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

// word -> smallest SCOWL size it appears at, plus which words came from contraction lists.
function readScowl(dir) {
  const sizes = new Map();
  const contractions = new Set();
  for (const name of readdirSync(dir).sort()) {
    const match = /^(.+)-([a-z-]+)\.(\d+)$/.exec(name);
    if (!match || !SPELLINGS.has(match[1]) || !CATEGORIES.has(match[2])) continue;
    const size = Number(match[3]);
    if (size > (match[2] === 'abbreviations' ? MAX_ABBREVIATION_SIZE : MAX_SIZE)) continue;
    for (const line of lines(readText(join(dir, name)))) {
      const word = line.replace(/\u2019/g, "'");
      if (/\s/.test(word)) continue;
      if (match[2] === 'contractions') contractions.add(word);
      if (!sizes.has(word) || sizes.get(word) > size) sizes.set(word, size);
    }
  }
  return { sizes, contractions };
}

// lowercased word -> { form, count }
function readCounts(path) {
  const counts = new Map();
  for (const line of lines(readText(path))) {
    const [form, count] = line.split('\t');
    const n = Number(count);
    if (form && Number.isFinite(n) && n > 0) counts.set(form.toLowerCase(), { form, count: n });
  }
  return counts;
}

function readSupplement(path) {
  if (!existsSync(path)) return [];
  return lines(readText(path)).map((w) => w.replace(/\u2019/g, "'")).filter((w) => !/\s/.test(w));
}

function corpusCount(word, counts, casingsOf) {
  const entry = counts.get(word.toLowerCase());
  if (!entry) return 0;
  const casings = casingsOf.get(word.toLowerCase());
  if (casings.length === 1 || word === entry.form) return entry.count;
  // Several casings and this is not the common one; if none is, lowercase takes the counts.
  const someoneMatches = casings.includes(entry.form);
  if (!someoneMatches && word === word.toLowerCase()) return entry.count;
  return entry.count * OTHER_CASING_SHARE;
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const { sizes, contractions } = readScowl(args.scowl);
  const counts = readCounts(args.counts);
  const priors = new Map();
  for (const [word, size] of sizes) priors.set(word, SIZE_PRIOR.get(size) ?? SIZE_PRIOR.get(70));
  for (const word of readSupplement(args.supplement)) {
    priors.set(word, Math.max(priors.get(word) ?? 0, SUPPLEMENT_PRIOR));
  }
  for (const word of [...priors.keys()]) {
    const possessive = word.endsWith("'s") && !contractions.has(word);
    if (possessive && (counts.get(word.toLowerCase())?.count ?? 0) < MIN_COUNT_FOR_APOSTROPHE_S) {
      priors.delete(word);
    }
  }
  const casingsOf = new Map();
  for (const word of priors.keys()) {
    const key = word.toLowerCase();
    if (!casingsOf.has(key)) casingsOf.set(key, []);
    casingsOf.get(key).push(word);
  }
  const rows = [...priors].map(([word, prior]) => [word, prior + corpusCount(word, counts,
                                                                               casingsOf)]);
  rows.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const out = ['# word<TAB>frequency, built by scripts/dictionaries/build_lexicon.mjs ' +
               '(see core/spell/data/README.md)'];
  for (const [word, freq] of rows) out.push(`${word}\t${Number(freq.toPrecision(4))}`);
  mkdirSync(dirname(resolve(args.output)), { recursive: true });
  writeFileSync(args.output, out.join('\n') + '\n');
  console.log(`${args.output}: ${rows.length} words`);
}

main();
