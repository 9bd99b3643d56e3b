// After the build and the search index: one Workbox service worker per language, precaching that
// language's frame (the shared CSS and scripts, Pagefind's runtime, the favicon and manifest), every
// page but the articles and the lists' later pages, and the newest articles the offline page lists
// with their search fragments (src/lib/precache.ts); the rest is cached when read. Plus a lighter
// one per language for visitors who ask to save data, which precaches nothing and caches pages as
// they are read. Writes <scope>sw.js, <scope>sw-save-data.js and their Cache-Control rules into
// dist/_headers.
import { appendFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { gunzipSync } from "node:zlib";
import { generateSW, getManifest, type GenerateSWOptions } from "workbox-build";
import { languageFolders } from "../src/i18n/language-folders.ts";
import { keepWorker, restoreWorker, workerCacheDir, workerKey } from "./lib/sw-cache.ts";
import { IGNORED_PARAMS, MAX_PAGE_BYTES, keepInPrecache, keepPage, precacheSpec, runtimeCaching } from "../src/lib/precache.ts";

const dist = process.argv[2] ?? process.env["OUT_DIR"] ?? "dist";
const langs = languageFolders();
const scopeOf = (lang: string) => (lang === langs[0] ? "/" : `/${lang}/`);

/**
 * The newest articles, as the language's offline page lists them (each link marked
 * data-precached): the one list of what a visitor has offline, so the worker precaches exactly those.
 */
function newestArticles(scope: string): Set<string> {
  const file = join(dist, scope.slice(1), "offline", "index.html");
  if (!existsSync(file)) throw new Error(`${file} is missing: the offline page (src/pages/[...lang]/offline.astro) names the articles each worker precaches`);
  const links = [...readFileSync(file, "utf8").matchAll(/<a\b[^>]*\bdata-precached\b[^>]*>/g)].map((m) => /href="([^"]+)"/.exec(m[0])?.[1] ?? "");
  return new Set(links.map((href) => /\/articles\/([^/]+)\/$/.exec(href)?.[1]).filter((slug): slug is string => !!slug));
}

/** The page each of a language's search fragments belongs to (its "url"), by fragment file. */
function fragmentPages(lang: string): Map<string, string> {
  const dir = join(dist, "pagefind", "fragment");
  const pages = new Map<string, string>();
  if (!existsSync(dir)) return pages;
  for (const name of readdirSync(dir).filter((f) => f.startsWith(`${lang}_`))) {
    // A fragment is gzipped JSON after Pagefind's "pagefind_dcd" signature.
    const text = gunzipSync(readFileSync(join(dir, name))).toString("utf8");
    const url = /"url":"([^"]+)"/.exec(text)?.[1];
    if (url) pages.set(`pagefind/fragment/${name}`, url);
  }
  return pages;
}

/**
 * The browsers Workbox's Babel compiles the workers for: the ones the site's own scripts are built
 * for (Vite's default, "baseline widely available"), not Workbox's default of Chrome 56, so Babel
 * has less to rewrite (0.8 s a worker to 0.7 here) and a browser too old for the pages' scripts
 * was never going to run the worker.
 */
const SW_BROWSERS = ["chrome >= 111", "edge >= 111", "firefox >= 114", "safari >= 16.4", "ios >= 16.4"];

const workboxVersion = (createRequire(import.meta.url)("workbox-build/package.json") as { version: string }).version;
const cacheDir = workerCacheDir();

/**
 * generateSW, or the worker a build with the same options and the same precache list bundled
 * before (./lib/sw-cache.ts): listing the precache takes a fraction of bundling a worker.
 */
