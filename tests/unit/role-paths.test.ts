// Paths into and out of a role, read from career moves: against the real paths.yaml and small
// hand-made graphs for the edge cases (alternatives, routes that continue, loops, bad ids).
import { describe, expect, it } from "vitest";
import { rolePaths, stepLabel, type PathNode } from "../../src/lib/role-paths";
import { ROLE_IDS, type RoleId } from "../../src/lib/roles";
import type { PathEntry } from "../../src/lib/schemas";
import { loadPaths, loadRoles } from "./content-fixture";

const named = new Map(loadRoles().map((r) => [r.id, r.data]));
const roleName = (id: RoleId) => named.get(id)!;
const entries = loadPaths();
const moves = entries.filter((e) => e.type === "move");
const ids = (nodes: PathNode[]) => nodes.map((n) => n.id);
const chainIds = (chain: PathNode[][]) => chain.map(ids);

let order = 0;
const forms = (text: string) => ({ text, plural: `${text}s`, the: `the ${text}`, thePlural: `the ${text}s`, a: `a ${text}`, of: `of the ${text}`, to: `to the ${text}`, gender: "none" as const });
const stage = (id: string, name = id): PathEntry => ({ id, order: order++, type: "stage", name, forms: forms(name), kind: "career-stage", description: "d" });
const route = (id: string): PathEntry => ({ id, order: order++, type: "route", name: `Route ${id}`, summary: "s" });
const move = (id: string, from: string[], to: string, r: string): PathEntry => ({ id, order: order++, type: "move", from, to, route: r, source: "000", note: `note ${id}` });

describe("rolePaths on the site's career moves", () => {
  it("finds, for every role, exactly the moves that end at it and the moves that start from it", () => {
    for (const role of ROLE_IDS) {
      const p = rolePaths(entries, role, roleName);
      expect(p.into.map((m) => m.id)).toEqual(moves.filter((m) => m.to === role).map((m) => m.id));
      expect(p.out.map((m) => m.id)).toEqual(moves.filter((m) => m.from.includes(role)).map((m) => m.id));
    }
  });

  it("shows a Data Analyst's first step inside its whole route, stage names included", () => {
    const out = rolePaths(entries, "data-analyst", roleName).out;
    const senior = out.find((m) => m.id === "analyst-to-senior-analyst")!;
    expect(chainIds(senior.chain)).toEqual([["data-analyst"], ["senior-analyst"], ["data-scientist"]]);
    expect(senior.chain[1]![0]).toMatchObject({ id: "senior-analyst", name: "Senior Analyst", role: false, forms: { the: "the Senior Analyst" } });
    expect(senior.chain[2]![0]).toMatchObject({ id: "data-scientist", name: "Data Scientist", role: true, forms: { the: "the Data Scientist" } });
    const route = entries.find((e) => e.id === "analyst-to-scientist");
    expect(route?.type === "route" && senior.route.name === route.name).toBe(true);
    expect(chainIds(out.find((m) => m.id === "analyst-to-analytics-manager")!.chain)).toEqual([["data-analyst"], ["analytics-manager"], ["head-of-data"]]);
  });

  it("keeps a move's alternative starting points together as one step", () => {
    const into = rolePaths(entries, "ml-engineer", roleName).into;
    const first = into.find((m) => m.id === "first-step-to-ml-engineer")!;
    expect(ids(first.from)).toEqual(["data-analyst", "business-analyst"]);
    expect(chainIds(first.chain)).toEqual([["data-analyst", "business-analyst"], ["ml-engineer"]]);
    expect(stepLabel(first.from)).toBe("Data Analyst or Business Analyst");
  });

  it("gives the roles the sources name no move for no paths, and the AI Engineer its hybrid group", () => {
    for (const role of ["data-engineer", "deep-learning-engineer", "ai-engineer"] as const) {
      const p = rolePaths(entries, role, roleName);
      expect([p.into, p.out]).toEqual([[], []]);
    }
    const ai = rolePaths(entries, "ai-engineer", roleName);
    expect(ai.hybrids).toHaveLength(1);
    expect(ids(ai.hybrids[0]!.others)).toEqual(["analytics-engineer", "applied-scientist"]);
    expect(rolePaths(entries, "data-analyst", roleName).hybrids).toEqual([]);
  });
});

describe("rolePaths on small graphs", () => {
  it("follows a route backwards and forwards from the move, and stops at a loop", () => {
    const graph = [stage("a"), stage("b"), route("r"), move("m1", ["a"], "data-analyst", "r"), move("m2", ["data-analyst"], "b", "r"), move("m3", ["b"], "a", "r")];
    const [m] = rolePaths(graph, "data-analyst", roleName).into;
    // b -> a -> DA -> b -> ... would loop for ever; the chain stops before a node repeats.
    expect(chainIds(m!.chain)).toEqual([["b"], ["a"], ["data-analyst"]]);
    const [out] = rolePaths(graph, "data-analyst", roleName).out;
    expect(chainIds(out!.chain)).toEqual([["a"], ["data-analyst"], ["b"]]);
  });

  it("does not stitch moves of different routes together", () => {
    const graph = [stage("a"), route("r1"), route("r2"), move("m1", ["a"], "data-scientist", "r1"), move("m2", ["data-scientist"], "ml-engineer", "r2")];
    const p = rolePaths(graph, "data-scientist", roleName);
    expect(chainIds(p.into[0]!.chain)).toEqual([["a"], ["data-scientist"]]);
    expect(chainIds(p.out[0]!.chain)).toEqual([["data-scientist"], ["ml-engineer"]]);
  });

  it("names a node that is neither a role nor a stage, and a missing route", () => {
    expect(() => rolePaths([route("r"), move("m", ["astronaut"], "data-analyst", "r")], "data-analyst", roleName)).toThrow(/"astronaut" is neither a role nor a stage/);
    expect(() => rolePaths([move("m", ["ml-engineer"], "data-analyst", "nowhere")], "data-analyst", roleName)).toThrow(/route "nowhere"/);
  });

  it("reads alternatives the way the language lists them (serial comma in English)", () => {
    const n = (name: string, text = name): PathNode => ({ id: name, name, forms: forms(text), role: false });
    expect(stepLabel([n("A"), n("B"), n("C")])).toBe("A, B, or C");
    expect(stepLabel([n("A")])).toBe("A");
    expect(stepLabel([n("A"), n("B"), n("C")], "es")).toBe("A, B o C");
    expect(stepLabel([n("ingeniero"), n("otro")], "es")).toBe("ingeniero u otro");
  });

  it("writes a step as a label (the first name as a title) or inside a sentence (every name as running text)", () => {
    const n = (name: string, text: string): PathNode => ({ id: name, name, forms: forms(text), role: true });
    const step = [n("Analista de datos", "analista de datos"), n("Analista de negocio", "analista de negocio")];
    expect(stepLabel(step, "es")).toBe("Analista de datos o analista de negocio");
    expect(stepLabel(step, "es", "text")).toBe("analista de datos o analista de negocio");
  });
});
