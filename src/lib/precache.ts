// What each language's service worker keeps for offline use, and what it leaves to be cached on
// first use. One worker per language, scoped to that language's URLs (English "/", Spanish "/es/"),
// so a visitor downloads only the pages of the language they read. The precache is of a fixed size
// however many articles there are: the frame (styles, scripts, the search runtime), every page but
// the articles and the lists' later pages, and the newest PRECACHE_ARTICLES articles with their
// search fragments; the rest is cached when read, in runtime caches whose limits are RUNTIME_LIMITS.
// Pure: scripts/service-worker.ts hands these lists to Workbox, and the unit tests check them.
import type { RuntimeCaching } from "workbox-build";
import { isListSegment } from "./articles";

/**
 * A file other than a page that is larger than this is cached when first used, never precached.
 * Pages are always precached whatever their size (the skill matrix is over 100 KB before
 * compression): every page must open offline.
 */
export const MAX_PRECACHE_BYTES = 100 * 1024;

/** No single file may exceed this, pages included: a guard against a runaway page. */
export const MAX_PAGE_BYTES = 2 * 1024 * 1024;

/**
 * How many articles each language's worker precaches: the newest, as the offline page lists them
 * (src/pages/[...lang]/offline.astro). Each is its page and its search fragment, about 70 KB
 * uncompressed together; any other article is cached once read.
 */
export const PRECACHE_ARTICLES = 20;

/** What the runtime caches keep at most, so what a visitor reads never grows without limit. */
export const RUNTIME_LIMITS = {
  /** Pages read that are not precached (articles, the lists' later pages): the newest 100, none older than 30 days. */
  pages: { maxEntries: 100, maxAgeSeconds: 30 * 24 * 3600 },
  /** The search index's chunks and the fragments of articles outside the precache, as searches load them. */
  search: { maxEntries: 200, maxAgeSeconds: 30 * 24 * 3600 },
  /** Share-card images. */
  cards: { maxEntries: 80 },
  /** Feeds, data and any other file, as used. */
  assets: { maxEntries: 200 },
} as const;

/**
 * The article a page is (its slug), from a built file's path relative to the output folder
 * ("es/articles/x/index.html" -> "x"); null for any other page, lists included.
 */
export function articleOf(file: string, langs: readonly string[]): string | null {
  const parts = file.replace(/^\/+/, "").split("/");
  if (langs.includes(parts[0]!) && parts[1] === "articles") parts.shift();
  const [top, slug, index, ...rest] = parts;
  return top === "articles" && slug && index === "index.html" && rest.length === 0 && !isListSegment(slug) ? slug : null;
}

/** Whether a built page is a list's second page or later ("articles/2/", "articles/tags/llm/3/"). */
export function isLaterListPage(file: string): boolean {
  return /(^|\/)articles\/(?:(?:tags|roles|skills)\/[^/]+\/)?\d+\/index\.html$/.test(file);
}

/**
 * Whether a page is precached: every page of the language but the articles outside `newest` (their
 * slugs) and the lists' later pages, which are cached once read. So the precache holds the same
 * pages however many articles there are.
 */
export function keepPage(file: string, newest: ReadonlySet<string>, langs: readonly string[]): boolean {
  if (isLaterListPage(file)) return false;
  const article = articleOf(file, langs);
  return article === null || newest.has(article);
}

/** Whether a file found by the globs is precached: a page by keepPage, a search fragment when its page is, any other file up to MAX_PRECACHE_BYTES. */
export function keepInPrecache(entry: PrecacheEntry, keep: { page: (file: string) => boolean; fragment: (file: string) => boolean } = { page: () => true, fragment: () => true }): boolean {
  const file = entry.url.replace(/^\/+/, "");
  if (file.endsWith(".html")) return keep.page(file);
  if (file.startsWith("pagefind/fragment/")) return keep.fragment(file);
  return entry.size <= MAX_PRECACHE_BYTES;
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
  /** The page shown offline for an address the site does not have (the precache's URL). */
  notFound: string;
  /** The page shown offline for an article or list page not cached yet (the precache's URL). */
  offline: string;
  /** The other languages' scopes under this worker's own ("/es/" for English's): their pages are theirs. */
  otherScopes: string[];
}

