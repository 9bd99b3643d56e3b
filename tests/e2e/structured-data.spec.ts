// What search engines and link previews read on every sitemap page: each JSON-LD block parses and
// carries the properties its type needs, the FAQ data matches the FAQ a visitor sees, and the
// share-card image is a real 1200 x 630 PNG in the build.
import esArticles from "../../src/i18n/dictionaries/es/articles";
import { expect, test, type Page } from "@playwright/test";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isRoleId, parsePairSlug, pairSlug, allPairs, ROLE_IDS } from "../../src/lib/roles";
import { FAQ_HEADING } from "../../src/lib/toc";
import { publishedArticles, sourceRoles, sourceSkills } from "./support/articles";
import { sharedPage } from "./support/shared-page";
import { DIST, sitemapPaths } from "./support/sitemap";

type Ld = Record<string, unknown> & { "@type": string };

const paths = sitemapPaths();
const pages = new Set(paths);
const articles = new Map(publishedArticles().map((a) => [`/articles/${a.id}/`, a]));

async function jsonLd(page: Page): Promise<Ld[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((text, i) => {
    let data: unknown;
    expect(() => (data = JSON.parse(text)), `JSON-LD block ${i + 1} is valid JSON`).not.toThrow();
    expect(data, `JSON-LD block ${i + 1} is an object`).toEqual(expect.objectContaining({ "@context": "https://schema.org", "@type": expect.any(String) }));
    return data as Ld;
  });
}

const meta = (page: Page, attr: "property" | "name", key: string) => page.locator(`meta[${attr}="${key}"]`).getAttribute("content");

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect([...bytes.subarray(0, 8)], `${file} is a PNG`).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The card a page should have: its own for roles, pairs and articles, else the site's. */
function expectedCard(page: string): string {
  // A Spanish page's card is drawn in Spanish, under /es/og/.
  const lang = page.startsWith("/es/") ? "/es" : "";
  const path = lang ? page.slice(3) : page;
  return lang + cardOf(path);
}

function cardOf(path: string): string {
  const [section, slug] = path.split("/").filter(Boolean);
  if (section === "roles" && isRoleId(slug)) return `/og/roles/${slug}.png`;
  const pair = section === "compare" && slug ? parsePairSlug(slug) : null;
  if (pair) return `/og/compare/${pairSlug(...pair)}.png`;
  if (articles.has(path)) return `/og/articles/${slug}.png`;
  return "/og/default.png";
}

test("cards exist for every role, every pair and every article, even before their pages link them", () => {
  const cards = [
    "/og/default.png",
    ...ROLE_IDS.map((id) => `/og/roles/${id}.png`),
    ...allPairs().map(([a, b]) => `/og/compare/${pairSlug(a, b)}.png`),
    ...[...articles.values()].map((a) => `/og/articles/${a.id}.png`),
  ];
  for (const card of cards) {
    const file = join(DIST, card);
    expect(existsSync(file), `${card} is built`).toBe(true);
    expect(pngSize(file), card).toEqual({ width: 1200, height: 630 });
  }
});

