// Rules that need more than one collection at once: every cross-reference in content/ is
// checked here, in one place, and reported as "file: field: message" like the schema errors.
import type { ArticleData, PathEntry, QuizData, RoleData } from "./schemas";
import { ROLE_IDS, isRoleId, parsePairSlug, pairSlug } from "./roles";
import { isListSegment } from "./articles";

export interface ContentIssue {
  /** The file, relative to the project root. */
  file: string;
  /** Dotted path of the field, e.g. "skills.research". */
  path: string;
  message: string;
}

export interface SiteInput {
  skills: { id: string }[];
  roles: { id: string; file: string; data: Pick<RoleData, "skills"> & Partial<Pick<RoleData, "sectionSkills">> }[];
  quiz: { file: string; data: Pick<QuizData, "questions"> & Partial<Pick<QuizData, "tiebreakers">> } | undefined;
  paths: { file: string; entries: PathEntry[] };
  articles: { id: string; file: string; data: Pick<ArticleData, "roles"> & Partial<Pick<ArticleData, "skills">> }[];
  comparisons: { id: string; file: string }[];
}

export function checkContent(site: SiteInput): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const add = (file: string, path: string, message: string) => issues.push({ file, path, message });
  const skillIds = new Set(site.skills.map((s) => s.id));
  const known = (ids: Iterable<string>) => [...ids].join(", ");

  // Roles: exactly the six, each rating every skill area and nothing else.
  for (const role of site.roles) {
    if (!isRoleId(role.id)) add(role.file, "(file name)", `"${role.id}" is not one of the roles (${known(ROLE_IDS)}); add it to src/lib/roles.ts first`);
    for (const skill of skillIds)
      if (!(skill in role.data.skills)) add(role.file, `skills.${skill}`, `no rating for skill area "${skill}": every role rates all ${skillIds.size}`);
    for (const skill of Object.keys(role.data.skills))
      if (!skillIds.has(skill)) add(role.file, `skills.${skill}`, `"${skill}" is not a skill area (known: ${known(skillIds)})`);
  }
  // Role-page sections declare real skill areas (the quiz's plan links to them).
  for (const role of site.roles)
    for (const [section, areas] of Object.entries(role.data.sectionSkills ?? {}))
      (areas ?? []).forEach((skill, j) => {
        if (!skillIds.has(skill)) add(role.file, `sectionSkills.${section}.${j}`, `"${skill}" is not a skill area (known: ${known(skillIds)})`);
      });
  const roleFiles = new Set(site.roles.map((r) => r.id));
  for (const id of ROLE_IDS) if (!roleFiles.has(id)) add(`content/roles/${id}.md`, "(file)", `role "${id}" has no file`);

  // Quiz: signals point at skill areas.
  for (const list of ["questions", "tiebreakers"] as const)
    (site.quiz?.data[list] ?? []).forEach((q, i) =>
      q.options.forEach((o, j) => {
        for (const skill of Object.keys(o.signals))
          if (!skillIds.has(skill))
            add(site.quiz!.file, `${list}.${i}.options.${j}.signals.${skill}`, `"${skill}" is not a skill area (known: ${known(skillIds)})`);
      }),
    );

  // Paths: every end of every move is a role or a stage; every move's route exists.
  const stages = new Set(site.paths.entries.filter((e) => e.type === "stage").map((e) => e.id));
  const routes = new Set(site.paths.entries.filter((e) => e.type === "route").map((e) => e.id));
  const isNode = (x: string) => isRoleId(x) || stages.has(x);
  site.paths.entries.forEach((e, i) => {
    const where = `${i}(${e.id})`;
    if (e.type === "move") {
      e.from.forEach((f, j) => {
        if (!isNode(f)) add(site.paths.file, `${where}.from.${j}`, `"${f}" is neither a role nor a stage`);
      });
      if (!isNode(e.to)) add(site.paths.file, `${where}.to`, `"${e.to}" is neither a role nor a stage`);
      if (!routes.has(e.route)) add(site.paths.file, `${where}.route`, `"${e.route}" is not a route entry`);
    }
    if (e.type === "emerging")
      e.members.forEach((m, j) => {
        if (!isNode(m)) add(site.paths.file, `${where}.members.${j}`, `"${m}" is neither a role nor a stage`);
      });
  });

  // Articles name only real roles and real skill areas, and never take a list's address.
  for (const a of site.articles) {
    if (isListSegment(a.id)) add(a.file, "(file name)", `"${a.id}" is the address of an article list (/articles/${a.id}/); name the file otherwise`);
    a.data.roles.forEach((r, j) => {
      if (!isRoleId(r)) add(a.file, `roles.${j}`, `"${r}" is not a role (known: ${known(ROLE_IDS)})`);
    });
    (a.data.skills ?? []).forEach((s, j) => {
      if (!skillIds.has(s)) add(a.file, `skills.${j}`, `"${s}" is not a skill area (known: ${known(skillIds)})`);
    });
  }

  // Comparisons: the file name is a pair of two known roles, in the canonical order.
  for (const c of site.comparisons) {
    const pair = parsePairSlug(c.id);
    if (!pair) add(c.file, "(file name)", `"${c.id}" is not "<role>-vs-<role>" for two different roles (${known(ROLE_IDS)})`);
    else if (pairSlug(...pair) !== c.id) add(c.file, "(file name)", `write the pair in the fixed order: ${pairSlug(...pair)}`);
  }
  return issues;
}

export function formatIssues(issues: ContentIssue[]): string {
  return [`Content has ${issues.length} problem${issues.length === 1 ? "" : "s"}:`, ...issues.map((i) => `✖ ${i.file}: ${i.path}: ${i.message}`)].join("\n");
}

/** Throws one error listing every problem, so the build stops with all of them at once. */
export function assertContent(site: SiteInput): void {
  const issues = checkContent(site);
  if (issues.length) throw new Error(formatIssues(issues));
}
