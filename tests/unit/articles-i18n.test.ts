// Every tag the articles use has a label in every language's dictionary, and the Spanish labels
// read as Spanish (not the English slug), so tag lists and tag pages never fall back to an id.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import en from "../../src/i18n/dictionaries/en/index";
import es from "../../src/i18n/dictionaries/es/index";
import { tagSlug } from "../../src/lib/articles";

const dir = join(process.cwd(), "content", "articles");
const tags = [
  ...new Set(
    readdirSync(dir, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".mdx"))
      .flatMap((f) => ((parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, f), "utf8"))![1]!) as { tags?: string[] }).tags ?? []).map(tagSlug)),
  ),
].sort();

describe("tag labels", () => {
  it("exist in English and Spanish for every tag in use, and for no other", () => {
    expect(tags.length).toBeGreaterThan(0);
    expect(Object.keys(en.articles.tags).sort()).toEqual(tags);
    expect(Object.keys(es.articles.tags).sort()).toEqual(tags);
  });

  it("leave the English wording as the tags are written", () => {
    for (const [tag, label] of Object.entries(en.articles.tags)) expect(label).toBe(tag);
  });

  it("are Spanish words in Spanish, with no slug hyphens", () => {
    for (const [tag, label] of Object.entries(es.articles.tags)) {
      expect(label, tag).not.toMatch(/-/);
      expect(label.trim(), tag).toBe(label);
    }
    // Translated where Spanish has its own word; acronyms in Spanish form.
    expect(es.articles.tags["career-paths"]).toBe("trayectorias profesionales");
    expect(es.articles.tags.ai).toBe("IA");
  });
});
