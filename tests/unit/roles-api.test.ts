// /api/roles.json's payload: its shape, and that every number is the levels.ts mapping of the
// role files' ratings.
import { describe, expect, it } from "vitest";
import { LEVELS, levelNumber, toRange } from "../../src/lib/levels";
import { rolesApi } from "../../src/lib/roles-api";
import { ROLE_IDS } from "../../src/lib/roles";
import { loadContentMatrix, loadRoles, loadSkills } from "./content-fixture";

const skills = loadSkills();
const roles = loadRoles();
const api = JSON.parse(JSON.stringify(rolesApi(skills, roles, loadContentMatrix()))) as ReturnType<typeof rolesApi>;

describe("rolesApi", () => {
  it("lists the twelve skill areas and the six roles in the site's order", () => {
    expect(Object.keys(api)).toEqual(["levels", "skills", "roles"]);
    expect(api.skills.map((s) => s.id)).toEqual(skills.map((s) => s.id));
    for (const s of api.skills) expect(Object.keys(s)).toEqual(["id", "name", "short", "description", "tools"]);
    expect(api.roles.map((r) => r.id)).toEqual([...ROLE_IDS]);
  });

  it("publishes the level scale the values come from", () => {
    expect(api.levels).toEqual(LEVELS.map((id) => ({ id, value: levelNumber(id) })));
  });

  it("gives every role a rating for every skill area, valued with the one mapping, source and reason included", () => {
    for (const r of api.roles) {
      const source = roles.find((x) => x.id === r.id)!.data;
      expect(r.name).toBe(source.name);
      expect(r.url).toBe(`/roles/${r.id}/`);
      expect(Object.keys(r.skills)).toEqual(skills.map((s) => s.id));
      for (const [skill, cell] of Object.entries(r.skills)) {
        const rating = source.skills[skill]!;
        const { min, max, value } = toRange(rating.level);
        expect(cell).toEqual({ min, max, value, source: rating.source, ...(rating.reason ? { reason: rating.reason } : {}) });
        expect(typeof cell.value).toBe("number");
      }
    }
  });
});
