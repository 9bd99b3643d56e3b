// What each language's service worker precaches: its own pages but the articles outside the newest
// and the lists' later pages, the shared CSS and scripts, the search runtime and the newest articles'
// fragments, the favicon; never share cards, other languages' pages or large files. A fixed number
// of entries however many articles there are, and runtime caches with limits for the rest.
import { describe, expect, it } from "vitest";
import { minimatch } from "minimatch";
import {
  IGNORED_PARAMS,
  MAX_PRECACHE_BYTES,
  PRECACHE_ARTICLES,
  PRECACHE_BUDGET,
  RUNTIME_LIMITS,
  articleOf,
  checkPrecache,
  isLaterListPage,
  keepInPrecache,
  keepPage,
  precacheSpec,
  runtimeCaching,
  summarize,
} from "../../src/lib/precache";

const langs = ["en", "es"];
const en = precacheSpec("en", langs, "en", "/");
const es = precacheSpec("es", langs, "en", "/es/");
/** Whether Workbox's globs would pick `file` for `spec`. */
const picks = (spec: typeof en, file: string) =>
  spec.globPatterns.some((p) => minimatch(file, p)) && !spec.globIgnores.some((p) => minimatch(file, p));

describe("a language's precache", () => {
  it("takes its own pages and leaves the other language's to that language's worker", () => {
    expect(picks(en, "index.html")).toBe(true);
    expect(picks(en, "roles/data-analyst/index.html")).toBe(true);
    expect(picks(en, "404.html")).toBe(true);
    expect(picks(en, "es/roles/data-analyst/index.html")).toBe(false);
    expect(picks(es, "es/roles/data-analyst/index.html")).toBe(true);
    expect(picks(es, "es/404.html")).toBe(true);
    expect(picks(es, "roles/data-analyst/index.html")).toBe(false);
  });

  it("takes the shared CSS and scripts, the favicon and the language's manifest", () => {
    for (const spec of [en, es]) {
      expect(picks(spec, "_astro/Base.DSV-n1Pe.css")).toBe(true);
      expect(picks(spec, "_astro/QuizApp.astro_astro_type_script_index_0_lang.KIQh1PXZ.js")).toBe(true);
      expect(picks(spec, "favicon.svg")).toBe(true);
    }
    expect(picks(en, "manifest.webmanifest")).toBe(true);
    expect(picks(es, "es/manifest.webmanifest")).toBe(true);
  });

  it("takes every language's job-ad decoder lexicon, which a decoder page fetches for an ad in that language", () => {
    for (const spec of [en, es]) for (const lang of ["en", "es"]) expect(picks(spec, `decoder/${lang}.json`), `${spec.worker} decoder/${lang}.json`).toBe(true);
  });

  it("takes the language's search index and not the other's", () => {
    expect(picks(en, "pagefind/pagefind.js")).toBe(true);
    expect(picks(en, "pagefind/wasm.en.pagefind")).toBe(true);
    // Its runtime, filters and fragments; the index's chunks grow with the articles, and are
    // cached as searches use them.
    expect(picks(en, "pagefind/index/en_5a43f59.pf_index")).toBe(false);
    expect(picks(en, "pagefind/filter/en_1212a86.pf_filter")).toBe(true);
    expect(picks(en, "pagefind/fragment/es_10c81ad.pf_fragment")).toBe(false);
    expect(picks(es, "pagefind/wasm.es.pagefind")).toBe(true);
    expect(picks(es, "pagefind/pagefind.es_df3f292eb3.pf_meta")).toBe(true);
    expect(picks(es, "pagefind/wasm.en.pagefind")).toBe(false);
  });

  it("leaves share cards, other images, feeds and open data to be cached on first use", () => {
    for (const spec of [en, es]) {
      expect(picks(spec, "og/roles/data-analyst.png")).toBe(false);
      expect(picks(spec, "es/og/roles/data-analyst.png")).toBe(false);
      expect(picks(spec, "icons/icon-512.png")).toBe(false);
      expect(picks(spec, "rss.xml")).toBe(false);
      expect(picks(spec, "api/roles.json")).toBe(false);
    }
  });

  it("keeps a page whatever its size, and no other file over the limit", () => {
    expect(keepInPrecache({ url: "/skills/index.html", size: 135_000 })).toBe(true);
    expect(keepInPrecache({ url: "/pagefind/wasm.en.pagefind", size: 59_000 })).toBe(true);
    expect(keepInPrecache({ url: "/_astro/big.js", size: MAX_PRECACHE_BYTES + 1 })).toBe(false);
  });

  it("sends an article or list page offline to the language's offline page, any other address to its not-found page", () => {
    expect([en.notFound, en.offline]).toEqual(["/404.html", "/offline/index.html"]);
    expect([es.notFound, es.offline]).toEqual(["/es/404.html", "/es/offline/index.html"]);
    expect(en.otherScopes).toEqual(["/es/"]);
    expect(es.otherScopes).toEqual([]);
  });

  it("ignores the query parameters that do not change a page", () => {
    const ignored = (name: string) => IGNORED_PARAMS.some((r) => r.test(name));
    expect(["q", "r", "ts", "utm_source"].every(ignored)).toBe(true);
    expect(ignored("page")).toBe(false);
  });

  it("sums entries and bytes for the size report", () => {
    expect(summarize([{ url: "/a", size: 10 }, { url: "/b", size: 5 }])).toEqual({ entries: 2, bytes: 15 });
  });
});

