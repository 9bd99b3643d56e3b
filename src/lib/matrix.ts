// Assembles the role skill matrix from the typed content: the one structure every page, chart
// and the quiz read, so they cannot disagree.
import { toRange, type LevelRange } from "./levels";
import type { RatingData, RoleData, SkillData } from "./schemas";
import { ROLE_IDS, type RoleId } from "./roles";

export interface Cell extends LevelRange {
  source: RatingData["source"];
  reason?: string;
}

export interface MatrixSkill {
  id: string;
  name: string;
  short: string;
}

export interface MatrixRole {
  id: RoleId;
  name: string;
  /** Keyed by skill id, in the skills' order. */
  skills: Record<string, Cell>;
}

export interface Matrix {
  skills: MatrixSkill[];
  roles: MatrixRole[];
}

export function buildMatrix(
  skills: Pick<SkillData, "id" | "name" | "short">[],
  roles: { id: RoleId; data: Pick<RoleData, "name" | "skills"> }[],
): Matrix {
  const ordered = [...roles].sort((a, b) => ROLE_IDS.indexOf(a.id) - ROLE_IDS.indexOf(b.id));
  return {
    skills: skills.map(({ id, name, short }) => ({ id, name, short })),
    roles: ordered.map((r) => ({
      id: r.id,
      name: r.data.name,
      skills: Object.fromEntries(
        skills.map((s) => {
          const rating = r.data.skills[s.id];
          if (!rating) throw new Error(`role ${r.id} has no rating for ${s.id}`);
          const cell: Cell = { ...toRange(rating.level), source: rating.source };
          if (rating.reason) cell.reason = rating.reason;
          return [s.id, cell];
        }),
      ),
    })),
  };
}

/** A role's needs as numbers in skill order: what the quiz scores against. */
export function roleVector(matrix: Matrix, role: RoleId): number[] {
  const r = matrix.roles.find((x) => x.id === role);
  if (!r) throw new Error(`unknown role ${role}`);
  return matrix.skills.map((s) => r.skills[s.id]!.value);
}

export function cellCount(matrix: Matrix): number {
  return matrix.roles.reduce((n, r) => n + Object.keys(r.skills).length, 0);
}
