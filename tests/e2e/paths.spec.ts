// /paths/ in every language, against content/paths.yaml (with the translation's names and notes
// laid over it): the graph has a node for every role and stage the file names, typed by look and
// by name, an arrow per move, links to role pages, labels inside their boxes, and fits a phone; its
// description, key and caption say the same in words; the list gives every move in words, route by
// route; links stay in the page's language and no other language's words are left; nothing ships
// JavaScript; print keeps it all.
import type { Locator, Page } from "@playwright/test";
import { fill, plural } from "../../src/lib/i18n-format";
import { isRoleId, pairSlug, type RoleId } from "../../src/lib/roles";
import type { PathEntry } from "../../src/lib/schemas";
import { expect, expectLinksInLanguage, expectNoOtherLanguage, templatePattern, test, type Edition } from "./support/language";

type Of<T extends PathEntry["type"]> = Extract<PathEntry, { type: T }>;

/** The file's entries in one language, and how the page names each node. */
function pathsIn({ t, content }: Pick<Edition, "t" | "content">) {
  const entries = content.paths;
  const stages = entries.filter((e): e is Of<"stage"> => e.type === "stage");
  const routes = entries.filter((e): e is Of<"route"> => e.type === "route");
  const moves = entries.filter((e): e is Of<"move"> => e.type === "move");
  const emerging = entries.filter((e): e is Of<"emerging"> => e.type === "emerging");
  const stageOf = (id: string) => stages.find((s) => s.id === id)!;
  const nameOf = (id: string) => (isRoleId(id) ? content.name(id) : stageOf(id).name);
  /** A node's name as running text writes it ("analista sénior"). */
  const textOf = (id: string) => (isRoleId(id) ? content.role(id).forms.text : stageOf(id).forms.text);
  /** A node as the list and the key name it: a stage carries its kind, "Senior Analyst (career stage)"; after the first name on a line, as running text writes it. */
  const named = (id: string, first = true) => {
    const name = first ? nameOf(id) : textOf(id);
    return isRoleId(id) ? name : `${name} (${t.paths.kinds[stageOf(id).kind]})`;
  };
  /** Every role and stage the file names: the graph's nodes. */
  const nodeIds = [...new Set([...moves.flatMap((m) => [...m.from, m.to]), ...emerging.flatMap((e) => e.members), ...stages.map((s) => s.id)])];
  const edgeCount = moves.reduce((n, m) => n + m.from.length, 0);
  return { stages, routes, moves, emerging, stageOf, nameOf, textOf, named, nodeIds, edgeCount };
}

/** The drawing the visitor can see (the page holds one per orientation and shows one). */
const graph = (page: Page, t: Edition["t"]) => page.getByRole("group", { name: new RegExp(`^${templatePattern(t.paths.page.graphTitle).source}`) });

