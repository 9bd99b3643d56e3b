// A language's edition of the site: the English content with the translation's text laid over
// it. Every translated file is checked against its English entry (src/lib/translate.ts) and, once
// merged, against the English schema (lengths such as a summary's 160 characters); any problem
// stops the build with the file and the field, and nothing falls back to English silently.
import { getCollection, type CollectionEntry } from "astro:content";
import { formatIssues, type ContentIssue } from "../lib/content-rules";
import { buildMatrix } from "../lib/matrix";
import { articleSchema, comparisonSchema, pathEntrySchema, quizSchema, roleSchema, skillSchema } from "../lib/schemas";
import { MASKS, applyTranslation, checkTranslation, type Mask } from "../lib/translate";
import type { z } from "zod";
import type { Article, Role, Site } from "./site";

type Loaded = { id: string; data: Record<string, unknown>; filePath?: string | undefined };

export async function translateSite(en: Site, lang: string): Promise<Site> {
  const dir = (process.env.CONTENT_DIR ?? "content").replace(/\/$/, "");
  const base = `${dir}/i18n/${lang}`;
  const [roleTr, articleTr, comparisonTr, dataTr] = await Promise.all([
    getCollection("roleTranslations"),
    getCollection("articleTranslations"),
    getCollection("comparisonTranslations"),
    getCollection("dataTranslations"),
  ]);
  const issues: ContentIssue[] = [];
  const mine = <T extends Loaded>(entries: T[]) => new Map(entries.filter((e) => e.id.startsWith(`${lang}/`)).map((e) => [e.id.slice(lang.length + 1), e]));

  /** Checks one translated entry, merges it, and re-checks the result with the English schema. */
  function merge<T>(file: string, enData: T, trData: unknown, mask: Mask, schema?: z.ZodType): T {
    const found = checkTranslation(enData, trData, mask);
    for (const i of found) issues.push({ file, path: i.path, message: i.message });
    const merged = applyTranslation(enData, trData, mask);
    if (schema && !found.length) {
      const result = schema.safeParse(merged);
      if (!result.success) for (const i of result.error.issues) issues.push({ file, path: i.path.join(".") || "(file)", message: i.message });
    }
    return merged;
  }
  const missing = (file: string, english: string) => issues.push({ file, path: "(file)", message: `missing; every language translates ${english}` });
  const orphans = (entries: Map<string, Loaded>, known: Set<string>, folder: string, what: string) => {
    for (const [id, e] of entries)
      if (!known.has(id)) issues.push({ file: e.filePath ?? `${base}/${folder}/${id}`, path: "(file name)", message: `"${id}" is not ${what} in English` });
  };

  // Skill areas, quiz and paths: one YAML file each.
  const docs = mine(dataTr as Loaded[]);
  const doc = (name: string) => {
    const e = docs.get(name);
    if (!e) missing(`${base}/${name}.yaml`, `${dir}/${name}.yaml`);
    return { file: e?.filePath ?? `${base}/${name}.yaml`, value: e?.data["value"] };
  };
  const skillsDoc = doc("skills");
  const skills = merge(skillsDoc.file, en.skills, skillsDoc.value, MASKS.skills);
  if (skills !== en.skills) skills.forEach((s, i) => reparse(skillsDoc.file, `${i}`, skillSchema, s));
  const quizDoc = doc("quiz");
  const quiz = merge(quizDoc.file, en.quiz, quizDoc.value, MASKS.quiz, quizSchema);
  const pathsDoc = doc("paths");
  const paths = merge(pathsDoc.file, en.paths, pathsDoc.value, MASKS.paths);
  paths.forEach((p, i) => reparse(pathsDoc.file, `${i}`, pathEntrySchema, p));

  function reparse(file: string, at: string, schema: z.ZodType, value: unknown) {
    if (issues.some((i) => i.file === file)) return;
    const result = schema.safeParse(value);
    if (!result.success) for (const i of result.error.issues) issues.push({ file, path: [at, ...i.path].join("."), message: i.message });
  }

  // Roles: every English role has a translation.
  const roleFiles = mine(roleTr as Loaded[]);
  const roles: Role[] = en.roles.map((r) => {
    const tr = roleFiles.get(r.id) as (CollectionEntry<"roleTranslations"> & Loaded) | undefined;
    const file = tr?.filePath ?? `${base}/roles/${r.id}.md`;
    if (!tr) missing(file, r.filePath ?? `${dir}/roles/${r.id}.md`);
    const data = merge(file, r.data, tr?.data, MASKS.role, roleSchema);
    // The translation's own body is what the page renders.
    return (tr ? { ...tr, id: r.id, data } : { ...r, data }) as unknown as Role;
  });
  orphans(roleFiles, new Set(en.roles.map((r) => r.id)), "roles", "a role");

  // Articles that ship (published) and written comparisons.
  const articleFiles = mine(articleTr as Loaded[]);
  const articles: Article[] = en.articles.map((a) => {
    const tr = articleFiles.get(a.id);
    const file = tr?.filePath ?? `${base}/articles/${a.id}.mdx`;
    if (!tr) missing(file, a.filePath ?? `${dir}/articles/${a.id}.mdx`);
    const data = merge(file, a.data, tr?.data, MASKS.article, articleSchema);
    return (tr ? { ...tr, id: a.id, data } : { ...a, data }) as unknown as Article;
  });
  orphans(articleFiles, new Set(en.articles.map((a) => a.id)), "articles", "a published article");
  const comparisonFiles = mine(comparisonTr as Loaded[]);
  const comparisons = en.comparisons.map((c) => {
    const tr = comparisonFiles.get(c.id);
    const file = tr?.filePath ?? `${base}/comparisons/${c.id}.mdx`;
    if (!tr) missing(file, c.filePath ?? `${dir}/comparisons/${c.id}.mdx`);
    const data = merge(file, c.data, tr?.data, MASKS.comparison, comparisonSchema);
    return (tr ? { ...tr, id: c.id, data } : { ...c, data }) as unknown as CollectionEntry<"comparisons">;
  });
  orphans(comparisonFiles, new Set(en.comparisons.map((c) => c.id)), "comparisons", "a written comparison");

  if (issues.length) throw new Error(formatIssues(issues));
  return {
    lang,
    skills,
    roles,
    roleById: new Map(roles.map((r) => [r.id, r])),
    matrix: buildMatrix(skills, roles),
    quiz,
    paths,
    articles,
    comparisons,
    decoder: en.decoder,
  };
}
