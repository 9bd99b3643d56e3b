// Article pages, lists and tag pages against the content folder: every published article
// renders with its header, a working table of contents, self-linking headings, its FAQ, its
// neighbours and a next step; components render from data; nothing ships JavaScript.
import { expect, test, type Page } from "@playwright/test";
import { levelLabel, toRange, type LevelSpec } from "../../src/lib/levels";
import { pairSlug, type RoleId } from "../../src/lib/roles";
import { publishedArticles, sourceRoles, sourceSkills, type SourceArticle } from "./support/articles";
import { sitemapPaths } from "./support/sitemap";

const articles = publishedArticles();
const roles = sourceRoles();
const longDate = (d: Date) => new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" }).format(d);
/** The body's own h2 sections (Markdown "## "), outside code. */
const bodySections = (a: SourceArticle) => a.body.match(/^## .+$/gm)?.length ?? 0;

test("the sitemap has a page for every published article and for no other article", () => {
  const inSitemap = sitemapPaths().filter((p) => /^\/articles\/(?!tags\/)[^/]+\/$/.test(p));
  expect(inSitemap.sort()).toEqual(articles.map((a) => `/articles/${a.id}/`).sort());
  expect(articles.length).toBeGreaterThan(0);
});

for (const article of articles) {
  test.describe(`/articles/${article.id}/`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(`/articles/${article.id}/`);
    });

    test("has its header: title, description, date, reading time, related roles and tags", async ({ page }) => {
      const head = page.locator("article header").first();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
      await expect(head).toContainText(article.description);
      await expect(head.locator("time").first()).toHaveText(longDate(article.pubDate));
      await expect(head).toContainText(/\b\d+ min read\b/);
      for (const id of article.roles) await expect(head.getByRole("link", { name: roles.get(id)!.name, exact: true })).toHaveAttribute("href", `/roles/${id}/`);
      const tags = head.getByRole("list", { name: "Tags" }).getByRole("link");
      await expect(tags).toHaveText(article.tags);
    });

    test("its table of contents links resolve to the headings they name", async ({ page }) => {
      const toc = page.getByRole("navigation", { name: "Table of contents" });
      const expected = bodySections(article) + (article.faq.length ? 1 : 0);
      if (expected < 4) {
        await expect(toc).toHaveCount(0);
        return;
      }
      const links = toc.getByRole("link");
      await expect(links).toHaveCount(expected);
      for (const link of await links.all()) {
        const href = await link.getAttribute("href");
        expect(href).toMatch(/^#[\w-]+$/);
        const target = page.locator(`[id="${href!.slice(1)}"]`);
        await expect(target, `${href} names one element`).toHaveCount(1);
        expect(await target.evaluate((el) => el.tagName)).toBe("H2");
        await expect(target).toHaveText((await link.textContent())!.trim());
      }
      // Following a link lands on its heading.
      const last = links.last();
      const href = (await last.getAttribute("href"))!;
      await last.click();
      await expect(page).toHaveURL(new RegExp(`${href}$`));
      await expect(page.locator(href)).toBeInViewport();
    });

    test("every section heading has a named link to itself, shown on keyboard focus", async ({ page }) => {
      // Every h2 and h3 of the body, the FAQ and the closing section sits in a wrapper with its link
      // (the link is beside the heading, since several sections may share a heading's words).
      // (Headings inside components, such as a role card's name, have no id and are not sections.)
      const headings = page.locator("article .body :is(h2, h3)[id]");
      const wrapped = page.locator("article .body .anchored");
      expect(await headings.count()).toBeGreaterThan(0);
      await expect(wrapped).toHaveCount(await headings.count());
      for (const w of await wrapped.all()) {
        const h = w.locator(":is(h2, h3)");
        const id = (await h.getAttribute("id"))!;
        const text = (await h.textContent())!.trim();
        const anchor = w.getByRole("link");
        await expect(anchor, `anchor for "${text}"`).toHaveAccessibleName(`Link to section: ${text}`);
        await expect(anchor).toHaveAttribute("href", `#${id}`);
      }
      const first = page.locator("article .body a.anchor").first();
      await expect(first).toHaveCSS("opacity", "0");
      await page.keyboard.press("Tab"); // keyboard modality, so focus() below counts as :focus-visible
      await first.focus();
      await expect(first).toHaveCSS("opacity", "1");
    });

    test("shows its FAQ, a next step, and its neighbours in time", async ({ page }) => {
      const faq = page.getByRole("region", { name: "Questions and answers" });
      if (article.faq.length === 0) await expect(faq).toHaveCount(0);
      else {
        await expect(faq.getByRole("heading", { level: 2 })).toHaveText("Questions and answers");
        await expect(faq.getByRole("heading", { level: 3 })).toHaveText(article.faq.map((f) => f.question));
        for (const f of article.faq) await expect(faq).toContainText(f.answer);
      }

      const next = page.getByRole("region", { name: "Keep exploring" });
      await expect(next.getByRole("link", { name: "Take the quiz" })).toHaveAttribute("href", "/quiz/");
      for (const id of article.roles) await expect(next.getByRole("link", { name: roles.get(id)!.name, exact: true })).toHaveAttribute("href", `/roles/${id}/`);

      const i = articles.indexOf(article);
      const pager = page.getByRole("navigation", { name: "Previous and next articles" });
      const older = articles[i + 1];
      const newer = articles[i - 1];
      if (older) await expect(pager.getByRole("link", { name: /^Previous article/ })).toHaveAttribute("href", `/articles/${older.id}/`);
      else await expect(pager.getByRole("link", { name: /^Previous article/ })).toHaveCount(0);
      if (newer) await expect(pager.getByRole("link", { name: /^Next article/ })).toHaveAttribute("href", `/articles/${newer.id}/`);
      else await expect(pager.getByRole("link", { name: /^Next article/ })).toHaveCount(0);
    });

    test("renders every component its MDX uses, without JavaScript", async ({ page }) => {
      for (const m of article.body.matchAll(/<CompareLink a="([\w-]+)" b="([\w-]+)"/g)) {
        const href = `/compare/${pairSlug(m[1] as RoleId, m[2] as RoleId)}/`;
        const link = page.locator(`article a[href="${href}"]`).first();
        await expect(link).toContainText(roles.get(m[1]!)!.name);
        await expect(link).toContainText(roles.get(m[2]!)!.name);
      }
      for (const m of article.body.matchAll(/<Figure caption="([^"]+)"/g))
        await expect(page.locator("figure").filter({ has: page.locator("figcaption", { hasText: m[1]! }) })).toHaveCount(1);
      for (const m of article.body.matchAll(/<Callout type="(\w+)"(?: title="([^"]+)")?/g)) {
        const kind = { note: "Note", tip: "Tip", caution: "Caution" }[m[1]!]!;
        const callout = page.getByRole("complementary", { name: m[2] ? `${kind}: ${m[2]}` : kind, exact: true });
        await expect(callout.getByText(kind, { exact: true })).toBeVisible();
      }
      const ctas = article.body.match(/<QuizCTA\s*\/>/g)?.length ?? 0;
      await expect(page.getByRole("complementary", { name: "Take the quiz" }).getByRole("link", { name: "Take the quiz" })).toHaveCount(ctas);
      for (const m of article.body.matchAll(/<RoleCard role="([\w-]+)"/g))
        await expect(page.locator("article .body").getByRole("heading", { name: roles.get(m[1]!)!.name, exact: true }).first()).toBeVisible();

      // Only the site-wide inline theme script (and, later, JSON-LD data) may appear.
      await expect(page.locator("script[src]")).toHaveCount(0);
      expect(await page.locator('script:not([type="application/ld+json"])').count()).toBeLessThanOrEqual(1);
    });

    test("fits a 375px screen without sideways scrolling", async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 800 });
      const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      expect(scroll).toBeLessThanOrEqual(client);
    });
  });
}

