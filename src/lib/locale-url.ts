// The site's URL scheme, which astro.config.mjs's i18n routing also sets: the default language's
// pages have no prefix, every other language's live under /<lang>/, and page paths end in a slash
// (trailingSlash: "always") while files (/rss.xml, /og/roles/x.png) keep none.

/** The root-relative URL of `path` (an English path such as "/roles/data-analyst/?q=1") in `lang`. */
export function localeHref(lang: string, path: string, defaultLang: string): string {
  const at = path.search(/[?#]/);
  const [pathname, rest] = at < 0 ? [path, ""] : [path.slice(0, at), path.slice(at)];
  const bare = pathname.replace(/^\/+/, "");
  let href = (lang === defaultLang ? "/" : `/${lang}/`) + bare;
  href = href.replace(/\/{2,}/g, "/");
  if (/\.[a-z0-9]+$/i.test(bare)) href = href.replace(/\/$/, "");
  else if (!href.endsWith("/")) href += "/";
  return href + rest;
}
