import { describe, expect, it } from "vitest";
import { ROLE_IDS, allPairs, pairSlug } from "../../src/lib/roles";
import { isSearchable, searchSection } from "../../src/lib/search-scope";

describe("which pages the search index covers", () => {
  it("indexes every role page and every comparison page in the fixed order", () => {
    for (const id of ROLE_IDS) expect(searchSection(`/roles/${id}/`)).toBe("role");
    for (const [a, b] of allPairs()) expect(searchSection(`/compare/${pairSlug(a, b)}/`)).toBe("comparison");
  });

  it("indexes articles and the skill matrix", () => {
    expect(searchSection("/articles/roles-in-ai-and-ml/")).toBe("article");
    expect(searchSection("/skills/")).toBe("skills");
  });

  it("leaves out lists, tag pages, the quiz, search itself and the other pages", () => {
    for (const path of ["/", "/roles/", "/compare/", "/articles/", "/articles/tags/", "/articles/tags/careers/", "/paths/", "/quiz/", "/quiz/how-it-works/", "/search/", "/license/", "/404/"])
      expect(isSearchable(path), path).toBe(false);
  });

  it("leaves out the reverse order of a pair, which only redirects, and roles that do not exist", () => {
    const [a, b] = allPairs()[0]!;
    expect(isSearchable(`/compare/${b}-vs-${a}/`)).toBe(false);
    expect(isSearchable(`/compare/${a}-vs-${a}/`)).toBe(false);
    expect(isSearchable("/roles/astronaut/")).toBe(false);
    expect(isSearchable("/compare/data-analyst-vs-astronaut/")).toBe(false);
  });

  it("reads only whole page paths: deeper, unslashed or odd paths are not indexed", () => {
    expect(isSearchable(`/roles/${ROLE_IDS[0]}`)).toBe(false);
    expect(isSearchable(`/roles/${ROLE_IDS[0]}/extra/`)).toBe(false);
    expect(isSearchable("/skills/matrix/")).toBe(false);
    expect(isSearchable("/articles/Not_A_Slug/")).toBe(false);
    expect(isSearchable("")).toBe(false);
  });
});
