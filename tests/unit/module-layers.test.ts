// The languages (src/i18n) sit below the content (src/data): src/data reads the languages and their
// dictionaries, so src/i18n must never import src/data back, statically or with import(); a cycle
// between the two is what made one of those imports dynamic before.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = process.cwd();
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|astro)$/.test(e.name) ? [join(dir, e.name)] : []));
/** Every relative module a file imports, as a path from the project root. */
const imports = (file: string) =>
  [...readFileSync(file, "utf8").matchAll(/(?:from\s+|import\s*\(\s*|import\s+)["'](\.[^"']+)["']/g)].map((m) => relative(root, resolve(dirname(file), m[1]!)));

describe("src/i18n", () => {
  const sources = files(join(root, "src/i18n"));
  it("has source files to check", () => expect(sources.length).toBeGreaterThan(3));
  it("imports nothing from src/data", () => {
    const back = sources.flatMap((f) => imports(f).filter((i) => i.startsWith("src/data")).map((i) => `${relative(root, f)} -> ${i}`));
    expect(back).toEqual([]);
  });
});
