// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { isReverseComparePage } from "./src/lib/compare.ts";
import securityHeaders from "./src/integrations/security-headers.ts";
import notFoundPages from "./src/integrations/not-found-pages.ts";
import { cspConfig } from "./src/lib/security.ts";
import { THEME_SCRIPT } from "./src/scripts/theme-script.ts";
import { languageFolders } from "./src/i18n/language-folders.ts";
import { availableParallelism } from "node:os";
import { satteri } from "@astrojs/markdown-satteri";
import { stylePolicyPlugins } from "./src/integrations/markdown-styles.ts";

// The public address, used for canonical URLs, Open Graph tags, the sitemap and the feed.
const site = process.env.SITE_URL ?? "https://data-career-guide.org";
// Tests build fixture copies of content/ (CONTENT_DIR); they get their own content cache so a
// fixture never meets entries cached from the real content.
// OUT_DIR and CACHE_DIR let two builds run side by side (say, a second checkout's tests).
// Otherwise Astro's cache (the content store and the incremental build's pages) lives in
// .cache/astro, beside the share cards in .cache/og-cards: outside node_modules, which `npm ci`
// empties, so a CI cache of .cache/ keeps both.
const cacheDir = process.env.CONTENT_DIR ? `${process.env.CONTENT_DIR.replace(/\/$/, "")}/../.astro-cache` : (process.env.CACHE_DIR ?? "./.cache/astro");

// Languages: one folder per dictionary under src/i18n/dictionaries (src/i18n/index.ts reads the
// same folders). English keeps unprefixed URLs; every other language lives under /<lang>/.
const locales = languageFolders();

export default defineConfig({
  site,
  trailingSlash: "always",
  // Astro 7 drops the line break between text and an inline element on the next line
  // ("predict<strong>what"), so keep whitespace; gzip makes the difference negligible.
  compressHTML: false,
  // Two content files claiming one id stop the build instead of silently shadowing each other.
  prerenderConflictBehavior: "error",
  cacheDir,
  ...(process.env.OUT_DIR ? { outDir: process.env.OUT_DIR } : {}),
  i18n: { locales, defaultLocale: "en", routing: { prefixDefaultLocale: false, redirectToDefaultLocale: false } },
  integrations: [
    mdx(),
    // Each URL lists its twins in the other languages as xhtml:link alternates.
    sitemap({
      // Reverse-order comparison URLs are redirect pages (src/pages/[...lang]/compare/[reverse].astro).
      // The offline page is for the service workers to show, not for search engines.
      filter: (page) => !page.includes("/404") && !page.endsWith("/offline/") && !isReverseComparePage(page),
      i18n: { defaultLocale: "en", locales: Object.fromEntries(locales.map((l) => [l, l])) },
    }),
    notFoundPages(),
    securityHeaders(),
  ],
  // Stylesheets are inlined ("always"): the first view is one request. Measured on an article
  // served gzipped (docs/speed.md): Lighthouse's mobile LCP 0.72-0.91 s inlined against 1.06-1.10 s
  // linked (a bare Astro page: 0.64-0.76 s), with CLS 0 in every run. Inlined pages may be painted
  // while still being read, and were once seen to shift then on a busy machine;
  // tests/e2e/layout-shift.spec.ts leaves out shifts before the page has been read, and
  // Lighthouse's CLS, which covers the whole load, stays 0 on every page.
  // Pages render several at a time so share cards (drawn by a worker pool, src/lib/og-pool.ts) use
  // every core.
  // INLINE_STYLES=never|auto overrides inlineStylesheets, only to measure the alternatives (bench/LIGHTHOUSE.md).
  build: {
    format: "directory",
    concurrency: availableParallelism() * 2,
    inlineStylesheets: /** @type {"always" | "auto" | "never"} */ (process.env.INLINE_STYLES ?? "always"),
  },
  // A <meta> policy on every page, with hashes for what Astro bundles and for the inline theme
  // script (src/lib/security.ts explains each directive).
  security: { csp: cspConfig([THEME_SCRIPT]) },
  // The content has no code blocks, and Shiki's inline colours would need 'unsafe-inline' styles.
  // Astro's own Markdown processor (Sätteri, its defaults kept) with the style policy in it: a GFM
  // column alignment becomes a class, and a style an author writes stops the build at its file and
  // line (src/integrations/markdown-styles.ts). MDX inherits the processor.
  markdown: { syntaxHighlight: false, processor: satteri({ hastPlugins: stylePolicyPlugins }) },
  experimental: {
    // A build copies each page from the last one (kept in cacheDir, above) when its code and its
    // cacheKey are unchanged: the key covers the content data and the body a page renders
    // (langPaths in src/data/lang-paths.ts). `astro build --force` renders every page.
    incrementalBuild: true,
  },
  vite: {
    build: {
      rolldownOptions: {
        // Known upstream warning, withastro/astro#18087 (open): Rolldown's MODULE_LEVEL_DIRECTIVE
        // for the "use astro:head-inject" directive Astro itself puts in every MDX module, printed
        // once per MDX file. Only that warning is dropped; every other log passes through.
        onLog(level, log, handler) {
          if (level === "warn" && log.code === "MODULE_LEVEL_DIRECTIVE" && log.message.includes('"use astro:head-inject"')) return;
          handler(level, log);
        },
      },
    },
  },
});
