// Comparison pages in every language, against the content folder (and its translation): every pair
// has its canonical page and its reverse URL (a noindex page of ours with a meta refresh, kept out
// of the sitemap) lands there; the side-by-side ratings, workflows, tools and who each role suits
// equal the role data, in the page's words and with the same ratings and leaders in every
// language; written sections and their FAQ (with matching FAQPage data) render; /compare/ reaches
// every pair from a grid; links stay in the page's language, no other language's words are left,
// and none of these pages ships JavaScript of its own.
import type { Page } from "@playwright/test";
import { fill, formatNumber, type PluralForms } from "../../src/lib/i18n-format";
import { levelNumber, toRange } from "../../src/lib/levels";
import { ROLE_IDS, type RoleId } from "../../src/lib/roles";
import { expect, expectLinksInLanguage, expectNoOtherLanguage, templatePattern, test, type Edition } from "./support/language";
import { sitemapPaths } from "./support/sitemap";

// The pairs, worked out here from the role order rather than with the code under test.
const pairs: [RoleId, RoleId][] = ROLE_IDS.flatMap((a, i) => ROLE_IDS.slice(i + 1).map((b): [RoleId, RoleId] => [a, b]));
const slug = ([a, b]: readonly [RoleId, RoleId]) => `${a}-vs-${b}`;
const canonical = (ed: Pick<Edition, "href">, pair: readonly [RoleId, RoleId]) => ed.href(`/compare/${slug(pair)}/`);
const reverse = (ed: Pick<Edition, "href">, [a, b]: readonly [RoleId, RoleId]) => ed.href(`/compare/${b}-vs-${a}/`);
/** The placeholders of a pair ({a}, {a.the}, {a.english} … {b} …), as the pages fill them. */
const pairOf = ({ content, named }: Pick<Edition, "content" | "named">, a: RoleId, b: RoleId) => ({
  ...named(content.role(a), "a"),
  ...named(content.role(b), "b"),
  "a.english": content.englishName(a),
  "b.english": content.englishName(b),
});
const vs = (ed: Pick<Edition, "t" | "content" | "named">, a: RoleId, b: RoleId) => fill(ed.t.compare.vs, pairOf(ed, a, b));
/** Any form of a counted sentence, with its number as digits and the given values filled in. */
const anyForm = (forms: PluralForms, values: Record<string, string>, anchored = true) =>
  new RegExp(`${anchored ? "^" : ""}(${Object.values(forms).map((f) => templatePattern(fill(f, values), { n: "\\d+" }).source).join("|")})${anchored ? "$" : ""}`);

async function noOwnScripts(page: Page) {
  // Only the site-wide inline theme script, and JSON-LD data blocks, may appear.
  await expect(page.locator("script[src]")).toHaveCount(0);
  expect(await page.locator('script:not([type="application/ld+json"])').count()).toBeLessThanOrEqual(1);
}

test("the sitemap lists /compare/ and the fifteen canonical pair pages, and no reverse URL", ({ ed }) => {
  const listed = sitemapPaths().filter((p) => p.startsWith(ed.href("/compare/")));
  expect(pairs).toHaveLength(15);
  expect(listed.sort()).toEqual([ed.href("/compare/"), ...pairs.map((p) => canonical(ed, p))].sort());
});

