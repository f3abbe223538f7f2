// Closed word classes of English, lowercased, for the edit classifier (edit_classifier.ts).
// Written for this harness from ordinary grammar lists; a word may sit in more than one class
// ("that" is a determiner, a pronoun and a conjunction), and the classifier decides by the pair.

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Articles, demonstratives, possessive determiners and quantifiers. */
export const DETERMINERS = words(`
  a an the this that these those my your his her its our their some any no every each
  another either neither much many few several all both such what which whose
`);

/** Prepositions, with the subordinators a tagger reads as prepositions (because, if, while…). */
export const PREPOSITIONS = words(`
  about above across after against along among amongst around as at before behind below beneath
  beside besides between beyond by despite down during except for from in inside into like near
  of off on onto out outside over per since than through throughout till to toward towards under
  underneath unlike until up upon via with within without because if whether while although though
  whereas unless once
`);

export const PRONOUNS = words(`
  i me you he him she her it we us they them myself yourself himself herself itself ourselves
  yourselves themselves mine yours hers ours theirs one ones someone somebody something anyone
  anybody anything everyone everybody everything nobody nothing who whom whoever what which that
  this these those
`);

/** Coordinating conjunctions (subordinators are with the prepositions, above). */
export const CONJUNCTIONS = words(`and or but nor yet so plus`);

/** Auxiliaries and modals: a change among them is a change of tense, aspect or mood. */
export const AUXILIARIES = words(`
  be am is are was were been being have has had having do does did will would shall should can
  could may might must 'll 'd 've 're 'm
`);

/** Forms of "be": the verb most often missing or replaced as a main verb, not an auxiliary. */
export const BE_FORMS = words(`be am is are was were been being 's 're 'm`);

/** Adverbs that do not end in -ly. */
export const ADVERBS = words(`
  very too also just only even still already always never often sometimes usually ever then there
  here now again more most less least quite rather almost soon today tomorrow yesterday not
  however therefore moreover furthermore instead anyway perhaps maybe else yet
`);

/** Clitics and what they stand for: a change between the two is a contraction. */
export const CONTRACTIONS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["n't", words("not")],
  ["'s", words("is has us")],
  ["'m", words("am")],
  ["'re", words("are")],
  ["'ll", words("will shall")],
  ["'ve", words("have")],
  ["'d", words("would had")],
]);

/** Only punctuation characters (or symbols): no letter or digit. */
export const isPunctuation = (token: string): boolean => token.length > 0 && /^[\p{P}\p{S}]+$/u.test(token);
