import { describe, expect, it } from "vitest";
import { canonicalJson, contentKey } from "../../src/lib/content-key";

const article = {
  id: "a",
  data: { title: "Roles in AI", pubDate: new Date("2026-01-02"), tags: ["ai", "roles"], draft: false },
  readingTime: 7,
};

describe("contentKey", () => {
  it("is the same for the same data, whatever the order of its keys", () => {
    const reordered = { readingTime: 7, data: { draft: false, tags: ["ai", "roles"], pubDate: new Date("2026-01-02"), title: "Roles in AI" }, id: "a" };
    expect(contentKey(reordered)).toBe(contentKey(article));
  });

  it("changes with every field a page may show", () => {
    const variants = [
      { ...article, id: "b" },
      { ...article, readingTime: 8 },
      { ...article, data: { ...article.data, title: "Roles in ML" } },
      { ...article, data: { ...article.data, pubDate: new Date("2026-01-03") } },
      { ...article, data: { ...article.data, tags: ["roles", "ai"] } },
      { ...article, data: { ...article.data, draft: true } },
    ];
    const keys = new Set([contentKey(article), ...variants.map(contentKey)]);
    expect(keys.size).toBe(variants.length + 1);
  });

  it("tells a field that is missing from one that is empty or null", () => {
    expect(contentKey({ a: undefined })).toBe(contentKey({}));
    expect(new Set([contentKey({}), contentKey({ a: null }), contentKey({ a: "" }), contentKey({ a: [] })]).size).toBe(4);
  });

  it("sees into maps and sets, and tells them from plain objects and arrays", () => {
    expect(contentKey(new Map([["x", 1]]))).not.toBe(contentKey(new Map([["x", 2]])));
    expect(contentKey(new Set(["x"]))).not.toBe(contentKey(["x"]));
    expect(canonicalJson(new Map([["x", new Date(0)]]))).toBe('{"$map":[["x",{"$date":"1970-01-01T00:00:00.000Z"}]]}');
  });
});
