// The feeds parse as RSS 2.0 and list the newest FEED_ARTICLES published articles (no draft) with
// their title, description, date and an absolute link on the configured site, and link to the
// articles index for the rest: /rss.xml in English, and one feed per translation (/es/rss.xml) with
// the translated titles, links to the translated pages and the language's own <language>.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";
import es from "../../src/i18n/dictionaries/es/index";
import { fill } from "../../src/lib/i18n-format";
import { FEED_ARTICLES } from "../../src/lib/newest";
import { publishedArticles, translatedArticles, type SourceArticle } from "./support/articles";

interface Item {
  title: string;
  description: string;
  pubDate: string;
  link: string;
  guid: string | { "#text": string };
}
interface Channel {
  title: string;
  description: string;
  link: string;
  language?: string;
  item?: Item[];
}

/** Fetches and parses a feed, checking it is well-formed XML served as XML. */
async function readFeed(page: Page, request: APIRequestContext, path: string): Promise<Channel> {
  const response = await request.get(path);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/xml/);
  const xml = await response.text();
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "item" });
  // Well-formed: the browser's own XML parser reports no error.
  const parseError = await page.evaluate((text) => new DOMParser().parseFromString(text, "application/xml").querySelector("parsererror")?.textContent ?? null, xml);
  expect(parseError).toBeNull();
  const feed = parser.parse(xml) as { rss: { "@_version": string; channel: Channel } };
  expect(feed.rss["@_version"]).toBe("2.0");
  expect(feed.rss.channel.title).toBeTruthy();
  return feed.rss.channel;
}

/** The items are the newest of the expected articles, newest first, linked under `prefix` on the canonical origin. */
function expectItems(channel: Channel, all: SourceArticle[], prefix: string, origin: string) {
  const items = channel.item ?? [];
  const expected = all.slice(0, FEED_ARTICLES);
  // The channel links to the articles index, which lists the ones the feed leaves out.
  expect(new URL(channel.link).pathname).toBe(`${prefix}/articles/`);
  expect(items.map((i) => new URL(i.link).pathname)).toEqual(expected.map((a) => `${prefix}/articles/${a.id}/`));
  for (const [n, item] of items.entries()) {
    const a = expected[n]!;
    expect(new URL(item.link).origin).toBe(origin);
    expect(item.title).toBe(a.title);
    expect(item.description).toBe(a.description);
    expect(new Date(item.pubDate).toISOString()).toBe(a.pubDate.toISOString());
  }
}

/** The site URL is astro.config's `site`: the same origin the pages' canonical links use. */
async function canonicalOrigin(page: Page, path: string): Promise<string> {
  await page.goto(path);
  return new URL((await page.locator('link[rel="canonical"]').getAttribute("href"))!).origin;
}

test("the feed lists the newest published articles, newest first, on the site's own URL", async ({ page, request }) => {
  const channel = await readFeed(page, request, "/rss.xml");
  const origin = await canonicalOrigin(page, "/");
  expect(new URL(channel.link).origin).toBe(origin);
  expect(channel.language).toBe("en-us");
  expectItems(channel, publishedArticles(), "", origin);
});

test("the Spanish feed lists the same articles in Spanish, linking to the Spanish pages", async ({ page, request }) => {
  const channel = await readFeed(page, request, "/es/rss.xml");
  const origin = await canonicalOrigin(page, "/es/");
  expect(new URL(channel.link).origin).toBe(origin);
  expect(channel.language).toBe("es");
  expect(channel.title).toBe(fill(es.common.feed.title, { site: es.common.site.name }));
  expectItems(channel, translatedArticles("es"), "/es", origin);
  // Not the English feed under another address.
  expect(channel.item![0]!.title).not.toBe(publishedArticles()[0]!.title);
});

test("the feed is advertised on every page and its links open the articles", async ({ page }) => {
  await page.goto("/articles/");
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute("href", "/rss.xml");
  const first = publishedArticles()[0]!;
  const response = await page.goto(`/articles/${first.id}/`);
  expect(response?.status()).toBe(200);
});

test("Spanish pages advertise the Spanish feed, and its links open the Spanish articles", async ({ page }) => {
  await page.goto("/es/articles/");
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute("href", "/es/rss.xml");
  const first = translatedArticles("es")[0]!;
  const response = await page.goto(`/es/articles/${first.id}/`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(first.title);
});
