// The career graph's layout, on the published content/paths.yaml and on random graphs: every move
// becomes an edge, every node is placed, no two nodes overlap, no edge runs through a node, edges
// read in the flow's direction, and the same input always gives the same drawing.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { fitLabel, graphFromPaths, layoutGraph, pointOn, textWidth, wrapLabel, type GraphLayout, type Orientation, type PathGraph, type PlacedNode } from "../../src/lib/path-graph";
import { isRoleId } from "../../src/lib/roles";
import { pathEntrySchema, type PathEntry } from "../../src/lib/schemas";
import { parseEntryList } from "../../src/lib/yaml-list";

const CONTENT = join(process.cwd(), "content");
const file = join(CONTENT, "paths.yaml");
const entries: PathEntry[] = parseEntryList(readFileSync(file, "utf8"), file).map((e) => pathEntrySchema.parse(e));
const roleName = (id: string): string | undefined => {
  if (!isRoleId(id)) return undefined;
  const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(CONTENT, "roles", `${id}.md`), "utf8"))![1]!;
  return (parse(front) as { name: string }).name;
};
const graph = graphFromPaths(entries, roleName);
// The Spanish edition: the same entries with content/i18n/es's names laid over them, as getSite("es") does.
const esText = new Map((parse(readFileSync(join(CONTENT, "i18n", "es", "paths.yaml"), "utf8")) as { id: string; name?: string }[]).map((e) => [e.id, e]));
const esEntries = entries.map((e) => ({ ...e, ...(esText.get(e.id)?.name ? { name: esText.get(e.id)!.name } : {}) }) as PathEntry);
const esRoleName = (id: string): string | undefined => {
  if (!isRoleId(id)) return undefined;
  const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(CONTENT, "i18n", "es", "roles", `${id}.md`), "utf8"))![1]!;
  return (parse(front) as { name: string }).name;
};
const esGraph = graphFromPaths(esEntries, esRoleName);
const moves = entries.filter((e) => e.type === "move");
const stages = entries.filter((e) => e.type === "stage");
const ORIENTATIONS: Orientation[] = ["lr", "tb"];

const overlap = (a: PlacedNode, b: PlacedNode) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
/** Strictly inside, a pixel in from the border (edges start and end on borders). */
const inside = (n: PlacedNode, p: { x: number; y: number }) => p.x > n.x + 1 && p.x < n.x + n.width - 1 && p.y > n.y + 1 && p.y < n.y + n.height - 1;
const onBorder = (n: PlacedNode, p: { x: number; y: number }) => {
  const within = (v: number, lo: number, hi: number) => v >= lo - 0.2 && v <= hi + 0.2;
  const near = (v: number, w: number) => Math.abs(v - w) <= 0.2;
  return (
    ((near(p.x, n.x) || near(p.x, n.x + n.width)) && within(p.y, n.y, n.y + n.height)) ||
    ((near(p.y, n.y) || near(p.y, n.y + n.height)) && within(p.x, n.x, n.x + n.width))
  );
};

