// /paths/ against content/paths.yaml: the graph has a node for every role and stage the file
// names, typed by look and by name, an arrow per move, links to role pages, and fits a phone;
// the list gives every move in words, route by route; nothing ships JavaScript; print keeps it all.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { parse } from "yaml";
import { pairSlug, isRoleId } from "../../src/lib/roles";
import { CONTENT, sourceRoles } from "./support/articles";

type Entry =
  | { type: "stage"; id: string; name: string; kind: "career-stage" | "adjacent-role" | "hybrid-role"; description: string }
  | { type: "route"; id: string; name: string; summary: string }
  | { type: "move"; id: string; from: string[]; to: string; route: string; note: string }
  | { type: "emerging"; id: string; name: string; members: string[]; note: string };

const entries = parse(readFileSync(join(CONTENT, "paths.yaml"), "utf8")) as Entry[];
const stages = entries.filter((e) => e.type === "stage");
const routes = entries.filter((e) => e.type === "route");
const moves = entries.filter((e) => e.type === "move");
const emerging = entries.filter((e) => e.type === "emerging");
const roles = sourceRoles();
const KIND = { "career-stage": "career stage", "adjacent-role": "adjacent role", "hybrid-role": "hybrid role" } as const;
const nameOf = (id: string) => (isRoleId(id) ? roles.get(id)!.name : stages.find((s) => s.id === id)!.name);
/** Every role and stage the file names: the graph's nodes. */
const nodeIds = [...new Set([...moves.flatMap((m) => [...m.from, m.to]), ...emerging.flatMap((e) => e.members), ...stages.map((s) => s.id)])];
const edgeCount = moves.reduce((n, m) => n + m.from.length, 0);

/** The drawing the visitor can see (the page holds one per orientation and shows one). */
const graph = (page: Page) => page.getByRole("group", { name: /^Career moves between data roles/ });

