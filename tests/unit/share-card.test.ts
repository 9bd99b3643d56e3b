import { describe, expect, it } from "vitest";
import { allPairs, pairSlug, ROLE_IDS } from "../../src/lib/roles";
import { cardFor, DEFAULT_CARD, ogImageAlt, ogImageFor, type AltContext } from "../../src/lib/share-card";
import { loadRoles } from "./content-fixture";

const roleData = new Map(loadRoles().map((r) => [r.id, r.data]));

describe("which card a page gets", () => {
  it("gives each role page its role's card", () => {
    for (const id of ROLE_IDS) expect(ogImageFor(`/roles/${id}/`)).toBe(`/og/roles/${id}.png`);
  });

  it("gives a comparison page its pair's card, and the reverse order the same card", () => {
    for (const [a, b] of allPairs()) {
      expect(ogImageFor(`/compare/${a}-vs-${b}/`)).toBe(`/og/compare/${pairSlug(a, b)}.png`);
      expect(ogImageFor(`/compare/${b}-vs-${a}/`)).toBe(`/og/compare/${pairSlug(a, b)}.png`);
    }
    expect(cardFor("/compare/ai-engineer-vs-data-analyst/")).toMatchObject({ kind: "compare", pair: ["data-analyst", "ai-engineer"] });
  });

  it("gives an article its own card, but not the tag pages", () => {
    expect(ogImageFor("/articles/large-language-models-explained/")).toBe("/og/articles/large-language-models-explained.png");
    expect(ogImageFor("/articles/tags/ai/")).toBe(DEFAULT_CARD);
    // A list's later pages and the role and skill-area lists take the site's card, not an article's.
    for (const list of ["/articles/2/", "/articles/roles/data-analyst/", "/articles/skills/sql/", "/articles/tags/ai/3/"]) expect(ogImageFor(list), list).toBe(DEFAULT_CARD);
  });

  it("gives every other page the site's card", () => {
    for (const path of ["/", "/roles/", "/compare/", "/articles/", "/skills/", "/quiz/how-it-works/", "/404/", "/roles/astronaut/", "/compare/data-analyst-vs-data-analyst/", "/roles/data-analyst/extra/"])
      expect(ogImageFor(path), path).toBe(DEFAULT_CARD);
  });

  it("reads paths with or without the trailing slash", () => {
    expect(ogImageFor("/roles/ml-engineer")).toBe("/og/roles/ml-engineer.png");
  });
});

describe("what the card's alt text says", () => {
  const ctx: AltContext = {
    title: "Page title",
    roleNamed: (id) => (id === "data-analyst" || id === "ai-engineer" ? roleData.get(id) : undefined),
    skillCount: 12,
    articleRoles: (slug) => (slug === "with-roles" ? ["data-analyst", "ai-engineer"] : []),
  };

  it("names the role, or both roles, and the chart", () => {
    expect(ogImageAlt(cardFor("/roles/data-analyst/"), ctx)).toMatch(/^Data Analyst: .*bar chart.*12 skill areas/);
    expect(ogImageAlt(cardFor("/compare/ai-engineer-vs-data-analyst/"), ctx)).toMatch(/^Data Analyst vs AI Engineer: .*12 skill areas/);
  });

  it("quotes an article's title and names its roles when it has any", () => {
    expect(ogImageAlt(cardFor("/articles/with-roles/"), ctx)).toBe("“Page title”, with the article's summary and the roles it covers: Data Analyst and AI Engineer.");
    expect(ogImageAlt(cardFor("/articles/no-roles/"), ctx)).toBe("“Page title”, with the article's summary.");
  });

  it("describes the site card", () => {
    expect(ogImageAlt(cardFor("/skills/"), ctx)).toMatch(/^Data Career Guide: .*6 roles/);
  });
});
