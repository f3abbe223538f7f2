// Functions the end-to-end tests run inside the test pages (Playwright in Chromium, Puppeteer in
// Firefox): each is self-contained, since it is serialized into the page.

/** Underlined text by kind: CSS highlights (contenteditable) and mirror marks (text controls). */
export function collectUnderlines(): [string, string][] {
  const found: [string, string][] = [];
  for (const kind of ["spelling", "grammar", "tone"]) {
    for (const range of CSS.highlights.get(`nib-${kind}`) ?? []) found.push([kind, (range as Range).toString()]);
  }
  for (const host of document.querySelectorAll("nib-underlines")) {
    for (const mark of host.shadowRoot?.querySelectorAll("span") ?? []) {
      found.push([mark.className.replace(/^nib-/, ""), mark.textContent ?? ""]);
    }
  }
  return found;
}

/** Whether `word` is underlined (as `kind`, when given) exactly when `present` says it should be. */
export function underlineIs([word, kind, present]: readonly [string, string | null, boolean]): boolean {
  let found = false;
  for (const k of kind ? [kind] : ["spelling", "grammar", "tone"]) {
    for (const range of CSS.highlights.get(`nib-${k}`) ?? []) found ||= (range as Range).toString() === word;
  }
  for (const host of document.querySelectorAll("nib-underlines")) {
    for (const mark of host.shadowRoot?.querySelectorAll(kind ? `span.nib-${kind}` : "span") ?? []) {
      found ||= mark.textContent === word;
    }
  }
  return found === present;
}

/** The centre of the first occurrence of `word` in the test page's editor, on screen. */
export function centreOf(word: string): { x: number; y: number } {
  const editor = window.testEditor!.element;
  let rect: DOMRect | undefined;
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    for (const host of document.querySelectorAll("nib-underlines")) {
      for (const mark of host.shadowRoot?.querySelectorAll("span") ?? []) {
        if (mark.textContent === word) rect ??= mark.getBoundingClientRect();
      }
    }
  } else {
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node && !rect; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(word);
      if (at < 0) continue;
      const range = new Range();
      range.setStart(node, at);
      range.setEnd(node, at + word.length);
      rect = range.getBoundingClientRect();
    }
  }
  if (!rect) throw new Error(`"${word}" is not on the page`);
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
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
