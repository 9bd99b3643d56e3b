// /es/paths/ against content/paths.yaml with content/i18n/es/paths.yaml laid over it: the graph,
// its key, the list of moves, the stages and the next steps read in Spanish, hold the same moves
// as English, keep every label inside its box and every link in /es/.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { parse } from "yaml";
import es from "../../src/i18n/dictionaries/es/index";
import { formatList } from "../../src/lib/i18n-format";
import { isRoleId, pairSlug, type RoleId } from "../../src/lib/roles";
import { CONTENT, translatedRoleNames } from "./support/articles";

type Kind = "career-stage" | "adjacent-role" | "hybrid-role";
type Entry =
  | { type: "stage"; id: string; name: string; kind: Kind; description: string }
  | { type: "route"; id: string; name: string; summary: string }
  | { type: "move"; id: string; from: string[]; to: string; route: string; note: string }
  | { type: "emerging"; id: string; name: string; members: string[]; note: string };

const spanish = new Map((parse(readFileSync(join(CONTENT, "i18n", "es", "paths.yaml"), "utf8")) as { id: string }[]).map((e) => [e.id, e]));
const entries = (parse(readFileSync(join(CONTENT, "paths.yaml"), "utf8")) as Entry[]).map((e) => ({ ...e, ...spanish.get(e.id) }) as Entry);
const stages = entries.filter((e) => e.type === "stage");
const routes = entries.filter((e) => e.type === "route");
const moves = entries.filter((e) => e.type === "move");
const emerging = entries.filter((e) => e.type === "emerging");
const roleNames = translatedRoleNames("es");
const t = es.paths;
const stageOf = (id: string) => stages.find((s) => s.id === id)!;
const nameOf = (id: string) => (isRoleId(id) ? roleNames.get(id)! : stageOf(id).name);
/** A node as the list names it: a stage carries its kind, "Analista sénior (etapa profesional)". */
const named = (id: string) => (isRoleId(id) ? nameOf(id) : `${nameOf(id)} (${t.kinds[stageOf(id).kind]})`);
const nodeIds = [...new Set([...moves.flatMap((m) => [...m.from, m.to]), ...emerging.flatMap((e) => e.members), ...stages.map((s) => s.id)])];

const graph = (page: Page) => page.getByRole("group", { name: t.page.graphTitle });

async function expectEveryNode(g: Locator, width: number) {
  for (const id of nodeIds) {
    const node = isRoleId(id) ? g.getByRole("link", { name: nameOf(id), exact: true }) : g.getByRole("img", { name: named(id), exact: true });
    await expect(node, `node ${id}`).toBeVisible();
    const box = (await node.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    if (isRoleId(id)) await expect(node).toHaveAttribute("href", `/es/roles/${id}/`);
  }
}

for (const width of [1280, 375, 320]) {
  test(`at ${width}px the Spanish graph names every role and stage in Spanish, draws every move, and the page does not scroll sideways`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/es/paths/");
    const g = graph(page);
    await expect(g).toHaveCount(1);
    await expectEveryNode(g, width);
    await expect(g.locator("path[data-move]")).toHaveCount(moves.reduce((n, m) => n + m.from.length, 0));
    // Labels stay large enough to read once the drawing is scaled to the screen.
    const size = await g.locator("[data-node] text").first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize) * (el.closest("svg")!.getBoundingClientRect().width / el.closest("svg")!.viewBox.baseVal.width));
    expect(size).toBeGreaterThanOrEqual(width < 375 ? 9.5 : 11);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  });
}

test("the graph's description lists every move in Spanish", async ({ page }) => {
  await page.goto("/es/paths/");
  const desc = (await graph(page).locator("desc").textContent())!;
  const edges = moves.flatMap((m) => m.from.map((f) => `de ${nameOf(f)} a ${nameOf(m.to)}`));
  expect(desc).toContain(`${edges.length} cambios: ${edges.join("; ")}.`);
  for (const e of emerging) expect(desc).toContain(`${e.name}: ${e.members.map(nameOf).join(", ")}.`);
});

