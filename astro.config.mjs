// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { allPairs } from "./src/lib/roles.ts";
import { reverseRedirects } from "./src/lib/compare.ts";
import securityHeaders from "./src/integrations/security-headers.ts";
import notFoundPages from "./src/integrations/not-found-pages.ts";
import { cspConfig } from "./src/lib/security.ts";
import { THEME_SCRIPT } from "./src/scripts/theme-script.ts";
import { readdirSync } from "node:fs";

// The public address, used for canonical URLs, Open Graph tags, the sitemap and the feed.
const site = process.env.SITE_URL ?? "https://data-career-guide.org";
// /compare/<b>-vs-<a>/ sends visitors to the canonical /compare/<a>-vs-<b>/: Astro writes a static
// page with a meta refresh and a canonical link, and the sitemap leaves such pages out.
const redirects = reverseRedirects(allPairs());
// Tests build fixture copies of content/ (CONTENT_DIR); they get their own content cache so a
// fixture never meets entries cached from the real content.
// OUT_DIR and CACHE_DIR let two builds run side by side (say, a second checkout's tests).
const fixtureCache = process.env.CONTENT_DIR ? `${process.env.CONTENT_DIR.replace(/\/$/, "")}/../.astro-cache` : process.env.CACHE_DIR;

// Languages: one folder per dictionary under src/i18n/dictionaries (src/i18n/index.ts reads the
// same folders). English keeps unprefixed URLs; every other language lives under /<lang>/.
const locales = readdirSync(new URL("./src/i18n/dictionaries/", import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort((a, b) => (a === "en" ? -1 : b === "en" ? 1 : a.localeCompare(b)));

export default defineConfig({
  site,
  trailingSlash: "always",
  // Astro 7 drops the line break between text and an inline element on the next line
  // ("predict<strong>what"), so keep whitespace; gzip makes the difference negligible.
  compressHTML: false,
  // Two content files claiming one id stop the build instead of silently shadowing each other.
  prerenderConflictBehavior: "error",
  ...(fixtureCache ? { cacheDir: fixtureCache } : {}),
  ...(process.env.OUT_DIR ? { outDir: process.env.OUT_DIR } : {}),
  redirects,
  i18n: { locales, defaultLocale: "en", routing: { prefixDefaultLocale: false, redirectToDefaultLocale: false } },
  integrations: [
    mdx(),
    // Each URL lists its twins in the other languages as xhtml:link alternates.
    sitemap({
      filter: (page) => !page.includes("/404"),
      i18n: { defaultLocale: "en", locales: Object.fromEntries(locales.map((l) => [l, l])) },
    }),
    notFoundPages(),
    securityHeaders(),
  ],
  // Stylesheets stay files rather than per-page <style> blocks, so every page has the same
  // Content-Security-Policy and dist/_headers needs one rule for the whole site.
  build: { format: "directory", inlineStylesheets: "never" },
  // A <meta> policy on every page, with hashes for what Astro bundles and for the inline theme
  // script (src/lib/security.ts explains each directive).
  security: { csp: cspConfig([THEME_SCRIPT]) },
  // The content has no code blocks, and Shiki's inline colours would need 'unsafe-inline' styles.
  markdown: { syntaxHighlight: false },
});
