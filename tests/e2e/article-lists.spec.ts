// The article lists beyond the index, in every language: each role's and each skill area's list
// holds exactly the articles that name it, and is reached from the role page and the skill matrix;
// every list page says where it is (canonical and hreflang of its own address); and the search
// page filters every article by role, skill area and tag, loading the index only when used.
// (Lists of many pages: pagination.spec.ts, on a build with generated articles.)
import type { Page } from "@playwright/test";
import { fill, plural } from "../../src/lib/i18n-format";
import { nameValues } from "../../src/lib/name-forms";
import { ROLE_IDS, type RoleId } from "../../src/lib/roles";
import { expect, expectLinksInLanguage, test, type Edition } from "./support/language";

const titlesIn = (page: Page) => page.locator("main article").getByRole("heading", { level: 2 });
const ORIGIN = /^https?:\/\/[^/]+/;

/** The page's canonical URL points at its own address, and each language's twin is an alternate. */
async function expectOwnAddress(page: Page, path: string, href: (p: string) => string, others: Edition[]) {
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`${ORIGIN.source}${path.replace(/[/.]/g, "\\$&")}$`));
  for (const o of others) {
    const twin = o.href(path.replace(href("/"), "/"));
    await expect(page.locator(`link[rel="alternate"][hreflang="${o.t.common.meta.tag}"]`)).toHaveAttribute("href", new RegExp(`${twin.replace(/[/.]/g, "\\$&")}$`));
  }
}

test("each role's list holds exactly the articles about the role, newest first, and the role page leads there", async ({ page, lang, t, href, content, others }) => {
  for (const id of ROLE_IDS) {
    const about = content.articles.filter((a) => a.roles.includes(id));
    const path = href(`/articles/roles/${id}/`);
    // A role no article is about has no list yet, as a tag no article carries has none.
    expect((await page.goto(path))?.status(), path).toBe(about.length ? 200 : 404);
    if (!about.length) continue;
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    const names = nameValues("role", content.role(id as RoleId));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(fill(t.articles.role.title, names));
    await expect(titlesIn(page)).toHaveText(about.slice(0, 20).map((a) => a.title));
    // The count in a sentence that agrees with it ("One article is about …", "3 articles are about …").
    await expect(page.locator("main")).toContainText(fill(plural(lang, t.articles.role.lede, about.length), names));
    await expect(page.getByRole("link", { name: names["role.text"]!, exact: true }).first()).toHaveAttribute("href", href(`/roles/${id}/`));
    await expectOwnAddress(page, path, href, others);
  }
  await expectLinksInLanguage(page, lang);
});

test("each skill area with articles links from the skill matrix to its list, which holds exactly them", async ({ page, lang, t, href, content }) => {
  await page.goto(href("/skills/"));
  for (const skill of content.skills) {
    const teaching = content.articles.filter((a) => a.skills.includes(skill.id));
    const link = page.locator(`[id="${skill.id}"]`).getByRole("link", { name: plural(lang, t.matrix.areas.articles, teaching.length) });
    await expect(link).toHaveCount(teaching.length ? 1 : 0);
    if (teaching.length) await expect(link).toHaveAttribute("href", href(`/articles/skills/${skill.id}/`));
  }
  for (const skill of content.skills) {
    const teaching = content.articles.filter((a) => a.skills.includes(skill.id));
    const path = href(`/articles/skills/${skill.id}/`);
    expect((await page.goto(path))?.status(), path).toBe(teaching.length ? 200 : 404);
    if (!teaching.length) continue;
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(fill(t.articles.skill.title, { skill: content.skill(skill.id).name }));
    await expect(titlesIn(page)).toHaveText(teaching.slice(0, 20).map((a) => a.title));
    await expect(page.locator("main")).toContainText(plural(lang, t.articles.skill.lede, teaching.length, { area: content.skill(skill.id).name }));
  }
});

test("an article names the skill areas it teaches, each a link to the area's list", async ({ page, t, href, content }) => {
  const article = content.articles.find((a) => a.skills.length > 0)!;
  await page.goto(href(`/articles/${article.id}/`));
  const head = page.locator("article header").first();
  await expect(head).toContainText(t.articles.article.skills);
  for (const id of article.skills) await expect(head.getByRole("link", { name: content.skill(id).name, exact: true })).toHaveAttribute("href", href(`/articles/skills/${id}/`));
});

