// getStaticPaths for pages that exist once per language, each path with the cache key Astro's
// incremental build compares. Here, not in src/i18n, because the key covers the content:
// src/data reads the languages from src/i18n, and src/i18n never reads the content.
import { LANGS, langParam } from "../i18n";
import { contentKey } from "../lib/content-key";
import { siteContentKey } from "./site";

/** One getStaticPaths entry before its language and cache key are added. */
export interface LangPath<P, T> {
  params: P;
  props: T;
  /** A content body the page renders itself (an article's MDX). */
  renders?: string | undefined;
  /** The articles' words the page shows (articleText in ./site): titles, descriptions, reading times. */
  shows?: unknown;
}

/**
 * getStaticPaths entries for a page that exists once per language; `each` gives one language's.
 * An entry's `renders` names any content body the page renders itself (an article's MDX), and its
 * `shows` the articles' words it shows: its cache key covers both.
 */
export async function langPaths<P extends Record<string, string | undefined>, T extends Record<string, unknown>>(
  each: (lang: string) => LangPath<P, T>[] | Promise<LangPath<P, T>[]>,
) {
  // Every path carries a cache key, so Astro's incremental build copies a page from the last build
  // when neither the content it shows nor its code changed: the site's content data but the
  // articles' words (siteContentKey in ./site says what that covers), the words of the articles
  // it shows and the body it renders. Astro hashes the code; it does not see which articles a page
  // shows, so that goes in the key: an edited description renders the pages that show it, not the site.
  const siteKey = await siteContentKey(LANGS);
  const perLang = await Promise.all(
    LANGS.map(async (lang) =>
      (await each(lang)).map(({ params, props, renders, shows }) => ({
        params: { ...params, lang: langParam(lang) },
        props: { ...props, lang },
        cacheKey: renders === undefined && shows === undefined ? siteKey : contentKey([siteKey, renders ?? null, shows ?? null]),
      })),
    ),
  );
  return perLang.flat();
}

/** getStaticPaths for a page with no parameters of its own: one copy per language. */
export const eachLang = () => langPaths(() => [{ params: {}, props: {} }]);
