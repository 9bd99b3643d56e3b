// Authoring slips in content/articles/*.mdx that the build lets through but a reader would see.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const dir = join(process.cwd(), "content", "articles");
const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".mdx"));
const body = (f: string) => readFileSync(join(dir, f), "utf8").replace(/^---\n[\s\S]*?\n---\n/, "");

describe.each(files)("%s", (file) => {
  it("writes inline SVG attributes as SVG names (stroke-width), not JSX camelCase, which browsers ignore", () => {
    // MDX passes attribute names through as written; the HTML parser only fixes the case of a few.
    // (markerWidth and the like are SVG's own camelCase names and stay.)
    const svgOwn = new Set(["markerWidth=", "markerHeight=", "markerUnits="]);
    const camel = (body(file).match(/\s(?:stroke|fill|font|text|marker|stop|clip|dominant|letter|word|alignment)[A-Z][A-Za-z]*=/g) ?? []).map((a) => a.trim());
    expect(camel.filter((a) => !svgOwn.has(a))).toEqual([]);
  });

  it("leaves the page's h1 to the title and uses no raw HTML table", () => {
    expect(body(file)).not.toMatch(/^# /m);
    expect(body(file)).not.toMatch(/<table\b/i);
  });
});
