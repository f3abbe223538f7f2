// Turns a tokenised dev-set sentence back into text as a person would type it ("do n't" ->
// "don't", "word ," -> "word,"), because Nib and Harper check posts, not token lists. Only the
// spacing is decided: every token is kept as it is.

export interface DetokenizeOptions {
  /**
   * The tokeniser split word-internal hyphens and slashes ("e - mail", "w / o"), as spaCy does for
   * the W&I M2 files; they are joined again. JFLEG kept them inside words, so its " - " is a dash.
   */
  joinInfixes: boolean;
}

const CLITIC = /^(?:n't|'(?:s|re|ve|ll|d|m))$/i;
const CLOSING = /^(?:[.,;:!?%)\]}]+|''|…)$/;
const OPENING = /^(?:[([{$£]|``)$/;
const INFIX = /^[-/]$/;
const WORD_START = /^[\p{L}\p{N}]/u;
const WORD_END = /[\p{L}\p{N}]$/u;

export function detokenize(tokens: readonly string[], options: DetokenizeOptions): string {
  // glue[i]: no space between tokens i-1 and i.
  const glue = tokens.map((token) => CLITIC.test(token) || CLOSING.test(token));
  let doubleOpen = false;
  let singleOpen = false;
  tokens.forEach((token, i) => {
    const before = tokens[i - 1] ?? "";
    const after = tokens[i + 1] ?? "";
    if (OPENING.test(token)) glue[i + 1] = true;
    else if (token === '"') {
      // Straight quotes alternate: an opening one sticks to the next token, a closing one to the last.
      if (doubleOpen) glue[i] = true;
      else glue[i + 1] = true;
      doubleOpen = !doubleOpen;
    } else if (token === "'") {
      if (!singleOpen && /s$/i.test(before) && WORD_START.test(after)) glue[i] = true; // students ' work
      else {
        if (singleOpen) glue[i] = true;
        else glue[i + 1] = true;
        singleOpen = !singleOpen;
      }
    } else if (token.includes('"')) {
      // A quote inside a token (words:"You) still opens or closes.
      if (token.split('"').length % 2 === 0) doubleOpen = !doubleOpen;
    } else if (options.joinInfixes && INFIX.test(token) && WORD_END.test(before) && WORD_START.test(after)) {
      glue[i] = true;
      glue[i + 1] = true;
    }
  });
  return tokens.map((token, i) => (i === 0 || glue[i] ? token : " " + token)).join("");
}
