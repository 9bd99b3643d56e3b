// The plan: its one ordering rule (property tests), steps versus strengths, the routes into a role
// and the starting role nearest the stated experience, where each area is read about, and the
// content it is built from (five level descriptions per area, in both languages; skills declared
// by articles and role-page sections).
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { checkContent } from "../../src/lib/content-rules";
import { LEVELS } from "../../src/lib/levels";
import { ROLE_IDS, type RoleId } from "../../src/lib/roles";
import { MAX_CHAINS, MAX_READING } from "../../src/lib/quiz/constants";
import { answersFrom, type QuizModel } from "../../src/lib/quiz/model";
import { buildPlan, chainsInto, comparePlanSteps, distanceTo, priorityOf, readingOrder, routeFor, type ReadingPlace } from "../../src/lib/quiz/plan";
import { buildProfile } from "../../src/lib/quiz/profile";
import { articleSchema, roleSchema, skillSchema } from "../../src/lib/schemas";
import { MASKS, checkTranslation } from "../../src/lib/translate";
import { loadPaths, loadRoles, loadSkills } from "./content-fixture";
import { loadModel } from "./quiz-fixture";

const model = loadModel();
const n = model.skills.length;
const moves = loadPaths().filter((e) => e.type === "move");

/** A model of one role over `needs.length` made-up areas: enough to test the rule on any numbers. */
function toyModel(needs: number[]): QuizModel {
  return { version: 1, skills: needs.map((_, i) => `area-${i}`), questions: [], roles: [{ id: "data-analyst", needs }], tiebreakers: [] };
}
const level = fc.integer({ min: 1, max: 5 });
/** A need as the matrix writes it: a level or a range's midpoint. */
const need = fc.integer({ min: 2, max: 10 }).map((x) => x / 2);
const stated = fc.option(level, { freq: 6 });

describe("the ordering rule: priority = need × (need − stated)", () => {
  it("is the role's need times the shortfall", () => {
    expect(priorityOf(5, 2)).toBe(15);
    expect(priorityOf(4, 1)).toBe(12);
    expect(priorityOf(2.5, 2)).toBe(1.25);
  });

  it("never ranks a larger gap in a more important area below a smaller one in a less important area", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(need, stated), { minLength: 2, maxLength: 12 }), (areas) => {
        const plan = buildPlan(toyModel(areas.map(([nd]) => nd)), 0, areas.map(([, s]) => s));
        const at = new Map(plan.steps.map((s, k) => [s.i, k]));
        for (const a of plan.steps)
          for (const b of plan.steps) {
            // At least as important and at least as far, and more of one of them: a comes first.
            if (a.need >= b.need && a.gap >= b.gap && (a.need > b.need || a.gap > b.gap)) expect(at.get(a.i)!).toBeLessThan(at.get(b.i)!);
          }
      }),
    );
  });

  it("sorts by priority, then the area the role needs more, then the skill areas' order", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(need, stated), { minLength: 1, maxLength: 12 }), (areas) => {
        const plan = buildPlan(toyModel(areas.map(([nd]) => nd)), 0, areas.map(([, s]) => s));
        for (const s of plan.steps) expect(s.priority).toBeCloseTo(s.need * s.gap, 12);
        for (let k = 1; k < plan.steps.length; k++) {
          const [a, b] = [plan.steps[k - 1]!, plan.steps[k]!];
          expect(comparePlanSteps(a, b)).toBeLessThan(0);
          expect(a.priority > b.priority || (a.priority === b.priority && (a.need > b.need || (a.need === b.need && a.i < b.i)))).toBe(true);
        }
      }),
    );
  });

  it("breaks an equal priority toward the area the role needs more", () => {
    const plan = buildPlan(toyModel([3, 4, 4]), 0, [1, 1, 1]); // priorities 6, 12, 12
    expect(plan.steps.map((s) => s.i)).toEqual([1, 2, 0]);
    const tie = buildPlan(toyModel([2, 4]), 0, [1, 3.5]); // 2 × 1 = 2 and 4 × 0.5 = 2
    expect(tie.steps.map((s) => s.i)).toEqual([1, 0]);
  });
});

