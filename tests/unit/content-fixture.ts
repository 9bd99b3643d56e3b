// The real content (skills, roles, career paths) loaded and validated the way the build does it,
// without Astro, so the role tests check what the site publishes.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { buildMatrix, type Matrix } from "../../src/lib/matrix";
import { ROLE_IDS, type RoleId } from "../../src/lib/roles";
import { pathEntrySchema, roleSchema, skillSchema, type PathEntry, type RoleData, type SkillData } from "../../src/lib/schemas";
import { parseEntryList } from "../../src/lib/yaml-list";

const CONTENT = join(process.cwd(), "content");

export function loadSkills(): SkillData[] {
  const file = join(CONTENT, "skills.yaml");
  return parseEntryList(readFileSync(file, "utf8"), file).map((s) => skillSchema.parse(s));
}

export function loadRoles(): { id: RoleId; data: RoleData }[] {
  return ROLE_IDS.map((id) => {
    const text = readFileSync(join(CONTENT, "roles", `${id}.md`), "utf8");
    const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
    if (!front) throw new Error(`content/roles/${id}.md has no front matter`);
    return { id, data: roleSchema.parse(parse(front)) };
  });
}

export function loadPaths(): PathEntry[] {
  const file = join(CONTENT, "paths.yaml");
  return parseEntryList(readFileSync(file, "utf8"), file).map((e) => pathEntrySchema.parse(e));
}

export function loadContentMatrix(): Matrix {
  return buildMatrix(loadSkills(), loadRoles());
}