/** Everything a drawing must satisfy, whatever the graph. */
function expectSound(g: PathGraph, layout: GraphLayout) {
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  expect(layout.nodes.map((n) => n.id)).toEqual(g.nodes.map((n) => n.id));
  for (const n of layout.nodes) {
    for (const v of [n.x, n.y, n.width, n.height]) expect(Number.isFinite(v), `${n.id} has finite geometry`).toBe(true);
    expect(n.x).toBeGreaterThanOrEqual(0);
    expect(n.y).toBeGreaterThanOrEqual(0);
    expect(n.x + n.width).toBeLessThanOrEqual(layout.width);
    expect(n.y + n.height).toBeLessThanOrEqual(layout.height);
    expect(n.lines.join(" ")).toBe(n.label.split(/\s+/).join(" "));
  }
  for (let i = 0; i < layout.nodes.length; i++)
    for (let j = i + 1; j < layout.nodes.length; j++)
      expect(overlap(layout.nodes[i]!, layout.nodes[j]!), `${layout.nodes[i]!.id} and ${layout.nodes[j]!.id} overlap`).toBe(false);

  expect(layout.edges.map((e) => [e.from, e.to])).toEqual(g.edges.map((e) => [e.from, e.to]));
  for (const e of layout.edges) {
    expect(e.segments.length, `${e.id} is drawn`).toBeGreaterThan(0);
    expect(e.d.startsWith("M")).toBe(true);
    expect(onBorder(byId.get(e.from)!, e.segments[0]!.from), `${e.id} starts on ${e.from}`).toBe(true);
    expect(onBorder(byId.get(e.to)!, e.segments.at(-1)!.to), `${e.id} ends on ${e.to}`).toBe(true);
    // Sampled along each piece; problems collected so one failure names them all (and runs fast).
    const problems: string[] = [];
    for (const s of e.segments)
      for (let t = 0; t <= 1; t += 1 / 40) {
        const p = pointOn(s, t);
        if (!(p.x >= 0 && p.x <= layout.width && p.y >= 0 && p.y <= layout.height)) problems.push(`${e.id} leaves the canvas at ${p.x},${p.y}`);
        for (const n of layout.nodes) if (inside(n, p)) problems.push(`${e.id} runs through ${n.id} at ${p.x},${p.y}`);
      }
    expect(problems).toEqual([]);
  }
}

describe("the graph of content/paths.yaml", () => {
  it("has one edge per start of every move, in file order", () => {
    expect(graph.edges.map((e) => [e.move, e.from, e.to, e.route])).toEqual(moves.flatMap((m) => m.from.map((f) => [m.id, f, m.to, m.route])));
    expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
    // The sources' moves, including the two "from any of" first steps.
    expect(graph.edges.length).toBeGreaterThan(moves.length);
  });

  it("has a node for every stage and every role that a move or an emerging list names, typed", () => {
    const named = new Set(entries.flatMap((e) => (e.type === "move" ? [...e.from, e.to] : e.type === "emerging" ? e.members : [])));
    const ids = graph.nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set([...named, ...stages.map((s) => s.id)]));
    for (const n of graph.nodes) {
      const stage = stages.find((s) => s.id === n.id);
      expect(n.kind).toBe(stage ? stage.kind : "role");
      expect(n.label).toBe(stage ? stage.name : roleName(n.id));
    }
    // Stages that are not one of the six roles never pose as one.
    for (const s of stages) expect(isRoleId(s.id)).toBe(false);
  });

  it("keeps the emerging lists as groups", () => {
    const emerging = entries.filter((e) => e.type === "emerging");
    expect(graph.groups).toEqual(emerging.map((e) => ({ id: e.id, label: e.name, members: e.members })));
  });

  it("refuses an id that is neither a role nor a stage", () => {
    const bad: PathEntry[] = [{ id: "m", order: 0, type: "move", from: ["astronaut"], to: "data-scientist", route: "r", source: "000", note: "x" }];
    expect(() => graphFromPaths(bad, roleName)).toThrow(/move m names "astronaut"/);
  });
});

for (const orientation of ORIENTATIONS) {
  describe(`the ${orientation === "lr" ? "left-to-right" : "top-to-bottom"} layout`, () => {
    const layout = layoutGraph(graph, { orientation });

    it("places every node and draws every edge without overlaps or edges through nodes", () => {
      expectSound(graph, layout);
    });

    it("draws every move in the direction of reading", () => {
      const axis = orientation === "lr" ? "x" : "y";
      for (const e of layout.edges) {
        const along = e.segments.flatMap((s) => [s.from[axis], s.c1[axis], s.c2[axis], s.to[axis]]);
        for (let i = 1; i < along.length; i++) expect(along[i]!, `${e.id} turns back`).toBeGreaterThanOrEqual(along[i - 1]!);
        const from = layout.nodes.find((n) => n.id === e.from)!;
        const to = layout.nodes.find((n) => n.id === e.to)!;
        expect(to[axis], `${e.to} comes after ${e.from}`).toBeGreaterThan(from[axis]);
      }
    });

    it("puts the nodes without moves in their group's box, below the moves", () => {
      const connected = new Set(graph.edges.flatMap((e) => [e.from, e.to]));
      const bottom = Math.max(...layout.nodes.filter((n) => connected.has(n.id)).map((n) => n.y + n.height));
      for (const g of layout.groups)
        for (const id of g.members.filter((m) => !connected.has(m))) {
          const n = layout.nodes.find((x) => x.id === id)!;
          expect(n.groups).toContain(g.id);
          expect(n.x >= g.x && n.x + n.width <= g.x + g.width && n.y >= g.y && n.y + n.height <= g.y + g.height, `${id} in ${g.id}`).toBe(true);
          expect(g.y).toBeGreaterThan(bottom);
        }
      expect(layout.groups.length).toBeGreaterThan(0);
    });

    it("gives the same drawing every time", () => {
      expect(layoutGraph(graph, { orientation })).toEqual(layout);
      expect(layoutGraph(structuredClone(graph), { orientation })).toEqual(layout);
    });
  });
}

