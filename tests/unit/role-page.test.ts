// What the role pages compute: comparisons with their widest gaps, strongest areas, rating
// sources, the pay ladder, hiring by company stage, and the small wording helpers.
import { describe, expect, it } from "vitest";
import {
  articlesAbout,
  roleReading,
  ROLE_PAGE_ARTICLES,
  comparePath,
  comparisonsFor,
  hiringByStage,
  listParts,
  lowerFirst,
  nameInText,
  payLadder,
  ratingSources,
  rolePath,
  roleSectionId,
  roleSections,
  strongestSkills,
  withArticle,
} from "../../src/lib/role-page";
import { ROLE_IDS, pairSlug } from "../../src/lib/roles";
import { loadContentMatrix, loadRoles } from "./content-fixture";

const matrix = loadContentMatrix();
const roles = loadRoles();

describe("comparisonsFor", () => {
  it("lists the five other roles in the fixed order, each linked to its canonical comparison page", () => {
    for (const role of ROLE_IDS) {
      const list = comparisonsFor(matrix, role);
      expect(list.map((c) => c.other)).toEqual(ROLE_IDS.filter((r) => r !== role));
      for (const c of list) {
        expect(c.href).toBe(`/compare/${pairSlug(role, c.other)}/`);
        expect(c.href).toBe(comparePath(c.other, role));
        expect(`${c.pair[0]}-vs-${c.pair[1]}`).toBe(pairSlug(role, c.other));
      }
    }
  });

  it("names the skill areas where two roles differ most, widest first, ties in skill order", () => {
    const vsMl = comparisonsFor(matrix, "data-analyst").find((c) => c.other === "ml-engineer")!;
    // Data visualization: Advanced (5) vs Low (1) is the widest gap between the two.
    expect(vsMl.gaps[0]).toMatchObject({ skill: "data-visualization", gap: -4 });
    expect(vsMl.gaps.map((g) => Math.abs(g.gap))).toEqual([...vsMl.gaps.map((g) => Math.abs(g.gap))].sort((a, b) => b - a));
    for (const c of comparisonsFor(matrix, "ml-engineer", 12)) {
      const order = matrix.skills.map((s) => s.id);
      for (let i = 1; i < c.gaps.length; i++) {
        const [a, b] = [c.gaps[i - 1]!, c.gaps[i]!];
        expect(Math.abs(a.gap) > Math.abs(b.gap) || order.indexOf(a.skill) < order.indexOf(b.skill)).toBe(true);
      }
      for (const g of c.gaps) expect(g.gap).not.toBe(0);
    }
  });
});

describe("strongestSkills and ratingSources", () => {
  it("picks a role's highest-rated areas, ties in skill order", () => {
    expect(strongestSkills(matrix, "data-analyst").map((s) => s.skill)).toEqual(["data-visualization", "sql", "business-communication"]);
    expect(strongestSkills(matrix, "data-engineer", 2).map((s) => s.skill)).toEqual(["sql", "data-engineering"]);
  });

  it("counts 8 matrix ratings for the three source roles and none for the other three", () => {
    for (const role of ["data-analyst", "data-scientist", "ml-engineer"] as const) expect(ratingSources(matrix, role)).toEqual({ matrix: 8, derived: 4 });
    for (const role of ["data-engineer", "deep-learning-engineer", "ai-engineer"] as const) expect(ratingSources(matrix, role)).toEqual({ matrix: 0, derived: 12 });
  });
});

describe("payLadder", () => {
  it("puts the roles the sources rank on pay in their tiers, lowest first, and leaves the others off", () => {
    expect(payLadder(roles).map((t) => [t.tier, t.roles.map((r) => r.id)])).toEqual([
      ["entry-to-mid", ["data-analyst"]],
      ["higher", ["data-scientist"]],
      ["highest", ["ml-engineer"]],
    ]);
    expect(payLadder([])).toEqual([]);
  });
});