async function expectEveryNode(g: Locator, width: number) {
  for (const id of nodeIds) {
    const name = nameOf(id);
    const node = isRoleId(id)
      ? g.getByRole("link", { name, exact: true })
      : g.getByRole("img", { name: `${name} (${KIND[stages.find((s) => s.id === id)!.kind]})`, exact: true });
    await expect(node, `node ${id}`).toBeVisible();
    const box = (await node.boundingBox())!;
    expect(box.x, `${id} starts on screen`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${id} ends on screen`).toBeLessThanOrEqual(width);
    if (isRoleId(id)) await expect(node).toHaveAttribute("href", `/roles/${id}/`);
  }
}

for (const width of [1280, 375, 320]) {
  test(`at ${width}px the graph has a node for every role and stage, an arrow per move, and the page does not scroll sideways`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/paths/");
    const g = graph(page);
    await expect(g).toHaveCount(1);
    await expect(g).toBeVisible();
    await expectEveryNode(g, width);
    await expect(g.locator("[data-node]")).toHaveCount(nodeIds.length);
    const arrows = g.locator("path[data-move]");
    await expect(arrows).toHaveCount(edgeCount);
    for (const m of moves) await expect(g.locator(`path[data-move="${m.id}"]`)).toHaveCount(m.from.length);
    for (const a of await arrows.all()) expect(await a.getAttribute("marker-end")).toMatch(/^url\(#[\w-]+\)$/);
    // Labels are large enough to read once the drawing is scaled to the screen.
    const text = await g.locator("text").first().evaluate((el) => el.getBoundingClientRect().height);
    expect(text).toBeGreaterThanOrEqual(10);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
  });
}

test("the graph reads left to right on a wide screen and top to bottom on a phone", async ({ page }) => {
  const flow = async () => {
    const g = graph(page);
    const from = (await g.locator(`[data-node="${moves[0]!.from[0]}"]`).boundingBox())!;
    const to = (await g.locator(`[data-node="${moves[0]!.to}"]`).boundingBox())!;
    return { right: to.x - from.x, down: to.y - from.y };
  };
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/paths/");
  expect((await flow()).right).toBeGreaterThan(0);
  await page.setViewportSize({ width: 375, height: 800 });
  expect((await flow()).down).toBeGreaterThan(0);
});

test("kinds of stage look different and the key names each kind the graph uses", async ({ page }) => {
  await page.goto("/paths/");
  const g = graph(page);
  const look = async (id: string) =>
    g.locator(`[data-node="${id}"] rect:not(.ring)`).evaluate((r) => {
      const s = getComputedStyle(r);
      return `${s.fill}|${s.strokeDasharray}|${r.getAttribute("rx")}`;
    });
  const byKind = new Map<string, Set<string>>();
  for (const id of nodeIds) {
    const kind = isRoleId(id) ? "role" : stages.find((s) => s.id === id)!.kind;
    if (!byKind.has(kind)) byKind.set(kind, new Set());
    byKind.get(kind)!.add((await look(id)).split("|").slice(kind === "role" ? 1 : 0).join("|"));
  }
  // Within a kind one look (roles differ only in colour); across kinds, never the same.
  const looks = [...byKind.entries()].map(([kind, set]) => {
    expect(set.size, `${kind} nodes share one look`).toBe(1);
    return [...set][0]!;
  });
  expect(new Set(looks).size).toBe(looks.length);
  // Each role has its own fill.
  const fills = await Promise.all(nodeIds.filter(isRoleId).map(async (id) => (await look(id)).split("|")[0]));
  expect(new Set(fills).size).toBe(fills.length);
  const key = page.getByRole("list", { name: "Key to the graph" });
  for (const kind of new Set(stages.filter((s) => nodeIds.includes(s.id)).map((s) => s.kind)))
    await expect(key.getByRole("listitem").filter({ hasText: new RegExp(KIND[kind], "i") })).toHaveCount(1);
  await expect(key.getByRole("listitem").filter({ hasText: /six roles/ })).toHaveCount(1);
});

test("the list gives every move in words, route by route, with role names linking to their pages", async ({ page }) => {
  await page.goto("/paths/");
  const section = page.getByRole("region", { name: "Every move, route by route" });
  await expect(section.getByRole("heading", { level: 3 })).toHaveText(routes.filter((r) => moves.some((m) => m.route === r.id)).map((r) => r.name));
  for (const r of routes) {
    const routeMoves = moves.filter((m) => m.route === r.id);
    if (!routeMoves.length) continue;
    const item = section.getByRole("listitem").filter({ has: page.getByRole("heading", { name: r.name, exact: true }) });
    await expect(item).toContainText(r.summary);
    const items = item.getByRole("list").getByRole("listitem");
    await expect(items).toHaveCount(routeMoves.length);
    for (const [i, m] of routeMoves.entries()) {
      const li = items.nth(i);
      // "A or B → C", with a hidden "to" so it reads "A or B to C"; stages carry their kind.
      const ends = (await li.locator("p").first().textContent())!.replace("→", "").replace(/\s+/g, " ").trim();
      const kinds = (id: string) => (isRoleId(id) ? nameOf(id) : `${nameOf(id)} (${KIND[stages.find((s) => s.id === id)!.kind]})`);
      expect(ends).toBe(`${m.from.map(kinds).join(" or ")} to ${kinds(m.to)}`);
      await expect(li).toContainText(m.note);
      for (const id of [...m.from, m.to]) {
        if (isRoleId(id)) await expect(li.getByRole("link", { name: nameOf(id), exact: true })).toHaveAttribute("href", `/roles/${id}/`);
        else await expect(li).toContainText(`${nameOf(id)} (${KIND[stages.find((s) => s.id === id)!.kind]})`);
      }
    }
  }
});

test("the emerging hybrid roles and the other stages are described", async ({ page }) => {
  await page.goto("/paths/");
  for (const e of emerging) {
    const section = page.getByRole("region", { name: e.name });
    await expect(section).toContainText(e.note);
    await expect(section.getByRole("listitem")).toHaveCount(e.members.length);
    for (const id of e.members) {
      if (isRoleId(id)) await expect(section.getByRole("link", { name: nameOf(id), exact: true })).toHaveAttribute("href", `/roles/${id}/`);
      else await expect(section).toContainText(stages.find((s) => s.id === id)!.description);
    }
  }
  const grouped = new Set(emerging.flatMap((e) => e.members));
  const other = page.getByRole("region", { name: "Stages outside the six roles" });
  for (const s of stages.filter((x) => !grouped.has(x.id))) {
    const item = other.locator(`[data-stage="${s.id}"]`);
    await expect(item.locator("dt")).toHaveText(`${s.name} (${KIND[s.kind]})`);
    await expect(item.locator("dd")).toHaveText(s.description);
  }
});

test("the page ends with a next step: the quiz and the comparisons the moves suggest", async ({ page }) => {
  await page.goto("/paths/");
  const next = page.getByRole("region", { name: "Where to go next" });
  await expect(next.getByRole("link", { name: "Take the quiz" })).toHaveAttribute("href", "/quiz/");
  const pairs = new Set(moves.flatMap((m) => m.from.filter((f) => isRoleId(f) && isRoleId(m.to)).map((f) => [f, m.to] as const)).map(([a, b]) => `${a}|${b}`));
  expect(pairs.size).toBeGreaterThan(0);
  for (const p of pairs) {
    const [a, b] = p.split("|") as [Parameters<typeof pairSlug>[0], Parameters<typeof pairSlug>[0]];
    await expect(next.getByRole("link", { name: `Compare ${nameOf(a)} and ${nameOf(b)}` })).toHaveAttribute("href", `/compare/${pairSlug(a, b)}/`);
  }
});

test("keyboard users reach every role in the graph and see where focus is", async ({ page }) => {
  await page.goto("/paths/");
  const links = graph(page).getByRole("link");
  const roleIds = nodeIds.filter(isRoleId);
  await expect(links).toHaveCount(roleIds.length);
  const reached: string[] = [];
  for (let i = 0; i < 60 && reached.length < roleIds.length; i++) {
    await page.keyboard.press("Tab");
    const id = await page.evaluate(() => document.activeElement?.closest("svg") ? document.activeElement.getAttribute("data-node") : null);
    if (!id) continue;
    reached.push(id);
    const ring = page.locator(`svg [data-node="${id}"] .ring`).filter({ visible: true });
    expect(await ring.evaluate((r) => getComputedStyle(r).stroke), `${id} shows a focus ring`).not.toBe("none");
  }
  expect(reached.sort()).toEqual([...roleIds].sort());
});

test("the page ships no JavaScript but the theme script", async ({ page }) => {
  await page.goto("/paths/");
  await expect(page.locator("script[src]")).toHaveCount(0);
  expect(await page.locator('script:not([type="application/ld+json"])').count()).toBeLessThanOrEqual(1);
});

test("without JavaScript the graph and the list are all there", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  await page.goto("/paths/");
  await expectEveryNode(graph(page), 375);
  await expect(page.getByRole("region", { name: "Every move, route by route" }).locator("[data-move]")).toHaveCount(moves.length);
  await context.close();
});

test("print keeps the graph, its key and every move, and drops the navigation", async ({ page }) => {
  await page.goto("/paths/");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(graph(page)).toBeVisible();
  await expect(graph(page).locator("[data-node]")).toHaveCount(nodeIds.length);
  await expect(page.getByRole("list", { name: "Key to the graph" })).toBeVisible();
  const list = page.getByRole("region", { name: "Every move, route by route" });
  for (const m of moves) await expect(list.locator(`[data-move="${m.id}"]`)).toBeVisible();
  for (const e of emerging) await expect(page.getByRole("region", { name: e.name })).toBeVisible();
});

for (const path of ["/paths/", "/es/paths/"])
  test(`every label of the graph on ${path} sits inside its box, wide and narrow`, async ({ page }) => {
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(path);
      // Measured as drawn, with the browser's own font, in the drawing's units.
      const outside = await page.evaluate(() => {
        const svg = [...document.querySelectorAll<SVGSVGElement>("svg.path-graph")].find((s) => s.getBoundingClientRect().width > 0)!;
        const problems: string[] = [];
        for (const node of svg.querySelectorAll<SVGGraphicsElement>("[data-node]")) {
          const box = node.querySelector<SVGRectElement>("rect:not(.ring)")!.getBBox();
          const text = node.querySelector<SVGTextElement>("text")!.getBBox();
          if (text.x < box.x + 1 || text.x + text.width > box.x + box.width - 1 || text.y < box.y || text.y + text.height > box.y + box.height)
            problems.push(`${node.dataset["node"]}: text ${Math.round(text.width)}×${Math.round(text.height)} in box ${box.width}×${box.height}`);
        }
        for (const group of svg.querySelectorAll(".group")) {
          const box = group.querySelector("rect")!.getBBox();
          const text = group.querySelector("text")!.getBBox();
          if (text.x + text.width > box.x + box.width) problems.push(`group label ${Math.round(text.width)} wide`);
        }
        return problems;
      });
      expect(outside, `${path} at ${width}px`).toEqual([]);
    }
  });
