// One language's content as its edition shows it: the English files (content/) with the
// translation's text laid over them (content/i18n/<lang>/) by the site's own rule of which fields
// a translation gives (src/lib/translate.ts), so a spec compares every edition with its source.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { ROLE_IDS, type RoleId } from "../../../src/lib/roles";
import { pathEntrySchema, roleSchema, skillSchema, type PathEntry, type RoleData, type SkillData } from "../../../src/lib/schemas";
import { MASKS, applyTranslation } from "../../../src/lib/translate";
import { parseEntryList } from "../../../src/lib/yaml-list";
import { CONTENT, publishedArticles, translatedArticles, type SourceArticle } from "./articles";
import { DEFAULT_LANG } from "./langs";

/** A written comparison (content/comparisons/<pair>.mdx) in one language. */
export interface SourceComparison {
  id: string;
  title?: string;
  faq: { question: string; answer: string }[];
  /** The "## " headings of the body. */
  headings: string[];
}

export interface Content {
  roles: { id: RoleId; data: RoleData }[];
  skills: SkillData[];
  paths: PathEntry[];
  /** Published articles, newest first. */
  articles: SourceArticle[];
  comparisons: SourceComparison[];
  role(id: RoleId): RoleData;
  /** A role's name in this language. */
  name(id: RoleId): string;
  /** A role's English name: the job title job ads use, which other editions show beside theirs. */
  englishName(id: RoleId): string;
  skill(id: string): SkillData;
}

const frontMatter = (file: string) => {
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(readFileSync(file, "utf8"));
  if (!m) throw new Error(`${file}: no front matter`);
  return { data: (parse(m[1]!) ?? {}) as Record<string, unknown>, body: m[2]! };
};

function comparisons(dir: string): SourceComparison[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => {
      const { data, body } = frontMatter(join(dir, f));
      return {
        id: f.replace(/\.mdx$/, ""),
        ...(data["title"] ? { title: String(data["title"]) } : {}),
        faq: (data["faq"] as SourceComparison["faq"] | undefined) ?? [],
        headings: [...body.matchAll(/^## (.+)$/gm)].map((h) => h[1]!.trim()),
      };
    });
}

const list = (file: string) => parseEntryList(readFileSync(file, "utf8"), file);

/** The English role files, skill areas and career moves, validated with the site's own schemas. */
const englishRoles = () => ROLE_IDS.map((id) => ({ id, data: roleSchema.parse(frontMatter(join(CONTENT, "roles", `${id}.md`)).data) }));
const englishSkills = () => list(join(CONTENT, "skills.yaml")).map((s) => skillSchema.parse(s));
const englishPaths = () => list(join(CONTENT, "paths.yaml")).map((e) => pathEntrySchema.parse(e));

const cache = new Map<string, Content>();

export function contentIn(lang: string): Content {
  const kept = cache.get(lang);
  if (kept) return kept;
  const english = englishRoles();
  let roles = english;
  let skills = englishSkills();
  let paths = englishPaths();
  let articles = publishedArticles();
  let written = comparisons(join(CONTENT, "comparisons"));
  if (lang !== DEFAULT_LANG) {
    const dir = join(CONTENT, "i18n", lang);
    roles = english.map(({ id, data }) => ({ id, data: applyTranslation(data, frontMatter(join(dir, "roles", `${id}.md`)).data, MASKS.role) }));
    skills = applyTranslation(skills, list(join(dir, "skills.yaml")), MASKS.skills).map((s) => skillSchema.parse(s));
    paths = applyTranslation(paths, list(join(dir, "paths.yaml")), MASKS.paths);
    articles = translatedArticles(lang);
    written = comparisons(join(dir, "comparisons"));
  }
  const content: Content = {
    roles,
    skills,
    paths,
    articles,
    comparisons: written,
    role: (id) => roles.find((r) => r.id === id)!.data,
    name: (id) => roles.find((r) => r.id === id)!.data.name,
    englishName: (id) => english.find((r) => r.id === id)!.data.name,
    skill: (id) => skills.find((s) => s.id === id)!,
  };
  cache.set(lang, content);
  return content;
}
