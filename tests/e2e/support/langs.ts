// The site's languages as the browser tests see them: one per dictionary folder, the same list the
// build reads (src/i18n/language-folders.ts), English first. playwright.config.ts makes a project
// of each, so a new dictionary folder adds a run of every per-language spec, and no spec file.
import { languageFolders } from "../../../src/i18n/language-folders";

export const LANGS: readonly string[] = languageFolders();

/** The source language, whose pages carry no prefix (src/i18n/index.ts). */
export const DEFAULT_LANG = "en";

/** The language of a site path: its first segment when that is a language, else the source language. */
export function langOfPath(path: string): string {
  const first = path.split("/")[1] ?? "";
  return first !== DEFAULT_LANG && LANGS.includes(first) ? first : DEFAULT_LANG;
}