it("fits the top-to-bottom layout to a phone and the left-to-right one to a page", () => {
  // Full size on a 375px phone (the page has 1rem each side); the wide one within the page width.
  expect(layoutGraph(graph, { orientation: "tb" }).width).toBeLessThanOrEqual(375 - 2 * 16);
  expect(layoutGraph(graph, { orientation: "lr" }).width).toBeLessThanOrEqual(72 * 16 - 2 * 16);
});

describe("the Spanish graph", () => {
  it("names its nodes in Spanish", () => {
    const label = (id: string) => esGraph.nodes.find((n) => n.id === id)!.label;
    expect(label("senior-analyst")).toBe("Analista sénior");
    expect(label("ml-engineer")).toBe("Ingeniero de machine learning");
    expect(esGraph.groups[0]!.label).toBe("Roles híbridos emergentes");
    expect(esGraph.edges).toEqual(graph.edges);
  });

  for (const orientation of ORIENTATIONS)
    it(`is sound ${orientation === "lr" ? "left to right" : "top to bottom"}, with every label inside its box`, () => {
      const layout = layoutGraph(esGraph, { orientation });
      expectSound(esGraph, layout);
      for (const n of layout.nodes) {
        const size = layout.fontSize * (n.kind === "role" ? 1.1 : 1);
        for (const line of n.lines) expect(textWidth(line, size), `${n.id}: "${line}"`).toBeLessThanOrEqual(n.width - 8);
        expect(n.lines.length * layout.lineHeight, n.id).toBeLessThanOrEqual(n.height);
      }
      // The group's label fits its band.
      for (const g of layout.groups) expect(g.labelX + textWidth(g.label, layout.fontSize * 1.1)).toBeLessThanOrEqual(g.x + g.width);
    });

  it("keeps its labels readable on a phone and fits a page", () => {
    // Scaled to a 375px phone's content width (1rem margins), the labels stay at 11px or more.
    const tb = layoutGraph(esGraph, { orientation: "tb" });
    expect((tb.fontSize * Math.min(1, (375 - 2 * 16) / tb.width))).toBeGreaterThanOrEqual(11);
    expect(layoutGraph(esGraph, { orientation: "lr" }).width).toBeLessThanOrEqual(72 * 16 - 2 * 16);
  });

  it("spreads a label over the lines the longest one needs instead of widening its box", () => {
    const tb = layoutGraph(esGraph, { orientation: "tb" });
    const node = (id: string) => tb.nodes.find((n) => n.id === id)!;
    expect(node("ml-engineer").lines).toEqual(["Ingeniero", "de machine", "learning"]);
    expect(node("head-of-data").lines).toEqual(["Director", "de datos"]);
    // No line is a lone preposition.
    for (const n of tb.nodes) for (const line of n.lines) expect(line, n.id).not.toMatch(/^\p{Ll}{1,3}$/u);
  });
});

