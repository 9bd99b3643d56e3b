import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadMatrix } from "./quiz-fixture";
import {
  alsoFromText,
  chooseBetween,
  choiceText,
  commonGround,
  commonGroundText,
  compareSkills,
  compareTools,
  comparePath,
  differenceCount,
  hiringByStage,
  isReverseComparePage,
  levelsInWords,
  listInWords,
  movesBetween,
  overlaps,
  pairGist,
  reverseRedirects,
  reverseSlugs,
  skillInText,
  summarizeSkills,
  type CompareWords,
  type SkillComparison,
} from "../../src/lib/compare";
import esCompare from "../../src/i18n/dictionaries/es/compare";
import { buildMatrix } from "../../src/lib/matrix";
import { ROLE_IDS, allPairs, parsePairSlug, type RoleId } from "../../src/lib/roles";
import { pathEntrySchema, roleSchema, type NameForms, type PathEntry, type RoleData } from "../../src/lib/schemas";
import type { Named } from "../../src/lib/name-forms";

/** A name and its forms as Spanish content writes them (masculine). */
const es = (name: string, text = name.charAt(0).toLowerCase() + name.slice(1), plural = `${text}s`): Named => ({
  name,
  forms: { text, plural, the: `el ${text}`, thePlural: `los ${plural}`, a: `un ${text}`, of: `del ${text}`, to: `al ${text}`, gender: "masculine" },
});
/** A name and its forms as English content writes them. */
const en = (name: string, a = `a ${name}`): Named => ({
  name,
  forms: { text: name, plural: `${name}s`, the: `the ${name}`, thePlural: `the ${name}s`, a, of: `of the ${name}`, to: `to the ${name}`, gender: "none" } satisfies NameForms,
});
import { parseEntryList } from "../../src/lib/yaml-list";

const CONTENT = join(process.cwd(), "content");
const roles = new Map<RoleId, RoleData>();
const roleData = (id: RoleId): RoleData => {
  if (!roles.has(id)) roles.set(id, roleSchema.parse(parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(CONTENT, "roles", `${id}.md`), "utf8"))![1]!)));
  return roles.get(id)!;
};
const realPaths = (): PathEntry[] => {
  const file = join(CONTENT, "paths.yaml");
  return parseEntryList(readFileSync(file, "utf8"), file).map((e) => pathEntrySchema.parse(e));
};

/** A two-role, four-skill matrix to test the rules on cases chosen for them. */
const tiny = buildMatrix(
  ["sql", "python", "statistics", "cloud-deployment"].map((id) => ({ id, name: id, short: id })),
  [
    {
      id: "data-analyst",
      data: {
        name: "Data Analyst",
        skills: {
          sql: { level: "high", source: "matrix" },
          python: { level: "medium", source: "matrix" },
          statistics: { level: ["basic", "medium"], source: "matrix" },
          "cloud-deployment": { level: "low", source: "matrix" },
        },
      },
    },
    {
      id: "ml-engineer",
      data: {
        name: "ML Engineer",
        skills: {
          sql: { level: "medium", source: "matrix" },
          python: { level: "high", source: "matrix" },
          statistics: { level: "medium", source: "matrix" },
          "cloud-deployment": { level: "advanced", source: "derived", reason: "test" },
        },
      },
    },
  ],
);

