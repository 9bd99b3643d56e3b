// Markdown an author writes works under the policy (style-src-attr 'none'): a GFM table's column
// alignment becomes a class, and a style an author wrote stops the build with the file, the line and
// what to write instead. Run through Astro's own Markdown processor (Sätteri) with the site's plugins,
// as astro.config.mjs sets it.
import { markdownToHtml, mdxToJs } from "satteri";
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stylePolicyPlugins } from "../../src/integrations/markdown-styles";
import { alignmentClass, rawStyleLine, withClass } from "../../src/lib/style-policy";

const file = (name: string) => pathToFileURL(join(process.cwd(), "content", "articles", name));
// Synchronous here (no plugin is async), but typed as either.
const mdx = async (source: string, name = "fixture.mdx") => (await mdxToJs(source, { hastPlugins: stylePolicyPlugins, fileURL: file(name) })).code;
const md = async (source: string, name = "fixture.md") => (await markdownToHtml(source, { hastPlugins: stylePolicyPlugins, fileURL: file(name) })).html;

const table = ["| Step | Who | Hours |", "|:---|:---:|---:|", "| 1 | Analyst | 12 |", "| 2 | Engineer | 140 |", ""].join("\n");

describe("a GFM table's column alignment", () => {
  it("becomes a class on every cell of the column, and no style is left (Markdown)", async () => {
    const html = await md(table);
    expect(html).not.toMatch(/style=/);
    expect(html.match(/<t[hd] class="align-right">/g)).toHaveLength(3);
    expect(html.match(/<t[hd] class="align-center">/g)).toHaveLength(3);
    expect(html.match(/<t[hd] class="align-left">/g)).toHaveLength(3);
  });

  it("becomes a class in MDX too, where a style would have been a style prop", async () => {
    const code = await mdx(table);
    expect(code).not.toMatch(/textAlign|style:/);
    expect(code.match(/className: "align-right"/g)).toHaveLength(3);
  });

  it("leaves an unaligned table alone", async () => {
    expect(await md("| a | b |\n|---|---|\n| 1 | 2 |\n")).not.toMatch(/class=|style=/);
  });

  it("reads the alignment however it is spaced, and nothing else", () => {
    expect(alignmentClass("text-align: right")).toBe("align-right");
    expect(alignmentClass("text-align:CENTER;")).toBe("align-center");
    expect(alignmentClass("text-align: right; color: red")).toBeNull();
    expect(alignmentClass("color: red")).toBeNull();
    expect(withClass("a b", "align-left")).toEqual(["a", "b", "align-left"]);
    expect(withClass(["align-left"], "align-left")).toEqual(["align-left"]);
  });
});

describe("a style an author wrote", () => {
  it("stops the build at the MDX file and line, saying what to write instead", async () => {
    const source = ["---", "title: x", "---", "", "Some text.", "", '<div style={{ color: "red" }}>Red</div>', ""].join("\n");
    await expect(mdx(source, "styled.mdx")).rejects.toThrow(/^content\/articles\/styled\.mdx:7: a style attribute on <div>.*style-src-attr 'none'.*Write a class instead/);
  });

  it("is caught inside a paragraph and on a component as well", async () => {
    await expect(mdx('Text with <span style="color: red">a word</span>.\n', "inline.mdx")).rejects.toThrow(/inline\.mdx:1: a style attribute on <span>/);
    await expect(mdx('\n\n<Callout type="tip" style="margin: 0">x</Callout>\n', "callout.mdx")).rejects.toThrow(/callout\.mdx:3: a style attribute on <Callout>/);
  });

  it("is caught in raw HTML in a Markdown file, at the line of the attribute", async () => {
    await expect(md('Intro.\n\n<p>\nok\n</p>\n\n<div\n  style="color: red">x</div>\n', "raw.md")).rejects.toThrow(/raw\.md:8: a style attribute on <div>/);
    expect(rawStyleLine('<p class="x">')).toBeNull();
  });

  it("is not confused by the word 'style' in prose", async () => {
    expect(await md("A style guide says: write plainly.\n")).toContain("style guide");
    expect(await mdx("A style guide, and style={x} in text is not an attribute.\n")).toContain("style guide");
  });
});
