// The role pages, /roles/, /skills/, the home page's roles and /api/roles.json, checked against
// the content files: every front-matter field is on the page, the chart and its table show the
// role's twelve ratings, the links go where the data says, and nothing ships JavaScript.
import { expect, test, type Page } from "@playwright/test";
import { levelLabel, toRange } from "../../src/lib/levels";
import { rolePaths } from "../../src/lib/role-paths";
import { LAYERS, ROLE_IDS, pairSlug } from "../../src/lib/roles";
import { publishedArticles } from "./support/articles";
import { contentPaths, contentRoles, contentSkills } from "./support/roles";

const roles = contentRoles();
const skills = contentSkills();
const paths = contentPaths();
const articles = publishedArticles();
const nameOf = (id: string) => roles.find((r) => r.id === id)!.data.name;
const label = (level: Parameters<typeof toRange>[0]) => levelLabel(toRange(level));
const section = (page: Page, heading: RegExp | string) => page.getByRole("region", { name: heading });

async function onlyThemeScript(page: Page) {
  await expect(page.locator("script[src]")).toHaveCount(0);
  expect(await page.locator('script:not([type="application/ld+json"])').count()).toBeLessThanOrEqual(1);
}

test.describe("/roles/", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto("/roles/");
  });

  test("groups all six roles by layer, each card with its core question and a small chart of its ratings", async ({ page }) => {
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("The six data and AI roles");
    let seen = 0;
    for (const layer of LAYERS) {
      const members = roles.filter((r) => r.data.layer === layer.id);
      const group = section(page, new RegExp(`^${layer.name} layer`));
      if (members.length === 0) {
        await expect(group).toHaveCount(0);
        continue;
      }
      await expect(group.getByRole("heading", { level: 2 })).toContainText(layer.question);
      const names = group.getByRole("heading", { level: 3 });
      await expect(names).toHaveText(members.map((r) => r.data.name));
      for (const r of members) {
        const card = group.getByRole("article").filter({ has: page.getByRole("heading", { name: r.data.name, exact: true }) });
        await expect(card.getByRole("link", { name: r.data.name, exact: true })).toHaveAttribute("href", `/roles/${r.id}/`);
        await expect(card).toContainText(r.data.question);
        const chart = card.getByRole("img");
        const words = skills.map((s) => `${s.name} ${label(r.data.skills[s.id]!.level)}`).join(", ");
        await expect(chart).toHaveAccessibleName(`${r.data.name}, skill levels: ${words}`);
        await expect(chart.locator("rect")).toHaveCount(skills.length);
      }
      seen += members.length;
    }
    expect(seen).toBe(ROLE_IDS.length);
  });

  test("taller bars mean higher levels, in the skill areas' order", async ({ page }) => {
    const r = roles.find((x) => x.id === "data-analyst")!;
    const heights = await page
      .getByRole("img", { name: new RegExp(`^${r.data.name}, skill levels`) })
      .locator("rect")
      .evaluateAll((rects) => rects.map((el) => Number(el.getAttribute("height"))));
    const values = skills.map((s) => toRange(r.data.skills[s.id]!.level).value);
    for (let i = 0; i < values.length; i++)
      for (let j = 0; j < values.length; j++) if (values[i]! > values[j]!) expect(heights[i]!, `${skills[i]!.id} > ${skills[j]!.id}`).toBeGreaterThan(heights[j]!);
  });

  test("ships no JavaScript of its own", async ({ page }) => {
    await onlyThemeScript(page);
  });
});