describe("the precache budget", () => {
  it("passes the measured workers and names any worker over it", () => {
    const measured = [
      { lang: "en", worker: "/sw.js", entries: 140, bytes: 3_360_600 },
      { lang: "es", worker: "/es/sw.js", entries: 141, bytes: 3_543_100 },
    ];
    expect(checkPrecache(measured)).toEqual([]);
    expect(checkPrecache([{ lang: "es", worker: "/es/sw.js", entries: 400, bytes: 10 * 1024 * 1024 }])).toEqual([
      "/es/sw.js: 400 precache entries, over the budget of 240",
      `/es/sw.js: 10240 KB precached, over the budget of ${Math.round(PRECACHE_BUDGET.bytes / 1024)} KB`,
    ]);
  });
});

describe("the pages precached", () => {
  const newest = new Set(["newest-one", "newest-two"]);
  const keep = (file: string) => keepPage(file, newest, langs);

  it("keeps every page but the articles outside the newest and the lists' later pages, in every language", () => {
    for (const prefix of ["", "es/"]) {
      for (const file of ["index.html", "roles/data-analyst/index.html", "compare/index.html", "skills/index.html", "offline/index.html", "articles/index.html", "articles/tags/llm/index.html", "articles/roles/data-analyst/index.html", "articles/skills/sql/index.html", "articles/newest-one/index.html"])
        expect(keep(prefix + file), prefix + file).toBe(true);
      for (const file of ["articles/older/index.html", "articles/2/index.html", "articles/tags/llm/3/index.html", "articles/roles/data-analyst/2/index.html", "articles/skills/sql/12/index.html"])
        expect(keep(prefix + file), prefix + file).toBe(false);
    }
  });

  it("tells an article from a list", () => {
    expect(articleOf("articles/x/index.html", langs)).toBe("x");
    expect(articleOf("es/articles/x/index.html", langs)).toBe("x");
    expect(articleOf("articles/tags/x/index.html", langs)).toBeNull();
    expect(articleOf("articles/2/index.html", langs)).toBeNull();
    expect(articleOf("roles/x/index.html", langs)).toBeNull();
    expect(isLaterListPage("es/articles/roles/ml-engineer/2/index.html")).toBe(true);
    expect(isLaterListPage("articles/tags/2/index.html")).toBe(false);
  });

  it("keeps a search fragment exactly when its page is kept", () => {
    const fragmentOf = new Map([["pagefind/fragment/en_a.pf_fragment", "articles/newest-one/index.html"], ["pagefind/fragment/en_b.pf_fragment", "articles/older/index.html"]]);
    const rules = { page: keep, fragment: (file: string) => keep(fragmentOf.get(file) ?? "") };
    expect(keepInPrecache({ url: "/pagefind/fragment/en_a.pf_fragment", size: 4000 }, rules)).toBe(true);
    expect(keepInPrecache({ url: "/pagefind/fragment/en_b.pf_fragment", size: 4000 }, rules)).toBe(false);
    expect(keepInPrecache({ url: "/articles/older/index.html", size: 60_000 }, rules)).toBe(false);
  });

  it("holds the same number of entries with 100 articles as with 5,000", () => {
    const site = (n: number) => {
      const slugs = Array.from({ length: n }, (_, i) => `article-${i}`);
      const newestSlugs = new Set(slugs.slice(0, PRECACHE_ARTICLES));
      const pages = ["index.html", "roles/index.html", "articles/index.html", "offline/index.html", ...slugs.map((s) => `articles/${s}/index.html`), ...Array.from({ length: Math.ceil(n / 20) - 1 }, (_, i) => `articles/${i + 2}/index.html`)];
      return pages.filter((f) => keepPage(f, newestSlugs, langs)).length;
    };
    expect(site(5000)).toBe(site(100));
    expect(site(100)).toBe(4 + PRECACHE_ARTICLES);
  });
});

