// Functions the end-to-end tests run inside the test pages (Playwright in Chromium, Puppeteer in
// Firefox): each is self-contained, since it is serialized into the page.

/** Underlined text by kind in contenteditable fields (CSS highlights; the registry is the
 * document's, so the page sees it). Text controls' underlines are in a closed shadow root. */
export function collectHighlights(): [string, string][] {
  const found: [string, string][] = [];
  for (const kind of ["spelling", "grammar", "tone"]) {
    for (const range of CSS.highlights.get(`nib-${kind}`) ?? []) found.push([kind, (range as Range).toString()]);
  }
  return found;
}

/** Whether `word` is underlined in a contenteditable field (any kind). */
export function isHighlighted(word: string): boolean {
  for (const kind of ["spelling", "grammar", "tone"]) {
    for (const range of CSS.highlights.get(`nib-${kind}`) ?? []) if ((range as Range).toString() === word) return true;
  }
  return false;
}

/** Underlined words of a contenteditable field in text order: the order Alt+Shift+N visits them. */
export function highlightedInOrder(): string[] {
  const ranges: Range[] = [];
  for (const kind of ["spelling", "grammar", "tone"]) {
    for (const range of CSS.highlights.get(`nib-${kind}`) ?? []) ranges.push(range as Range);
  }
  ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  return ranges.map((range) => range.toString());
}

/** The centre of the first occurrence of `word` in a contenteditable test editor, on screen. */
export function editableCentreOf(word: string): { x: number; y: number } {
  const walker = document.createTreeWalker(window.testEditor!.element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(word);
    if (at < 0) continue;
    const range = new Range();
    range.setStart(node, at);
    range.setEnd(node, at + word.length);
    const rect = range.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  throw new Error(`"${word}" is not on the page`);
}

export function isTextControlEditor(): boolean {
  const editor = window.testEditor!.element;
  return editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement;
}

/** The editor's text up to the caret (after Alt+Shift+N, the end of the suggestion it opened). */
export function textBeforeCaret(): string {
  const editor = window.testEditor!.element;
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    return editor.value.slice(0, editor.selectionEnd ?? 0);
  }
  const selection = getSelection();
  if (!selection || selection.rangeCount === 0) return "";
  const caret = selection.getRangeAt(0);
  const before = document.createRange();
  before.selectNodeContents(editor);
  before.setEnd(caret.endContainer, caret.endOffset);
  return before.toString();
}

export function cardIsOpen(): boolean {
  return document.querySelector("nib-card") !== null;
}

export function editorText(): string {
  return window.testEditor!.read();
}

export function textIs(expected: string): boolean {
  return window.testEditor!.read() === expected;
}

export function focusEditor(): void {
  window.testEditor!.element.focus();
}
