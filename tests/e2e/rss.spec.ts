// The feed parses as RSS 2.0 and lists every published article (no draft) with its title,
// description, date and an absolute link on the configured site.
import { expect, test } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";
import { publishedArticles } from "./support/articles";

interface Item {
  title: string;
  description: string;
  pubDate: string;
  link: string;
  guid: string | { "#text": string };
}

test("the feed lists every published article, newest first, on the site's own URL", async ({ page, request }) => {
  const response = await request.get("/rss.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/xml/);
  const xml = await response.text();
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "item" });
  // Well-formed: the browser's own XML parser reports no error.
  const parseError = await page.evaluate((text) => new DOMParser().parseFromString(text, "application/xml").querySelector("parsererror")?.textContent ?? null, xml);
  expect(parseError).toBeNull();
  const feed = parser.parse(xml) as { rss: { "@_version": string; channel: { title: string; link: string; item?: Item[] } } };
  expect(feed.rss["@_version"]).toBe("2.0");
  const channel = feed.rss.channel;
  expect(channel.title).toBeTruthy();

  // The site URL is astro.config's `site`: the same origin the pages' canonical links use.
  await page.goto("/");
  const canonical = new URL((await page.locator('link[rel="canonical"]').getAttribute("href"))!);
  expect(new URL(channel.link).origin).toBe(canonical.origin);

  const expected = publishedArticles();
  const items = channel.item ?? [];
  expect(items.map((i) => new URL(i.link).pathname)).toEqual(expected.map((a) => `/articles/${a.id}/`));
  for (const [n, item] of items.entries()) {
    const a = expected[n]!;
    expect(new URL(item.link).origin).toBe(canonical.origin);
    expect(item.title).toBe(a.title);
    expect(item.description).toBe(a.description);
    expect(new Date(item.pubDate).toISOString()).toBe(a.pubDate.toISOString());
  }
});

test("the feed is advertised on every page and its links open the articles", async ({ page }) => {
  await page.goto("/articles/");
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute("href", "/rss.xml");
  const first = publishedArticles()[0]!;
  const response = await page.goto(`/articles/${first.id}/`);
  expect(response?.status()).toBe(200);
});
