// The languages Nib explains suggestions in: the core's catalogues (core/explain/messages), listed
// here for the options menu; tests/e2e/manifest.test.ts checks the two lists and _locales agree.
import { uiLanguage } from "./i18n.js";

export interface ExplainLanguage {
  code: string;
  name: string;
  direction: "ltr" | "rtl";
}

export const EXPLAIN_LANGUAGES: readonly ExplainLanguage[] = [
  { code: "en", name: "English", direction: "ltr" },
  { code: "ar", name: "العربية", direction: "rtl" },
  { code: "de", name: "Deutsch", direction: "ltr" },
  { code: "es", name: "Español", direction: "ltr" },
  { code: "fr", name: "Français", direction: "ltr" },
  { code: "hi", name: "हिन्दी", direction: "ltr" },
  { code: "hu", name: "Magyar", direction: "ltr" },
  { code: "id", name: "Bahasa Indonesia", direction: "ltr" },
  { code: "ja", name: "日本語", direction: "ltr" },
  { code: "ko", name: "한국어", direction: "ltr" },
  { code: "pt-BR", name: "Português (Brasil)", direction: "ltr" },
  { code: "ru", name: "Русский", direction: "ltr" },
  { code: "tr", name: "Türkçe", direction: "ltr" },
  { code: "vi", name: "Tiếng Việt", direction: "ltr" },
  { code: "zh-CN", name: "中文（简体）", direction: "ltr" },
];

/** "auto" follows the browser's UI language; the core maps it to a shipped one (pt -> pt-BR) or
 * English. */
export function explanationLanguage(setting: string): string {
  return setting === "auto" ? uiLanguage() : setting;
}

export function isRightToLeft(code: string): boolean {
  return EXPLAIN_LANGUAGES.some((l) => l.code === code && l.direction === "rtl");
}