test("the key names each kind in Spanish and the caption links to the list", async ({ page }) => {
  await page.goto("/es/paths/");
  const key = page.getByRole("list", { name: "Leyenda del gráfico" });
  await expect(key.getByRole("listitem").filter({ hasText: "seis roles" })).toHaveCount(1);
  for (const kind of new Set(stages.map((s) => s.kind))) await expect(key.getByRole("listitem").filter({ hasText: new RegExp(t.kinds[kind], "i") })).toHaveCount(1);
  await expect(key.getByRole("listitem").last()).toHaveText(t.legend.move);
  const link = page.getByRole("link", { name: t.figure.link });
  await expect(link).toHaveAttribute("href", "#moves");
  await expect(page.locator("figcaption")).toHaveText(`Cada flecha es un cambio. Después del gráfico encontrarás ${t.figure.link}.`);
});

test("the list gives every move in Spanish, route by route, joined with Spanish words", async ({ page }) => {
  await page.goto("/es/paths/");
  const section = page.getByRole("region", { name: "Todos los cambios, ruta por ruta" });
  await expect(section.getByRole("heading", { level: 3 })).toHaveText(routes.filter((r) => moves.some((m) => m.route === r.id)).map((r) => r.name));
  for (const r of routes) {
    const routeMoves = moves.filter((m) => m.route === r.id);
    if (!routeMoves.length) continue;
    const item = section.getByRole("listitem").filter({ has: page.getByRole("heading", { name: r.name, exact: true }) });
    await expect(item).toContainText(r.summary);
    for (const m of routeMoves) {
      const li = item.locator(`[data-move="${m.id}"]`);
      // "A o B → C", read as "A o B a C".
      const ends = (await li.locator("p").first().textContent())!.replace("→", "").replace(/\s+/g, " ").trim();
      expect(ends).toBe(`${formatList("es", m.from.map(named), "disjunction")} a ${named(m.to)}`);
      await expect(li).toContainText(m.note);
      for (const id of [...m.from, m.to].filter(isRoleId)) await expect(li.getByRole("link", { name: nameOf(id), exact: true })).toHaveAttribute("href", `/es/roles/${id}/`);
    }
  }
});

test("the stages, the emerging roles and the next steps read in Spanish, with links in /es/", async ({ page }) => {
  await page.goto("/es/paths/");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.page.title);
  for (const e of emerging) {
    const section = page.getByRole("region", { name: e.name });
    await expect(section).toContainText(e.note);
    for (const id of e.members)
      if (isRoleId(id)) await expect(section.getByRole("listitem").filter({ hasText: "Uno de los seis roles que cubre este sitio." })).toContainText(nameOf(id));
      else await expect(section).toContainText(`${named(id)}`);
  }
  const grouped = new Set(emerging.flatMap((e) => e.members));
  const other = page.getByRole("region", { name: "Etapas fuera de los seis roles" });
  for (const s of stages.filter((x) => !grouped.has(x.id))) {
    await expect(other.locator(`[data-stage="${s.id}"] dt`)).toHaveText(named(s.id));
    await expect(other.locator(`[data-stage="${s.id}"] dd`)).toHaveText(s.description);
  }

  const next = page.getByRole("region", { name: "Adónde ir después" });
  await expect(next.getByRole("link", { name: "Haz el cuestionario" })).toHaveAttribute("href", "/es/quiz/");
  await expect(next.getByRole("link", { name: "La matriz de habilidades" })).toHaveAttribute("href", "/es/skills/");
  const pairs = new Set(moves.flatMap((m) => m.from.filter((f) => isRoleId(f) && isRoleId(m.to)).map((f) => `${f}|${m.to}`)));
  for (const p of pairs) {
    const [a, b] = p.split("|") as [RoleId, RoleId];
    await expect(next.getByRole("link", { name: `Compara ${formatList("es", [nameOf(a), nameOf(b)])}` })).toHaveAttribute("href", `/es/compare/${pairSlug(a, b)}/`);
  }

  const text = (await page.locator("main").innerText()).replace(/\s+/g, " ");
  for (const words of ["Every move", "career stage", "adjacent role", "hybrid role", "Take the quiz", "Where to go next", "Compare "]) expect(text, words).not.toContain(words);
  const hrefs = await page.locator("main a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  expect(hrefs.filter((h) => !h.startsWith("/es/") && !h.startsWith("#"))).toEqual([]);
});
