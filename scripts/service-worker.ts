// After the build and the search index: one Workbox service worker per language, precaching that
// language's pages, the shared CSS and scripts, its search index and the favicon (src/lib/precache.ts),
// plus a lighter one per language for visitors who ask to save data, which precaches nothing and
// caches pages as they are read. Writes <scope>sw.js, <scope>sw-save-data.js and their
// Cache-Control rules into dist/_headers.
import { appendFileSync, existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateSW, type RuntimeCaching } from "workbox-build";
import { languageFolders } from "../src/i18n/language-folders.ts";
import { IGNORED_PARAMS, MAX_PAGE_BYTES, keepInPrecache, precacheSpec } from "../src/lib/precache.ts";

const dist = process.argv[2] ?? process.env["OUT_DIR"] ?? "dist";
const langs = languageFolders();
const scopeOf = (lang: string) => (lang === langs[0] ? "/" : `/${lang}/`);

/** Same-origin requests only: a worker never caches or answers for another origin. */
const sameOrigin = (kind: string) =>
  // Serialised into the worker by Workbox, so it may use only its arguments.
  new Function("{ url, request }", `return url.origin === self.location.origin && ${kind};`) as RuntimeCaching["urlPattern"];

function runtimeCaching(scope: string): RuntimeCaching[] {
  return [
    // Pagefind searches in a dedicated worker, whose requests go to the worker whose scope holds
    // /pagefind/ (English's) whatever the page's language: answer them from any language's cache.
    {
      urlPattern: sameOrigin(`url.pathname.startsWith("/pagefind/")`),
      handler: async ({ request }) => (await caches.match(request, { ignoreSearch: true })) ?? fetch(request),
    },
    // Share cards and anything too big to precache: kept once fetched.
    { urlPattern: sameOrigin(`url.pathname.startsWith("${scope}og/")`), handler: "CacheFirst", options: { cacheName: "cards", expiration: { maxEntries: 80 } } },
    // Pages not precached (save-data, or a language whose worker is not installed yet): fresh when online.
    // Besides navigations, a page's own address handed over by the page (the page a Save-Data visitor
    // lands on loads before the lighter worker exists, src/scripts/theme-script.ts): every page's
    // address ends in "/" (trailingSlash: "always"), so it lands here and not with the assets.
    { urlPattern: sameOrigin(`(request.mode === "navigate" || url.pathname.endsWith("/"))`), handler: "NetworkFirst", options: { cacheName: "pages", networkTimeoutSeconds: 4 } },
    { urlPattern: sameOrigin(`request.method === "GET"`), handler: "StaleWhileRevalidate", options: { cacheName: "assets", expiration: { maxEntries: 200 } } },
  ];
}

// SW_LANGS=en regenerates only the named languages' workers (the offline update test uses it).
const only = process.env["SW_LANGS"]?.split(",");
// Workbox bundles each worker with Rollup and Babel on this thread, then minifies it with Terser
// in worker threads: drawing all of them at once keeps both busy (7.5 s in turn, 5.9 s at once here).
const precaching = async (lang: string) => {
  const scope = scopeOf(lang);
  const spec = precacheSpec(lang, langs, langs[0]!, scope);
  const { count, size, warnings } = await generateSW({
    globDirectory: dist,
    globPatterns: spec.globPatterns,
    globIgnores: spec.globIgnores,
    swDest: join(dist, spec.worker),
    maximumFileSizeToCacheInBytes: MAX_PAGE_BYTES,
    manifestTransforms: [async (entries) => ({ manifest: entries.filter(keepInPrecache), warnings: [] })],
    ignoreURLParametersMatching: IGNORED_PARAMS,
    directoryIndex: "index.html",
    // Root-relative URLs: Workbox would otherwise resolve them from the worker's own folder (/es/).
    modifyURLPrefix: { "": "/" },
    navigateFallback: spec.notFound,
    navigateFallbackDenylist: spec.fallbackDenylist,
    // The page tells a waiting worker to take over once it has loaded (src/scripts/theme-script.ts),
    // so the next navigation gets the new version and no page mixes old and new files.
    skipWaiting: false,
    clientsClaim: false,
    cleanupOutdatedCaches: true,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: "production",
    cacheId: `dcg-${lang}`,
    runtimeCaching: runtimeCaching(scope),
  });
  for (const w of warnings) console.warn(`service worker (${lang}): ${w}`);
  console.log(`service worker ${spec.worker}: ${count} entries, ${(size / 1024).toFixed(1)} KB precached`);
  return { lang, worker: spec.worker, entries: count, bytes: size };
};
const saveData = (lang: string) => {
  const scope = scopeOf(lang);
  return generateSW({
    globDirectory: dist,
    globPatterns: [],
    swDest: join(dist, `${scope}sw-save-data.js`),
    skipWaiting: false,
    clientsClaim: false,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: "production",
    cacheId: `dcg-${lang}-lite`,
    runtimeCaching: runtimeCaching(scope),
  });
};
const chosen = langs.filter((l) => !only || only.includes(l));
const [summary] = await Promise.all([Promise.all(chosen.map(precaching)), Promise.all(chosen.map(saveData))]);

// What each worker precaches, for the size report (npm run size).
if (!only) writeFileSync(join(dist, "precache-summary.json"), `${JSON.stringify(summary, null, 2)}\n`);

// Browsers must always ask for a worker anew, or a deploy would reach visitors late.
const headers = join(dist, "_headers");
if (existsSync(headers) && !only)
  appendFileSync(
    headers,
    langs
      .filter((l) => l !== langs[0]) // English's rules are in public/_headers already
      .flatMap((l) => ["sw.js", "sw-save-data.js"].map((f) => `\n${scopeOf(l)}${f}\n  Cache-Control: no-cache\n`))
      .join(""),
  );
