// Comparison pages against the content folder: every pair has its canonical page and its reverse
// URL (a noindex page of ours with a meta refresh, kept out of the sitemap) lands there; the side-by-side ratings, workflows and tools equal the role data; written
// sections and their FAQ (with matching FAQPage data) render; /compare/ reaches every pair from a
// grid; and none of these pages ships JavaScript of its own.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { parse } from "yaml";
import { levelLabel, levelNumber, toRange, type LevelSpec } from "../../src/lib/levels";
import { ROLE_IDS, type RoleId } from "../../src/lib/roles";
import { CONTENT, sourceRoles, sourceSkills } from "./support/articles";
import { sitemapPaths } from "./support/sitemap";

interface SourceRole {
  name: string;
  question: string;
  workflow: string[];
  tools: { group: string; items: string[] }[];
  skills: Record<string, { level: LevelSpec }>;
}
const roles = sourceRoles() as unknown as Map<RoleId, SourceRole>;
const skills = sourceSkills();
const name = (id: RoleId) => roles.get(id)!.name;

// The pairs, worked out here from the role order rather than with the code under test.
const pairs: [RoleId, RoleId][] = ROLE_IDS.flatMap((a, i) => ROLE_IDS.slice(i + 1).map((b): [RoleId, RoleId] => [a, b]));
const canonical = ([a, b]: [RoleId, RoleId]) => `/compare/${a}-vs-${b}/`;
const reverse = ([a, b]: [RoleId, RoleId]) => `/compare/${b}-vs-${a}/`;

interface SourceComparison {
  id: string;
  title?: string;
  faq: { question: string; answer: string }[];
  /** The "## " headings of the body. */
  headings: string[];
}
const comparisons: SourceComparison[] = readdirSync(join(CONTENT, "comparisons"))
  .filter((f) => f.endsWith(".mdx"))
  .map((f) => {
    const text = readFileSync(join(CONTENT, "comparisons", f), "utf8");
    const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text)!;
    const d = (parse(m[1]!) ?? {}) as { title?: string; faq?: SourceComparison["faq"] };
    return { id: f.replace(/\.mdx$/, ""), ...(d.title ? { title: d.title } : {}), faq: d.faq ?? [], headings: [...m[2]!.matchAll(/^## (.+)$/gm)].map((h) => h[1]!.trim()) };
  });

async function noOwnScripts(page: Page) {
  // Only the site-wide inline theme script, and JSON-LD data blocks, may appear.
  await expect(page.locator("script[src]")).toHaveCount(0);
  expect(await page.locator('script:not([type="application/ld+json"])').count()).toBeLessThanOrEqual(1);
}

test("the sitemap lists /compare/ and the fifteen canonical pair pages, and no reverse URL", () => {
  const listed = sitemapPaths().filter((p) => p.startsWith("/compare/"));
  expect(pairs).toHaveLength(15);
  expect(listed.sort()).toEqual(["/compare/", ...pairs.map(canonical)].sort());
});

for (const pair of pairs) {
  const [a, b] = pair;
  test.describe(canonical(pair), () => {
    test("shows both roles' questions, ratings, workflows and tools as the role data has them", async ({ page }) => {
      const response = await page.goto(canonical(pair));
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${name(a)} vs ${name(b)}`);
      for (const id of pair) await expect(page.locator("article header")).toContainText(roles.get(id)!.question);

      // Ratings: one row per skill area, each role's level word, and the difference.
      const table = page.getByRole("table", { name: `Skill levels of the ${name(a)} and the ${name(b)}, with the difference` });
      const rows = table.locator("tbody tr");
      await expect(rows).toHaveCount(skills.size);
      for (const [skill, skillName] of skills) {
        const row = rows.filter({ has: page.getByRole("rowheader", { name: skillName, exact: true }) });
        const [ra, rb] = [toRange(roles.get(a)!.skills[skill]!.level), toRange(roles.get(b)!.skills[skill]!.level)];
        await expect(row.locator(`td[data-role="${a}"] .word`), `${a} ${skill}`).toHaveText(levelLabel(ra));
        await expect(row.locator(`td[data-role="${b}"] .word`), `${b} ${skill}`).toHaveText(levelLabel(rb));
        const shareALevel = Math.max(levelNumber(ra.min), levelNumber(rb.min)) <= Math.min(levelNumber(ra.max), levelNumber(rb.max));
        const diff = row.locator("td.diff");
        if (shareALevel) await expect(diff).toHaveText("Even");
        else {
          const leader = ra.value > rb.value ? a : b;
          await expect(diff).toContainText(`${name(leader)} +${Math.abs(ra.value - rb.value)}`);
        }
      }

      // Both profiles in one chart drawn at build time, next to its table alternative.
      const chart = page.getByRole("img", { name: `Skill profiles of the ${name(a)} and the ${name(b)}` }).first();
      await expect(chart).toBeAttached();
      expect(await chart.evaluate((el) => el.tagName.toLowerCase())).toBe("svg");

      // Workflows side by side, in order.
      const workflow = page.getByRole("region", { name: "How the work runs, step by step" });
      for (const id of pair) await expect(workflow.locator(`[data-role="${id}"] li`)).toHaveText(roles.get(id)!.workflow);

      // Tools: every tool a role lists appears either under "Both use" or under that role only.
      const tools = page.getByRole("region", { name: "The tools each one uses" });
      const shared = (await tools.locator('[data-group="shared"] li').allTextContents()).join(" | ").toLowerCase();
      for (const [id, group] of [
        [a, "a"],
        [b, "b"],
      ] as const) {
        const only = await tools.locator(`[data-group="${group}"] li`).allTextContents();
        for (const tool of roles.get(id)!.tools.flatMap((g) => g.items)) {
          const base = tool.replace(/\s*\(.*\)$/, "").toLowerCase();
          const examples = /\((?:such as )?(.*)\)$/.exec(tool)?.[1]?.split(/,\s*(?:or\s+)?/).map((e) => e.toLowerCase()) ?? [];
          const inShared = shared.includes(base) || examples.some((e) => shared.includes(e));
          expect(only.includes(tool) || inShared, `${id}: ${tool}`).toBe(true);
        }
      }

      for (const section of ["What each role is for", "Where their skills differ", "Who each role suits", "Moving between the two", "How companies hire each", "Which should you choose?"])
        await expect(page.getByRole("region", { name: section }), section).toBeVisible();
      await expect(page.getByRole("region", { name: "Which should you choose?" }).getByRole("link", { name: "Take the quiz" })).toHaveAttribute("href", "/quiz/");
      await expect(page.getByRole("complementary", { name: "Take the quiz" })).toBeVisible();
      await noOwnScripts(page);
    });

    test("the reverse URL sends the visitor to this page, with a canonical link to it", async ({ page, request }) => {
      const html = await (await request.get(reverse(pair))).text();
      // "0; url=" with the space, as the W3C checker wants it.
      expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${canonical(pair)}">`);
      expect(html).toContain(`<meta name="robots" content="noindex">`);
      expect(html).toMatch(/<html lang="en">/);
      // A visible link for a browser that does not follow the refresh.
      expect(html).toContain(`<a href="${canonical(pair)}">${name(a)} vs ${name(b)}</a>`);
      const href = /<link rel="canonical" href="([^"]+)">/.exec(html)?.[1];
      expect(new URL(href!).pathname).toBe(canonical(pair));
      await page.goto(reverse(pair));
      await expect(page).toHaveURL(new RegExp(`${canonical(pair)}$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${name(a)} vs ${name(b)}`);
      // The page it lands on calls itself canonical.
      expect(new URL((await page.locator('link[rel="canonical"]').getAttribute("href"))!).pathname).toBe(canonical(pair));
    });
  });
}

