// The UI strings: one dictionary per language, each with exactly the English keys.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_LANG, LANGS, dictionary, langOfPath, neutralPath } from "../../src/i18n";

type Tree = { [key: string]: string | Tree };
/** Every key path with its value, e.g. "common.nav.roles" -> "Roles". */
function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(path, v);
    else for (const [p, s] of leaves(v, path)) out.set(p, s);
  }
  return out;
}

describe("the dictionaries", () => {
  it("are found for English and Spanish, English first", () => {
    expect(LANGS[0]).toBe(DEFAULT_LANG);
    expect(LANGS).toContain("es");
  });

  const english = leaves(dictionary("en") as unknown as Tree);
  for (const lang of LANGS.filter((l) => l !== DEFAULT_LANG)) {
    const other = leaves(dictionary(lang) as unknown as Tree);
    it(`${lang} has exactly the English keys, none empty`, () => {
      expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
      // A construction some languages do without may be empty (compare.ts then builds the plain list).
      const mayBeEmpty = new Set(["compare.words.list.twoWithAnd"]);
      expect([...other].filter(([k, v]) => !v.trim() && !mayBeEmpty.has(k)).map(([k]) => k)).toEqual([]);
    });
    // Placeholders may differ between languages (English fills {an} for "a"/"an", Spanish does
    // not); tests/e2e/languages.spec.ts checks that no page shows an unfilled {placeholder}.
  }

  it("a dictionary missing a key is a type error that names the key", () => {
    const tsc = join(process.cwd(), "node_modules/.bin/tsc");
    const args = ["--noEmit", "--strict", "--skipLibCheck", "--target", "es2022", "--module", "esnext", "--moduleResolution", "bundler", "tests/fixtures/i18n/missing-key.ts"];
    let output = "";
    try {
      execFileSync(tsc, args, { encoding: "utf8" });
    } catch (e) {
      output = String((e as { stdout?: string }).stdout);
    }
    expect(output).toContain("tests/fixtures/i18n/missing-key.ts");
    expect(output).toMatch(/Property 'more' is missing/);
  }, 60_000);
});

describe("paths and languages", () => {
  it("reads the language from the first segment, English without one", () => {
    expect(langOfPath("/es/roles/data-analyst/")).toBe("es");
    expect(langOfPath("/roles/data-analyst/")).toBe("en");
    expect(langOfPath("/estadistica/")).toBe("en");
  });

  it("gives the path every language's twin shares", () => {
    expect(neutralPath("/es/roles/data-analyst/")).toBe("/roles/data-analyst/");
    expect(neutralPath("/es/")).toBe("/");
    expect(neutralPath("/compare/")).toBe("/compare/");
  });
});