describe("steps, strengths and areas not rated", () => {
  it("splits the areas: a step where the role needs more than stated, a strength where the stated level meets it, not rated where none is stated", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(need, stated), { minLength: 1, maxLength: 12 }), (areas) => {
        const plan = buildPlan(toyModel(areas.map(([nd]) => nd)), 0, areas.map(([, s]) => s));
        const all = [...plan.steps, ...plan.strengths, ...plan.unrated].map((a) => a.i).sort((x, y) => x - y);
        expect(all).toEqual(areas.map((_, i) => i));
        for (const s of plan.steps) {
          expect(s.need).toBeGreaterThan(s.stated);
          expect(s.gap).toBeCloseTo(s.need - s.stated, 12);
          // The next level is the one above the stated level, never past Advanced.
          expect(s.next).toBe(Math.min(5, Math.floor(s.stated) + 1));
          expect(s.next).toBeGreaterThan(s.stated);
        }
        for (const s of plan.strengths) expect(s.stated!).toBeGreaterThanOrEqual(s.need);
        for (const u of plan.unrated) expect(areas[u.i]![1]).toBeNull();
        // Strengths: the areas the role needs most first.
        for (let k = 1; k < plan.strengths.length; k++) expect(plan.strengths[k - 1]!.need).toBeGreaterThanOrEqual(plan.strengths[k]!.need);
      }),
    );
  });

  it("plans the real roles from the experience answers: Data Scientist for someone with analyst experience", () => {
    const answers = answersFrom(model, [
      ["experience-sql", "joins"], // High
      ["experience-python", "pandas"], // Medium
      ["experience-mathematics", "tests"], // Basic
      ["experience-ml", "course"], // Basic (ML), Low (DL)
      ["experience-cloud", "none"], // Low
      ["experience-presenting", "dashboards"], // High (viz), Medium (business)
      ["experience-research", "read"], // Basic
    ]);
    const profile = buildProfile(model, answers);
    const plan = buildPlan(model, ROLE_IDS.indexOf("data-scientist"), profile.stated);
    expect(plan.role).toBe("data-scientist");
    // Statistics and machine learning: Advanced (5) against Basic (2): 5 × 3 = 15 each; statistics comes first in skill order.
    expect(plan.steps.slice(0, 2).map((s) => [s.skill, s.priority])).toEqual([
      ["statistics", 15],
      ["machine-learning", 15],
    ]);
    expect(plan.steps.map((s) => s.skill)).toContain("mathematics");
    expect(plan.strengths.map((s) => s.skill)).toEqual(expect.arrayContaining(["sql", "data-visualization", "cloud-deployment"]));
    expect(plan.unrated).toEqual([]);
  });

  it("lists every area as not rated when the experience questions are skipped", () => {
    const plan = buildPlan(model, 0, buildProfile(model, answersFrom(model, [["favourite-part", "story"]])).stated);
    expect(plan.steps).toEqual([]);
    expect(plan.strengths).toEqual([]);
    expect(plan.unrated.map((u) => u.skill)).toEqual(model.skills);
  });
});