for (const { id, data } of roles) {
  test.describe(`/roles/${id}/`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(`/roles/${id}/`);
    });

    test("opens with the name, summary, core question, layer and focus", async ({ page }) => {
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(data.name);
      const head = page.locator("article header").first();
      await expect(head).toContainText(data.summary);
      await expect(head).toContainText(data.question);
      await expect(head).toContainText(LAYERS.find((l) => l.id === data.layer)!.name);
      await expect(head).toContainText(data.focus);
      await expect(page).toHaveTitle(new RegExp(`^${data.name}: `));
      await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", data.summary);
    });

    test("shows its chart and, as the table alternative, every rating with its source", async ({ page }) => {
      const skillsSection = section(page, /^Which skills does/);
      const chart = skillsSection.getByRole("img", { name: `${data.name}: skill levels in twelve areas` });
      await expect(chart).toHaveCount(1);
      await expect(chart).toBeVisible();
      // The chart's description spells out every rating for screen readers.
      const desc = await chart.locator("desc").textContent();
      for (const s of skills) expect(desc).toContain(`${s.name}: ${data.name} ${label(data.skills[s.id]!.level)}`);

      const table = skillsSection.getByRole("table", { name: `${data.name}: skill levels and where each comes from` });
      const rows = table.locator("tbody tr");
      await expect(rows).toHaveCount(skills.length);
      for (const [i, s] of skills.entries()) {
        const rating = data.skills[s.id]!;
        const row = rows.nth(i);
        await expect(row.getByRole("rowheader")).toHaveText(s.name);
        await expect(row.getByRole("link", { name: s.name })).toHaveAttribute("href", `/skills/#${s.id}`);
        await expect(row.locator(".word")).toHaveText(label(rating.level));
        if (rating.source === "matrix") await expect(row).toContainText("From the published skill matrix");
        else await expect(row).toContainText(`Derived by this site: ${rating.reason}`);
      }
    });

    test("still shows a readable chart on a phone", async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 800 });
      const chart = page.getByRole("img", { name: `${data.name}: skill levels in twelve areas` });
      await expect(chart).toHaveCount(1);
      const box = (await chart.boundingBox())!;
      expect(box.width).toBeLessThanOrEqual(375);
      // Labels stay at least 11px tall once the drawing is scaled to the screen.
      const sizes = await chart.locator("text.label").evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
      await expect(page.getByRole("table", { name: `${data.name}: skill levels and where each comes from` })).toBeVisible();
    });

    test("presents every front-matter field for reading", async ({ page }) => {
      const main = page.getByRole("main");
      await expect(main).toContainText(data.objective);
      const duties = section(page, /responsible for\?$/);
      for (const r of data.responsibilities) {
        await expect(duties).toContainText(r.title);
        await expect(duties).toContainText(r.detail);
      }
      const example = section(page, /tackle a real problem\?$/);
      for (const text of [data.example.setting, ...data.example.actions, ...data.example.questions]) await expect(example).toContainText(text);
      await expect(example.getByText("This example is the site's own")).toHaveCount(data.example.illustrative ? 1 : 0);

      const tools = section(page, /work with\?$/);
      for (const g of data.tools) {
        await expect(tools.getByRole("term").filter({ hasText: g.group })).toHaveCount(1);
        for (const item of g.items) await expect(tools.getByRole("listitem").getByText(item, { exact: true }).first()).toBeVisible();
      }
      for (const s of data.softSkills) await expect(tools).toContainText(s);

      const workflow = section(page, "How does the work run, step by step?");
      await expect(workflow.getByRole("list").first().getByRole("listitem")).toHaveText(data.workflow);
      expect(await workflow.getByRole("list").first().evaluate((el) => el.tagName)).toBe("OL");
      await expect(workflow.getByText("this site's outline")).toHaveCount(data.siteWritten.includes("workflow") ? 1 : 0);

      const fit = section(page, "Who does the role suit?");
      await expect(fit.getByRole("list").getByRole("listitem")).toHaveText(data.suitedTo);

      const pay = section(page, "How is it paid compared with the other roles?");
      if (data.compensation) await expect(pay).toContainText(data.compensation.note);
      else await expect(pay).toContainText("say nothing about this role's pay");
      // Relative, as the sources put it: no figures.
      expect(await pay.textContent()).not.toMatch(/[$€£]|\d/);

      const hiring = section(page, /^How do companies hire/);
      for (const text of Object.values(data.hiring)) if (text) await expect(hiring).toContainText(text);
      expect(Object.values(data.hiring).filter(Boolean).length).toBeGreaterThan(0);

      const myths = section(page, "What do people get wrong about it?");
      await expect(myths).toHaveCount(data.myths.length ? 1 : 0);
      for (const m of data.myths) {
        await expect(myths).toContainText(m.myth);
        await expect(myths).toContainText(m.reality);
      }
    });

    test("links to the five comparisons with this role", async ({ page }) => {
      const links = section(page, /compare with the other roles\?$/).getByRole("link");
      const others = ROLE_IDS.filter((r) => r !== id);
      await expect(links).toHaveCount(others.length);
      await expect(links).toHaveText(others.map((o) => pairSlug(id, o).split("-vs-").map(nameOf).join(" vs ")));
      for (const [i, o] of others.entries()) await expect(links.nth(i)).toHaveAttribute("href", `/compare/${pairSlug(id, o)}/`);
    });

    test("shows the paths into and out of it, linking roles and naming stages", async ({ page }) => {
      const box = section(page, "How do people move into and out of the role?");
      const p = rolePaths(paths, id, nameOf);
      for (const m of [...p.into, ...p.out]) {
        await expect(box).toContainText(m.route.name);
        await expect(box).toContainText(m.note);
        for (const n of m.chain.flat()) {
          if (n.id === id) continue;
          if (n.role) await expect(box.getByRole("link", { name: n.name, exact: true }).first()).toHaveAttribute("href", `/roles/${n.id}/`);
          else await expect(box).toContainText(n.name);
        }
      }
      if (p.into.length + p.out.length === 0) await expect(box).toContainText("describe no move into or out of this role");
      for (const h of p.hybrids) for (const o of h.others) await expect(box).toContainText(o.name);
      await expect(box.getByRole("link", { name: "See every career move between the roles" })).toHaveAttribute("href", "/paths/");
    });

    test("lists the articles about it and ends with the quiz", async ({ page }) => {
      const about = articles.filter((a) => a.roles.includes(id));
      const reading = section(page, "What can you read about it?");
      await expect(reading.getByRole("link")).toHaveText(about.map((a) => a.title));
      for (const [i, a] of about.entries()) await expect(reading.getByRole("link").nth(i)).toHaveAttribute("href", `/articles/${a.id}/`);
      const next = section(page, "Which role fits you best?");
      await expect(next.getByRole("link", { name: "Take the quiz" })).toHaveAttribute("href", "/quiz/");
    });

    test("its contents list names every section and each link lands on its heading", async ({ page }) => {
      const links = page.getByRole("navigation", { name: "Table of contents" }).getByRole("link");
      const h2s = page.locator("main h2");
      await expect(links).toHaveCount(await h2s.count());
      for (const link of await links.all()) {
        const href = (await link.getAttribute("href"))!;
        const target = page.locator(`[id="${href.slice(1)}"]`);
        await expect(target).toHaveCount(1);
        expect(await target.evaluate((el) => el.tagName)).toBe("H2");
        await expect(target).toHaveText((await link.textContent())!.trim());
      }
    });

    test("ships no JavaScript of its own", async ({ page }) => {
      await onlyThemeScript(page);
    });
  });
}

