// The built site's own list of pages: tests that must cover "every page" read it, so a new page
// is covered by being in the sitemap, never by a hand-kept list.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

// OUT_DIR lets a contributor build and test a second copy of the site beside the usual dist/.
export const DIST = resolve(process.env["OUT_DIR"] ?? "dist");

export function sitemapPaths(dist = DIST): string[] {
  const index = join(dist, "sitemap-index.xml");
  if (!existsSync(index)) throw new Error(`${index} is missing: run "npm run build" before the browser tests`);
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  return locs(readFileSync(index, "utf8"))
    .flatMap((sitemap) => locs(readFileSync(join(dist, new URL(sitemap).pathname), "utf8")))
    .map((url) => new URL(url).pathname)
    .sort();
}