/** Every SkillMatrix an article uses shows exactly the role data for the roles and skills it asks for. */
async function checkMatrices(page: Page, article: SourceArticle) {
  const skills = sourceSkills();
  const uses = [...article.body.matchAll(/<SkillMatrix([^>]*)\/>/g)].map((m) => {
    const list = (prop: string) => {
      const v = new RegExp(`${prop}=\\{(\\[[^\\]]*\\])\\}`).exec(m[1]!)?.[1];
      return v ? (JSON.parse(v) as string[]) : undefined;
    };
    return { roles: list("roles") ?? [...roles.keys()], skills: list("skills") ?? [...skills.keys()] };
  });
  const tables = page.locator("table.skill-matrix");
  await expect(tables).toHaveCount(uses.length);
  for (const [n, use] of uses.entries()) {
    const table = tables.nth(n);
    const columns = table.locator("thead th");
    await expect(columns).toHaveCount(use.roles.length + 1);
    for (const id of use.roles) await expect(columns.filter({ hasText: roles.get(id)!.name })).toHaveCount(1);
    await expect(table.locator("tbody tr")).toHaveCount(use.skills.length);
    for (const skill of use.skills) {
      const row = table.locator("tbody tr").filter({ has: page.getByRole("rowheader", { name: skills.get(skill)!, exact: true }) });
      await expect(row, `row ${skill}`).toHaveCount(1);
      for (const id of use.roles) {
        const rating = roles.get(id)!.skills[skill]!;
        const cell = row.locator(`td[data-role="${id}"]`);
        await expect(cell.locator(".word"), `${id} / ${skill}`).toHaveText(levelLabel(toRange(rating.level as LevelSpec)));
      }
    }
  }
  return uses.length;
}

