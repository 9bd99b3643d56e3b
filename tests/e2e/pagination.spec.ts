// Lists of many pages, in every language: a copy of the content with generated articles added (the
// benchmark's, scripts/bench/articles.ts) is built once, and its articles index, a tag's list, a
// role's and a skill area's are read in a browser: the first page at the list's own address, numbered
// navigation to every page, the current page marked, previous and next, each page's title, canonical
// URL and hreflang twins its own, every article listed once across the pages, and nothing past the
// last page.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { generateArticle } from "../../scripts/bench/articles";
import { seeded } from "../../scripts/bench/random";
import { serveStatic, type StaticServer } from "../../scripts/lib/static-server";
import { fill, formatNumber } from "../../src/lib/i18n-format";
import { ARTICLES_PER_PAGE, pagePath } from "../../src/lib/pagination";
import { publishedArticles } from "./support/articles";
import { dictionaryOf } from "./support/language";
import { DEFAULT_LANG, LANGS } from "./support/langs";

/** Enough for four pages of the index, and for the largest tag, role and skill-area lists to run past one page. */
const EXTRA = 3 * ARTICLES_PER_PAGE + 5;
const TOTAL = publishedArticles().length + EXTRA;
const LAST = Math.ceil(TOTAL / ARTICLES_PER_PAGE);

let dir = "";
let server: StaticServer;
/** Per kind of list, its longest list's first page and how many articles it holds. */
const longest: { base: string; count: number }[] = [];

test.describe.configure({ mode: "serial", timeout: 120_000 });

test.beforeAll(async ({}, info) => {
  // It checks every language itself, on a site it builds: once, in the first language's project.
  test.skip(info.project.name !== LANGS[0], "runs in the first language's project, for every language");
  test.setTimeout(600_000);
  dir = mkdtempSync(join(tmpdir(), "pagination-site-"));
  const content = join(dir, "content");
  cpSync(join(process.cwd(), "content"), content, { recursive: true });
  const rng = seeded(20_260_101);
  const counts = new Map<string, number>();
  const count = (base: string) => counts.set(base, (counts.get(base) ?? 0) + 1);
  for (const a of publishedArticles()) {
    for (const tag of a.tags) count(`/articles/tags/${tag}/`);
    for (const role of a.roles) count(`/articles/roles/${role}/`);
    for (const skill of a.skills) count(`/articles/skills/${skill}/`);
  }
  for (let n = 1; n <= EXTRA; n++) {
    const a = generateArticle(rng, n);
    writeFileSync(join(content, "articles", a.file), a.text);
    writeFileSync(join(content, "i18n", "es", "articles", a.file), a.es);
    for (const tag of a.article.tags) count(`/articles/tags/${tag}/`);
    for (const role of a.article.roles) count(`/articles/roles/${role}/`);
    for (const skill of a.article.skills) count(`/articles/skills/${skill}/`);
  }
  for (const kind of ["tags", "roles", "skills"]) {
    const [base, n] = [...counts].filter(([b]) => b.startsWith(`/articles/${kind}/`)).sort((x, y) => y[1] - x[1])[0]!;
    longest.push({ base, count: n });
  }
  // astro build alone: the lists need neither the search index nor the service workers.
  execFileSync(join(process.cwd(), "node_modules", ".bin", "astro"), ["build", "--outDir", join(dir, "dist")], {
    env: { ...process.env, CONTENT_DIR: content },
    stdio: "ignore",
  });
  server = await serveStatic(join(dir, "dist"));
});

test.afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const prefix = (lang: string) => (lang === DEFAULT_LANG ? "" : `/${lang}`);

/** Titles of the articles a list page shows. */
const titles = (page: Page) => page.locator("main article h2").allTextContents();

