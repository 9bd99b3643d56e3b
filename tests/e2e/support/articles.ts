// The articles as the content folder has them (the same folder the build read: CONTENT_DIR or
// content/), so browser tests compare pages with the source, never with a hand-kept list.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

export interface SourceArticle {
  id: string;
  title: string;
  description: string;
  pubDate: Date;
  updatedDate?: Date;
  tags: string[];
  roles: string[];
  /** The skill areas it teaches (English file only). */
  skills: string[];
  draft: boolean;
  faq: { question: string; answer: string }[];
  /** The MDX body, after the front matter. */
  body: string;
}

export const CONTENT = join(process.cwd(), (process.env["CONTENT_DIR"] ?? "content").replace(/\/$/, ""));

export function sourceArticles(dir = join(CONTENT, "articles")): SourceArticle[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => {
      const text = readFileSync(join(dir, f), "utf8");
      const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
      if (!m) throw new Error(`${f}: no front matter`);
      const d = parse(m[1]!) as Record<string, unknown>;
      const article: SourceArticle = {
        id: f.replace(/\.mdx$/, "").split("/").pop()!,
        title: String(d["title"]),
        description: String(d["description"]),
        pubDate: new Date(String(d["pubDate"])),
        tags: (d["tags"] as string[] | undefined) ?? [],
        roles: (d["roles"] as string[] | undefined) ?? [],
        skills: (d["skills"] as string[] | undefined) ?? [],
        draft: d["draft"] === true,
        faq: (d["faq"] as SourceArticle["faq"] | undefined) ?? [],
        body: m[2]!,
      };
      if (d["updatedDate"]) article.updatedDate = new Date(String(d["updatedDate"]));
      return article;
    });
}

/** Published articles, newest first (ties by id), as the site lists them. */
export function publishedArticles(): SourceArticle[] {
  return sourceArticles()
    .filter((a) => !a.draft)
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.id.localeCompare(b.id));
}

/** Role front matter by id: name and skills, for checking tables rendered from the role data. */
export function sourceRoles(): Map<string, { name: string; skills: Record<string, { level: string | [string, string] }> }> {
  const dir = join(CONTENT, "roles");
  return new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith(".md"))
      .map((f) => {
        const fm = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, f), "utf8"))![1]!;
        return [f.replace(/\.md$/, ""), parse(fm)];
      }),
  );
}

/** Skill areas by id: their display names. */
export function sourceSkills(): Map<string, string> {
  const list = parse(readFileSync(join(CONTENT, "skills.yaml"), "utf8")) as { id: string; name: string }[];
  return new Map(list.map((s) => [s.id, s.name]));
}

/**
 * The published articles as a translation shows them: the English entry's ids, dates, tags and
 * roles, with the translation's title, description, FAQ and body (content/i18n/<lang>/articles).
 */
export function translatedArticles(lang: string): SourceArticle[] {
  const translated = new Map(sourceArticles(join(CONTENT, "i18n", lang, "articles")).map((a) => [a.id, a]));
  return publishedArticles().map((a) => {
    const t = translated.get(a.id);
    if (!t) throw new Error(`content/i18n/${lang}/articles/${a.id}.mdx is missing`);
    return { ...a, title: t.title, description: t.description, faq: t.faq, body: t.body };
  });
}
