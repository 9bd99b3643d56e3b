import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROLE_IDS, roleClass } from "../../src/lib/roles";
import { colourTokens, lightColours, lightRoleColours } from "../../src/lib/tokens";

const css = readFileSync(join(process.cwd(), "src", "styles", "tokens.css"), "utf8");

describe("colours read from tokens.css", () => {
  it("reads light and dark values of light-dark() tokens", () => {
    const tokens = colourTokens(":root { --a: light-dark(#111111, #eeeeee); --b-c: light-dark( #123, #456 ); --plain: 1rem; }");
    expect(tokens.get("a")).toEqual({ light: "#111111", dark: "#eeeeee" });
    expect(tokens.get("b-c")).toEqual({ light: "#123", dark: "#456" });
    expect(tokens.has("plain")).toBe(false);
  });

  it("finds a light colour for every role in the real tokens file, each its own", () => {
    const colours = lightRoleColours(css);
    expect(Object.keys(colours)).toEqual([...ROLE_IDS]);
    for (const id of ROLE_IDS) expect(colours[id], id).toMatch(/^#[0-9a-f]{6}$/i);
    expect(new Set(Object.values(colours)).size).toBe(ROLE_IDS.length);
    // The light value is the first argument: the one the light theme shows.
    for (const id of ROLE_IDS) expect(css).toContain(`--role-${id}: light-dark(${colours[id]},`);
  });

  it("stops when a token the card needs is missing", () => {
    expect(() => lightColours(":root { --bg: light-dark(#fff, #000); }", ["bg", "text"])).toThrow(/--text/);
    expect(() => lightRoleColours(":root {}")).toThrow(/--role-data-analyst/);
  });
});

describe("role classes in tokens.css", () => {
  // Components colour an element by role with roleClass(id), never a style attribute (the
  // Content-Security-Policy forbids those), so every role needs its rule and nothing else may claim one.
  const rules = [...css.matchAll(/^\.(role-[a-z0-9-]+)\s*\{([^}]*)\}/gm)].map((m) => ({ name: m[1]!, body: m[2]!.trim() }));

  it("has exactly one rule per role, in the role order", () => {
    expect(rules.map((r) => r.name)).toEqual(ROLE_IDS.map(roleClass));
  });

  it("sets --role and --c to the role's own colour token, and nothing else", () => {
    for (const [i, id] of ROLE_IDS.entries())
      expect(rules[i]?.body, id).toBe(`--role: var(--role-${id}); --c: var(--role-${id});`);
  });
});
