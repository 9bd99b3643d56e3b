// Links between pages: pages and components never build a language prefix themselves.
// Not through astro:i18n's helpers, which give the same URLs: that module imports every page, so
// every page would import every other, and Astro's incremental build, which hashes the code a page
// imports, would render the whole site again when any one page or article changed.
import { localeHref } from "../lib/locale-url";
import { DEFAULT_LANG } from "./index";

/** The path of `path` (an English, root-relative path such as "/roles/data-analyst/") in `lang`. */
export function localePath(lang: string, path: string): string {
  return localeHref(lang, path, DEFAULT_LANG);
}

/** The absolute URL of `path` in `lang`, on the configured site. */
export function localeUrl(lang: string, path: string): string {
  return new URL(localePath(lang, path), import.meta.env.SITE).href;
}