test("/skills/ shows the whole matrix as one table, 12 skill areas by 6 roles, sources told apart, areas described", async ({ page }) => {
  await page.goto("/skills/");
  const tables = page.getByRole("table");
  await expect(tables).toHaveCount(1);
  const table = tables.first();
  await expect(table.locator("thead th[scope=col]")).toHaveText(["Skill area", ...roles.map((r) => r.data.name)]);
  for (const r of roles) await expect(table.getByRole("link", { name: r.data.name, exact: true })).toHaveAttribute("href", `/roles/${r.id}/`);
  const rows = table.locator("tbody tr");
  await expect(rows).toHaveCount(skills.length);
  for (const [i, s] of skills.entries()) {
    const row = rows.nth(i);
    await expect(row.getByRole("rowheader")).toHaveText(s.name);
    const cells = row.getByRole("cell");
    await expect(cells).toHaveCount(roles.length);
    for (const [j, r] of roles.entries()) {
      const rating = r.data.skills[s.id]!;
      const cell = cells.nth(j);
      await expect(cell.locator(".word")).toHaveText(label(rating.level));
      await expect(cell.locator(".pip")).toHaveCount(5);
      await expect(cell).toContainText(rating.source === "matrix" ? "(from the source matrix)" : "(derived by this site)");
    }
  }
  // Each skill area's description, with an anchor the role pages link to.
  for (const s of skills) {
    const area = page.locator(`[id="${s.id}"]`);
    await expect(area).toContainText(s.name);
    await expect(area).toContainText(s.description.slice(0, 60));
  }
  await onlyThemeScript(page);
});

test("the home page shows the six roles by layer with their core questions", async ({ page }) => {
  await page.goto("/");
  for (const layer of LAYERS) {
    const members = roles.filter((r) => r.data.layer === layer.id);
    const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: new RegExp(`^${layer.name}:`) }) });
    await expect(item.getByRole("heading", { level: 3 })).toContainText(layer.question);
    await expect(item.getByRole("heading", { level: 4 })).toHaveText(members.map((r) => r.data.name));
    for (const r of members) await expect(item).toContainText(r.data.question);
  }
});

test("/api/roles.json publishes the skill areas and the matrix with the quiz's numbers", async ({ request }) => {
  const res = await request.get("/api/roles.json");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/json");
  const api = (await res.json()) as {
    skills: { id: string; name: string; description: string }[];
    roles: { id: string; name: string; url: string; layer: string; question: string; skills: Record<string, { min: string; max: string; value: number; source: string; reason?: string }> }[];
  };
  expect(api.skills.map((s) => [s.id, s.name, s.description])).toEqual(skills.map((s) => [s.id, s.name, s.description]));
  expect(api.roles.map((r) => r.id)).toEqual([...ROLE_IDS]);
  let cells = 0;
  for (const r of api.roles) {
    const source = roles.find((x) => x.id === r.id)!.data;
    expect([r.name, r.url, r.layer, r.question]).toEqual([source.name, `/roles/${r.id}/`, source.layer, source.question]);
    expect(Object.keys(r.skills)).toEqual(skills.map((s) => s.id));
    for (const [skill, cell] of Object.entries(r.skills)) {
      const rating = source.skills[skill]!;
      const { min, max, value } = toRange(rating.level);
      expect(cell, `${r.id}/${skill}`).toEqual({ min, max, value, source: rating.source, ...(rating.reason ? { reason: rating.reason } : {}) });
      cells++;
    }
  }
  expect(cells).toBe(72);
  const da = api.roles.find((r) => r.id === "data-analyst")!;
  expect(da.skills["statistics"]).toMatchObject({ min: "basic", max: "medium", value: 2.5, source: "matrix" });
});