describe("the routes into a role and the nearest starting role", () => {
  it("finds the career paths' routes from a role, shortest first", () => {
    expect(chainsInto(moves, "data-scientist")).toEqual([
      ["data-analyst", "data-scientist"],
      ["data-analyst", "senior-analyst", "data-scientist"],
    ]);
    expect(chainsInto(moves, "ml-engineer")).toEqual([
      ["data-scientist", "ml-engineer"],
      ["data-analyst", "ml-engineer"],
      ["data-analyst", "data-scientist", "ml-engineer"],
      ["data-analyst", "senior-analyst", "data-scientist", "ml-engineer"],
    ]);
    // No move leads into these roles from another role (the software and business analyst starts are not roles).
    for (const id of ["data-analyst", "data-engineer", "deep-learning-engineer", "ai-engineer"] as const) expect(chainsInto(moves, id)).toEqual([]);
  });

  it("never loops, and starts every route at a role", () => {
    const loop = [
      { from: ["data-analyst"], to: "senior-analyst" },
      { from: ["senior-analyst"], to: "data-analyst" },
      { from: ["senior-analyst"], to: "data-scientist" },
    ];
    const chains = chainsInto(loop, "data-scientist");
    expect(chains).toEqual([["data-analyst", "senior-analyst", "data-scientist"]]);
  });

  it("measures the distance as the mean absolute difference over the rated areas", () => {
    expect(distanceTo([1, 3, 5], [2, null, 5])).toBe(0.5);
    expect(distanceTo([1, 3, 5], [null, null, null])).toBeNull();
  });

  it("starts from the role whose needs the stated levels are nearest to", () => {
    const chains = chainsInto(moves, "ml-engineer");
    const asRole = (id: RoleId) => model.roles.find((r) => r.id === id)!.needs.map((x) => Math.round(x));
    const fromAnalyst = routeFor(model, chains, asRole("data-analyst"));
    expect(fromAnalyst.start).toBe("data-analyst");
    expect(fromAnalyst.chains).toEqual([
      ["data-analyst", "ml-engineer"],
      ["data-analyst", "data-scientist", "ml-engineer"],
    ]);
    const fromScientist = routeFor(model, chains, asRole("data-scientist"));
    expect(fromScientist).toEqual({ start: "data-scientist", chains: [["data-scientist", "ml-engineer"]] });
  });

  it("with nothing rated, names no starting role and shows the shortest routes from any", () => {
    const chains = chainsInto(moves, "ml-engineer");
    const none = routeFor(model, chains, model.skills.map(() => null));
    expect(none.start).toBeNull();
    expect(none.chains).toEqual(chains.slice(0, MAX_CHAINS));
    expect(routeFor(model, [], model.skills.map(() => 3))).toEqual({ start: null, chains: [] });
  });

  it("picks a start whose distance is the smallest, for any stated levels", () => {
    const chains = chainsInto(moves, "ml-engineer");
    fc.assert(
      fc.property(fc.array(stated, { minLength: n, maxLength: n }), (levels) => {
        const { start, chains: shown } = routeFor(model, chains, levels);
        expect(shown.length).toBeLessThanOrEqual(MAX_CHAINS);
        if (start === null) return;
        for (const c of shown) expect(c[0]).toBe(start);
        const d = (id: string) => distanceTo(model.roles.find((r) => r.id === id)!.needs, levels)!;
        for (const other of ["data-analyst", "data-scientist"]) expect(d(start)).toBeLessThanOrEqual(d(other) + 1e-9);
      }),
    );
  });
});

describe("where to read about an area", () => {
  const places: ReadingPlace[] = [
    { kind: "section", role: "data-analyst", skills: ["sql"] },
    { kind: "section", role: "data-analyst", skills: ["sql", "statistics"] },
    { kind: "section", role: "data-engineer", skills: ["sql"] },
    { kind: "section", role: "data-scientist", skills: ["sql"] },
    { kind: "article", roles: ["data-scientist"], skills: ["sql"] },
    { kind: "article", roles: ["data-engineer"], skills: ["sql"] },
    { kind: "article", roles: ["data-analyst"], skills: ["python"] },
  ];
  const needs: Partial<Record<RoleId, number>> = { "data-analyst": 4, "data-engineer": 5, "data-scientist": 3 };

  it("puts the role's own page first, then articles about the role, other articles, and other roles' pages by their need", () => {
    expect(readingOrder(places, "data-analyst", "sql", (r) => needs[r]!, 10)).toEqual([0, 4, 5, 2, 3]);
    expect(readingOrder(places, "data-scientist", "sql", (r) => needs[r]!, 10)).toEqual([3, 4, 5, 2, 0]);
  });

  it("names each role page once, keeps to the limit, and leaves out places that do not teach the area", () => {
    expect(readingOrder(places, "data-analyst", "sql", (r) => needs[r]!)).toHaveLength(MAX_READING);
    expect(readingOrder(places, "data-analyst", "statistics", (r) => needs[r]!)).toEqual([1]);
    expect(readingOrder(places, "ai-engineer", "cooking", () => 1)).toEqual([]);
  });

  it("finds at least one place on the site for every area and role, from the real content", () => {
    const roles = loadRoles();
    const articles = ["computational-thinking-and-mathematical-modeling", "data-analyst-vs-data-scientist-vs-ml-engineer", "data-science-vs-machine-learning-engineering", "draggan-point-based-image-editing", "large-language-models-explained", "roles-in-ai-and-ml"].map((id) => {
      const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(`content/articles/${id}.mdx`, "utf8"))![1]!;
      return articleSchema.parse(parse(front));
    });
    const real: ReadingPlace[] = [
      ...roles.flatMap((r) => Object.values(r.data.sectionSkills).map((skills) => ({ kind: "section" as const, role: r.id, skills: skills! }))),
      ...articles.map((a) => ({ kind: "article" as const, roles: a.roles, skills: a.skills })),
    ];
    for (const role of ROLE_IDS)
      for (const skill of model.skills) {
        const need = (r: RoleId) => model.roles.find((x) => x.id === r)!.needs[model.skills.indexOf(skill)]!;
        expect(readingOrder(real, role, skill, need).length, `${role} / ${skill}`).toBeGreaterThan(0);
      }
  });
});

