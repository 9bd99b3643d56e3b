// Two editions of one site: every page has its twin in the other language, says so with hreflang,
// speaks the language its <html lang> names, and links to its twin without ever redirecting.
import { expect, test, type Page } from "@playwright/test";
import { franc } from "franc-min";
import { sharedPage } from "./support/shared-page";
import { sitemapPaths } from "./support/sitemap";

const paths = sitemapPaths();
const SITE = "https://data-career-guide.org";
const isSpanish = (p: string) => p === "/es/" || p.startsWith("/es/");
const twin = (p: string) => (isSpanish(p) ? p.slice(3) : `/es${p}`);
const pages = paths.filter((p) => p.endsWith("/"));

test("every page in the sitemap has its twin in the other language", () => {
  expect(pages.filter(isSpanish).length).toBeGreaterThan(50);
  expect(pages.filter((p) => !isSpanish(p)).length).toBe(pages.filter(isSpanish).length);
  expect(pages.filter((p) => !paths.includes(twin(p)))).toEqual([]);
});

test("every page names itself and its twin with hreflang, English as x-default", async ({ request }) => {
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    const links = Object.fromEntries(
      [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]),
    );
    const en = isSpanish(path) ? twin(path) : path;
    expect(links, path).toEqual({ en: SITE + en, es: `${SITE}/es${en}`, "x-default": SITE + en });
    expect(html, path).toContain(`<html lang="${isSpanish(path) ? "es" : "en"}"`);
    expect(html, path).toContain(`<meta property="og:locale" content="${isSpanish(path) ? "es_ES" : "en_US"}"`);
  }
});

test.describe("each page's text is in the language its lang attribute names", () => {
  let page: Page;
  test.beforeAll(async ({ browser }, info) => {
    page = await sharedPage(browser, info);
  });
  test.afterAll(async () => page.context().close());

  for (const path of pages) {
    test(path, async () => {
      await page.goto(path);
      // Every block of running text long enough to judge, outside parts marked as another language
      // (an English job title in a Spanish page carries lang="en").
      const blocks = await page.evaluate(() => {
        const lang = document.documentElement.lang;
        return [...document.querySelectorAll("main :is(p, li, h1, h2, h3, td, th, dd, dt, figcaption, summary, legend, label, caption)")]
          .filter((el) => (el.closest("[lang]") as HTMLElement).lang === lang && !el.querySelector("p, li, td"))
          .map((el) => {
            const copy = el.cloneNode(true) as HTMLElement;
            for (const other of copy.querySelectorAll("[lang], code")) other.remove();
            return (copy.textContent ?? "").replace(/\s+/g, " ").trim();
          })
          // Short blocks (headings) and formulas are too short for a trigram detector to judge reliably.
          .filter((text) => text.split(" ").filter((w) => /\p{L}{2}/u.test(w)).length >= 12)
          // A list of names (tools, libraries) is in no language; judge sentences only.
          .filter((text) => text.split(" ").filter((w) => /^[A-Z]/.test(w)).length < text.split(" ").length / 2);
      });
      const unfilled = await page.evaluate(() => document.body.innerText.match(/\{[a-zA-Z]+\}/g) ?? []);
      expect(unfilled, `${path}: placeholders left unfilled`).toEqual([]);
      const want = isSpanish(path) ? "spa" : "eng";
      const wrong = blocks.filter((text) => franc(text, { only: ["eng", "spa"], minLength: 30 }) !== want);
      expect(wrong, `${path}: blocks not in ${want}`).toEqual([]);
      // A page with no block long enough to judge (an empty list says only "No articles here yet")
      // has nothing to detect a language in; its short strings come from the dictionary checked above.
      if (blocks.length > 0) expect(franc(blocks.join(" "), { only: ["eng", "spa"] }), `${path} as a whole`).toBe(want);
    });
  }
});

test.describe("the language switcher", () => {
  test("links to the same page in the other language, marked with that language", async ({ page }) => {
    await page.goto("/roles/data-analyst/");
    const link = page.getByRole("link", { name: "Lee esta página en español" });
    await expect(link).toHaveAttribute("hreflang", "es");
    await expect(link).toHaveAttribute("lang", "es");
    await link.click();
    await expect(page).toHaveURL(/\/es\/roles\/data-analyst\/$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await page.getByRole("link", { name: "Read this page in English" }).click();
    await expect(page).toHaveURL(/\/roles\/data-analyst\/$/);
  });

  test("works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/compare/");
    await page.getByRole("link", { name: "Lee esta página en español" }).click();
    await expect(page).toHaveURL(/\/es\/compare\/$/);
    await context.close();
  });

  test("never redirects by the browser's language", async ({ browser }) => {
    const context = await browser.newContext({ locale: "es-ES", extraHTTPHeaders: { "Accept-Language": "es-ES,es;q=0.9" } });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await context.close();
  });

  test("the chosen theme stays across the switch", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/skills/");
    await page.getByRole("button", { name: "Dark theme" }).click();
    await page.getByRole("link", { name: "Lee esta página en español" }).click();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await expect(page.getByRole("button", { name: "Tema oscuro" })).toHaveAttribute("aria-pressed", "true");
  });
});

test.describe("feeds and search per language", () => {
  test("each language has its own feed, linked from its pages", async ({ page, request }) => {
    await page.goto("/es/");
    const feed = await page.locator('link[type="application/rss+xml"]').getAttribute("href");
    expect(feed).toBe("/es/rss.xml");
    const xml = await (await request.get(feed!)).text();
    expect(xml).toContain("<language>es</language>");
    expect(xml).toContain(`${SITE}/es/articles/`);
    expect(xml).not.toMatch(new RegExp(`<link>${SITE}/articles/`));
  });

  test("a Spanish search finds Spanish pages only, an English one English pages only", async ({ page }) => {
    await page.goto("/es/search/?q=Airflow");
    const es = page.getByRole("list", { name: "Resultados de la búsqueda" }).getByRole("link");
    await expect(es.first()).toBeVisible();
    for (const href of await es.evaluateAll((links) => links.map((a) => a.getAttribute("href")))) expect(href).toMatch(/^\/es\//);
    await page.goto("/search/?q=Airflow");
    const en = page.getByRole("list", { name: "Search results" }).getByRole("link");
    await expect(en.first()).toBeVisible();
    for (const href of await en.evaluateAll((links) => links.map((a) => a.getAttribute("href")))) expect(href).not.toMatch(/^\/es\//);
  });
});