test("the first article's skill matrix equals the role data", async ({ page }) => {
  const first = articles.find((a) => a.id === "data-analyst-vs-data-scientist-vs-ml-engineer");
  expect(first, "the comparison article is published").toBeDefined();
  await page.goto(`/articles/${first!.id}/`);
  expect(await checkMatrices(page, first!)).toBeGreaterThan(0);
});

test("every other article's skill matrices equal the role data", async ({ page }) => {
  for (const article of articles) {
    await page.goto(`/articles/${article.id}/`);
    await checkMatrices(page, article);
  }
});

test("/articles/ lists every published article, newest first, with date, reading time, description and tags", async ({ page }) => {
  await page.goto("/articles/");
  const items = page.locator("main article");
  await expect(items.getByRole("heading", { level: 2 })).toHaveText(articles.map((a) => a.title));
  for (const [i, a] of articles.entries()) {
    const item = items.nth(i);
    await expect(item.getByRole("link", { name: a.title })).toHaveAttribute("href", `/articles/${a.id}/`);
    await expect(item.locator("time").first()).toHaveText(longDate(a.pubDate));
    await expect(item).toContainText(/\b\d+ min read\b/);
    await expect(item).toContainText(a.description);
    await expect(item.getByRole("list", { name: "Tags" }).getByRole("link")).toHaveText(a.tags);
  }
});

test("each tag page lists exactly the published articles with that tag", async ({ page }) => {
  const tags = [...new Set(articles.flatMap((a) => a.tags))];
  const tagPages = sitemapPaths().filter((p) => p.startsWith("/articles/tags/"));
  expect(tagPages.sort()).toEqual(tags.map((t) => `/articles/tags/${t}/`).sort());
  for (const tag of tags) {
    await page.goto(`/articles/tags/${tag}/`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(tag);
    await expect(page.locator("main article").getByRole("heading", { level: 2 })).toHaveText(articles.filter((a) => a.tags.includes(tag)).map((a) => a.title));
  }
  // A tag on an article leads to its page.
  await page.goto(`/articles/${articles[0]!.id}/`);
  await page.locator("article header").getByRole("list", { name: "Tags" }).getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`/articles/tags/${articles[0]!.tags[0]}/$`));
});
