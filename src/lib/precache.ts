// What each language's service worker keeps for offline use, and what it leaves to be cached on
// first use. One worker per language, scoped to that language's URLs (English "/", Spanish "/es/"),
// so a visitor downloads only the pages of the language they read. Pure: scripts/service-worker.ts
// hands these lists to Workbox, and the unit tests check them.

/**
 * A file other than a page that is larger than this is cached when first used, never precached.
 * Pages are always precached whatever their size (the skill matrix is over 100 KB before
 * compression): every page must open offline.
 */
export const MAX_PRECACHE_BYTES = 100 * 1024;

/** No single file may exceed this, pages included: a guard against a runaway page. */
export const MAX_PAGE_BYTES = 2 * 1024 * 1024;

/** Whether a file found by the globs is precached. */
export function keepInPrecache(entry: PrecacheEntry): boolean {
  return entry.url.endsWith(".html") || entry.size <= MAX_PRECACHE_BYTES;
}

/** Query parameters that do not change a file: the search query, the quiz's share code, and the
 * timestamp Pagefind adds to its entry file to dodge HTTP caches. */
export const IGNORED_PARAMS = [/^q$/, /^r$/, /^utm_/, /^ts$/];

export interface PrecacheSpec {
  /** The worker's URL and scope, e.g. "/es/sw.js" and "/es/". */
  worker: string;
  scope: string;
  /** Workbox globs, relative to the built site. */
  globPatterns: string[];
  globIgnores: string[];
  /** The page shown offline for an address the site does not have. */
  notFound: string;
  /** Navigations the not-found fallback must leave alone (files, other languages' scopes). */
  fallbackDenylist: RegExp[];
}

/** The precache of `lang` (its pages, the shared CSS and scripts, its search index, the favicon). */
export function precacheSpec(lang: string, langs: readonly string[], defaultLang: string, scope: string): PrecacheSpec {
  const pages = lang === defaultLang ? "**/*.html" : `${lang}/**/*.html`;
  const otherScopes = langs.filter((l) => l !== defaultLang && l !== lang);
  return {
    worker: `${scope}sw.js`,
    scope,
    globPatterns: [
      pages,
      "_astro/**/*.{css,js}",
      "favicon.svg",
      // Every language's job-ad decoder lexicon: a decoder page fetches another language's for an ad in it.
      "decoder/*.json",
      `${scope.slice(1)}manifest.webmanifest`,
      // Pagefind: its loader, the language's WebAssembly and index, and the index's chunks.
      "pagefind/pagefind.js",
      "pagefind/pagefind-worker.js",
      "pagefind/pagefind-entry.json",
      `pagefind/wasm.${lang}.pagefind`,
      "pagefind/wasm.unknown.pagefind",
      `pagefind/pagefind.${lang}_*.pf_meta`,
      `pagefind/index/${lang}_*.pf_index`,
      `pagefind/fragment/${lang}_*.pf_fragment`,
    ],
    // English's pages glob would take every language's: leave the others to their own workers.
    globIgnores: [...(lang === defaultLang ? langs.filter((l) => l !== defaultLang).map((l) => `${l}/**`) : []), "og/**", "**/*.png"],
    notFound: `${scope}404.html`,
    fallbackDenylist: [/\.[a-z0-9]+$/i, ...(lang === defaultLang ? langs.filter((l) => l !== defaultLang).map((l) => new RegExp(`^/${l}/`)) : []), ...otherScopes.map((l) => new RegExp(`^/${l}/`))],
  };
}

export interface PrecacheEntry {
  url: string;
  size: number;
}

export interface PrecacheSummary {
  entries: number;
  bytes: number;
}

export function summarize(entries: readonly PrecacheEntry[]): PrecacheSummary {
  return { entries: entries.length, bytes: entries.reduce((sum, e) => sum + e.size, 0) };
}

/**
 * Per language, from measurement (140 entries and 3.21 MB for English, 141 and 3.38 MB for
 * Spanish, before compression; 0.9 and 1.0 MB as a compressing host sends them, bench/OFFLINE.md)
 * with the same 1.4x headroom as the page budgets. Since the stylesheets are inlined, every page
 * carries its own CSS: 117 entries and 4.17 MB for English, 118 and 4.34 MB for Spanish.
 */
export const PRECACHE_BUDGET = { entries: 200, bytes: Math.round(3.38 * 1.4 * 1024 * 1024) };

export interface WorkerSummary extends PrecacheSummary {
  lang: string;
  worker: string;
}

/** One line per worker over its budget, naming the worker, the number and the limit. */
export function checkPrecache(workers: readonly WorkerSummary[], budget = PRECACHE_BUDGET): string[] {
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  return workers.flatMap((w) => [
    ...(w.entries > budget.entries ? [`${w.worker}: ${w.entries} precache entries, over the budget of ${budget.entries}`] : []),
    ...(w.bytes > budget.bytes ? [`${w.worker}: ${kb(w.bytes)} precached, over the budget of ${kb(budget.bytes)}`] : []),
  ]);
}
