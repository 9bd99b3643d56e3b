import { describe, expect, it } from "vitest";
import {
  articlePath,
  articleReadingTime,
  articlesTagged,
  collectTags,
  isListSegment,
  isoDate,
  neighbours,
  published,
  skillArticlesPath,
  sortTags,
  tagLabel,
  tagPath,
  tagSlug,
  type ArticleLike,
} from "../../src/lib/articles";
import { formatDate } from "../../src/lib/i18n-format";
import { articleSchema } from "../../src/lib/schemas";
import { checkContent } from "../../src/lib/content-rules";

const article = (id: string, date: string, tags: string[] = [], draft = false): ArticleLike => ({
  id,
  data: { pubDate: new Date(date), tags, draft },
});
// Newest first, as getSite() hands them over.
const list = [article("c", "2026-11-20", ["careers", "llm"]), article("b", "2026-11-10", ["careers"]), article("a", "2026-11-01", ["roles", "careers"])];

describe("paths", () => {
  it("puts articles and tags under /articles/ with a trailing slash", () => {
    expect(articlePath("large-language-models-explained")).toBe("/articles/large-language-models-explained/");
    expect(tagPath("career-paths")).toBe("/articles/tags/career-paths/");
  });

  it("turns a stray tag into a URL-safe slug", () => {
    expect(tagSlug("Generative AI")).toBe("generative-ai");
    expect(tagSlug("c++")).toBe("c");
  });
});

describe("collectTags", () => {
  it("counts each tag once per article, most used first, then by name", () => {
    expect(collectTags([...list, article("d", "2026-10-01", ["llm", "llm"])])).toEqual([
      { tag: "careers", slug: "careers", count: 3 },
      { tag: "llm", slug: "llm", count: 2 },
      { tag: "roles", slug: "roles", count: 1 },
    ]);
  });

  it("is empty without articles", () => {
    expect(collectTags([])).toEqual([]);
  });
});

describe("tag labels", () => {
  const labels = { careers: "carreras profesionales", llm: "LLM", roles: "roles", ai: "IA" };

  it("shows a tag by its label in the page's language", () => {
    expect(tagLabel(labels, "careers")).toBe("carreras profesionales");
    expect(tagLabel(labels, "llm")).toBe("LLM");
  });

  it("shows a tag the dictionary does not know (a generated article's) as its id", () => {
    expect(tagLabel(labels, "bench-alpha")).toBe("bench-alpha");
  });

  it("sorts an index by use, then by label in the language's order", () => {
    const tags = [
      { tag: "roles", slug: "roles", count: 1 },
      { tag: "ai", slug: "ai", count: 1 },
      { tag: "llm", slug: "llm", count: 1 },
      { tag: "careers", slug: "careers", count: 3 },
    ];
    const label = (t: string) => tagLabel(labels, t);
    expect(sortTags(tags, label, "es").map((t) => t.tag)).toEqual(["careers", "ai", "llm", "roles"]);
    expect(sortTags(tags, (t) => t, "en").map((t) => t.tag)).toEqual(["careers", "ai", "llm", "roles"]);
    // The input is left as it was.
    expect(tags[0]!.tag).toBe("roles");
  });
});

describe("articlesTagged", () => {
  it("keeps the given order and only the tagged articles", () => {
    expect(articlesTagged(list, "careers").map((a) => a.id)).toEqual(["c", "b", "a"]);
    expect(articlesTagged(list, "roles").map((a) => a.id)).toEqual(["a"]);
    expect(articlesTagged(list, "nothing")).toEqual([]);
  });
});

describe("published", () => {
  it("drops drafts and keeps the order of the rest", () => {
    const withDraft = [article("new-draft", "2026-12-01", [], true), ...list];
    expect(published(withDraft).map((a) => a.id)).toEqual(["c", "b", "a"]);
  });

  it("treats a front matter without `draft` as published", () => {
    const data = articleSchema.parse({ title: "T", description: "D", pubDate: "2026-11-02" });
    expect(published([{ id: "x", data }])).toHaveLength(1);
  });
});

describe("neighbours", () => {
  it("previous is the older article, next the newer one", () => {
    expect(neighbours(list, "b")).toEqual({ previous: list[2], next: list[0] });
  });

  it("has no next for the newest, no previous for the oldest, nothing for an unknown id", () => {
    expect(neighbours(list, "c")).toEqual({ previous: list[1], next: undefined });
    expect(neighbours(list, "a")).toEqual({ previous: undefined, next: list[1] });
    expect(neighbours(list, "zzz")).toEqual({ previous: undefined, next: undefined });
  });
});

describe("dates", () => {
  it("writes front-matter dates as the calendar day they name, in any time zone", () => {
    const d = articleSchema.parse({ title: "T", description: "D", pubDate: "2026-11-02" }).pubDate;
    expect(formatDate("en", d)).toBe("November 2, 2026");
    expect(formatDate("es", d)).toBe("2 de noviembre de 2026");
    expect(isoDate(d)).toBe("2026-11-02");
  });
});

describe("articleReadingTime", () => {
  it("counts the body and the FAQ shown under it", () => {
    const rt = articleReadingTime({ body: "one two three", data: { faq: [{ question: "Four five?", answer: "Six." }] } });
    expect(rt.words).toBe(6);
  });

  it("copes with an entry that has no body", () => {
    expect(articleReadingTime({ data: { faq: [] } })).toEqual({ words: 0, minutes: 1 });
  });
});

describe("list addresses", () => {
  it("keeps /articles/<n>/ and the tag, role and skill-area lists from ever being an article's address", () => {
    for (const slug of ["2", "140", "tags", "roles", "skills"]) expect(isListSegment(slug), slug).toBe(true);
    for (const slug of ["roles-in-ai-and-ml", "2026-review", "skills-map"]) expect(isListSegment(slug), slug).toBe(false);
    expect(skillArticlesPath("sql")).toBe("/articles/skills/sql/");
  });

  it("stops the build when an article's file name would take a list's address", () => {
    const issues = checkContent({
      skills: [],
      roles: [],
      quiz: undefined,
      paths: { file: "content/paths.yaml", entries: [] },
      articles: [{ id: "2", file: "content/articles/2.mdx", data: { roles: [], skills: [] } }],
      comparisons: [],
    });
    expect(issues).toContainEqual(expect.objectContaining({ file: "content/articles/2.mdx", path: "(file name)", message: expect.stringMatching(/address of an article list/) }));
  });
});