for (const pair of pairs) {
  const [a, b] = pair;
  test.describe(`${a} vs ${b}`, () => {
    test("shows both roles' questions, ratings, workflows, tools and who each suits as the role data has them", async ({ page, lang, ed }) => {
      const { t, content, level, named } = ed;
      const both = pairOf(ed, a, b);
      const role = content.role;
      const response = await page.goto(canonical(ed, pair));
      expect(response?.status()).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page).toHaveTitle(`${vs(ed, a, b)} · ${t.common.site.name}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(vs(ed, a, b));
      await expect(page.getByRole("link", { name: t.compare.pair.kicker })).toHaveAttribute("href", ed.href("/compare/"));
      // Each role's first mention names its English job title too, where the page's differs.
      await expect(page.locator("article header .lede")).toHaveText(fill(t.compare.pair.lede, { ...both, questionA: role(a).question, questionB: role(b).question }));

      // Ratings: one row per skill area, each role's level word, and the difference.
      const table = page.getByRole("table", { name: fill(t.compare.ratings.caption, both) });
      await expect(table.getByRole("columnheader")).toHaveText([t.compare.ratings.skillArea, content.name(a), new RegExp(t.compare.ratings.difference), content.name(b)]);
      // Read in one pass: a row's skill area, both level words and the difference.
      const rows = await table.locator("tbody tr").evaluateAll(
        (trs, ids) =>
          trs.map((tr) => {
            const text = (sel: string) => tr.querySelector(sel)?.textContent?.replace(/\s+/g, " ").trim();
            return { skill: text("th"), a: text(`td[data-role="${ids[0]}"] .word`), b: text(`td[data-role="${ids[1]}"] .word`), diff: text("td.diff") ?? "" };
          }),
        [a, b],
      );
      expect(rows).toHaveLength(content.skills.length);
      for (const skill of content.skills) {
        const row = rows.find((r) => r.skill === skill.name);
        const [sa, sb] = [role(a).skills[skill.id]!.level, role(b).skills[skill.id]!.level];
        expect([row?.a, row?.b], skill.id).toEqual([level(sa), level(sb)]);
        const [ra, rb] = [toRange(sa), toRange(sb)];
        const shareALevel = Math.max(levelNumber(ra.min), levelNumber(rb.min)) <= Math.min(levelNumber(ra.max), levelNumber(rb.max));
        if (shareALevel) expect(row!.diff, skill.id).toBe(t.compare.ratings.even);
        else expect(row!.diff, skill.id).toContain(`${content.name(ra.value > rb.value ? a : b)} +${formatNumber(lang, Math.abs(ra.value - rb.value))}`);
      }

      // Both profiles in one chart drawn at build time, next to its table alternative.
      const chart = page.getByRole("img", { name: fill(t.compare.pair.chartTitle, both) }).first();
      await expect(chart).toBeAttached();
      expect(await chart.evaluate((el) => el.tagName.toLowerCase())).toBe("svg");

      // Workflows and who each role suits, side by side, in order.
      const workflow = page.getByRole("region", { name: t.compare.pair.sections.workflow });
      for (const id of pair) await expect(workflow.locator(`[data-role="${id}"] li`)).toHaveText(role(id).workflow);
      const suits = page.getByRole("region", { name: t.compare.pair.sections.suits });
      for (const id of pair) {
        await expect(suits.getByRole("heading", { name: fill(t.compare.pair.suitsHeading, named(role(id))) })).toBeVisible();
        await expect(suits.locator(`[data-role="${id}"] li`)).toHaveText(role(id).suitedTo);
      }

      // Tools: every tool a role lists appears either under "Both use" or under that role only.
      const tools = page.getByRole("region", { name: t.compare.pair.sections.tools });
      await expect(tools.getByRole("heading", { name: t.compare.tools.shared })).toBeVisible();
      const shared = (await tools.locator('[data-group="shared"] li').allTextContents()).join(" | ").toLowerCase();
      const { suchAs, or } = t.compare.words.toolExamples;
      for (const [id, group] of [
        [a, "a"],
        [b, "b"],
      ] as const) {
        const only = await tools.locator(`[data-group="${group}"] li`).allTextContents();
        for (const tool of role(id).tools.flatMap((g) => g.items)) {
          const base = tool.replace(/\s*\(.*\)$/, "").toLowerCase();
          const examples =
            new RegExp(`\\((?:${suchAs} )?(.*)\\)$`)
              .exec(tool)?.[1]
              ?.split(new RegExp(`,\\s*(?:${or}\\s+)?|\\s+${or}\\s+`))
              .map((e) => e.toLowerCase()) ?? [];
          const inShared = shared.includes(base) || examples.some((e) => shared.includes(e));
          expect(only.includes(tool) || inShared, `${id}: ${tool}`).toBe(true);
        }
      }

      const { glance, skills, moves, hiring, choose } = t.compare.pair.sections;
      for (const name of [glance, skills, moves, hiring, choose]) await expect(page.getByRole("region", { name, exact: true }), name).toBeVisible();
      const chooser = page.getByRole("region", { name: choose });
      for (const id of pair) await expect(chooser.getByRole("heading", { name: fill(t.compare.choose.heading, named(role(id))) })).toBeVisible();
      await expect(chooser.getByRole("link", { name: t.compare.choose.quizLink })).toHaveAttribute("href", ed.href("/quiz/"));
      await expect(page.getByRole("complementary", { name: t.articles.mdx.quizCta.label })).toBeVisible();
      await noOwnScripts(page);
      await expectLinksInLanguage(page, lang);
      await expectNoOtherLanguage(page, lang, ["compare"]);
    });

    test("the reverse URL sends the visitor to this page, with a canonical link to it", async ({ page, request, lang, ed }) => {
      const { t } = ed;
      const to = canonical(ed, pair);
      const html = await (await request.get(reverse(ed, pair))).text();
      expect(html).toContain(`<html lang="${lang}">`);
      // "0; url=" with the space, as the W3C checker wants it.
      expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${to}">`);
      expect(html).toContain(`<meta name="robots" content="noindex">`);
      expect(html).toContain(`<title>${fill(t.compare.redirect.title, { page: vs(ed, a, b) })}</title>`);
      // A visible link for a browser that does not follow the refresh.
      expect(html).toContain(fill(t.compare.redirect.body, { link: `<a href="${to}">${vs(ed, a, b)}</a>` }));
      const href = /<link rel="canonical" href="([^"]+)">/.exec(html)?.[1];
      expect(new URL(href!).pathname).toBe(to);
      await page.goto(reverse(ed, pair));
      await expect(page).toHaveURL(new RegExp(`${to}$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(vs(ed, a, b));
      // The page it lands on calls itself canonical.
      expect(new URL((await page.locator('link[rel="canonical"]').getAttribute("href"))!).pathname).toBe(to);
    });
  });
}

test("a written comparison adds its sections, and its FAQ matches its FAQPage structured data", async ({ page, ed }) => {
  const { t, content } = ed;
  expect(content.comparisons.map((c) => c.id).sort()).toEqual(expect.arrayContaining(["data-analyst-vs-data-scientist", "data-scientist-vs-ml-engineer"]));
  for (const c of content.comparisons) {
    await page.goto(ed.href(`/compare/${c.id}/`));
    const section = page.getByRole("region", { name: c.title!, exact: true });
    await expect(section.getByRole("heading", { level: 2 })).toHaveText(c.title!);
    // The body's own sections sit under the written section's heading.
    await expect(section.getByRole("heading", { level: 3 })).toHaveText(c.headings);

    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const faqPages = blocks.map((b) => JSON.parse(b) as Record<string, unknown>).filter((d) => d["@type"] === "FAQPage");
    if (c.faq.length === 0) {
      expect(faqPages).toEqual([]);
      continue;
    }
    expect(faqPages).toHaveLength(1);
    const entities = faqPages[0]!["mainEntity"] as { "@type": string; name: string; acceptedAnswer: { "@type": string; text: string } }[];
    const faq = page.getByRole("region", { name: t.compare.pair.sections.faq });
    const visible = (await faq.getByRole("heading", { level: 3 }).allTextContents()).map((q) => q.trim());
    expect(visible).toEqual(c.faq.map((f) => f.question));
    expect(entities.map((e) => e.name)).toEqual(visible);
    for (const [i, e] of entities.entries()) {
      expect(e["@type"]).toBe("Question");
      expect(e.acceptedAnswer["@type"]).toBe("Answer");
      expect(e.acceptedAnswer.text).toBe(c.faq[i]!.answer);
      await expect(faq.getByText(e.acceptedAnswer.text, { exact: true })).toBeVisible();
    }
  }
});

test("a pair without a written comparison has no FAQ and no FAQPage data", async ({ page, ed }) => {
  const plain = pairs.find((p) => !ed.content.comparisons.some((c) => c.id === slug(p)));
  expect(plain, "some pair has no written comparison").toBeDefined();
  await page.goto(canonical(ed, plain!));
  await expect(page.getByRole("region", { name: ed.t.compare.pair.sections.faq })).toHaveCount(0);
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks.map((b) => (JSON.parse(b) as Record<string, unknown>)["@type"])).not.toContain("FAQPage");
});

test("/compare/ reaches every pair from a roles-by-roles grid of plain links and from the list", async ({ page, lang, ed }) => {
  const { t, content } = ed;
  const total = String(content.skills.length);
  await page.goto(ed.href("/compare/"));
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.compare.index.title);
  await expect(page.getByRole("heading", { level: 2, name: t.compare.index.gridHeading })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: fill(t.compare.index.listHeading, { n: pairs.length }) })).toBeVisible();
  const grid = page.getByRole("table", { name: t.compare.grid.caption });
  await expect(grid.getByRole("columnheader")).toHaveText(ROLE_IDS.map(content.name));
  await expect(grid.getByRole("rowheader")).toHaveText(ROLE_IDS.map(content.name));
  // "Compare Data Analyst and Data Scientist"; in Spanish "Comparar al analista de datos con el ingeniero de IA".
  const cell = (row: RoleId, col: RoleId) => `${t.compare.grid.compare}${fill(t.compare.grid.comparePair, pairOf(ed, row, col))}`;
  const reached = new Set<string>();
  for (const row of ROLE_IDS)
    for (const col of ROLE_IDS) {
      if (row === col) continue;
      const link = grid.getByRole("link", { name: cell(row, col), exact: true });
      const [x, y] = ROLE_IDS.indexOf(row) < ROLE_IDS.indexOf(col) ? [row, col] : [col, row];
      await expect(link).toHaveAttribute("href", canonical(ed, [x, y]));
      reached.add(canonical(ed, [x, y]));
    }
  expect([...reached].sort()).toEqual(pairs.map((p) => canonical(ed, p)).sort());
  await expect(grid.getByRole("link")).toHaveCount(ROLE_IDS.length * (ROLE_IDS.length - 1));
  await expect(grid.getByText(anyForm(t.compare.grid.count, { total }))).toHaveCount(ROLE_IDS.length * (ROLE_IDS.length - 1));
  for (const p of pairs) await expect(page.getByRole("link", { name: vs(ed, ...p), exact: true })).toHaveAttribute("href", canonical(ed, p));
  await expect(page.getByText(anyForm(t.compare.words.gist.differ, { total }, false))).toHaveCount(pairs.length);
  await noOwnScripts(page);
  await expectLinksInLanguage(page, lang);
  await expectNoOtherLanguage(page, lang, ["compare"]);

  // Following a cell lands on its pair.
  await grid.getByRole("link", { name: cell("ml-engineer", "data-scientist"), exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${ed.href("/compare/data-scientist-vs-ml-engineer/")}$`));
});