test("a one-page list shows no page navigation, and every list offers the filters", async ({ page, t, href, content }) => {
  await page.goto(href("/articles/"));
  if (content.articles.length <= 20) await expect(page.getByRole("navigation", { name: t.articles.pages.label })).toHaveCount(0);
  await page.getByRole("link", { name: t.articles.pages.filter }).click();
  await expect(page).toHaveURL(new RegExp(`${href("/search/")}#filters$`));
  await expect(page.getByRole("group", { name: t.search.filters.legend })).toBeVisible();
});

test.describe("the article filters", () => {
  test.use({ serviceWorkers: "block" });

  test("a role lists exactly its articles, with no words typed, and the address keeps the choice", async ({ page, lang, t, href, content }) => {
    const requests: string[] = [];
    page.on("request", (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(href("/search/"));
    // Pagefind loads only when a filter or a search is used.
    expect(requests.filter((p) => p.startsWith("/pagefind/"))).toEqual([]);
    const role = ROLE_IDS.find((id) => content.articles.some((a) => a.roles.includes(id)))!;
    const expected = content.articles.filter((a) => a.roles.includes(role));
    await page.getByLabel(t.search.filters.role, { exact: true }).selectOption(role);
    const results = page.getByRole("list", { name: t.search.results });
    await expect(page.getByRole("status")).toHaveText(plural(lang, t.search.filtered, expected.length));
    await expectTitles(page, results, t, expected.map((a) => a.title));
    expect(requests.some((p) => p.startsWith("/pagefind/"))).toBe(true);
    await expect(page).toHaveURL(new RegExp(`[?&]role=${role}(&|$)`));
    // The address alone brings the same list back.
    await page.reload();
    await expect(page.getByLabel(t.search.filters.role, { exact: true })).toHaveValue(role);
    await expectTitles(page, results, t, expected.map((a) => a.title));
  });

  test("role, skill area and tag combine, and an empty combination says how to widen it", async ({ page, t, href, content }) => {
    const a = content.articles.find((x) => x.skills.length && x.tags.length && x.roles.length)!;
    const [role, skill, tag] = [a.roles[0]!, a.skills[0]!, a.tags[0]!];
    const expected = content.articles.filter((x) => x.roles.includes(role) && x.skills.includes(skill) && x.tags.includes(tag));
    await page.goto(href(`/search/?role=${role}&skill=${skill}&tag=${tag}`));
    await expectTitles(page, page.getByRole("list", { name: t.search.results }), t, expected.map((x) => x.title));
    // A tag no article with this role carries leaves nothing.
    const other = [...new Set(content.articles.flatMap((x) => x.tags))].find((g) => !content.articles.some((x) => x.roles.includes(role) && x.tags.includes(g)));
    if (other) {
      await page.getByLabel(t.search.filters.tag, { exact: true }).selectOption(other);
      await expect(page.getByRole("status")).toHaveText(t.search.noneFiltered);
    }
  });

  test("words and a filter together narrow the words' results to the filtered articles", async ({ page, t, href, content }) => {
    const article = content.articles[0]!;
    const word = article.title.split(/\s+/).find((w) => w.length > 6)!.replace(/[^\p{L}\p{N}-]/gu, "");
    await page.goto(href(`/search/?q=${encodeURIComponent(word)}&tag=${article.tags[0]}`));
    const results = page.getByRole("list", { name: t.search.results });
    await expect(results.getByRole("link", { name: article.title })).toBeVisible();
    // Only articles with the tag: no role page, comparison or untagged article among them.
    for (const title of await results.getByRole("link").allTextContents()) expect(content.articles.find((a) => a.title === title.trim())?.tags).toContain(article.tags[0]);
  });
});

/** The result titles, every batch shown, in any order (Pagefind ranks a filter-only list its own way). */
async function expectTitles(page: Page, results: ReturnType<Page["getByRole"]>, t: Edition["t"], titles: string[]) {
  const more = page.getByRole("button", { name: t.search.more });
  await expect(results.getByRole("link")).toHaveCount(Math.min(titles.length, 10));
  while (await more.isVisible()) await more.click();
  await expect(results.getByRole("link")).toHaveCount(titles.length);
  expect((await results.getByRole("link").allTextContents()).map((s) => s.trim()).sort()).toEqual([...titles].sort());
}