describe("pair URLs and redirects", () => {
  it("sends the reverse order of each of the fifteen pairs to its canonical page", () => {
    const redirects = reverseRedirects(allPairs());
    expect(Object.keys(redirects)).toHaveLength(15);
    for (const [from, to] of Object.entries(redirects)) {
      const reversed = parsePairSlug(from.replace(/^\/compare\/|\/$/g, ""))!;
      const canonical = parsePairSlug(to.replace(/^\/compare\/|\/$/g, ""))!;
      expect(reversed, from).not.toBeNull();
      expect(canonical).toEqual([reversed[1], reversed[0]]);
      expect(ROLE_IDS.indexOf(canonical[0])).toBeLessThan(ROLE_IDS.indexOf(canonical[1]));
      // A redirect never points at another redirect, nor at itself.
      expect(redirects[to]).toBeUndefined();
    }
  });

  it("names the fifteen reverse slugs, and tells a reverse page from a canonical one in any language (the sitemap's rule)", () => {
    const slugs = reverseSlugs();
    expect(slugs).toHaveLength(15);
    expect(slugs).toContain("ml-engineer-vs-data-scientist");
    expect(Object.keys(reverseRedirects()).sort()).toEqual(slugs.map((s) => `/compare/${s}/`).sort());
    expect(isReverseComparePage("https://data-career-guide.org/compare/ml-engineer-vs-data-scientist/")).toBe(true);
    expect(isReverseComparePage("https://data-career-guide.org/es/compare/ml-engineer-vs-data-scientist/")).toBe(true);
    expect(isReverseComparePage("/es/compare/ml-engineer-vs-data-scientist/")).toBe(true);
    expect(isReverseComparePage("https://data-career-guide.org/compare/data-scientist-vs-ml-engineer/")).toBe(false);
    expect(isReverseComparePage("https://data-career-guide.org/es/compare/data-scientist-vs-ml-engineer/")).toBe(false);
    expect(isReverseComparePage("https://data-career-guide.org/es/compare/")).toBe(false);
    expect(isReverseComparePage("https://data-career-guide.org/articles/ml-engineer-vs-data-scientist/")).toBe(false);
  });

  it("writes a pair's path in the canonical order whichever order it is given", () => {
    expect(comparePath("ml-engineer", "data-scientist")).toBe("/compare/data-scientist-vs-ml-engineer/");
    expect(comparePath("data-scientist", "ml-engineer")).toBe("/compare/data-scientist-vs-ml-engineer/");
  });
});

describe("ratings: overlap and lead", () => {
  it("counts two ratings as overlapping when they share a level", () => {
    expect(overlaps({ min: "basic", max: "medium" }, { min: "medium", max: "medium" })).toBe(true);
    expect(overlaps({ min: "high", max: "high" }, { min: "high", max: "high" })).toBe(true);
    expect(overlaps({ min: "low", max: "basic" }, { min: "medium", max: "high" })).toBe(false);
  });

  it("names the leader and the gap per skill, and no leader where ratings overlap", () => {
    const rows = compareSkills(tiny, "data-analyst", "ml-engineer");
    expect(rows.map((r) => [r.id, r.leader, r.gap])).toEqual([
      ["sql", "data-analyst", 1],
      ["python", "ml-engineer", 1],
      ["statistics", null, 0.5],
      ["cloud-deployment", "ml-engineer", 4],
    ]);
    expect(rows[3]!.b).toMatchObject({ min: "advanced", source: "derived", reason: "test" });
  });

  it("sorts each role's leads by the widest gap and keeps the matrix order on ties", () => {
    const s = summarizeSkills(compareSkills(tiny, "data-analyst", "ml-engineer"), "data-analyst", "ml-engineer");
    expect(s.aLeads.map((r) => r.id)).toEqual(["sql"]);
    expect(s.bLeads.map((r) => r.id)).toEqual(["cloud-deployment", "python"]);
    expect(s.even.map((r) => r.id)).toEqual(["statistics"]);
  });

  it("for every real pair, shows exactly the role data and splits all skill areas into the three lists", () => {
    const matrix = loadMatrix();
    for (const [a, b] of allPairs()) {
      const rows = compareSkills(matrix, a, b);
      expect(rows.map((r) => r.id)).toEqual(matrix.skills.map((s) => s.id));
      const ra = matrix.roles.find((r) => r.id === a)!;
      const rb = matrix.roles.find((r) => r.id === b)!;
      for (const row of rows) {
        expect(row.a).toEqual(ra.skills[row.id]);
        expect(row.b).toEqual(rb.skills[row.id]);
        expect(row.gap).toBe(Math.abs(row.a.value - row.b.value));
        if (row.leader) expect((row.leader === a ? row.a : row.b).value).toBeGreaterThan((row.leader === a ? row.b : row.a).value);
        expect(row.leader === null).toBe(overlaps(row.a, row.b));
      }
      const s = summarizeSkills(rows, a, b);
      expect(s.even.length + s.aLeads.length + s.bLeads.length).toBe(rows.length);
      expect(differenceCount(rows)).toBe(s.aLeads.length + s.bLeads.length);
      for (const list of [s.aLeads, s.bLeads]) for (let i = 1; i < list.length; i++) expect(list[i - 1]!.gap).toBeGreaterThanOrEqual(list[i]!.gap);
    }
  });
});

