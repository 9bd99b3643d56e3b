// The newest-N selection the feeds and the offline precache keep: newest first, drafts never, a
// fixed number however many articles there are.
import { describe, expect, it } from "vitest";
import { FEED_ARTICLES, newest } from "../../src/lib/newest";

const article = (id: string, date: string, draft = false) => ({ id, data: { tags: [], pubDate: new Date(date), draft } });

describe("newest", () => {
  it("keeps the n newest published articles, newest first, drafts left out", () => {
    const list = [article("old", "2024-01-01"), article("draft", "2026-12-01", true), article("new", "2026-06-01"), article("mid", "2025-03-01")];
    expect(newest(list, 2).map((a) => a.id)).toEqual(["new", "mid"]);
  });

  it("orders one day's articles by id, so the choice never changes between builds", () => {
    const list = [article("b", "2026-01-01"), article("a", "2026-01-01"), article("c", "2026-01-01")];
    expect(newest(list, 2).map((a) => a.id)).toEqual(["a", "b"]);
    expect(newest([...list].reverse(), 2).map((a) => a.id)).toEqual(["a", "b"]);
  });

  it("stays at n however many there are, and takes them all when there are fewer", () => {
    const many = Array.from({ length: 5000 }, (_, i) => article(`a${i}`, new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString()));
    const feed = newest(many, FEED_ARTICLES);
    expect(feed).toHaveLength(50);
    expect(feed[0]!.id).toBe("a4999");
    expect(newest(many.slice(0, 3), FEED_ARTICLES)).toHaveLength(3);
    expect(newest(many, 0)).toEqual([]);
  });
});