describe("the runtime caches", () => {
  // The routes' tests run in the worker, where self.location is the site's.
  (globalThis as { self?: unknown }).self = { location: { origin: "https://site.test" } };
  const route = (routes: ReturnType<typeof runtimeCaching>, path: string, mode = "navigate") => {
    const url = new URL(path, "https://site.test");
    return routes.find((r) => (r.urlPattern as (o: { url: URL; request: { mode: string; method: string } }) => boolean)({ url, request: { mode, method: "GET" } }));
  };
  const enRoutes = runtimeCaching(en, "en");
  const esRoutes = runtimeCaching(es, "es");

  it("has a limit on every cache it fills, so reading never fills the device", () => {
    for (const r of [...enRoutes, ...esRoutes]) {
      const expiration = (r.options as { expiration?: { maxEntries?: number } } | undefined)?.expiration;
      expect(expiration?.maxEntries, String(r.urlPattern)).toBeGreaterThan(0);
    }
    expect(RUNTIME_LIMITS.pages.maxEntries).toBeLessThanOrEqual(100);
    expect(RUNTIME_LIMITS.search.maxEntries).toBeLessThanOrEqual(200);
  });

  it("answers an article not precached from the network, else the cache, else the language's offline page", () => {
    const article = route(enRoutes, "/articles/older/");
    expect(article?.handler).toBe("NetworkFirst");
    expect(article?.options).toMatchObject({ cacheName: "dcg-en-pages", precacheFallback: { fallbackURL: "/offline/index.html" } });
    expect(route(esRoutes, "/es/articles/2/")?.options).toMatchObject({ cacheName: "dcg-es-pages", precacheFallback: { fallbackURL: "/es/offline/index.html" } });
  });

  it("answers any other unknown address offline with the language's not-found page, and leaves another language's pages to its worker", () => {
    expect(route(enRoutes, "/no-such-page/")?.options).toMatchObject({ precacheFallback: { fallbackURL: "/404.html" } });
    expect(route(esRoutes, "/es/no-existe/")?.options).toMatchObject({ precacheFallback: { fallbackURL: "/es/404.html" } });
    const other = route(enRoutes, "/es/articles/x/");
    expect(other?.handler).toBe("NetworkFirst");
    expect(other?.options).not.toHaveProperty("precacheFallback");
  });

  it("keeps the search index's chunks and fragments in a cache of their own, any language's answered from any cache", () => {
    const search = route(enRoutes, "/pagefind/index/es_5a43f59.pf_index", "cors");
    expect(search?.handler).toBe("CacheFirst");
    expect(search?.options).toMatchObject({ cacheName: "dcg-en-search" });
    expect(route(enRoutes, "/rss.xml", "cors")?.handler).toBe("StaleWhileRevalidate");
  });

  it("gives the Save-Data worker no fallbacks, since it precaches nothing", () => {
    for (const r of runtimeCaching(en, "en", { fallbacks: false })) expect(r.options).not.toHaveProperty("precacheFallback");
  });
});
