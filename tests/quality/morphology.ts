// Which two words are inflections of one noun or verb, and as what (Penn Treebank tags): from an
// inflection table ("form lemma TAG" lines, e.g. shared/data/gec/pie_morphs.txt) and, for words
// the table lacks, a few English suffix rules (walk/walks/walked/walking, city/cities).

/** The tags the classifier reads; the table's others (its IN and PUNCT confusion rows) are skipped. */
const NOUN_TAGS = new Set(["NN", "NNS"]);
const VERB_TAGS = new Set(["VB", "VBP", "VBZ", "VBD", "VBN", "VBG", "MD"]);

export interface Analysis {
  lemma: string;
  tag: string;
}

/** Two tags under which two words are forms of one lemma, in the order the words were given. */
export type TagPair = [tag: string, otherTag: string];

export class Morphology {
  private readonly table = new Map<string, Analysis[]>();

  /** An empty table: the suffix rules alone. */
  static empty(): Morphology {
    return new Morphology();
  }

  static parse(text: string): Morphology {
    const morphology = new Morphology();
    for (const line of text.split("\n")) {
      const [form, lemma, tag] = line.trim().split(/\s+/);
      if (!form || !lemma || !tag || !(NOUN_TAGS.has(tag) || VERB_TAGS.has(tag))) continue;
      const key = form.toLowerCase();
      const list = morphology.table.get(key) ?? [];
      list.push({ lemma: lemma.toLowerCase(), tag });
      morphology.table.set(key, list);
    }
    return morphology;
  }

  analyses(word: string): readonly Analysis[] {
    return this.table.get(word.toLowerCase()) ?? [];
  }

  isNoun(word: string): boolean {
    return this.analyses(word).some((a) => NOUN_TAGS.has(a.tag));
  }

  isVerb(word: string): boolean {
    return this.analyses(word).some((a) => VERB_TAGS.has(a.tag));
  }

  /** Base-form verb (VB): what follows an infinitive "to". */
  isBaseVerb(word: string): boolean {
    return this.analyses(word).some((a) => a.tag === "VB");
  }

  /** Every tag pair under which `a` and `b` share a lemma; [] when they are not one word's forms. */
  relate(a: string, b: string): TagPair[] {
    const [x, y] = [a.toLowerCase(), b.toLowerCase()];
    if (x === y) return [];
    const pairs: TagPair[] = [];
    for (const p of this.analyses(x)) {
      // One tag twice is also a change: was / were (VBD), can / could (MD).
      for (const q of this.analyses(y)) if (p.lemma === q.lemma) pairs.push([p.tag, q.tag]);
    }
    return pairs.length > 0 ? pairs : suffixPairs(x, y);
  }
}

/** Stems a regular suffix could have been added to (walked -> walk, walke; cities -> city). */
function stems(word: string, suffix: string): string[] {
  if (!word.endsWith(suffix) || word.length <= suffix.length + 1) return [];
  const stem = word.slice(0, -suffix.length);
  const found = [stem, stem + "e"];
  if (/([b-df-hj-np-tv-z])\1$/.test(stem)) found.push(stem.slice(0, -1)); // stopped -> stop
  if (suffix !== "ing" && stem.endsWith("i")) found.push(stem.slice(0, -1) + "y"); // cities, tried
  return found;
}

/** The suffix rules: which inflection of the base `base` the word `form` is, as candidate tags. */
function inflectionOf(base: string, form: string): string[] {
  if (stems(form, "s").includes(base) || stems(form, "es").includes(base)) return ["NNS", "VBZ"];
  if (stems(form, "ed").includes(base) || stems(form, "d").includes(base)) return ["VBD", "VBN"];
  if (stems(form, "ing").includes(base)) return ["VBG"];
  return [];
}

const BASE_OF: Record<string, string> = { NNS: "NN", VBZ: "VBP", VBD: "VB", VBN: "VB", VBG: "VB" };

function suffixPairs(a: string, b: string): TagPair[] {
  const forward = inflectionOf(a, b).map((tag): TagPair => [BASE_OF[tag]!, tag]);
  if (forward.length > 0) return forward;
  const backward = inflectionOf(b, a).map((tag): TagPair => [tag, BASE_OF[tag]!]);
  if (backward.length > 0) return backward;
  // Two inflections of one stem: walked / walking.
  for (const [s, t] of [["ed", "ing"], ["ing", "ed"]] as const) {
    if (stems(a, s).some((stem) => stems(b, t).includes(stem))) return s === "ed" ? [["VBD", "VBG"]] : [["VBG", "VBD"]];
  }
  return [];
}
