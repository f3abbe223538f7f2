// The interface's words for the playground: the extension's own catalogues (extension/locales,
// copied next to the page by the build), all read while the page loads so that switching the
// language later needs no request. The chosen language is also the explanations' language.
import type { MessageSource } from "../../extension/src/shared/i18n.js";

export type Catalogue = Record<string, string>;

export class PlaygroundMessages implements MessageSource {
  private language = "en";

  constructor(private readonly catalogues: ReadonlyMap<string, Catalogue>) {}

  /** The shipped language for a browser language (pt → pt-BR), or English. */
  static pick(languages: readonly string[], shipped: readonly string[]): string {
    for (const wanted of languages) {
      const exact = shipped.find((code) => code.toLowerCase() === wanted.toLowerCase());
      if (exact) return exact;
      const primary = wanted.split("-")[0]!.toLowerCase();
      const near = shipped.find((code) => code.split("-")[0]!.toLowerCase() === primary);
      if (near) return near;
    }
    return "en";
  }

  setLanguage(code: string): void {
    this.language = this.catalogues.has(code) ? code : "en";
  }

  getUILanguage(): string {
    return this.language;
  }

  getMessage(key: string, substitutions: string[]): string {
    const text = this.catalogues.get(this.language)?.[key] ?? this.catalogues.get("en")?.[key];
    if (text === undefined) return "";
    return text.replace(/\$(\d)/g, (_, digit: string) => substitutions[Number(digit) - 1] ?? "");
  }
}