describe("tools", () => {
  it("treats a tool with its libraries in brackets as the tool itself", () => {
    const t = compareTools([{ group: "x", items: ["SQL", "Python (pandas, NumPy)", "Excel"] }], [{ group: "y", items: ["Python", "sql", "Spark"] }]);
    expect(t.shared.map((s) => s.label)).toEqual(["SQL", "Python"]);
    expect(t.shared[1]).toEqual({ label: "Python", a: ["Python (pandas, NumPy)"], b: ["Python"] });
    expect(t.onlyA).toEqual(["Excel"]);
    expect(t.onlyB).toEqual(["Spark"]);
  });

  it("matches a family named by example to each of its members, named by the specific side", () => {
    const t = compareTools(
      [{ group: "Cloud", items: ["Cloud platforms (such as AWS, Azure, or GCP)"] }],
      [{ group: "Cloud platforms", items: ["AWS", "GCP", "Azure"] }, { group: "Ops", items: ["Docker"] }],
    );
    expect(t.shared).toEqual([{ label: "AWS, GCP, Azure", a: ["Cloud platforms (such as AWS, Azure, or GCP)"], b: ["AWS", "GCP", "Azure"] }]);
    expect(t.onlyA).toEqual([]);
    expect(t.onlyB).toEqual(["Docker"]);
    const oneToOne = compareTools([{ group: "a", items: ["ETL tools (Apache Airflow)"] }], [{ group: "b", items: ["Apache Airflow"] }]);
    expect(oneToOne.shared.map((s) => s.label)).toEqual(["Apache Airflow"]);
  });

  it("lists a tool once even when two groups both name it", () => {
    const t = compareTools([{ group: "a", items: ["Python"] }, { group: "b", items: ["Python", "R"] }], [{ group: "c", items: ["Java"] }]);
    expect(t.onlyA).toEqual(["Python", "R"]);
    expect(t.shared).toEqual([]);
  });

  it("for every real pair, places every tool of each role in exactly one place", () => {
    for (const [a, b] of allPairs()) {
      const [da, db] = [roleData(a), roleData(b)];
      const t = compareTools(da.tools, db.tools);
      const placedA = [...t.shared.flatMap((s) => s.a), ...t.onlyA].sort();
      const placedB = [...t.shared.flatMap((s) => s.b), ...t.onlyB].sort();
      expect(placedA, `${a} in ${a} vs ${b}`).toEqual([...new Set(da.tools.flatMap((g) => g.items))].sort());
      expect(placedB, `${b} in ${a} vs ${b}`).toEqual([...new Set(db.tools.flatMap((g) => g.items))].sort());
    }
  });
});