async function worker(given: GenerateSWOptions): Promise<{ count: number; size: number; warnings: string[] }> {
  const options: GenerateSWOptions = { babelPresetEnvTargets: SW_BROWSERS, ...given };
  const { globPatterns, globIgnores, maximumFileSizeToCacheInBytes, manifestTransforms, modifyURLPrefix } = options;
  // getManifest takes the listing options of generateSW's, and only those.
  const listing = Object.fromEntries(Object.entries({ globPatterns, globIgnores, maximumFileSizeToCacheInBytes, manifestTransforms, modifyURLPrefix }).filter(([, v]) => v !== undefined));
  const listed = globPatterns?.length ? await getManifest({ ...listing, globDirectory: dist }) : { manifestEntries: [], count: 0, size: 0, warnings: [] };
  // The output folder is not part of a worker; its place in it is.
  const key = workerKey(workboxVersion, { ...options, globDirectory: undefined, swDest: relative(dist, options.swDest) }, listed.manifestEntries ?? []);
  if (restoreWorker(cacheDir, key, options.swDest)) return { count: listed.count, size: listed.size, warnings: listed.warnings };
  // The list just made, as it is (Workbox adds these entries after its transforms), not listed again.
  const { globIgnores: _i, manifestTransforms: _t, modifyURLPrefix: _m, maximumFileSizeToCacheInBytes: _s, ...bundling } = options;
  const built = await generateSW({ ...bundling, globPatterns: [], additionalManifestEntries: listed.manifestEntries ?? [] });
  keepWorker(cacheDir, key, options.swDest);
  return { count: listed.count, size: listed.size, warnings: [...listed.warnings, ...built.warnings] };
}

/** A page's built file from its address: "/es/articles/x/" -> "es/articles/x/index.html". */
const fileOf = (url: string) => `${url.replace(/^\//, "")}${url.endsWith("/") ? "index.html" : ""}`;

// SW_LANGS=en regenerates only the named languages' workers (the offline update test uses it).
const only = process.env["SW_LANGS"]?.split(",");
// Workbox bundles each worker with Rollup and Babel on this thread, then minifies it with Terser
// in worker threads: drawing all of them at once keeps both busy (7.5 s in turn, 5.9 s at once here).
const precaching = async (lang: string) => {
  const scope = scopeOf(lang);
  const spec = precacheSpec(lang, langs, langs[0]!, scope);
  const newest = newestArticles(scope);
  const fragments = fragmentPages(lang);
  const page = (file: string) => keepPage(file, newest, langs);
  const keep = { page, fragment: (file: string) => page(fileOf(fragments.get(file) ?? "")) };
  const { count, size, warnings } = await worker({
    globDirectory: dist,
    globPatterns: spec.globPatterns,
    globIgnores: spec.globIgnores,
    swDest: join(dist, spec.worker),
    maximumFileSizeToCacheInBytes: MAX_PAGE_BYTES,
    manifestTransforms: [async (entries) => ({ manifest: entries.filter((e) => keepInPrecache(e, keep)), warnings: [] })],
    ignoreURLParametersMatching: IGNORED_PARAMS,
    directoryIndex: "index.html",
    // Root-relative URLs: Workbox would otherwise resolve them from the worker's own folder (/es/).
    modifyURLPrefix: { "": "/" },
    // No navigateFallback: a page not precached may well exist (an article not read yet), so pages
    // go to the network first and fall back, offline only, to the offline or not-found page
    // (runtimeCaching in src/lib/precache.ts).
    // The page tells a waiting worker to take over once it has loaded (src/scripts/theme-script.ts),
    // so the next navigation gets the new version and no page mixes old and new files.
    skipWaiting: false,
    clientsClaim: false,
    cleanupOutdatedCaches: true,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: "production",
    cacheId: `dcg-${lang}`,
    runtimeCaching: runtimeCaching(spec, lang),
  });
  for (const w of warnings) console.warn(`service worker (${lang}): ${w}`);
  console.log(`service worker ${spec.worker}: ${count} entries, ${(size / 1024).toFixed(1)} KB precached`);
  return { lang, worker: spec.worker, entries: count, bytes: size };
};
const saveData = (lang: string) => {
  const scope = scopeOf(lang);
  return worker({
    globDirectory: dist,
    globPatterns: [],
    swDest: join(dist, `${scope}sw-save-data.js`),
    skipWaiting: false,
    clientsClaim: false,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: "production",
    cacheId: `dcg-${lang}-lite`,
    runtimeCaching: runtimeCaching(precacheSpec(lang, langs, langs[0]!, scope), lang, { fallbacks: false }),
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
