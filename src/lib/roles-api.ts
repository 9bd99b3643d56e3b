// /api/roles.json: the skill areas and the role skill matrix as open data. Every number is the
// one the quiz scores with (src/lib/levels.ts), taken from the assembled matrix, never retyped.
import { LEVELS, levelNumber, type Level } from "./levels";
import type { Matrix } from "./matrix";
import type { RoleData, SkillData } from "./schemas";
import { rolePath } from "./role-page";
import type { RoleId } from "./roles";

export interface ApiCell {
  min: Level;
  max: Level;
  value: number;
  source: "matrix" | "derived";
  /** Present on derived ratings: why the rating is what it is. */
  reason?: string;
}

export interface RolesApi {
  /** The level words, lowest first, with the number each maps to. */
  levels: { id: Level; value: number }[];
  skills: { id: string; name: string; short: string; description: string; tools: string[] }[];
  roles: {
    id: RoleId;
    name: string;
    url: string;
    summary: string;
    objective: string;
    focus: string;
    question: string;
    layer: RoleData["layer"];
    /** Keyed by skill id, in the skills' order. */
    skills: Record<string, ApiCell>;
  }[];
}

export function rolesApi(
  skills: readonly Pick<SkillData, "id" | "name" | "short" | "description" | "tools">[],
  roles: readonly { id: RoleId; data: Pick<RoleData, "name" | "summary" | "objective" | "focus" | "question" | "layer"> }[],
  matrix: Matrix,
  /** How the edition writes a page's path (src/i18n/urls.ts localePath); English by default. */
  pathIn: (path: string) => string = (path) => path,
): RolesApi {
  return {
    levels: LEVELS.map((id) => ({ id, value: levelNumber(id) })),
    skills: skills.map(({ id, name, short, description, tools }) => ({ id, name, short, description, tools: [...tools] })),
    roles: matrix.roles.map((m) => {
      const role = roles.find((r) => r.id === m.id);
      if (!role) throw new Error(`rolesApi: no role data for ${m.id}`);
      const { name, summary, objective, focus, question, layer } = role.data;
      return {
        id: m.id,
        name,
        url: pathIn(rolePath(m.id)),
        summary,
        objective,
        focus,
        question,
        layer,
        skills: Object.fromEntries(
          matrix.skills.map((s) => {
            const c = m.skills[s.id]!;
            const cell: ApiCell = { min: c.min, max: c.max, value: c.value, source: c.source };
            if (c.reason) cell.reason = c.reason;
            return [s.id, cell];
          }),
        ),
      };
    }),
  };
}