test.describe("every sitemap page", () => {
  // One page per worker, navigated from URL to URL (see sharedPage).
  let page: Page;
  test.beforeAll(async ({ browser }, info) => {
    page = await sharedPage(browser, info);
  });
  test.afterAll(async () => page.context().close());

  for (const path of paths) {
    test(`${path}: structured data and share card`, async () => {
      await page.goto(path);
      const items = await jsonLd(page);
      const canonical = (await page.locator('link[rel="canonical"]').getAttribute("href"))!;
      const origin = new URL(canonical).origin;
      const ofType = (type: string) => items.filter((i) => i["@type"] === type);

      // Breadcrumbs: on every page but home, from home to this page, every step a page of the site.
      const crumbs = ofType("BreadcrumbList");
      // Each language's home page is its own root: /es/ for Spanish pages.
      const home = path.startsWith("/es/") ? "/es/" : "/";
      if (path === home) expect(crumbs, "no breadcrumbs on the home page").toHaveLength(0);
      else {
        expect(crumbs, "one BreadcrumbList").toHaveLength(1);
        const list = crumbs[0]!["itemListElement"] as { "@type": string; position: number; name: string; item: string }[];
        expect(list.length).toBeGreaterThanOrEqual(2);
        list.forEach((c, i) => {
          expect(c["@type"]).toBe("ListItem");
          expect(c.position).toBe(i + 1);
          expect(c.name.trim()).not.toBe("");
          expect(new URL(c.item).origin, `${c.item} is on the site`).toBe(origin);
          expect(pages.has(new URL(c.item).pathname), `${c.item} is a page in the sitemap`).toBe(true);
        });
        expect(list[0]!.item).toBe(`${origin}${home}`);
        expect(list.at(-1)!.item).toBe(canonical);
      }

      // The home page: the site and its search.
      const site = ofType("WebSite");
      if (path === home) {
        expect(site).toHaveLength(1);
        expect(site[0]).toMatchObject({ name: expect.any(String), url: `${origin}${home}` });
        const action = site[0]!["potentialAction"] as { "@type": string; target: { urlTemplate: string }; "query-input": string };
        expect(action["@type"]).toBe("SearchAction");
        expect(action.target.urlTemplate).toBe(`${origin}${home}search/?q={search_term_string}`);
        expect(action["query-input"]).toBe("required name=search_term_string");
      } else expect(site).toHaveLength(0);

      // Articles: what the page shows and the source says (a Spanish article's text is its translation's).
      const spanish = path.startsWith("/es/");
      const article = articles.get(spanish ? path.slice(3) : path);
      const articleLd = ofType("Article");
      if (article) {
        expect(articleLd).toHaveLength(1);
        const a = articleLd[0]!;
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(a["headline"] as string);
        expect(a).toMatchObject({
          ...(spanish ? { inLanguage: "es" } : { headline: article.title, description: article.description }),
          datePublished: article.pubDate.toISOString().slice(0, 10),
          dateModified: (article.updatedDate ?? article.pubDate).toISOString().slice(0, 10),
          url: canonical,
          image: await meta(page, "property", "og:image"),
        });
        for (const who of ["author", "publisher"]) expect(a[who], who).toMatchObject({ "@type": "Organization", name: expect.any(String), url: `${origin}/` });
      } else expect(articleLd, "Article only on article pages").toHaveLength(0);

      // FAQPage exactly where a visitor sees questions and answers, with the same questions.
      const faqRegion = page.getByRole("region", { name: spanish ? esArticles.faq.heading : FAQ_HEADING });
      const faqLd = ofType("FAQPage");
      if ((await faqRegion.count()) > 0) {
        expect(faqLd).toHaveLength(1);
        const entities = faqLd[0]!["mainEntity"] as { "@type": string; name: string; acceptedAnswer: { "@type": string; text: string } }[];
        const shown = (await faqRegion.getByRole("heading", { level: 3 }).allTextContents()).map((t) => t.trim());
        expect(entities.map((q) => q.name)).toEqual(shown);
        const regionText = (await faqRegion.textContent())!.replace(/\s+/g, " ");
        for (const q of entities) {
          expect(q["@type"]).toBe("Question");
          expect(q.acceptedAnswer["@type"]).toBe("Answer");
          expect(regionText).toContain(q.acceptedAnswer.text.replace(/\s+/g, " "));
        }
        if (article && !spanish) expect(entities.map((q) => q.name)).toEqual(article.faq.map((f) => f.question));
      } else expect(faqLd, "no FAQPage without a visible FAQ").toHaveLength(0);

      // Role pages describe the role as an Occupation: no codes, no salaries.
      const [section, slug] = (spanish ? path.slice(3) : path).split("/").filter(Boolean);
      const occupation = ofType("Occupation");
      if (section === "roles" && isRoleId(slug)) {
        expect(occupation).toHaveLength(1);
        const o = occupation[0]!;
        await expect(page.getByRole("heading", { level: 1 })).toContainText(o["name"] as string);
        const source = sourceRoles().get(slug) as { name: string; summary: string } | undefined;
        // The Spanish page's Occupation is in Spanish: its name is the page's heading, checked above.
        expect(o).toMatchObject(spanish ? { url: canonical } : { name: source?.name, description: source?.summary, url: canonical });
        expect(o["skills"]).toHaveLength(sourceSkills().size);
        expect((o["responsibilities"] as string[]).length).toBeGreaterThan(0);
        expect(o).not.toHaveProperty("estimatedSalary");
        expect(o).not.toHaveProperty("occupationalCategory");
      } else expect(occupation, "Occupation only on role pages").toHaveLength(0);

      // Share card: Open Graph and Twitter tags, both pointing at the page's own 1200 x 630 PNG.
      const og = (await meta(page, "property", "og:image"))!;
      expect(og).toMatch(/^https?:\/\//);
      expect(await meta(page, "name", "twitter:image")).toBe(og);
      expect(await meta(page, "name", "twitter:card")).toBe("summary_large_image");
      for (const key of ["og:title", "og:description", "og:url", "og:image:alt"]) expect((await meta(page, "property", key))?.trim(), key).toBeTruthy();
      expect((await meta(page, "name", "twitter:image:alt"))?.trim()).toBeTruthy();
      expect(await meta(page, "property", "og:image:width")).toBe("1200");
      expect(await meta(page, "property", "og:image:height")).toBe("630");
      const card = new URL(og).pathname;
      expect(card).toBe(expectedCard(path));
      const file = join(DIST, card);
      expect(existsSync(file), `${card} is in the build`).toBe(true);
      expect(pngSize(file)).toEqual({ width: 1200, height: 630 });
    });
  }
});
