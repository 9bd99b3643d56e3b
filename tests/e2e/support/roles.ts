// The role files, skill areas and career moves as the content folder has them (validated with
// the site's own schemas), so the role page tests compare pages with the source data.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { ROLE_IDS, type RoleId } from "../../../src/lib/roles";
import { pathEntrySchema, roleSchema, skillSchema, type PathEntry, type RoleData, type SkillData } from "../../../src/lib/schemas";
import { parseEntryList } from "../../../src/lib/yaml-list";
import { CONTENT } from "./articles";

export function contentRoles(): { id: RoleId; data: RoleData }[] {
  return ROLE_IDS.map((id) => {
    const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(CONTENT, "roles", `${id}.md`), "utf8"))![1]!;
    return { id, data: roleSchema.parse(parse(front)) };
  });
}

export function contentSkills(): SkillData[] {
  const file = join(CONTENT, "skills.yaml");
  return parseEntryList(readFileSync(file, "utf8"), file).map((s) => skillSchema.parse(s));
}

export function contentPaths(): PathEntry[] {
  const file = join(CONTENT, "paths.yaml");
  return parseEntryList(readFileSync(file, "utf8"), file).map((e) => pathEntrySchema.parse(e));
}

/** The text fields a translation gives each role (content/i18n/<lang>/roles/<id>.md), by role id. */
export interface TranslatedRole {
  name: string;
  summary: string;
  question: string;
  focus: string;
  objective: string;
  workflow: string[];
  skills?: Record<string, { reason: string }>;
}

export function translatedRoles(lang: string): Map<RoleId, TranslatedRole> {
  return new Map(
    ROLE_IDS.map((id) => {
      const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(CONTENT, "i18n", lang, "roles", `${id}.md`), "utf8"))![1]!;
      return [id, parse(front) as TranslatedRole];
    }),
  );
}

/** A translation's skill areas, in the English order. */
export function translatedSkills(lang: string): { id: string; name: string; short: string; description: string }[] {
  const file = join(CONTENT, "i18n", lang, "skills.yaml");
  return parseEntryList(readFileSync(file, "utf8"), file) as unknown as { id: string; name: string; short: string; description: string }[];
}