describe("any graph", () => {
  /** Up to nine nodes and any edges between distinct nodes, cycles included. */
  const anyGraph = fc
    .integer({ min: 1, max: 9 })
    .chain((n) =>
      fc.record({
        n: fc.constant(n),
        // Words of either case, short lower-case ones ("de", "of") included, as in any language's labels.
        labels: fc.array(fc.stringMatching(/^[A-Z][a-z]{1,9}( (?:[A-Z][a-z]{1,11}|[a-z]{1,3})){0,3}$/), { minLength: n, maxLength: n }),
        edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 16 }),
        grouped: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
      }),
    )
    .map(({ n, labels, edges, grouped }): PathGraph => {
      const ids = Array.from({ length: n }, (_, i) => `n${i}`);
      const kinds = ["role", "career-stage", "adjacent-role", "hybrid-role"] as const;
      return {
        nodes: ids.map((id, i) => ({ id, label: labels[i]!, kind: kinds[i % 4]! })),
        edges: edges.filter(([a, b]) => a !== b).map(([a, b], i) => ({ id: `e${i}`, move: `e${i}`, route: "r", from: ids[a]!, to: ids[b]! })),
        groups: [{ id: "g", label: "Group", members: ids.filter((_, i) => grouped[i]) }],
      };
    });

  it("is sound in both orientations, cycles and loose nodes included", () => {
    fc.assert(
      fc.property(anyGraph, fc.constantFrom(...ORIENTATIONS), (g, orientation) => {
        expectSound(g, layoutGraph(g, { orientation }));
      }),
      { numRuns: 120 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(anyGraph, (g) => {
        expect(layoutGraph(g, { orientation: "lr" })).toEqual(layoutGraph(structuredClone(g), { orientation: "lr" }));
      }),
      { numRuns: 50 },
    );
  });

  it("refuses an edge to an unknown node or to itself", () => {
    const nodes = [{ id: "a", label: "A", kind: "role" as const }];
    expect(() => layoutGraph({ nodes, edges: [{ id: "e", move: "e", route: "r", from: "a", to: "b" }], groups: [] }, { orientation: "lr" })).toThrow(/unknown node "b"/);
    expect(() => layoutGraph({ nodes, edges: [{ id: "e", move: "e", route: "r", from: "a", to: "a" }], groups: [] }, { orientation: "lr" })).toThrow(/to itself/);
  });
});

describe("labels", () => {
  it("keep a short lower-case word with the word after it", () => {
    expect(wrapLabel("Ingeniero de machine learning", 78, 13)).toEqual(["Ingeniero", "de machine", "learning"]);
    expect(wrapLabel("Head of Data", 60, 13)).toEqual(["Head", "of Data"]);
    // Capitalised short words (acronyms) break like any word.
    expect(wrapLabel("AI Engineer", 60, 13)).toEqual(["AI", "Engineer"]);
    expect(wrapLabel("Responsable de", 60, 13)).toEqual(["Responsable de"]);
  });

  it("fit in a number of lines at the narrowest width that allows", () => {
    expect(fitLabel("Analista de datos", 1, 13)).toEqual(["Analista de datos"]);
    expect(fitLabel("Analista de datos", 2, 13)).toEqual(["Analista", "de datos"]);
    const two = fitLabel("Ingeniero de machine learning", 2, 13);
    expect(two).toHaveLength(2);
    expect(Math.max(...two.map((l) => textWidth(l, 13)))).toBeLessThan(textWidth("Ingeniero de machine learning", 13));
    expect(fitLabel("Supercalifragilistic", 3, 13)).toEqual(["Supercalifragilistic"]);
  });

  it("wrap at word breaks to the width given and keep every word", () => {
    expect(wrapLabel("Analytics Manager", 80, 13)).toEqual(["Analytics", "Manager"]);
    expect(wrapLabel("Data Analyst", 200, 13)).toEqual(["Data Analyst"]);
    expect(wrapLabel("Supercalifragilistic", 20, 13)).toEqual(["Supercalifragilistic"]);
    for (const line of wrapLabel("Head of Data Platform Engineering", 100, 13)) if (line.includes(" ")) expect(textWidth(line, 13)).toBeLessThanOrEqual(100);
  });
});