async function expectEveryNode(g: Locator, width: number, ed: Edition) {
  const { nodeIds, nameOf, named } = pathsIn(ed);
  for (const id of nodeIds) {
    const node = isRoleId(id) ? g.getByRole("link", { name: nameOf(id), exact: true }) : g.getByRole("img", { name: named(id), exact: true });
    await expect(node, `node ${id}`).toBeVisible();
    const box = (await node.boundingBox())!;
    expect(box.x, `${id} starts on screen`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${id} ends on screen`).toBeLessThanOrEqual(width);
    if (isRoleId(id)) await expect(node).toHaveAttribute("href", ed.href(`/roles/${id}/`));
  }
}

for (const width of [1280, 375, 320]) {
  test(`at ${width}px the graph has a node for every role and stage, an arrow per move, readable labels, and the page does not scroll sideways`, async ({ page, ed }) => {
    const { moves, nodeIds, edgeCount } = pathsIn(ed);
    await page.setViewportSize({ width, height: 800 });
    await page.goto(ed.href("/paths/"));
    const g = graph(page, ed.t);
    await expect(g).toHaveCount(1);
    await expect(g).toBeVisible();
    await expectEveryNode(g, width, ed);
    await expect(g.locator("[data-node]")).toHaveCount(nodeIds.length);
    const arrows = g.locator("path[data-move]");
    await expect(arrows).toHaveCount(edgeCount);
    for (const m of moves) await expect(g.locator(`path[data-move="${m.id}"]`)).toHaveCount(m.from.length);
    for (const a of await arrows.all()) expect(await a.getAttribute("marker-end")).toMatch(/^url\(#[\w-]+\)$/);
    // Labels are large enough to read once the drawing is scaled to the screen.
    const text = await g.locator("text").first().evaluate((el) => el.getBoundingClientRect().height);
    expect(text).toBeGreaterThanOrEqual(10);
    const size = await g
      .locator("[data-node] text")
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize) * (el.closest("svg")!.getBoundingClientRect().width / el.closest("svg")!.viewBox.baseVal.width));
    expect(size).toBeGreaterThanOrEqual(width < 375 ? 9.5 : 11);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
  });
}

test("the graph reads left to right on a wide screen and top to bottom on a phone", async ({ page, ed }) => {
  const { moves } = pathsIn(ed);
  const flow = async () => {
    const g = graph(page, ed.t);
    const from = (await g.locator(`[data-node="${moves[0]!.from[0]}"]`).boundingBox())!;
    const to = (await g.locator(`[data-node="${moves[0]!.to}"]`).boundingBox())!;
    return { right: to.x - from.x, down: to.y - from.y };
  };
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(ed.href("/paths/"));
  expect((await flow()).right).toBeGreaterThan(0);
  await page.setViewportSize({ width: 375, height: 800 });
  expect((await flow()).down).toBeGreaterThan(0);
});

test("the graph's description lists every move and every group in words", async ({ page, lang, ed }) => {
  const { moves, emerging, stageOf } = pathsIn(ed);
  const t = ed.t.paths;
  await page.goto(ed.href("/paths/"));
  const desc = (await graph(page, ed.t).locator("desc").textContent())!;
  const node = (id: string) => (isRoleId(id) ? ed.content.role(id) : stageOf(id));
  const edges = moves.flatMap((m) => m.from.map((f) => fill(t.graph.move, { ...ed.named(node(f), "from"), ...ed.named(node(m.to), "to") })));
  expect(desc).toContain(plural(lang, t.graph.moves, edges.length, { list: edges.join("; ") }));
  for (const e of emerging) expect(desc).toContain(fill(t.graph.group, { label: e.name, ...ed.names("members", e.members.map(node)) }));
});

test("kinds of stage look different, the key names each kind the graph uses, and the caption links to the list", async ({ page, ed }) => {
  const { stages, nodeIds } = pathsIn(ed);
  const t = ed.t.paths;
  await page.goto(ed.href("/paths/"));
  const g = graph(page, ed.t);
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
  const key = page.getByRole("list", { name: t.legend.label });
  for (const kind of new Set(stages.filter((s) => nodeIds.includes(s.id)).map((s) => s.kind)))
    await expect(key.getByRole("listitem").filter({ hasText: new RegExp(t.kinds[kind], "i") })).toHaveCount(1);
  await expect(key.getByRole("listitem").filter({ hasText: t.legend.role })).toHaveCount(1);
  await expect(key.getByRole("listitem").last()).toHaveText(t.legend.move);
  await expect(page.getByRole("link", { name: t.figure.link })).toHaveAttribute("href", "#moves");
  await expect(page.locator("figcaption")).toHaveText(fill(t.figure.caption, { link: t.figure.link }));
});

test("the list gives every move in words, route by route, with role names linking to their pages", async ({ page, ed }) => {
  const { routes, moves, nameOf, textOf, named } = pathsIn(ed);
  const t = ed.t.paths;
  await page.goto(ed.href("/paths/"));
  const section = page.getByRole("region", { name: t.page.moves });
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
      await expect(li).toHaveAttribute("data-move", m.id);
      // "A or B → C", with a hidden "to" so it reads "A or B to C"; stages carry their kind.
      const ends = (await li.locator("p").first().textContent())!.replace("→", "").replace(/\s+/g, " ").trim();
      expect(ends).toBe(`${ed.list(m.from.map((id, k) => named(id, k === 0)), "disjunction")} ${t.moveList.to} ${named(m.to, false)}`);
      await expect(li).toContainText(m.note);
      for (const [k, id] of [...m.from, m.to].entries()) {
        if (isRoleId(id)) await expect(li.getByRole("link", { name: k === 0 ? nameOf(id) : textOf(id), exact: true })).toHaveAttribute("href", ed.href(`/roles/${id}/`));
        else await expect(li).toContainText(named(id, k === 0));
      }
    }
  }
});

test("the emerging hybrid roles and the other stages are described", async ({ page, lang, ed }) => {
  const { stages, emerging, named } = pathsIn(ed);
  const t = ed.t.paths;
  await page.goto(ed.href("/paths/"));
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.page.title);
  for (const e of emerging) {
    const section = page.getByRole("region", { name: e.name });
    await expect(section).toContainText(e.note);
    await expect(section.getByRole("listitem")).toHaveCount(e.members.length);
    for (const id of e.members) {
      if (isRoleId(id)) {
        const item = section.getByRole("listitem").filter({ hasText: t.emerging.role.split("{summary}")[0]!.trim() }).filter({ hasText: ed.content.name(id) });
        await expect(item).toContainText(ed.content.role(id).summary);
        await expect(item.getByRole("link", { name: ed.content.name(id), exact: true })).toHaveAttribute("href", ed.href(`/roles/${id}/`));
      } else {
        await expect(section).toContainText(named(id));
        await expect(section).toContainText(stages.find((s) => s.id === id)!.description);
      }
    }
  }
  const grouped = new Set(emerging.flatMap((e) => e.members));
  const other = page.getByRole("region", { name: t.page.stages });
  for (const s of stages.filter((x) => !grouped.has(x.id))) {
    const item = other.locator(`[data-stage="${s.id}"]`);
    await expect(item.locator("dt")).toHaveText(named(s.id));
    await expect(item.locator("dd")).toHaveText(s.description);
  }
});

test("the page ends with a next step: the quiz, the skill matrix and the comparisons the moves suggest; links and words stay in its language", async ({ page, lang, ed }) => {
  const { moves } = pathsIn(ed);
  const t = ed.t.paths;
  await page.goto(ed.href("/paths/"));
  const next = page.getByRole("region", { name: t.next.heading });
  await expect(next.getByRole("link", { name: t.next.quizLink })).toHaveAttribute("href", ed.href("/quiz/"));
  await expect(next.getByRole("link", { name: t.next.matrixLink })).toHaveAttribute("href", ed.href("/skills/"));
  const pairs = new Set(moves.flatMap((m) => m.from.filter((f) => isRoleId(f) && isRoleId(m.to)).map((f) => `${f}|${m.to}`)));
  expect(pairs.size).toBeGreaterThan(0);
  for (const p of pairs) {
    const [a, b] = p.split("|") as [RoleId, RoleId];
    await expect(next.getByRole("link", { name: fill(t.next.compareLink, { ...ed.named(ed.content.role(a), "a"), ...ed.named(ed.content.role(b), "b") }) })).toHaveAttribute("href", ed.href(`/compare/${pairSlug(a, b)}/`));
  }
  await expectLinksInLanguage(page, lang);
  await expect(page.locator("main a[href]:not([href^='/']):not([href^='#'])")).toHaveCount(0);
  await expectNoOtherLanguage(page, lang, ["paths"]);
});

test("keyboard users reach every role in the graph and see where focus is", async ({ page, ed }) => {
  const { nodeIds } = pathsIn(ed);
  await page.goto(ed.href("/paths/"));
  const links = graph(page, ed.t).getByRole("link");
  const roleIds = nodeIds.filter(isRoleId);
  await expect(links).toHaveCount(roleIds.length);
  const reached: string[] = [];
  for (let i = 0; i < 60 && reached.length < roleIds.length; i++) {
    await page.keyboard.press("Tab");
    const id = await page.evaluate(() => (document.activeElement?.closest("svg") ? document.activeElement.getAttribute("data-node") : null));
    if (!id) continue;
    reached.push(id);
    const ring = page.locator(`svg [data-node="${id}"] .ring`).filter({ visible: true });
    expect(await ring.evaluate((r) => getComputedStyle(r).stroke), `${id} shows a focus ring`).not.toBe("none");
  }
  expect(reached.sort()).toEqual([...roleIds].sort());
});

test("the page ships no JavaScript but the theme script", async ({ page, href }) => {
  await page.goto(href("/paths/"));
  await expect(page.locator("script[src]")).toHaveCount(0);
  expect(await page.locator('script:not([type="application/ld+json"])').count()).toBeLessThanOrEqual(1);
});

test("without JavaScript the graph and the list are all there", async ({ browser, ed }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  await page.goto(ed.href("/paths/"));
  await expectEveryNode(graph(page, ed.t), 375, ed);
  await expect(page.getByRole("region", { name: ed.t.paths.page.moves }).locator("[data-move]")).toHaveCount(pathsIn(ed).moves.length);
  await context.close();
});

test("print keeps the graph, its key and every move, and drops the navigation", async ({ page, ed }) => {
  const { moves, emerging, nodeIds } = pathsIn(ed);
  await page.goto(ed.href("/paths/"));
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: ed.t.common.nav.label })).toBeHidden();
  await expect(graph(page, ed.t)).toBeVisible();
  await expect(graph(page, ed.t).locator("[data-node]")).toHaveCount(nodeIds.length);
  await expect(page.getByRole("list", { name: ed.t.paths.legend.label })).toBeVisible();
  const list = page.getByRole("region", { name: ed.t.paths.page.moves });
  for (const m of moves) await expect(list.locator(`[data-move="${m.id}"]`)).toBeVisible();
  for (const e of emerging) await expect(page.getByRole("region", { name: e.name })).toBeVisible();
});

test("every label of the graph sits inside its box, wide and narrow", async ({ page, href }) => {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(href("/paths/"));
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
    expect(outside, `${href("/paths/")} at ${width}px`).toEqual([]);
  }
});