describe("career moves between two roles", () => {
  const entries: PathEntry[] = [
    { id: "senior", order: 0, type: "stage", name: "Senior Analyst", forms: en("Senior Analyst").forms, kind: "career-stage", description: "d" },
    { id: "ba", order: 1, type: "stage", name: "Business Analyst", forms: en("Business Analyst").forms, kind: "adjacent-role", description: "d" },
    { id: "up", order: 2, type: "route", name: "Up the ladder", summary: "s" },
    { id: "m1", order: 3, type: "move", from: ["data-analyst"], to: "senior", route: "up", source: "000", note: "first" },
    { id: "m2", order: 4, type: "move", from: ["senior"], to: "data-scientist", route: "up", source: "000", note: "second" },
    { id: "m3", order: 5, type: "move", from: ["data-analyst", "ba"], to: "data-scientist", route: "up", source: "002", note: "direct" },
    { id: "m4", order: 6, type: "move", from: ["data-scientist"], to: "ml-engineer", route: "up", source: "000", note: "onward" },
  ];

  const roleNamed = (id: RoleId) => roleData(id);

  it("finds direct moves and moves through one stage, in either direction", () => {
    const moves = movesBetween(entries, "data-analyst", "data-scientist", roleNamed);
    expect(moves).toEqual([
      { from: "data-analyst", to: "data-scientist", via: [], steps: [{ id: "m3", note: "direct" }], route: { id: "up", name: "Up the ladder" }, alsoFrom: [{ id: "ba", ...en("Business Analyst") }] },
      {
        from: "data-analyst",
        to: "data-scientist",
        via: [{ id: "senior", ...en("Senior Analyst") }],
        steps: [
          { id: "m1", note: "first" },
          { id: "m2", note: "second" },
        ],
        route: { id: "up", name: "Up the ladder" },
        alsoFrom: [],
      },
    ]);
    // Reversed pair order: the move still runs from scientist to engineer.
    expect(movesBetween(entries, "ml-engineer", "data-scientist", roleNamed).map((m) => [m.from, m.to])).toEqual([["data-scientist", "ml-engineer"]]);
  });

  it("does not chain through another role, and finds nothing where there is nothing", () => {
    expect(movesBetween(entries, "data-analyst", "ml-engineer", roleNamed)).toEqual([]);
    expect(movesBetween(entries, "data-engineer", "ai-engineer", roleNamed)).toEqual([]);
  });

  it("finds the analyst's route through Senior Analyst in the real career data", () => {
    const moves = movesBetween(realPaths(), "data-analyst", "data-scientist", roleNamed);
    expect(moves.some((m) => m.via.some((v) => v.id === "senior-analyst"))).toBe(true);
  });
});

describe("hiring by company stage", () => {
  it("keeps the stages either role mentions, in growth order", () => {
    expect(hiringByStage({ enterprise: "E" }, { startup: "S" })).toEqual([
      { id: "startup", name: "At a startup", a: undefined, b: "S" },
      { id: "enterprise", name: "At a large enterprise", a: "E", b: undefined },
    ]);
    expect(hiringByStage({}, {})).toEqual([]);
  });
});

describe("which should you choose", () => {
  it("points each role at its own leads and lets it go lighter on the other's", () => {
    const s = summarizeSkills(compareSkills(tiny, "data-analyst", "ml-engineer"), "data-analyst", "ml-engineer");
    const [analyst, engineer] = chooseBetween(s, "data-analyst", "ml-engineer");
    expect(analyst.deeper.map((r) => r.id)).toEqual(["sql"]);
    expect(analyst.lighter.map((r) => r.id)).toEqual(["cloud-deployment", "python"]);
    expect(engineer.deeper.map((r) => r.id)).toEqual(["cloud-deployment", "python"]);
    expect(engineer.lighter.map((r) => r.id)).toEqual(["sql"]);
    expect(chooseBetween(s, "data-analyst", "ml-engineer", 1)[1].deeper.map((r) => r.id)).toEqual(["cloud-deployment"]);
  });
});

describe("common ground", () => {
  it("separates areas both need at Medium or above from areas neither needs beyond Basic", () => {
    const matrix = buildMatrix(
      ["sql", "python", "statistics"].map((id) => ({ id, name: id, short: id })),
      (["data-analyst", "data-scientist"] as const).map((id) => ({
        id,
        data: {
          name: id,
          skills: {
            sql: { level: "high", source: "matrix" },
            python: { level: "low", source: "matrix" },
            statistics: { level: id === "data-analyst" ? (["basic", "medium"] as const) : "medium", source: "matrix" },
          },
        },
      })),
    );
    const s = summarizeSkills(compareSkills(matrix, "data-analyst", "data-scientist"), "data-analyst", "data-scientist");
    expect(s.even.map((r) => r.id)).toEqual(["sql", "python", "statistics"]);
    const common = commonGround(s.even);
    expect(common.shared.map((r) => r.id)).toEqual(["sql"]);
    expect(common.light.map((r) => r.id)).toEqual(["python"]);
  });
});

