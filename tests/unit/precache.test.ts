// What each language's service worker precaches: its own pages, the shared CSS and scripts, its
// search index and the favicon; never share cards, other languages' pages or large files.
import { describe, expect, it } from "vitest";
import { minimatch } from "minimatch";
import { IGNORED_PARAMS, MAX_PRECACHE_BYTES, PRECACHE_BUDGET, checkPrecache, keepInPrecache, precacheSpec, summarize } from "../../src/lib/precache";

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
    expect(picks(en, "pagefind/index/en_5a43f59.pf_index")).toBe(true);
    expect(picks(en, "pagefind/fragment/en_10c81ad.pf_fragment")).toBe(true);
    expect(picks(en, "pagefind/index/es_5a43f59.pf_index")).toBe(false);
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

  it("keeps every page whatever its size, and no other file over the limit", () => {
    expect(keepInPrecache({ url: "/skills/index.html", size: 135_000 })).toBe(true);
    expect(keepInPrecache({ url: "/pagefind/wasm.en.pagefind", size: 59_000 })).toBe(true);
    expect(keepInPrecache({ url: "/_astro/big.js", size: MAX_PRECACHE_BYTES + 1 })).toBe(false);
  });

  it("sends unknown addresses to the language's not-found page, but never files or the other language", () => {
    expect(en.notFound).toBe("/404.html");
    expect(es.notFound).toBe("/es/404.html");
    const denied = (spec: typeof en, path: string) => spec.fallbackDenylist.some((r) => r.test(path));
    expect(denied(en, "/no-such-page/")).toBe(false);
    expect(denied(en, "/es/no-existe/")).toBe(true);
    expect(denied(en, "/api/roles.json")).toBe(true);
    expect(denied(es, "/es/no-existe/")).toBe(false);
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
    expect(checkPrecache([{ lang: "es", worker: "/es/sw.js", entries: 400, bytes: 9 * 1024 * 1024 }])).toEqual([
      "/es/sw.js: 400 precache entries, over the budget of 200",
      `/es/sw.js: 9216 KB precached, over the budget of ${Math.round(PRECACHE_BUDGET.bytes / 1024)} KB`,
    ]);
  });
});