test("a written comparison adds its sections, and its FAQ matches its FAQPage structured data", async ({ page }) => {
  expect(comparisons.map((c) => c.id).sort()).toEqual(expect.arrayContaining(["data-analyst-vs-data-scientist", "data-scientist-vs-ml-engineer"]));
  for (const c of comparisons) {
    await page.goto(`/compare/${c.id}/`);
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
    const faq = page.getByRole("region", { name: "Questions and answers" });
    const visible = (await faq.getByRole("heading", { level: 3 }).allTextContents()).map((t) => t.trim());
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

test("a pair without a written comparison has no FAQ and no FAQPage data", async ({ page }) => {
  const plain = pairs.find((p) => !comparisons.some((c) => c.id === `${p[0]}-vs-${p[1]}`));
  expect(plain, "some pair has no written comparison").toBeDefined();
  await page.goto(canonical(plain!));
  await expect(page.getByRole("region", { name: "Questions and answers" })).toHaveCount(0);
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks.map((b) => (JSON.parse(b) as Record<string, unknown>)["@type"])).not.toContain("FAQPage");
});

test("/compare/ reaches every pair from a roles-by-roles grid of plain links", async ({ page }) => {
  await page.goto("/compare/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compare two roles");
  const grid = page.getByRole("table", { name: "Pick a row and a column to compare two roles" });
  await expect(grid.getByRole("columnheader")).toHaveText(ROLE_IDS.map(name));
  await expect(grid.getByRole("rowheader")).toHaveText(ROLE_IDS.map(name));
  const reached = new Set<string>();
  for (const row of ROLE_IDS)
    for (const col of ROLE_IDS) {
      if (row === col) continue;
      const link = grid.getByRole("link", { name: `Compare ${name(row)} and ${name(col)}`, exact: true });
      const [x, y] = ROLE_IDS.indexOf(row) < ROLE_IDS.indexOf(col) ? [row, col] : [col, row];
      await expect(link).toHaveAttribute("href", canonical([x, y]));
      reached.add(canonical([x, y]));
    }
  expect([...reached].sort()).toEqual(pairs.map(canonical).sort());
  await expect(grid.getByRole("link")).toHaveCount(ROLE_IDS.length * (ROLE_IDS.length - 1));
  for (const p of pairs) await expect(page.getByRole("link", { name: `${name(p[0])} vs ${name(p[1])}`, exact: true })).toHaveAttribute("href", canonical(p));
  await noOwnScripts(page);

  // Following a cell lands on its pair.
  await grid.getByRole("link", { name: `Compare ${name("ml-engineer")} and ${name("data-scientist")}`, exact: true }).click();
  await expect(page).toHaveURL(/\/compare\/data-scientist-vs-ml-engineer\/$/);
});

test("a comparison page links to each role's other comparisons and role page", async ({ page }) => {
  const [a, b] = ["data-scientist", "ml-engineer"] as const;
  await page.goto(canonical([a, b]));
  const next = page.getByRole("region", { name: "Keep exploring" });
  for (const id of [a, b]) {
    await expect(next.getByRole("link", { name: `The ${name(id)} role in depth` })).toHaveAttribute("href", `/roles/${id}/`);
    const others = next.getByRole("list", { name: `${name(id)} compared with:` }).getByRole("link");
    await expect(others).toHaveCount(ROLE_IDS.length - 2);
    for (const href of await others.evaluateAll((els) => els.map((e) => e.getAttribute("href")!))) {
      expect(sitemapPaths()).toContain(href);
      expect(href).toContain(id);
    }
  }
});
