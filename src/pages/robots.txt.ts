// robots.txt: every page may be crawled, and the sitemap is named on the configured site address.
import type { APIContext } from "astro";

export function GET(context: APIContext) {
  if (!context.site) throw new Error("robots.txt: set `site` in astro.config.mjs; the sitemap line must be absolute");
  const sitemap = new URL("/sitemap-index.xml", context.site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}
