// content/paths.yaml as the /paths/ list reads it: every move under its route in file order, the
// stages by id, the emerging lists, and each role's moves in and out.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatList } from "../../src/lib/i18n-format";
import { listParts, movesOf, pathsView } from "../../src/lib/paths";
import { ROLE_IDS } from "../../src/lib/roles";
import { pathEntrySchema, type PathEntry } from "../../src/lib/schemas";
import { parseEntryList } from "../../src/lib/yaml-list";

const file = join(process.cwd(), "content", "paths.yaml");
const entries: PathEntry[] = parseEntryList(readFileSync(file, "utf8"), file).map((e) => pathEntrySchema.parse(e));
const moves = entries.filter((e) => e.type === "move");

describe("pathsView", () => {
  const view = pathsView([...entries].reverse());

  it("lists every move once, under its route, in file order, whatever order the entries come in", () => {
    const listed = view.routes.flatMap((r) => r.moves);
    expect(listed.map((m) => m.id).sort()).toEqual(moves.map((m) => m.id).sort());
    for (const r of view.routes) {
      expect(r.moves.length).toBeGreaterThan(0);
      for (const m of r.moves) expect(m.route).toBe(r.route.id);
      expect(r.moves.map((m) => m.order)).toEqual([...r.moves.map((m) => m.order)].sort((a, b) => a - b));
    }
    expect(view.routes.map((r) => r.route.order)).toEqual([...view.routes.map((r) => r.route.order)].sort((a, b) => a - b));
  });

  it("keeps the stages by id and the emerging lists", () => {
    expect([...view.stages.keys()].sort()).toEqual(entries.filter((e) => e.type === "stage").map((e) => e.id).sort());
    expect(view.emerging.map((e) => e.id)).toEqual(entries.filter((e) => e.type === "emerging").map((e) => e.id));
  });

  it("refuses a move whose route is missing", () => {
    const stray: PathEntry = { id: "x", order: 99, type: "move", from: ["data-analyst"], to: "data-scientist", route: "nowhere", source: "000", note: "n" };
    expect(() => pathsView([...entries, stray])).toThrow(/move x names route "nowhere"/);
  });
});

describe("the sources' moves", () => {
  // The career paths of source 000 and the first steps of source 002, as moves in the content.
  const has = (from: string, to: string) => moves.some((m) => m.from.includes(from) && m.to === to);
  it.each([
    ["data-analyst", "senior-analyst"],
    ["senior-analyst", "data-scientist"],
    ["data-scientist", "ml-engineer"],
    ["software-engineer", "ml-engineer"],
    ["data-analyst", "analytics-manager"],
    ["analytics-manager", "head-of-data"],
    ["data-analyst", "data-scientist"],
    ["business-analyst", "data-scientist"],
    ["data-analyst", "ml-engineer"],
    ["business-analyst", "ml-engineer"],
  ])("%s to %s is a move", (from, to) => expect(has(from, to)).toBe(true));

  it("names the hybrid roles taking shape, typed as hybrids unless they are one of the six", () => {
    const members = entries.flatMap((e) => (e.type === "emerging" ? e.members : []));
    expect(members).toEqual(expect.arrayContaining(["analytics-engineer", "applied-scientist", "ai-engineer"]));
    for (const id of members) {
      const stage = entries.find((e) => e.type === "stage" && e.id === id);
      if (!(ROLE_IDS as readonly string[]).includes(id)) expect(stage && stage.type === "stage" && stage.kind).toBe("hybrid-role");
    }
  });
});

describe("listParts", () => {
  it("cuts a list the language wrote into its items and joining words", () => {
    const names = ["Data Analyst", "Business Analyst"];
    expect(listParts(formatList("en", names, "disjunction"), names)).toEqual([{ item: 0 }, " or ", { item: 1 }]);
    const three = ["A", "B", "C"];
    expect(listParts(formatList("en", three, "disjunction"), three)).toEqual([{ item: 0 }, ", ", { item: 1 }, ", or ", { item: 2 }]);
  });

  it("keeps Spanish's own joining words (o before most words, u before an o sound)", () => {
    const names = ["Analista de datos", "Analista de negocio"];
    expect(listParts(formatList("es", names, "disjunction"), names)).toEqual([{ item: 0 }, " o ", { item: 1 }]);
    const before = ["Analista de datos", "Operaciones"];
    expect(listParts(formatList("es", before, "disjunction"), before)).toEqual([{ item: 0 }, " u ", { item: 1 }]);
  });

  it("handles one item, items that repeat inside each other, and text around them", () => {
    expect(listParts("Data Analyst", ["Data Analyst"])).toEqual([{ item: 0 }]);
    expect(listParts("Data or Data Analyst", ["Data", "Data Analyst"])).toEqual([{ item: 0 }, " or ", { item: 1 }]);
    expect(listParts("either A or B.", ["A", "B"])).toEqual(["either ", { item: 0 }, " or ", { item: 1 }, "."]);
    expect(listParts("A or B", ["A", "C"])).toEqual(["A or B"]);
  });
});

describe("movesOf", () => {
  it("gives a node's moves in and out, a move from several starts counting for each", () => {
    for (const id of ["data-analyst", "ml-engineer", "business-analyst"]) {
      const { into, outOf } = movesOf(entries, id);
      expect(into.map((m) => m.id)).toEqual(moves.filter((m) => m.to === id).map((m) => m.id));
      expect(outOf.map((m) => m.id)).toEqual(moves.filter((m) => m.from.includes(id)).map((m) => m.id));
    }
    expect(movesOf(entries, "ml-engineer").into.length).toBeGreaterThan(1);
    expect(movesOf(entries, "nobody")).toEqual({ into: [], outOf: [] });
  });
});
