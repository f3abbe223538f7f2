// The interface's words, from _locales/ in the browser's UI language (chrome.i18n picks it and
// falls back to English). Pages mark their text with data-i18n attributes; code calls t(). The
// playground, an ordinary web page without chrome.i18n, hands in its own source of the same words.

/** Where the words come from: chrome.i18n in the extension. */
export interface MessageSource {
  getMessage(key: string, substitutions: string[]): string;
  getUILanguage(): string;
}

let source: MessageSource | undefined;

/** Replaces chrome.i18n as the source of the interface's words (the playground). */
export function useMessages(messages: MessageSource): void {
  source = messages;
}

function messages(): MessageSource {
  return source ?? chrome.i18n;
}

export function t(key: string, ...substitutions: string[]): string {
  return messages().getMessage(key, substitutions) || key;
}

/** The interface's language (BCP 47). */
export function uiLanguage(): string {
  return messages().getUILanguage();
}

const RIGHT_TO_LEFT = new Set(["ar", "he", "fa", "ur"]);

/** The interface's writing direction (content scripts do not always get @@bidi_dir). */
export function uiDirection(): "ltr" | "rtl" {
  const primary = uiLanguage().split(/[-_]/)[0]!.toLowerCase();
  return t("@@bidi_dir") === "rtl" || RIGHT_TO_LEFT.has(primary) ? "rtl" : "ltr";
}

/** Fills every element's text (data-i18n) and aria-label (data-i18n-aria), the page's title,
 * language and direction. */
export function localizePage(root: Document = document): void {
  for (const element of root.querySelectorAll<HTMLElement>("[data-i18n]")) element.textContent = t(element.dataset["i18n"]!);
  for (const element of root.querySelectorAll<HTMLElement>("[data-i18n-aria]")) {
    element.setAttribute("aria-label", t(element.dataset["i18nAria"]!));
  }
  root.documentElement.lang = uiLanguage();
  root.documentElement.dir = uiDirection();
  root.title = t(root.documentElement.dataset["i18nTitle"] ?? "extName");
}
