// Site search against the built Pagefind index: a role's tool finds the role's page, the address and
// the header form carry the query, results are announced, excerpts highlight only as <mark>, the
// index holds only the pages it should (never the header or footer), and Pagefind loads only when
// someone searches.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { expect, test, type Page } from "@playwright/test";
import { parse } from "yaml";
import { isSearchable } from "../../src/lib/search-scope";
import { CONTENT, sourceArticles } from "./support/articles";
import { DIST, sitemapPaths } from "./support/sitemap";
import { axeViolations } from "./support/axe";

const box = (page: Page) => page.getByRole("searchbox", { name: /Search the roles/ });
const status = (page: Page) => page.locator("site-search").getByRole("status");
const results = (page: Page) => page.getByRole("list", { name: "Search results" });

async function search(page: Page, query: string): Promise<void> {
  await page.goto("/search/");
  await box(page).fill(query);
  await expect(status(page)).toHaveText(/match/, { timeout: 15_000 }); // the first search loads Pagefind and its WebAssembly
}

/** The role's front matter, read from the content the site was built from. */
function role(id: string): { name: string; tools: { items: string[] }[] } {
  const text = readFileSync(join(CONTENT, "roles", `${id}.md`), "utf8");
  return parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as ReturnType<typeof role>;
}

test("searching for a role's tool finds that role's page", async ({ page }) => {
  const engineer = role("data-engineer");
  expect(engineer.tools.flatMap((t) => t.items).join(" ")).toMatch(/Airflow/);
  await search(page, "Airflow");
  const link = results(page).getByRole("link", { name: new RegExp(engineer.name) });
  await expect(link.and(page.locator('[href="/roles/data-engineer/"]'))).toBeVisible();
});

test("an article's title words find it, with the count announced and the matches marked", async ({ page }) => {
  const article = sourceArticles().find((a) => !a.draft)!;
  const word = article.title.split(/[^\p{L}\p{N}]+/u).sort((a, b) => b.length - a.length)[0]!;
  await search(page, word);
  await expect(status(page)).toHaveText(/^Found \d+ pages? matching “.+”\.$/);
  await expect(status(page)).toHaveAttribute("role", "status");
  const item = results(page).getByRole("listitem").filter({ has: page.getByRole("link", { name: article.title, exact: true }) });
  await expect(item).toHaveCount(1);
  await expect(item.getByRole("link")).toHaveAttribute("href", `/articles/${article.id}/`);
  await expect(item.getByText("Article", { exact: true })).toBeVisible();
  // The excerpt's only elements are the highlighted words.
  const excerpt = item.locator("p").last();
  await expect(excerpt.locator("mark").first()).toBeVisible();
  expect(new Set(await excerpt.evaluate((p) => [...p.querySelectorAll("*")].map((e) => e.localName)))).toEqual(new Set(["mark"]));
  const count = Number((await status(page).textContent())!.match(/\d+/)![0]);
  await expect(results(page).getByRole("listitem")).toHaveCount(Math.min(count, 10));
});

test("a query nobody wrote says so, and the page offers the sections to browse", async ({ page }) => {
  await search(page, "qzxjvwk");
  await expect(status(page)).toHaveText(/^No pages match “qzxjvwk”/);
  await expect(results(page).getByRole("listitem")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "The six roles" })).toHaveAttribute("href", "/roles/");
});

test("when search cannot load, the page says so, and a later search tries again", async ({ page }) => {
  let fail = true;
  await page.route("**/pagefind/pagefind.js", (route) => (fail ? route.fulfill({ status: 503, body: "" }) : route.continue()));
  await page.goto("/search/");
  await box(page).fill("data");
  await expect(status(page)).toHaveText(/^Search could not load/);
  await expect(results(page).getByRole("listitem")).toHaveCount(0);
  fail = false;
  await box(page).fill("SQL");
  await expect(status(page)).toHaveText(/matching “SQL”/);
});

test("?q= in the address runs the search, and typing keeps the address in step", async ({ page }) => {
  await page.goto("/search/?q=Airflow");
  await expect(box(page)).toHaveValue("Airflow");
  await expect(status(page)).toHaveText(/matching “Airflow”/);
  await box(page).fill("statistics");
  await expect(status(page)).toHaveText(/matching “statistics”/);
  await expect(page).toHaveURL(/\/search\/\?q=statistics$/);
});

test("the header's search form takes a query from any page to the results", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/skills/");
  const header = page.getByRole("search", { name: "Site" });
  await header.getByRole("searchbox", { name: "Search the site" }).fill("Airflow");
  await header.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search\/\?q=Airflow$/);
  await expect(status(page)).toHaveText(/matching “Airflow”/);
});

