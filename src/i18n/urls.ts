// Links between pages, through Astro's i18n URL helpers: pages and components never build a
// language prefix themselves.
import { getRelativeLocaleUrl, getAbsoluteLocaleUrl } from "astro:i18n";

/** The path of `path` (an English, root-relative path such as "/roles/data-analyst/") in `lang`. */
export function localePath(lang: string, path: string): string {
  const [pathname, rest] = splitSuffix(path);
  return asFile(pathname, getRelativeLocaleUrl(lang, pathname.replace(/^\//, ""))) + rest;
}

/** The absolute URL of `path` in `lang`, on the configured site. */
export function localeUrl(lang: string, path: string): string {
  const [pathname, rest] = splitSuffix(path);
  return asFile(pathname, getAbsoluteLocaleUrl(lang, pathname.replace(/^\//, ""))) + rest;
}

/**
 * The helpers follow `trailingSlash: "always"`, which is right for pages but not for files such
 * as /rss.xml or /og/roles/x.png: a path whose last segment has an extension keeps no slash.
 */
function asFile(pathname: string, url: string): string {
  return /\.[a-z0-9]+$/i.test(pathname) ? url.replace(/\/$/, "") : url;
}

/** Splits "/a/b/?q=1#x" into "/a/b/" and "?q=1#x", so the helper sees a bare path. */
function splitSuffix(path: string): [string, string] {
  const at = path.search(/[?#]/);
  return at < 0 ? [path, ""] : [path.slice(0, at), path.slice(at)];
}
