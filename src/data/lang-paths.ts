// getStaticPaths for pages that exist once per language, each path with the cache key Astro's
// incremental build compares. Here, not in src/i18n, because the key covers the content:
// src/data reads the languages from src/i18n, and src/i18n never reads the content.
import { LANGS, langParam } from "../i18n";
import { contentKey } from "../lib/content-key";
import { siteContentKey } from "./site";

/**
 * getStaticPaths entries for a page that exists once per language; `each` gives one language's.
 * An entry's `renders` names any content body the page renders itself (an article's MDX), which
 * its cache key must then cover too.
 */
export async function langPaths<P extends Record<string, string | undefined>, T extends Record<string, unknown>>(
  each: (lang: string) => { params: P; props: T; renders?: string | undefined }[] | Promise<{ params: P; props: T; renders?: string | undefined }[]>,
) {
  // Every path carries a cache key, so Astro's incremental build copies a page from the last build
  // when neither the content it shows nor its code changed: the site's content data (siteContentKey
  // in ./site says what that covers) and the body it renders. Astro hashes the code; it does not
  // see which body a page renders, so that goes in the key.
  const siteKey = await siteContentKey(LANGS);
  const perLang = await Promise.all(
    LANGS.map(async (lang) =>
      (await each(lang)).map(({ params, props, renders }) => ({
        params: { ...params, lang: langParam(lang) },
        props: { ...props, lang },
        cacheKey: renders === undefined ? siteKey : contentKey([siteKey, renders]),
      })),
    ),
  );
  return perLang.flat();
}

/** getStaticPaths for a page with no parameters of its own: one copy per language. */
export const eachLang = () => langPaths(() => [{ params: {}, props: {} }]);