test("on a narrow screen the menu's Search link stands in for the header form", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/");
  await expect(page.getByRole("search", { name: "Site" })).toBeHidden();
  await page.getByText("Menu", { exact: true }).click();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search\/$/);
  await expect(box(page)).toBeVisible();
});

test("Pagefind loads only once someone searches, and only on the search page", async ({ page }) => {
  const loaded: string[] = [];
  page.on("request", (r) => new URL(r.url()).pathname.startsWith("/pagefind/") && loaded.push(new URL(r.url()).pathname));
  await page.goto("/skills/", { waitUntil: "networkidle" });
  await page.goto("/search/", { waitUntil: "networkidle" });
  expect(loaded).toEqual([]);
  await box(page).fill("SQL");
  await expect(status(page)).toHaveText(/match/);
  expect(loaded).toContain("/pagefind/pagefind.js");
});

test("keyboard: the more-results button moves focus to the first new result", async ({ page }) => {
  await search(page, "data");
  const count = Number((await status(page).textContent())!.match(/\d+/)?.[0] ?? 0);
  test.skip(count <= 10, "fewer than eleven pages match, so there is no second batch");
  await page.getByRole("button", { name: "More results" }).click();
  await expect(results(page).getByRole("listitem").nth(10).getByRole("link")).toBeFocused();
});

test("without JavaScript the page says search needs it, hides the form, and links to every section it covers", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/search/?q=Airflow");
  await expect(page.getByText(/Search runs in your browser, so it needs JavaScript/)).toBeVisible();
  await expect(box(page)).toBeHidden();
  for (const href of ["/roles/", "/compare/", "/articles/", "/skills/"])
    await expect(page.getByRole("region", { name: "Browse instead" }).locator(`a[href="${href}"]`)).toBeVisible();
  await context.close();
});

for (const scheme of ["light", "dark"] as const)
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });
    test("results pass axe's WCAG 2.2 AA checks", async ({ page }) => {
      await search(page, "data");
      await expect(results(page).getByRole("listitem").first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  });

test("the search page's own script weighs at most 2 KB gzipped, Pagefind's files aside", async ({ page, request }) => {
  await page.goto("/search/");
  const scripts = await page.locator("script[type='module']").evaluateAll((els) =>
    els.map((e) => ({ src: (e as HTMLScriptElement).src, text: e.textContent ?? "" })),
  );
  expect(scripts.length).toBeGreaterThan(0);
  let total = 0;
  for (const { src, text } of scripts) {
    expect(src.includes("/pagefind/"), "Pagefind is imported on first search, never loaded up front").toBe(false);
    total += gzipSync(src ? await (await request.get(src)).body() : Buffer.from(text), { level: 9 }).length;
  }
  console.log(`search JavaScript: ${total} bytes gzipped`);
  expect(total).toBeLessThanOrEqual(2 * 1024);
});

test.describe("what the index holds", () => {
  const paths = sitemapPaths();
  const html = (path: string) => readFileSync(join(DIST, path, "index.html"), "utf8");

  test("exactly the role, comparison, article and skill matrix pages mark their <main> for indexing", () => {
    const indexed = paths.filter((p) => /<main[^>]*data-pagefind-body/.test(html(p)));
    // A Spanish page is indexed exactly when its English twin is.
    expect(indexed).toEqual(paths.filter((p) => isSearchable(p.replace(/^\/es\//, "/"))));
    expect(indexed).toContain("/skills/");
    for (const p of indexed) expect(html(p).match(/data-pagefind-body/g), p).toHaveLength(1);
  });

  test("text from the header and the footer finds nothing: they are never indexed", async ({ page }) => {
    const words = (s: string) => s.replace(/<[^>]+>/g, " ").replace(/&[a-z#0-9]+;/gi, " ").split(/\s+/).filter(Boolean);
    const region = (open: string, tag: string) => words(new RegExp(`<${open}[\\s\\S]*?</${tag}>`).exec(html("/"))![0]);
    // The menu's labels in a row, and the footer's opening words: phrases no page's content has.
    const phrases = [region('nav[^>]*aria-label="Main"', "nav").join(" "), region('footer class="site-footer"', "footer").slice(0, 6).join(" ")];
    const mains = paths.filter((p) => isSearchable(p)).map((p) => words(/<main[\s\S]*<\/main>/.exec(html(p))![0]).join(" ").toLowerCase());
    for (const phrase of phrases) {
      expect(phrase.split(" ").length, phrase).toBeGreaterThan(3);
      expect(mains.filter((m) => m.includes(phrase.toLowerCase())), phrase).toEqual([]);
      await search(page, `"${phrase}"`);
      await expect(status(page), phrase).toHaveText(/^No pages match/);
    }
  });
});
