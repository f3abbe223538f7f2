// The interface's words, from _locales/ in the browser's UI language (chrome.i18n picks it and
// falls back to English). Pages mark their text with data-i18n attributes; code calls t().
export function t(key: string, ...substitutions: string[]): string {
  return chrome.i18n.getMessage(key, substitutions) || key;
}

const RIGHT_TO_LEFT = new Set(["ar", "he", "fa", "ur"]);

/** The interface's writing direction (content scripts do not always get @@bidi_dir). */
export function uiDirection(): "ltr" | "rtl" {
  const primary = chrome.i18n.getUILanguage().split(/[-_]/)[0]!.toLowerCase();
  return t("@@bidi_dir") === "rtl" || RIGHT_TO_LEFT.has(primary) ? "rtl" : "ltr";
}

/** Fills every element's text (data-i18n) and aria-label (data-i18n-aria), the page's title,
 * language and direction. */
export function localizePage(root: Document = document): void {
  for (const element of root.querySelectorAll<HTMLElement>("[data-i18n]")) element.textContent = t(element.dataset["i18n"]!);
  for (const element of root.querySelectorAll<HTMLElement>("[data-i18n-aria]")) {
    element.setAttribute("aria-label", t(element.dataset["i18nAria"]!));
  }
  root.documentElement.lang = chrome.i18n.getUILanguage();
  root.documentElement.dir = uiDirection();
  root.title = t(root.documentElement.dataset["i18nTitle"] ?? "extName");
}
