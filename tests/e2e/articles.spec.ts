// Article pages, lists and tag pages in every language, against the content folder (and its
// translation): every published article renders with its header, a working table of contents,
// self-linking headings, its FAQ, its neighbours and a next step; components render from data in
// the page's language; links stay in the page's language and no other language's words are left;
// nothing ships JavaScript.
import type { Page } from "@playwright/test";
import { parse } from "yaml";
import { fill, formatDate, plural } from "../../src/lib/i18n-format";
import { pairSlug, type RoleId } from "../../src/lib/roles";
import { ARTICLES_PER_PAGE } from "../../src/lib/pagination";
import { publishedArticles, type SourceArticle } from "./support/articles";
import { expect, expectLinksInLanguage, expectNoOtherLanguage, templatePattern, test, type Edition } from "./support/language";
import { contentsLinks } from "./support/contents";
import { sitemapPaths } from "./support/sitemap";

/** The ids of the published articles: every language publishes each one (newest first). */
const ARTICLES = publishedArticles().map((a) => a.id);
/** Every link's accessible name in an aria snapshot (YAML: `- link "name":` or a quoted key). */
function linkNames(snapshot: string): Set<string> {
  const names = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === "string") {
      const m = /^link "(.*)"$/.exec(v);
      if (m) names.add(JSON.parse(`"${m[1]}"`) as string);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(k), walk(x);
  };
  walk(parse(snapshot));
  return names;
}
/** The body's own h2 sections (Markdown "## "), outside code. */
const bodySections = (a: SourceArticle) => a.body.match(/^## .+$/gm)?.length ?? 0;
const tagLabel = (t: Edition["t"], tag: string) => (t.articles.tags as Record<string, string>)[tag] ?? tag;
const readingTime = (t: Edition["t"]) => templatePattern(t.articles.dates.readingTime.other, { n: "\\d+" });

test("the sitemap has a page for every published article and tag, and for no other article", ({ content, href }) => {
  const paths = sitemapPaths();
  const articles = content.articles;
  expect(articles.length).toBeGreaterThan(0);
  const inSitemap = paths.filter((p) => p.startsWith(href("/articles/")) && /\/articles\/(?!tags\/|roles\/|skills\/|\d+\/)[^/]+\/$/.test(p));
  expect(inSitemap.sort()).toEqual(articles.map((a) => href(`/articles/${a.id}/`)).sort());
  const tags = [...new Set(articles.flatMap((a) => a.tags))];
  expect(paths.filter((p) => p.startsWith(href("/articles/tags/"))).sort()).toEqual(tags.map((tag) => href(`/articles/tags/${tag}/`)).sort());
});

for (const id of ARTICLES) {
  test.describe(`the article ${id}`, () => {
    test.beforeEach(async ({ page, href }) => {
      await page.goto(href(`/articles/${id}/`));
    });

    test("has its header: title, description, date, reading time, related roles and tags", async ({ page, lang, t, href, content }) => {
      const article = content.articles.find((a) => a.id === id)!;
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      const head = page.locator("article header").first();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
      await expect(head).toContainText(article.description);
      await expect(head.locator("time").first()).toHaveText(formatDate(lang, article.pubDate));
      await expect(head).toContainText(fill(t.articles.dates.published, { date: formatDate(lang, article.pubDate) }));
      await expect(head).toContainText(readingTime(t));
      await expect(head).toContainText(t.articles.article.roles);
      // After the label, the roles as running text writes them (a tag may carry the same words, so the line itself).
      const rolesLine = head.locator("p").filter({ hasText: t.articles.article.roles });
      for (const r of article.roles) await expect(rolesLine.getByRole("link", { name: content.role(r as RoleId).forms.text, exact: true })).toHaveAttribute("href", href(`/roles/${r}/`));
      const tags = head.getByRole("list", { name: t.articles.tagList.label }).getByRole("link");
      await expect(tags).toHaveText(article.tags.map((tag) => tagLabel(t, tag)));
      for (const [n, tag] of article.tags.entries()) await expect(tags.nth(n)).toHaveAttribute("href", href(`/articles/tags/${tag}/`));
    });

    test("its table of contents links resolve to the headings they name", async ({ page, t, content }) => {
      const article = content.articles.find((a) => a.id === id)!;
      const toc = page.getByRole("navigation", { name: t.articles.toc.label });
      const expected = bodySections(article) + (article.faq.length ? 1 : 0);
      if (expected < 4) {
        await expect(toc).toHaveCount(0);
        return;
      }
      await expect(toc.getByText(t.articles.toc.title, { exact: true })).toBeVisible();
      const links = toc.getByRole("link");
      const entries = await contentsLinks(toc);
      expect(entries).toHaveLength(expected);
      for (const e of entries) {
        expect(e.href).toMatch(/^#[\p{L}\p{N}_-]+$/u);
        expect(e.targets, `${e.href} names one element`).toBe(1);
        expect([e.tag, e.targetText], e.href).toEqual(["H2", e.text]);
      }
      if (article.faq.length) expect(entries.at(-1)!.text).toBe(t.articles.faq.heading);
      // Following a link lands on its heading.
      const last = links.last();
      const href = (await last.getAttribute("href"))!;
      await last.click();
      await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toBe(href);
      await expect(page.locator(`[id="${href.slice(1)}"]`)).toBeInViewport();
    });

    test("every section heading has a named link to itself, shown on keyboard focus", async ({ page, t }) => {
      // Every h2 and h3 of the body, the FAQ and the closing section sits in a wrapper with its link
      // (the link is beside the heading, since several sections may share a heading's words).
      // (Headings inside components, such as a role card's name, have no id and are not sections.)
      const headings = page.locator("article .body :is(h2, h3)[id]");
      expect(await headings.count()).toBeGreaterThan(0);
      const wrapped = await page.locator("article .body .anchored").evaluateAll((ws) =>
        ws.map((w) => {
          const h = w.querySelector(":is(h2, h3)");
          return { id: h?.id, text: h?.textContent?.trim() ?? "", href: [...w.querySelectorAll("a")].map((a) => a.getAttribute("href")) };
        }),
      );
      expect(wrapped).toHaveLength(await headings.count());
      // The links' accessible names, all read at once from the accessibility tree.
      const names = linkNames(await page.locator("main").ariaSnapshot());
      for (const w of wrapped) {
        expect(w.href, `the link beside "${w.text}"`).toEqual([`#${w.id}`]);
        expect(names.has(fill(t.articles.mdx.anchor, { heading: w.text })), `the link to "${w.text}" is named for it`).toBe(true);
      }
      const first = page.locator("article .body a.anchor").first();
      await expect(first).toHaveCSS("opacity", "0");
      await page.keyboard.press("Tab"); // keyboard modality, so focus() below counts as :focus-visible
      await first.focus();
      await expect(first).toHaveCSS("opacity", "1");
    });

    test("shows its FAQ, a next step, and its neighbours in time", async ({ page, t, href, content, named }) => {
      const articles = content.articles;
      const article = articles.find((a) => a.id === id)!;
      const faq = page.getByRole("region", { name: t.articles.faq.heading });
      if (article.faq.length === 0) await expect(faq).toHaveCount(0);
      else {
        await expect(faq.getByRole("heading", { level: 2 })).toHaveText(t.articles.faq.heading);
        await expect(faq.getByRole("heading", { level: 3 })).toHaveText(article.faq.map((f) => f.question));
        for (const f of article.faq) await expect(faq).toContainText(f.answer);
      }

      const next = page.getByRole("region", { name: t.articles.next.heading });
      await expect(next.getByRole("link", { name: t.articles.next.quizLink })).toHaveAttribute("href", href("/quiz/"));
      for (const r of article.roles) await expect(next.getByRole("link", { name: content.role(r as RoleId).forms.text, exact: true })).toHaveAttribute("href", href(`/roles/${r}/`));
      const [a, b] = article.roles as RoleId[];
      if (a && b)
        await expect(next.getByRole("link", { name: fill(t.articles.next.compareLink, { ...named(content.role(a), "a"), ...named(content.role(b), "b") }) })).toHaveAttribute(
          "href",
          href(`/compare/${pairSlug(a, b)}/`),
        );

      const i = articles.indexOf(article);
      const pager = page.getByRole("navigation", { name: t.articles.pager.label });
      const older = articles[i + 1];
      const newer = articles[i - 1];
      const previous = pager.getByRole("link", { name: new RegExp(`^${t.articles.pager.previous}`) });
      const following = pager.getByRole("link", { name: new RegExp(`^${t.articles.pager.next}`) });
      if (older) await expect(previous).toHaveAttribute("href", href(`/articles/${older.id}/`));
      else await expect(previous).toHaveCount(0);
      if (newer) await expect(following).toHaveAttribute("href", href(`/articles/${newer.id}/`));
      else await expect(following).toHaveCount(0);
      for (const [rel, other] of [["prev", older], ["next", newer]] as const) if (other) await expect(pager.locator(`a[rel="${rel}"]`)).toContainText(other.title);
    });

    test("renders every component its MDX uses in the page's language, without JavaScript", async ({ page, t, href, content, named }) => {
      const article = content.articles.find((a) => a.id === id)!;
      const mdx = t.articles.mdx;
      for (const m of article.body.matchAll(/<CompareLink a="([\w-]+)" b="([\w-]+)"/g)) {
        const link = page.locator(`article a[href="${href(`/compare/${pairSlug(m[1] as RoleId, m[2] as RoleId)}/`)}"]`).first();
        await expect(link).toContainText(mdx.compareLink.kicker);
        // The pair as its comparison page titles it, in the canonical order.
        const [x, y] = pairSlug(m[1] as RoleId, m[2] as RoleId).split("-vs-") as [RoleId, RoleId];
        await expect(link).toContainText(fill(t.compare.vs, { ...named(content.role(x), "a"), ...named(content.role(y), "b") }));
      }
      for (const m of article.body.matchAll(/<Figure caption="([^"]+)"/g))
        await expect(page.locator("figure").filter({ has: page.locator("figcaption", { hasText: m[1]! }) })).toHaveCount(1);
      for (const m of article.body.matchAll(/<Callout type="(\w+)"(?: title="([^"]+)")?/g)) {
        const kind = mdx.callout[m[1] as "note" | "tip" | "caution"];
        const callout = page.getByRole("complementary", { name: m[2] ? fill(mdx.callout.withTitle, { kind, title: m[2] }) : kind, exact: true });
        await expect(callout.getByText(kind, { exact: true })).toBeVisible();
      }
      const ctas = article.body.match(/<QuizCTA\s*\/>/g)?.length ?? 0;
      const cta = page.getByRole("complementary", { name: mdx.quizCta.label });
      await expect(cta.getByRole("link", { name: mdx.quizCta.button })).toHaveCount(ctas);
      if (ctas) {
        await expect(cta.first()).toContainText(mdx.quizCta.lead);
        await expect(cta.first().getByRole("link", { name: mdx.quizCta.button })).toHaveAttribute("href", href("/quiz/"));
      }
      for (const m of article.body.matchAll(/<RoleCard role="([\w-]+)"/g))
        await expect(page.locator("article .body").getByRole("heading", { name: content.name(m[1] as RoleId), exact: true }).first()).toBeVisible();
      const tableName = new RegExp(`^(${mdx.table.label}|${fill(mdx.table.withColumns, { columns: ".+" })})$`);
      for (const table of await page.locator("article .md-table").all()) await expect(table).toHaveAttribute("aria-label", tableName);

      // Only the site-wide inline theme script (and, later, JSON-LD data) may appear.
      await expect(page.locator("script[src]")).toHaveCount(0);
      expect(await page.locator('script:not([type="application/ld+json"])').count()).toBeLessThanOrEqual(1);
    });

    test("keeps its links and words in its language, and fits a 375px screen without sideways scrolling", async ({ page, lang }) => {
      await expectLinksInLanguage(page, lang);
      await expectNoOtherLanguage(page, lang, ["articles"]);
      await page.setViewportSize({ width: 375, height: 800 });
      const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      expect(scroll).toBeLessThanOrEqual(client);
    });
  });
}

/** Every SkillMatrix an article uses shows exactly the role data for the roles and skills it asks for, in the page's words. */
async function checkMatrices(page: Page, article: SourceArticle, { content, level }: Pick<Edition, "content" | "level">) {
  const uses = [...article.body.matchAll(/<SkillMatrix([^>]*)\/>/g)].map((m) => {
    const list = (prop: string) => {
      const v = new RegExp(`${prop}=\\{(\\[[^\\]]*\\])\\}`).exec(m[1]!)?.[1];
      return v ? (JSON.parse(v) as string[]) : undefined;
    };
    return { roles: (list("roles") ?? content.roles.map((r) => r.id)) as RoleId[], skills: list("skills") ?? content.skills.map((s) => s.id) };
  });
  const tables = page.locator("table.skill-matrix");
  await expect(tables).toHaveCount(uses.length);
  for (const [n, use] of uses.entries()) {
    const table = tables.nth(n);
    const columns = table.locator("thead th");
    await expect(columns).toHaveCount(use.roles.length + 1);
    for (const id of use.roles) await expect(columns.filter({ hasText: content.name(id) })).toHaveCount(1);
    // Read in one pass: each row's skill area and its level word per role.
    const rows = await table.locator("tbody tr").evaluateAll((trs) =>
      trs.map((tr) => ({
        skill: tr.querySelector("th")?.textContent?.trim(),
        words: Object.fromEntries([...tr.querySelectorAll("td[data-role]")].map((td) => [(td as HTMLElement).dataset["role"], td.querySelector(".word")?.textContent?.trim()])),
      })),
    );
    expect(rows).toHaveLength(use.skills.length);
    for (const skill of use.skills) {
      const row = rows.filter((r) => r.skill === content.skill(skill).name);
      expect(row, `row ${skill}`).toHaveLength(1);
      for (const id of use.roles) expect(row[0]!.words[id], `${id} / ${skill}`).toBe(level(content.role(id).skills[skill]!.level));
    }
  }
  return uses.length;
}

test("the first article's skill matrix equals the role data", async ({ page, href, ed }) => {
  const first = ed.content.articles.find((a) => a.id === "data-analyst-vs-data-scientist-vs-ml-engineer");
  expect(first, "the comparison article is published").toBeDefined();
  await page.goto(href(`/articles/${first!.id}/`));
  expect(await checkMatrices(page, first!, ed)).toBeGreaterThan(0);
});

test("every other article's skill matrices equal the role data", async ({ page, href, ed }) => {
  for (const article of ed.content.articles) {
    await page.goto(href(`/articles/${article.id}/`));
    await checkMatrices(page, article, ed);
  }
});

test("/articles/ lists the newest published articles, newest first, with date, reading time, description, tags and the feed", async ({ page, lang, t, href, content }) => {
  // Its first page: the rest follow on /articles/2/ and on (pagination.spec.ts).
  const articles = content.articles.slice(0, ARTICLES_PER_PAGE);
  await page.goto(href("/articles/"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.articles.index.title);
  await expect(page.getByRole("link", { name: t.articles.index.feed })).toHaveAttribute("href", href("/rss.xml"));
  const items = page.locator("main article");
  await expect(items.getByRole("heading", { level: 2 })).toHaveText(articles.map((a) => a.title));
  for (const [i, a] of articles.entries()) {
    const item = items.nth(i);
    await expect(item.getByRole("link", { name: a.title })).toHaveAttribute("href", href(`/articles/${a.id}/`));
    await expect(item.locator("time").first()).toHaveText(formatDate(lang, a.pubDate));
    await expect(item).toContainText(readingTime(t));
    await expect(item).toContainText(a.description);
    await expect(item.getByRole("list", { name: t.articles.tagList.label }).getByRole("link")).toHaveText(a.tags.map((tag) => tagLabel(t, tag)));
  }
  const index = page.getByRole("navigation", { name: t.articles.index.byTag });
  const counts = new Map<string, number>();
  for (const a of content.articles) for (const tag of a.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  await expect(index.getByRole("link")).toHaveCount(counts.size);
  for (const [tag, count] of counts) await expect(index.getByRole("link", { name: `${tagLabel(t, tag)} (${count})`, exact: true })).toHaveAttribute("href", href(`/articles/tags/${tag}/`));
  await expectLinksInLanguage(page, lang);
});

test("each tag page names its tag and lists exactly the published articles with that tag", async ({ page, lang, t, href, content }) => {
  const articles = content.articles;
  for (const tag of new Set(articles.flatMap((a) => a.tags))) {
    const tagged = articles.filter((a) => a.tags.includes(tag));
    await page.goto(href(`/articles/tags/${tag}/`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(fill(t.articles.tag.title, { tag: tagLabel(t, tag) }));
    await expect(page.locator("main")).toContainText(plural(lang, t.articles.tag.lede, tagged.length).split("{all}")[0]!.trim());
    await expect(page.getByRole("link", { name: t.articles.tag.all })).toHaveAttribute("href", href("/articles/"));
    await expect(page.locator("main article").getByRole("heading", { level: 2 })).toHaveText(tagged.slice(0, ARTICLES_PER_PAGE).map((a) => a.title));
  }
  // A tag on an article leads to its page.
  await page.goto(href(`/articles/${articles[0]!.id}/`));
  await page.locator("article header").getByRole("list", { name: t.articles.tagList.label }).getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`${href(`/articles/tags/${articles[0]!.tags[0]}/`)}$`));
});