for (const lang of LANGS) {
  test(`${lang}: the articles index runs over ${LAST} pages, the first at /articles/, with numbered navigation`, async ({ page }) => {
    const t = (await dictionaryOf(lang)).articles;
    const at = (n: number) => `${server.url}${prefix(lang)}${pagePath("/articles/", n)}`;
    const seen: string[] = [];
    for (let n = 1; n <= LAST; n++) {
      expect((await page.goto(at(n)))?.status()).toBe(200);
      const shown = await titles(page);
      expect(shown.length).toBe(n < LAST ? ARTICLES_PER_PAGE : TOTAL - ARTICLES_PER_PAGE * (LAST - 1));
      seen.push(...shown);

      const heading = n === 1 ? t.index.title : fill(t.pages.titled, { title: t.index.title, n: formatNumber(lang, n), count: formatNumber(lang, LAST) });
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await expect(page).toHaveTitle(new RegExp(`^${heading.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} · `));
      // Its own canonical address, and its twin in every other language as an alternate.
      const path = `${prefix(lang)}${pagePath("/articles/", n)}`;
      expect(new URL((await page.locator('link[rel="canonical"]').getAttribute("href"))!).pathname).toBe(path);
      for (const other of LANGS) {
        const tag = (await dictionaryOf(other)).common.meta.tag;
        expect(new URL((await page.locator(`link[rel="alternate"][hreflang="${tag}"]`).getAttribute("href"))!).pathname).toBe(`${prefix(other)}${pagePath("/articles/", n)}`);
      }

      const nav = page.getByRole("navigation", { name: t.pages.label });
      await expect(nav.getByRole("link", { name: fill(t.pages.page, { n: formatNumber(lang, n) }) })).toHaveAttribute("aria-current", "page");
      for (let m = 1; m <= LAST; m++) await expect(nav.getByRole("link", { name: fill(t.pages.page, { n: formatNumber(lang, m) }), exact: true })).toHaveAttribute("href", `${prefix(lang)}${pagePath("/articles/", m)}`);
      await expect(nav.getByRole("link", { name: t.pages.previous })).toHaveCount(n > 1 ? 1 : 0);
      await expect(nav.getByRole("link", { name: t.pages.next })).toHaveCount(n < LAST ? 1 : 0);
    }
    // Every article once, newest first across the pages.
    expect(new Set(seen).size).toBe(TOTAL);
    // Next and previous walk the pages by keyboard.
    await page.goto(at(1));
    await page.getByRole("navigation", { name: t.pages.label }).getByRole("link", { name: t.pages.next }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(at(2));
    // Nothing past the last page.
    expect((await page.goto(at(LAST + 1)))?.status()).toBe(404);
  });

  test(`${lang}: a tag's, a role's and a skill area's lists are paginated the same way`, async ({ page }) => {
    const t = (await dictionaryOf(lang)).articles;
    // The generated articles fill at least one list of each kind past its first page.
    expect(longest.filter((l) => l.count > ARTICLES_PER_PAGE).length).toBeGreaterThan(0);
    for (const { base, count } of longest) {
      await page.goto(`${server.url}${prefix(lang)}${base}`);
      if (count <= ARTICLES_PER_PAGE) {
        await expect(page.getByRole("navigation", { name: t.pages.label }), base).toHaveCount(0);
        continue;
      }
      const nav = page.getByRole("navigation", { name: t.pages.label });
      await expect(nav, base).toBeVisible();
      const next = nav.getByRole("link", { name: t.pages.next });
      await expect(next).toHaveAttribute("href", `${prefix(lang)}${pagePath(base, 2)}`);
      const first = await titles(page);
      await next.click();
      await expect(page).toHaveURL(`${server.url}${prefix(lang)}${pagePath(base, 2)}`);
      const second = await titles(page);
      expect(second.length).toBeGreaterThan(0);
      expect(second.filter((x) => first.includes(x))).toEqual([]);
      expect(new URL((await page.locator('link[rel="canonical"]').getAttribute("href"))!).pathname).toBe(`${prefix(lang)}${pagePath(base, 2)}`);
    }
  });
}
