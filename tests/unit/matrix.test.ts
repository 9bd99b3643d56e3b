// The assembled role skill matrix: complete (12 areas x 6 roles), and its source cells equal the
// published skill comparison matrix, transcribed here from the source notes as they write it.
import { describe, expect, it } from "vitest";
import { isLevel, levelNumber, toRange, type Level } from "../../src/lib/levels";
import { buildMatrix, cellCount, roleVector } from "../../src/lib/matrix";
import { ROLE_IDS } from "../../src/lib/roles";
import { loadContentMatrix, loadRoles, loadSkills } from "./content-fixture";

/** "Skill Comparison Matrix" in seeds/000, row by row: Data Analyst, Data Scientist, ML Engineer. */
const SOURCE_TABLE: Record<string, [string, string, string]> = {
  SQL: ["High", "Medium", "Medium"],
  Python: ["Medium", "High", "High"],
  Statistics: ["Basic–Medium", "Advanced", "Medium"],
  "Machine Learning": ["Basic", "Advanced", "Advanced"],
  "Data Visualization": ["Advanced", "Medium", "Low"],
  "Software Engineering": ["Low", "Medium", "High"],
  "Cloud & Deployment": ["Low", "Low", "High"],
  "Business Communication": ["High", "Medium", "Low–Medium"],
};
const SOURCE_ROWS: Record<string, string> = {
  SQL: "sql",
  Python: "python",
  Statistics: "statistics",
  "Machine Learning": "machine-learning",
  "Data Visualization": "data-visualization",
  "Software Engineering": "software-engineering",
  "Cloud & Deployment": "cloud-deployment",
  "Business Communication": "business-communication",
};
const SOURCE_ROLES = ["data-analyst", "data-scientist", "ml-engineer"] as const;

/** "Basic–Medium" -> { min: basic, max: medium }. */
function parseWord(word: string): { min: Level; max: Level } {
  const [min, max = min] = word.toLowerCase().split("–");
  if (!isLevel(min) || !isLevel(max)) throw new Error(`not a level: ${word}`);
  return { min, max };
}

const matrix = loadContentMatrix();

describe("the assembled matrix", () => {
  it("is complete: every one of the six roles rates every one of the twelve skill areas", () => {
    expect(matrix.skills).toHaveLength(12);
    expect(matrix.roles.map((r) => r.id)).toEqual([...ROLE_IDS]);
    expect(cellCount(matrix)).toBe(72);
    for (const r of matrix.roles) expect(Object.keys(r.skills)).toEqual(matrix.skills.map((s) => s.id));
  });

  it("holds the source matrix's 24 ratings exactly, ranges included, each marked source: matrix", () => {
    const sourceCells = matrix.roles.flatMap((r) => Object.entries(r.skills).filter(([, c]) => c.source === "matrix").map(([s]) => `${r.id}/${s}`));
    const expected = Object.values(SOURCE_ROWS).flatMap((s) => SOURCE_ROLES.map((r) => `${r}/${s}`));
    expect(sourceCells.sort()).toEqual(expected.sort());
    expect(sourceCells).toHaveLength(24);
    for (const [row, words] of Object.entries(SOURCE_TABLE))
      SOURCE_ROLES.forEach((role, i) => {
        const cell = matrix.roles.find((r) => r.id === role)!.skills[SOURCE_ROWS[row]!]!;
        const { min, max } = parseWord(words[i]!);
        expect({ role, row, min: cell.min, max: cell.max }).toEqual({ role, row, min, max });
      });
  });

  it("keeps the two ranges the source prints: Statistics for the Data Analyst and Business Communication for the ML Engineer", () => {
    const cell = (role: string, skill: string) => matrix.roles.find((r) => r.id === role)!.skills[skill]!;
    expect(cell("data-analyst", "statistics")).toMatchObject({ min: "basic", max: "medium", value: 2.5, source: "matrix" });
    expect(cell("ml-engineer", "business-communication")).toMatchObject({ min: "low", max: "medium", value: 2, source: "matrix" });
  });

  it("marks every other rating derived, with a one-line reason", () => {
    const derived = matrix.roles.flatMap((r) => Object.values(r.skills).filter((c) => c.source === "derived"));
    expect(derived).toHaveLength(48);
    for (const c of derived) {
      expect(c.reason?.trim()).toBeTruthy();
      expect(c.reason).not.toMatch(/\n/);
    }
  });

  it("values every cell with the one mapping in levels.ts", () => {
    for (const r of matrix.roles)
      for (const c of Object.values(r.skills)) {
        expect(c.value).toBe(toRange([c.min, c.max]).value);
        expect(c.value).toBe((levelNumber(c.min) + levelNumber(c.max)) / 2);
      }
    expect(roleVector(matrix, "data-analyst")).toEqual(matrix.skills.map((s) => matrix.roles[0]!.skills[s.id]!.value));
  });

  it("orders roles the fixed way whatever order the files arrive in, and refuses a missing rating", () => {
    const skills = loadSkills();
    const roles = loadRoles();
    expect(buildMatrix(skills, [...roles].reverse()).roles.map((r) => r.id)).toEqual([...ROLE_IDS]);
    const [first, ...rest] = roles;
    const { research: _dropped, ...partial } = first!.data.skills;
    expect(() => buildMatrix(skills, [{ id: first!.id, data: { ...first!.data, skills: partial } }, ...rest])).toThrow(/no rating for research/);
  });
});