describe("words", () => {
  it("joins lists with the serial comma", () => {
    expect(listInWords(["a"])).toBe("a");
    expect(listInWords(["a", "b"])).toBe("a and b");
    expect(listInWords(["a", "b", "c"], "or")).toBe("a, b, or c");
    expect(listInWords(["Python", "cloud and deployment"])).toBe("Python as well as cloud and deployment");
    expect(listInWords(["cloud and deployment", "research"], "or")).toBe("cloud and deployment or research");
  });

  it("writes skill names in lower case in a sentence, except acronyms and proper names", () => {
    expect(skillInText("SQL")).toBe("SQL");
    expect(skillInText("Python", "Using Python as the working language.")).toBe("Python");
    expect(skillInText("Machine learning", "Classical machine learning: training models.")).toBe("machine learning");
    expect(skillInText("Research", "Reading papers. Research means trying them.")).toBe("research");
  });

  it("says how many levels apart", () => {
    expect(levelsInWords(1)).toBe("1 level");
    expect(levelsInWords(2.5)).toBe("2.5 levels");
  });
});

describe("the words in Spanish", () => {
  const esWords: CompareWords = { locale: "es", ...esCompare.words };

  it("joins lists the Spanish way, and keeps a name with «y» in it apart", () => {
    expect(listInWords(["SQL"], "and", esWords)).toBe("SQL");
    expect(listInWords(["SQL", "Python", "estadística"], "and", esWords)).toBe("SQL, Python y estadística");
    expect(listInWords(["SQL", "investigación"], "and", esWords)).toBe("SQL e investigación");
    expect(listInWords(["matemáticas", "otros"], "or", esWords)).toBe("matemáticas u otros");
    expect(listInWords(["nube y despliegue", "Python"], "and", esWords)).toBe("Python y el área de nube y despliegue");
    expect(listInWords(["SQL", "nube y despliegue", "Python"], "and", esWords)).toBe("SQL, Python y el área de nube y despliegue");
    expect(listInWords(["nube y despliegue"], "and", esWords)).toBe("nube y despliegue");
  });

  it("counts levels and names company stages in Spanish", () => {
    expect(levelsInWords(1, esWords)).toBe("1 nivel");
    expect(levelsInWords(1.5, esWords)).toBe("1,5 niveles");
    expect(hiringByStage({ enterprise: "E" }, { startup: "S" }, esWords).map((s) => s.name)).toEqual(["En una startup", "En una gran empresa"]);
  });

  it("reads a Spanish tool's examples: «Plataformas en la nube (como AWS, Azure o GCP)» is AWS, Azure and GCP", () => {
    const t = compareTools([{ group: "Nube", items: ["Plataformas en la nube (como AWS, Azure o GCP)", "Pipelines de CI/CD"] }], [{ group: "Nube", items: ["AWS", "GCP", "Azure", "Docker"] }], esWords);
    expect(t.shared).toEqual([{ label: "AWS, GCP, Azure", a: ["Plataformas en la nube (como AWS, Azure o GCP)"], b: ["AWS", "GCP", "Azure"] }]);
    expect(t.onlyA).toEqual(["Pipelines de CI/CD"]);
    expect(t.onlyB).toEqual(["Docker"]);
  });

  it("for every real pair, places every Spanish tool of each role in exactly one place", () => {
    const esRole = (id: RoleId) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(CONTENT, "i18n", "es", "roles", `${id}.md`), "utf8"))![1]!) as Pick<RoleData, "tools">;
    for (const [a, b] of allPairs()) {
      const [da, db] = [esRole(a), esRole(b)];
      const t = compareTools(da.tools, db.tools, esWords);
      expect([...t.shared.flatMap((s) => s.a), ...t.onlyA].sort()).toEqual([...new Set(da.tools.flatMap((g) => g.items))].sort());
      expect([...t.shared.flatMap((s) => s.b), ...t.onlyB].sort()).toEqual([...new Set(db.tools.flatMap((g) => g.items))].sort());
      // The same tools are shared as in English: only the words differ.
      expect(t.shared.length, `${a} vs ${b}`).toBe(compareTools(roleData(a).tools, roleData(b).tools).shared.length);
    }
  });

  const row = (id: string, name: string): SkillComparison => ({ id, name, a: tiny.roles[0]!.skills["sql"]!, b: tiny.roles[1]!.skills["sql"]!, leader: null, gap: 0 });
  const named = (r: SkillComparison) => r.name;

  it("writes a pair's line on the comparisons page", () => {
    const p = { differ: 7, total: 12, a: es("Científico de datos"), b: es("Ingeniero de machine learning"), topA: row("statistics", "estadística"), topB: row("cloud", "nube y despliegue") };
    expect(pairGist(p, named, esWords)).toBe(
      "Difieren 7 de 12 áreas de habilidad; el científico de datos va más por delante en estadística, y el ingeniero de machine learning, en nube y despliegue.",
    );
    expect(pairGist({ ...p, differ: 1, topA: undefined }, named, esWords)).toBe("Difiere 1 de 12 áreas de habilidad.");
    expect(pairGist({ ...p, a: en("Data Scientist"), b: en("ML Engineer", "an ML Engineer"), topA: row("statistics", "statistics"), topB: row("cloud", "cloud and deployment") }, named)).toBe(
      "They differ in 7 of 12 skill areas; the Data Scientist leads most in statistics, the ML Engineer in cloud and deployment.",
    );
  });

  it("advises on a choice in either language, singular or plural", () => {
    const s = summarizeSkills(compareSkills(tiny, "data-analyst", "ml-engineer"), "data-analyst", "ml-engineer");
    const [analyst, engineer] = chooseBetween(s, "data-analyst", "ml-engineer");
    expect(choiceText(analyst, es("Analista de datos"), es("Ingeniero de machine learning"), named, esWords)).toBe(
      "…quieres llegar más lejos en sql: el analista de datos necesita más nivel en esa área que el ingeniero de machine learning. Te pedirá menos nivel en cloud-deployment y python.",
    );
    expect(choiceText(engineer, en("ML Engineer", "an ML Engineer"), en("Data Analyst"), named)).toBe(
      "…you want to go further in cloud-deployment and python: the ML Engineer needs more of them than the Data Analyst does. You can go lighter on sql.",
    );
    expect(choiceText({ role: "data-analyst", deeper: [], lighter: [] }, es("Analista de datos"), es("Ingeniero de IA"), named, esWords)).toBe(
      "…no te atrae la profundidad extra que pide el ingeniero de IA: el analista de datos no necesita más nivel en ninguna área de habilidad.",
    );
  });

  it("names the common ground, and says nothing when there is none", () => {
    const common = { shared: [row("sql", "SQL"), row("python", "Python")], light: [row("research", "investigación"), row("maths", "otros")] };
    expect(commonGroundText(common, named, esWords)).toBe(
      "Elijas el que elijas, los dos roles piden un nivel muy parecido en SQL y Python, así que el tiempo que les dediques cuenta para los dos. Ninguno de los dos necesita mucho nivel en investigación u otros.",
    );
    expect(commonGroundText({ shared: [], light: [row("research", "research")] }, named)).toBe("Neither needs much research.");
    expect(commonGroundText({ shared: [], light: [] }, named, esWords)).toBe("");
  });

  it("names the other starting points of a move, in the plural the language writes", () => {
    const alsoFrom = [{ id: "ba", ...es("Analista de negocio", undefined, "analistas de negocio") }, { id: "se", ...es("Ingeniero de software", undefined, "ingenieros de software") }];
    expect(alsoFromText({ via: [], alsoFrom }, esWords)).toBe("También pueden dar el mismo paso los analistas de negocio y los ingenieros de software.");
    expect(alsoFromText({ via: [{ id: "x", ...es("X") }], alsoFrom: alsoFrom.slice(0, 1) }, esWords)).toBe("También pueden dar el mismo primer paso los analistas de negocio.");
    expect(alsoFromText({ via: [], alsoFrom: [{ id: "ba", ...en("Business Analyst") }] })).toBe("Business Analysts can make the same move.");
    expect(alsoFromText({ via: [], alsoFrom: [{ id: "hd", ...en("Head of Data"), forms: { ...en("Head of Data").forms, plural: "Heads of Data" } }] })).toBe("Heads of Data can make the same move.");
    expect(alsoFromText({ via: [], alsoFrom: [] }, esWords)).toBe("");
  });
});