describe("hiringByStage", () => {
  it("keeps company stages in size order and gives those the sources skip", () => {
    expect(hiringByStage({ enterprise: "E", startup: "S" })).toEqual({
      said: [
        { stage: "startup", text: "S" },
        { stage: "enterprise", text: "E" },
      ],
      unsaid: ["growing"],
    });
    expect(hiringByStage({}).said).toEqual([]);
  });
});

describe("wording helpers", () => {
  it("chooses a or an by how the name is spoken", () => {
    expect(withArticle("ML Engineer")).toBe("an ML Engineer");
    expect(withArticle("AI Engineer")).toBe("an AI Engineer");
    expect(withArticle("Data Analyst")).toBe("a Data Analyst");
    expect(withArticle("Deep Learning Engineer")).toBe("a Deep Learning Engineer");
  });

  it("lowers a phrase's first letter for running text, but not an acronym's", () => {
    expect(lowerFirst("Descriptive and diagnostic")).toBe("descriptive and diagnostic");
    expect(lowerFirst("AI systems in production")).toBe("AI systems in production");
    expect(nameInText("Ingeniero de IA", true)).toBe("ingeniero de IA");
    expect(nameInText("ML Engineer", false)).toBe("ML Engineer");
  });

  it("lays out a list by the language's rules, leaving its items to the caller", () => {
    const text = (lang: string, items: string[], type?: Intl.ListFormatType) => listParts(lang, items, type).map((p) => (typeof p === "number" ? items[p] : p)).join("");
    expect(listParts("en", ["A"])).toEqual([0]);
    expect(listParts("en", ["A", "B", "C"])).toEqual([0, ", ", 1, ", and ", 2]);
    expect(text("en", ["A", "B"])).toBe("A and B");
    expect(text("es", ["A", "B", "C"])).toBe("A, B y C");
    // Spanish turns "y" into "e" before an i- sound, and "o" into "u" before an o- sound.
    expect(text("es", ["ingeniero de deep learning", "ingeniero de IA"])).toBe("ingeniero de deep learning e ingeniero de IA");
    expect(text("es", ["Analista de datos", "Analista de negocio"], "disjunction")).toBe("Analista de datos o Analista de negocio");
  });

  it("finds the articles that name a role and builds role URLs", () => {
    const a = [{ id: "x", data: { roles: ["data-analyst"] } }, { id: "y", data: { roles: ["ml-engineer", "data-analyst"] } }, { id: "z", data: { roles: [] } }];
    expect(articlesAbout(a, "data-analyst").map((x) => x.id)).toEqual(["x", "y"]);
    expect(articlesAbout(a, "ai-engineer")).toEqual([]);
    expect(rolePath("ml-engineer")).toBe("/roles/ml-engineer/");
  });

  it("lists the newest few articles about a role and counts them all", () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ id: `n${i}`, data: { roles: i % 3 ? ["data-analyst"] : ["ml-engineer"] } }));
    const { shown, total } = roleReading(many, "data-analyst");
    expect(total).toBe(20);
    expect(shown.map((x) => x.id)).toEqual(["n1", "n2", "n4", "n5", "n7", "n8", "n10", "n11"]);
    expect(shown).toHaveLength(ROLE_PAGE_ARTICLES);
    expect(roleReading(many.slice(0, 3), "data-analyst")).toEqual({ shown: [many[1], many[2]], total: 2 });
  });
});

describe("roleSections", () => {
  const ids = (has: { myths: boolean; reading: boolean }) => {
    const { before, after } = roleSections(has);
    return [before.map(roleSectionId), after.map(roleSectionId)];
  };
  it("puts the role's description before its written sections and the ways on after them", () => {
    expect(ids({ myths: true, reading: true })).toEqual([
      ["purpose", "responsibilities", "example", "skills", "tools", "workflow", "fit", "pay", "hiring", "myths"],
      ["paths", "compare", "reading", "next-step"],
    ]);
  });
  it("leaves out the myths and the reading list when the role has none", () => {
    expect(ids({ myths: false, reading: false })).toEqual([
      ["purpose", "responsibilities", "example", "skills", "tools", "workflow", "fit", "pay", "hiring"],
      ["paths", "compare", "next-step"],
    ]);
  });
});