describe("the content the plan is built from", () => {
  const skills = loadSkills();
  const es = parse(readFileSync("content/i18n/es/skills.yaml", "utf8")) as { id: string; levels: Record<string, string> }[];
  const allTools = [...new Set(skills.flatMap((s) => s.tools))];
  const mentioned = (text: string) => allTools.filter((tool) => new RegExp(`(^|[^\\w-])${tool.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\w-])`).test(text));

  it("describes all five levels of every skill area, in English and in Spanish", () => {
    expect(skills).toHaveLength(12);
    for (const s of skills) expect(Object.keys(s.levels)).toEqual([...LEVELS]);
    expect(checkTranslation(skills, es, MASKS.skills)).toEqual([]);
  });

  it("names only the area's own tools in its level descriptions, the same ones in both languages", () => {
    for (const s of skills) {
      const tr = es.find((x) => x.id === s.id)!;
      for (const l of LEVELS) {
        for (const tool of mentioned(s.levels[l])) expect(s.tools, `${s.id}.levels.${l} names ${tool}`).toContain(tool);
        expect(mentioned(tr.levels[l]!).sort(), `${s.id}.levels.${l} in Spanish`).toEqual(mentioned(s.levels[l]).sort());
      }
    }
  });

  it("refuses a skill area with a level missing or empty, naming the level", () => {
    const sql = { ...skills[0]!, levels: { ...skills[0]!.levels, high: "  " } };
    const { advanced: _gone, ...four } = skills[0]!.levels;
    const empty = skillSchema.safeParse(sql);
    const missing = skillSchema.safeParse({ ...skills[0]!, levels: four });
    expect(empty.success).toBe(false);
    expect(empty.error!.issues[0]!.path).toEqual(["levels", "high"]);
    expect(missing.success).toBe(false);
    expect(missing.error!.issues[0]!.path).toEqual(["levels", "advanced"]);
  });

  it("a translation must give every level, and only the levels' text", () => {
    const tr = structuredClone(es);
    delete (tr[0]!.levels as Record<string, string>)["medium"];
    expect(checkTranslation(skills, tr, MASKS.skills).map((i) => i.path)).toEqual(["0.levels.medium"]);
  });

  it("checks the skill areas that articles and role-page sections declare", () => {
    const base = { skills: skills.map((s) => ({ id: s.id })), roles: [], quiz: undefined, paths: { file: "paths.yaml", entries: [] }, comparisons: [] };
    const issues = checkContent({
      ...base,
      roles: [{ id: "data-analyst", file: "roles/data-analyst.md", data: { skills: Object.fromEntries(skills.map((s) => [s.id, { level: "low" as const, source: "matrix" as const }])), sectionSkills: { tools: ["sql", "juggling"] } } }],
      articles: [{ id: "a", file: "articles/a.mdx", data: { roles: [], skills: ["statistics", "cooking"] } }],
    }).filter((i) => !i.path.startsWith("(file)"));
    expect(issues.map((i) => `${i.file}: ${i.path}`)).toEqual(["roles/data-analyst.md: sectionSkills.tools.1", "articles/a.mdx: skills.1"]);
    expect(issues[0]!.message).toContain('"juggling" is not a skill area');
  });

  it("keeps section skill areas in the English role files only, where the schema accepts the known sections", () => {
    expect(roleSchema.shape.sectionSkills).toBeDefined();
    for (const r of loadRoles()) expect(Object.keys(r.data.sectionSkills).length).toBeGreaterThan(0);
    for (const id of ROLE_IDS) expect(readFileSync(`content/i18n/es/roles/${id}.md`, "utf8")).not.toMatch(/^sectionSkills:/m);
    for (const f of ["roles-in-ai-and-ml", "large-language-models-explained"]) expect(readFileSync(`content/i18n/es/articles/${f}.mdx`, "utf8")).not.toMatch(/^skills:/m);
  });
});
