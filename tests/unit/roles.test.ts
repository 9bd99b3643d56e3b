import { describe, expect, it } from "vitest";
import { ROLE_IDS, allPairs, canonicalPair, pairSlug, parsePairSlug, roleClass } from "../../src/lib/roles";

describe("role order and pairs", () => {
  it("gives fifteen pairs of six roles, each once, in the fixed order", () => {
    const pairs = allPairs();
    expect(pairs).toHaveLength(15);
    expect(new Set(pairs.map((p) => pairSlug(...p))).size).toBe(15);
    for (const [a, b] of pairs) expect(ROLE_IDS.indexOf(a)).toBeLessThan(ROLE_IDS.indexOf(b));
  });

  it("writes a pair the same way whichever order it is given in", () => {
    expect(pairSlug("ml-engineer", "data-scientist")).toBe("data-scientist-vs-ml-engineer");
    expect(canonicalPair("ai-engineer", "data-analyst")).toEqual(["data-analyst", "ai-engineer"]);
  });

  it("reads pair slugs, including roles whose ids contain hyphens, and refuses others", () => {
    expect(parsePairSlug("deep-learning-engineer-vs-ai-engineer")).toEqual(["deep-learning-engineer", "ai-engineer"]);
    expect(parsePairSlug("data-analyst-vs-data-analyst")).toBeNull();
    expect(parsePairSlug("data-analyst-vs-astronaut")).toBeNull();
    expect(parsePairSlug("<script>-vs-data-analyst")).toBeNull();
  });
});

describe("role classes", () => {
  it("names a role's class after its colour token and refuses ids that are not roles", () => {
    expect(roleClass("data-analyst")).toBe("role-data-analyst");
    expect(() => roleClass("career-switcher")).toThrow(/"career-switcher" is not a role id/);
  });
});
