// The site's languages and their dictionaries. A language is a folder under ./dictionaries: adding
// one (plus its content under content/i18n/<lang>/) adds it to every route, feed and switcher.
import type { Dictionary } from "./dictionary";

const modules = import.meta.glob<{ default: Dictionary }>("./dictionaries/*/index.ts", { eager: true });

/** English is the source language: its URLs carry no prefix and its content is the source of truth. */
export const DEFAULT_LANG = "en";

const dictionaries = new Map(Object.entries(modules).map(([path, m]) => [path.split("/")[2]!, m.default]));

/** Every language, English first, then the others in code order. */
export const LANGS: readonly string[] = [DEFAULT_LANG, ...[...dictionaries.keys()].filter((l) => l !== DEFAULT_LANG).sort()];

/** Languages other than English: the ones that need translations of every content file. */
export const TRANSLATED_LANGS = LANGS.filter((l) => l !== DEFAULT_LANG);

export function isLang(x: unknown): x is string {
  return typeof x === "string" && dictionaries.has(x);
}

export function dictionary(lang: string): Dictionary {
  const d = dictionaries.get(lang);
  if (!d) throw new Error(`No dictionary for language "${lang}" (known: ${LANGS.join(", ")})`);
  return d;
}

/** The `lang` route parameter of a page in `lang`: undefined for English, whose URLs have no prefix. */
export function langParam(lang: string): string | undefined {
  return lang === DEFAULT_LANG ? undefined : lang;
}

/** The language of a site path: its first segment when that is a language, else English. */
export function langOfPath(pathname: string): string {
  const first = pathname.split("/")[1] ?? "";
  return first !== DEFAULT_LANG && isLang(first) ? first : DEFAULT_LANG;
}

/** The language-neutral path of a page ("/es/roles/x/" -> "/roles/x/"), which localePath() maps back. */
export function neutralPath(pathname: string): string {
  const lang = langOfPath(pathname);
  return lang === DEFAULT_LANG ? pathname : pathname.slice(lang.length + 1) || "/";
}

/** The language of the page being rendered, from Astro's i18n routing (Astro.currentLocale). */
export function pageLang(astro: { currentLocale?: string | undefined }): string {
  return isLang(astro.currentLocale) ? astro.currentLocale : DEFAULT_LANG;
}

/** The page's dictionary: `const t = t$(Astro)` in a component. */
export function t$(astro: { currentLocale?: string | undefined }): Dictionary {
  return dictionary(pageLang(astro));
}
