// The Spanish articles (/es/articles/...) against content/i18n/es: every article, list and tag page
// reads in Spanish (titles, dates, reading time, tags, table of contents, FAQ, next step, pager and
// the MDX components), shows the same data as English, and every link stays in /es/.
import { expect, test, type Page } from "@playwright/test";
import es from "../../src/i18n/dictionaries/es/index";
import { formatList } from "../../src/lib/i18n-format";
import { pairSlug, type RoleId } from "../../src/lib/roles";
import { translatedArticles, translatedRoleNames, type SourceArticle } from "./support/articles";
import { sitemapPaths } from "./support/sitemap";

const articles = translatedArticles("es");
const roleNames = translatedRoleNames("es");
const t = es.articles;
const label = (tag: string) => (t.tags as Record<string, string>)[tag]!;
const longDate = (d: Date) => new Intl.DateTimeFormat("es", { dateStyle: "long", timeZone: "UTC" }).format(d);
const bodySections = (a: SourceArticle) => a.body.match(/^## .+$/gm)?.length ?? 0;
/** English words of the page frame that must not show on a Spanish page. */
const ENGLISH = ["min read", "Questions and answers", "Keep exploring", "On this page", "Previous article", "Next article", "Roles in this article", "Take the quiz", "Published "];

/** Every link in <main> that leads to another page of the site stays in Spanish. */
async function expectLinksInSpanish(page: Page) {
  const hrefs = await page.locator("main a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  const internal = hrefs.filter((h) => h.startsWith("/"));
  expect(internal.length).toBeGreaterThan(0);
  expect(internal.filter((h) => !h.startsWith("/es/"))).toEqual([]);
}

test("every published article has a Spanish page and every tag a Spanish tag page", () => {
  const paths = sitemapPaths();
  expect(paths.filter((p) => /^\/es\/articles\/(?!tags\/)[^/]+\/$/.test(p)).sort()).toEqual(articles.map((a) => `/es/articles/${a.id}/`).sort());
  const tags = [...new Set(articles.flatMap((a) => a.tags))];
  expect(paths.filter((p) => p.startsWith("/es/articles/tags/")).sort()).toEqual(tags.map((tag) => `/es/articles/tags/${tag}/`).sort());
});

for (const [i, article] of articles.entries()) {
  test(`/es/articles/${article.id}/ reads in Spanish, with the English article's data and links in /es/`, async ({ page }) => {
    await page.goto(`/es/articles/${article.id}/`);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");

    // Header: title, description, Spanish date and reading time, the roles and the tags.
    const head = page.locator("article header").first();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
    await expect(head).toContainText(article.description);
    await expect(head.locator("time").first()).toHaveText(longDate(article.pubDate));
    await expect(head).toContainText(`Publicado el ${longDate(article.pubDate)}`);
    await expect(head).toContainText(/\b\d+ min de lectura\b/);
    await expect(head).toContainText(t.article.roles);
    for (const id of article.roles) await expect(head.getByRole("link", { name: roleNames.get(id)!, exact: true })).toHaveAttribute("href", `/es/roles/${id}/`);
    const tags = head.getByRole("list", { name: "Etiquetas" }).getByRole("link");
    await expect(tags).toHaveText(article.tags.map(label));
    for (const [n, tag] of article.tags.entries()) await expect(tags.nth(n)).toHaveAttribute("href", `/es/articles/tags/${tag}/`);

    // The table of contents, under its Spanish names, leads to the headings it names.
    const toc = page.getByRole("navigation", { name: "Índice" });
    const expected = bodySections(article) + (article.faq.length ? 1 : 0);
    if (expected < 4) await expect(toc).toHaveCount(0);
    else {
      await expect(toc.getByText("En esta página", { exact: true })).toBeVisible();
      const links = toc.getByRole("link");
      await expect(links).toHaveCount(expected);
      for (const link of await links.all()) {
        const target = page.locator(`[id="${(await link.getAttribute("href"))!.slice(1)}"]`);
        await expect(target).toHaveText((await link.textContent())!.trim());
      }
      if (article.faq.length) await expect(links.last()).toHaveText("Preguntas y respuestas");
    }

    // Every section heading's link to itself is named in Spanish.
    for (const w of await page.locator("article .body .anchored").all()) {
      const text = (await w.locator(":is(h2, h3)").textContent())!.trim();
      await expect(w.getByRole("link")).toHaveAccessibleName(`Enlace a la sección: ${text}`);
    }

    // FAQ, next step and pager.
    const faq = page.getByRole("region", { name: "Preguntas y respuestas" });
    if (article.faq.length === 0) await expect(faq).toHaveCount(0);
    else {
      await expect(faq.getByRole("heading", { level: 3 })).toHaveText(article.faq.map((f) => f.question));
      for (const f of article.faq) await expect(faq).toContainText(f.answer);
    }
    const next = page.getByRole("region", { name: "Sigue explorando" });
    await expect(next.getByRole("link", { name: "Haz el cuestionario" })).toHaveAttribute("href", "/es/quiz/");
    for (const id of article.roles) await expect(next.getByRole("link", { name: roleNames.get(id)!, exact: true })).toHaveAttribute("href", `/es/roles/${id}/`);
    const [a, b] = article.roles as RoleId[];
    if (a && b)
      await expect(next.getByRole("link", { name: `Compara ${formatList("es", [roleNames.get(a)!, roleNames.get(b)!])}` })).toHaveAttribute("href", `/es/compare/${pairSlug(a, b)}/`);
    const pager = page.getByRole("navigation", { name: "Artículo anterior y siguiente" });
    const older = articles[i + 1];
    const newer = articles[i - 1];
    if (older) await expect(pager.getByRole("link", { name: /^Artículo anterior/ })).toHaveAttribute("href", `/es/articles/${older.id}/`);
    if (newer) await expect(pager.getByRole("link", { name: /^Artículo siguiente/ })).toHaveAttribute("href", `/es/articles/${newer.id}/`);
    for (const [rel, other] of [["prev", older], ["next", newer]] as const) if (other) await expect(pager.locator(`a[rel="${rel}"]`)).toContainText(other.title);

    // The MDX components speak Spanish too.
    for (const m of article.body.matchAll(/<CompareLink a="([\w-]+)" b="([\w-]+)"/g)) {
      const link = page.locator(`article a[href="/es/compare/${pairSlug(m[1] as RoleId, m[2] as RoleId)}/"]`).first();
      await expect(link).toContainText("Comparar");
      await expect(link).toContainText(roleNames.get(m[1]!)!);
      await expect(link).toContainText(roleNames.get(m[2]!)!);
    }
    for (const m of article.body.matchAll(/<Callout type="(\w+)"(?: title="([^"]+)")?/g)) {
      const kind = t.mdx.callout[m[1] as "note" | "tip" | "caution"];
      const callout = page.getByRole("complementary", { name: m[2] ? `${kind}: ${m[2]}` : kind, exact: true });
      await expect(callout.getByText(kind, { exact: true })).toBeVisible();
    }
    for (const m of article.body.matchAll(/<Figure caption="([^"]+)"/g)) await expect(page.locator("figcaption", { hasText: m[1]! })).toHaveCount(1);
    const ctas = article.body.match(/<QuizCTA\s*\/>/g)?.length ?? 0;
    const cta = page.getByRole("complementary", { name: "Haz el cuestionario" });
    await expect(cta).toHaveCount(ctas);
    if (ctas) {
      await expect(cta.first()).toContainText("¿Todavía dudas entre los roles?");
      await expect(cta.first().getByRole("link", { name: "Haz el cuestionario" })).toHaveAttribute("href", "/es/quiz/");
    }
    for (const table of await page.locator("article .md-table").all()) await expect(table).toHaveAttribute("aria-label", /^Tabla(: .+)?$/);

    const text = (await page.locator("main").innerText()).replace(/\s+/g, " ");
    for (const words of ENGLISH) expect(text, `"${words}" on a Spanish page`).not.toContain(words);
    await expectLinksInSpanish(page);

    await page.setViewportSize({ width: 375, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });
}

test("/es/articles/ lists every article in Spanish, newest first, with the feed and the tags by their Spanish labels", async ({ page }) => {
  await page.goto("/es/articles/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Artículos");
  await expect(page.getByRole("link", { name: "canal RSS" })).toHaveAttribute("href", "/es/rss.xml");
  const items = page.locator("main article");
  await expect(items.getByRole("heading", { level: 2 })).toHaveText(articles.map((a) => a.title));
  for (const [n, a] of articles.entries()) {
    const item = items.nth(n);
    await expect(item.getByRole("link", { name: a.title })).toHaveAttribute("href", `/es/articles/${a.id}/`);
    await expect(item.locator("time").first()).toHaveText(longDate(a.pubDate));
    await expect(item).toContainText(/\b\d+ min de lectura\b/);
    await expect(item).toContainText(a.description);
    await expect(item.getByRole("list", { name: "Etiquetas" }).getByRole("link")).toHaveText(a.tags.map(label));
  }
  const index = page.getByRole("navigation", { name: "Explora por etiqueta" });
  const counts = new Map<string, number>();
  for (const a of articles) for (const tag of a.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  await expect(index.getByRole("link")).toHaveCount(counts.size);
  for (const [tag, count] of counts) await expect(index.getByRole("link", { name: `${label(tag)} (${count})`, exact: true })).toHaveAttribute("href", `/es/articles/tags/${tag}/`);
  await expectLinksInSpanish(page);
});

test("each Spanish tag page names its tag in Spanish and lists exactly the articles with it", async ({ page }) => {
  for (const tag of new Set(articles.flatMap((a) => a.tags))) {
    const tagged = articles.filter((a) => a.tags.includes(tag));
    await page.goto(`/es/articles/tags/${tag}/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Artículos con la etiqueta «${label(tag)}»`);
    await expect(page.locator("main")).toContainText(`${tagged.length} ${tagged.length === 1 ? "artículo" : "artículos"}, del más reciente al más antiguo.`);
    await expect(page.getByRole("link", { name: "Ver todos los artículos" })).toHaveAttribute("href", "/es/articles/");
    await expect(page.locator("main article").getByRole("heading", { level: 2 })).toHaveText(tagged.map((a) => a.title));
  }
  // A tag on an article leads to its Spanish tag page.
  await page.goto(`/es/articles/${articles[0]!.id}/`);
  await page.locator("article header").getByRole("list", { name: "Etiquetas" }).getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`/es/articles/tags/${articles[0]!.tags[0]}/$`));
});