test("a comparison page links to each role's page and other comparisons, and to every pair", async ({ page, ed }) => {
  const { t, content, named } = ed;
  const [a, b] = ["data-scientist", "ml-engineer"] as const;
  await page.goto(canonical(ed, [a, b]));
  await expect(page.getByRole("region", { name: t.compare.pair.sections.hiring }).getByRole("heading", { name: t.compare.words.hiringStages.startup })).toBeVisible();
  const next = page.getByRole("region", { name: t.compare.pair.sections.next });
  for (const id of [a, b]) {
    await expect(next.getByRole("link", { name: fill(t.compare.next.inDepth, named(content.role(id))) })).toHaveAttribute("href", ed.href(`/roles/${id}/`));
    const others = next.getByRole("list", { name: fill(t.compare.next.comparedWith, named(content.role(id))) }).getByRole("link");
    await expect(others).toHaveCount(ROLE_IDS.length - 2);
    for (const href of await others.evaluateAll((els) => els.map((e) => e.getAttribute("href")!))) {
      expect(sitemapPaths()).toContain(href);
      expect(href).toContain(id);
    }
  }
  await expect(next.getByRole("link", { name: t.compare.next.allLink })).toHaveAttribute("href", ed.href("/compare/"));
});

test("every pair page shows the same ratings and leaders as its twin in every other language", async ({ request, ed, others }) => {
  // The ratings table's data attributes, in order: skill, both values, leader and gap.
  const cells = async (path: string) => {
    const html = await (await request.get(path)).text();
    const table = html.slice(html.indexOf('class="ratings'), html.indexOf("</table>", html.indexOf('class="ratings')));
    return [...table.matchAll(/data-(?:skill|value|leader|gap)="([^"]*)"/g)].map((m) => m[1]);
  };
  expect(others.length).toBeGreaterThan(0);
  for (const p of pairs) {
    const mine = await cells(canonical(ed, p));
    expect(mine.length, canonical(ed, p)).toBe(ed.content.skills.length * 5);
    for (const other of others) expect(await cells(canonical(other, p)), canonical(other, p)).toEqual(mine);
  }
});