/** The precache of `lang` (its pages, the shared CSS and scripts, its search index, the favicon). */
export function precacheSpec(lang: string, langs: readonly string[], defaultLang: string, scope: string): PrecacheSpec {
  const pages = lang === defaultLang ? "**/*.html" : `${lang}/**/*.html`;
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
      // Pagefind's runtime: its loader, the language's WebAssembly, its metadata and its filters.
      // The index's chunks grow with the articles, so they are cached as searches use them; the
      // fragments are filtered by their page (keepInPrecache).
      "pagefind/pagefind.js",
      "pagefind/pagefind-worker.js",
      "pagefind/pagefind-entry.json",
      `pagefind/wasm.${lang}.pagefind`,
      "pagefind/wasm.unknown.pagefind",
      `pagefind/pagefind.${lang}_*.pf_meta`,
      `pagefind/filter/${lang}_*.pf_filter`,
      `pagefind/fragment/${lang}_*.pf_fragment`,
    ],
    // English's pages glob would take every language's: leave the others to their own workers.
    globIgnores: [...(lang === defaultLang ? langs.filter((l) => l !== defaultLang).map((l) => `${l}/**`) : []), "og/**", "**/*.png"],
    notFound: `${scope}404.html`,
    offline: `${scope}offline/index.html`,
    otherScopes: lang === defaultLang ? langs.filter((l) => l !== defaultLang).map((l) => `/${l}/`) : [],
  };
}

/** A route's test, written into the worker by Workbox, which serialises it: it may use only its arguments and the literals put in here. */
const sameOrigin = (test: string) =>
  new Function("{ url, request }", `return url.origin === self.location.origin && ${test};`) as RuntimeCaching["urlPattern"];

/** A page request: a navigation, or a page's own address handed over by the page (every page's address ends in "/", trailingSlash: "always"). */
const PAGE = `(request.mode === "navigate" || url.pathname.endsWith("/"))`;

/**
 * The worker's routes for what it does not precache, in order (the first that matches answers).
 * With `fallbacks`, a page that is neither precached nor cached answers offline with a page of
 * the language's own: an article or a list page with the offline page (it exists, it is not saved
 * here yet), any other address with the not-found page (every other page is precached, so an
 * address the worker does not have is one the site does not have). The Save-Data worker precaches
 * nothing and has no fallbacks: offline, a page it has not kept fails as the browser shows it.
 */
export function runtimeCaching(spec: Pick<PrecacheSpec, "scope" | "notFound" | "offline" | "otherScopes">, lang: string, { fallbacks = true } = {}): RuntimeCaching[] {
  const { scope } = spec;
  const inScope = `url.pathname.startsWith(${JSON.stringify(scope)}) && !${JSON.stringify(spec.otherScopes)}.some((s) => url.pathname.startsWith(s))`;
  const pages = { cacheName: `dcg-${lang}-pages`, networkTimeoutSeconds: 4, expiration: { ...RUNTIME_LIMITS.pages, purgeOnQuotaError: true } };
  const fallback = (url: string) => (fallbacks ? { precacheFallback: { fallbackURL: url } } : {});
  return [
    // Pagefind searches in a dedicated worker, whose requests go to the worker whose scope holds
    // /pagefind/ (English's) whatever the page's language: answer them from any language's cache
    // (a precached fragment of another language included), else from the network, kept here.
    {
      urlPattern: sameOrigin(`url.pathname.startsWith("/pagefind/")`),
      handler: "CacheFirst",
      options: {
        cacheName: `dcg-${lang}-search`,
        expiration: { ...RUNTIME_LIMITS.search, purgeOnQuotaError: true },
        plugins: [{ cachedResponseWillBeUsed: async ({ request, cachedResponse }: { request: Request; cachedResponse?: Response }) => cachedResponse ?? (await caches.match(request, { ignoreSearch: true })) ?? null }],
      },
    },
    // Share cards: kept once fetched.
    { urlPattern: sameOrigin(`url.pathname.startsWith("${scope}og/")`), handler: "CacheFirst", options: { cacheName: `dcg-${lang}-cards`, expiration: RUNTIME_LIMITS.cards } },
    // The language's articles and the lists' later pages, fresh when online, kept once read.
    { urlPattern: sameOrigin(`${PAGE} && ${inScope} && url.pathname.startsWith("${scope}articles/")`), handler: "NetworkFirst", options: { ...pages, ...fallback(spec.offline) } },
    // Any other page of the language (Save-Data, or one added since the precache).
    { urlPattern: sameOrigin(`${PAGE} && ${inScope}`), handler: "NetworkFirst", options: { ...pages, ...fallback(spec.notFound) } },
    // Another language's pages before its own worker is installed.
    { urlPattern: sameOrigin(PAGE), handler: "NetworkFirst", options: pages },
    { urlPattern: sameOrigin(`request.method === "GET"`), handler: "StaleWhileRevalidate", options: { cacheName: `dcg-${lang}-assets`, expiration: RUNTIME_LIMITS.assets } },
  ];
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
 * Per language, a fixed number again: the precache no longer grows with the articles. Set from
 * measurement with the same 1.4x headroom as the page budgets (docs/offline.md, "What it costs"),
 * at its largest, every list full: with 2,000 generated articles in each language, 167 entries and
 * 6.39 MB for Spanish, the larger (the site as it is: 138 entries and 5.10 MB).
 */
export const PRECACHE_BUDGET = { entries: 240, bytes: Math.round(6.39 * 1.4 * 1024 * 1024) };

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
