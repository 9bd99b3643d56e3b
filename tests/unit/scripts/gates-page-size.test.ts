import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { COUNTS_AS_SCRIPT_ATTR, isExecutableScript, readPageAssets, staticImports, THEME_SCRIPT_ATTR } from "../../../scripts/gates/page-assets";
import { measurePage, type Loader } from "../../../scripts/gates/page-size";

const THEME = `<script ${THEME_SCRIPT_ATTR}>document.documentElement.dataset.theme = "dark";</script>`;
const page = (head: string, body = "") => `<!DOCTYPE html><html lang="en"><head>${THEME}${head}</head><body>${body}</body></html>`;
const gz = (s: string) => gzipSync(Buffer.from(s), { level: 9 }).byteLength;

/** A built site in memory: URL path -> contents. */
const site = (files: Record<string, string>): Loader => (path) => (path in files ? Buffer.from(files[path]!) : undefined);

describe("readPageAssets", () => {
  it("finds external scripts, module preloads and stylesheets, each once, and tells the theme script apart", () => {
    const html = page(
      `<link rel="stylesheet" href="/_astro/a.css"><link href='/_astro/a.css' rel=stylesheet>
       <link rel="modulepreload" href="/_astro/chunk.js"><link rel="preload" as="script" href="/_astro/pre.js">
       <link rel="preload" as="font" href="/font.woff2"><link rel="icon" href="/favicon.svg">`,
      `<script type="module" src="/_astro/quiz.js"></script><script>console.log(1)</script>`,
    );
    const assets = readPageAssets(html);
    expect(assets.stylesheetUrls).toEqual(["/_astro/a.css"]);
    expect(assets.scriptUrls).toEqual(["/_astro/quiz.js", "/_astro/chunk.js", "/_astro/pre.js"]);
    expect(assets.inlineScripts.map((s) => s.theme)).toEqual([true, false]);
    expect(assets.inlineScripts[1]).toMatchObject({ index: 3, text: "console.log(1)" });
  });

  it("counts no data block as a script, and nothing inside a comment", () => {
    const html = page(
      `<script type="application/ld+json">{"@type":"Article"}</script><!-- <script src="/old.js"></script> -->`,
      `<script type="application/json" data-quiz-data>{"a":1}</script>`,
    );
    const assets = readPageAssets(html);
    expect(assets.scriptUrls).toEqual([]);
    expect(assets.inlineScripts.filter((s) => !s.theme)).toEqual([]);
  });

  it("weighs a data block marked as standing in for code (the decoder's lexicon) as JavaScript, and in the HTML too", () => {
    const lexicon = `{"terms":{"0":"sql|query"}}`;
    const html = page("", `<script type="application/json" data-quiz-data>{"a":1}</script><script type="application/json" ${COUNTS_AS_SCRIPT_ATTR}>${lexicon}</script>`);
    expect(readPageAssets(html).scriptData).toEqual([lexicon]);
    const size = measurePage("/decode/", html, site({}));
    expect(size.type).toBe("decode");
    expect(size.js.gz).toBe(gz(lexicon));
    expect(size.jsParts).toEqual(["script data 1"]);
    expect(size.html.raw).toBe(Buffer.byteLength(html));
  });

  it("treats the JavaScript MIME types and module as scripts, whatever their case", () => {
    for (const t of [undefined, "", "module", "text/javascript", "Text/JavaScript "]) expect(isExecutableScript(t)).toBe(true);
    for (const t of ["application/json", "application/ld+json", "text/plain", "importmap"]) expect(isExecutableScript(t)).toBe(false);
  });
});

describe("staticImports", () => {
  it("follows static imports and re-exports, minified or not, but not dynamic imports", () => {
    const code = `import{a as b}from"./chunk-a.js";import "./side.js";export*from"../lib/c.js";
      import x, { y } from '/_astro/d.js'; const later = () => import("./lazy.js"); import.meta.url;`;
    expect(staticImports(code)).toEqual(["./chunk-a.js", "./side.js", "../lib/c.js", "/_astro/d.js"]);
  });

  it("ignores the word import inside strings and bare package names", () => {
    expect(staticImports(`const s = "import","b"; import "react";`)).toEqual([]);
  });
});

describe("measurePage", () => {
  it("measures HTML, linked CSS and the page's own JavaScript, following imports once each", () => {
    const files = {
      "/_astro/a.css": "body { color: red }",
      "/_astro/quiz.js": `import{s}from"./score.js";import"./score.js";s();`,
      "/_astro/score.js": `export const s = () => 42;`,
    };
    const html = page(`<link rel="stylesheet" href="/_astro/a.css">`, `<script type="module" src="/_astro/quiz.js"></script>`);
    const size = measurePage("/quiz/", html, site(files));
    expect(size.type).toBe("quiz");
    expect(size.html).toEqual({ raw: Buffer.byteLength(html), gz: gz(html) });
    expect(size.css).toEqual({ raw: files["/_astro/a.css"].length, gz: gz(files["/_astro/a.css"]) });
    expect(size.jsParts).toEqual(["/_astro/quiz.js", "/_astro/score.js"]);
    expect(size.js.raw).toBe(files["/_astro/quiz.js"].length + files["/_astro/score.js"].length);
    expect(size.js.gz).toBe(gz(files["/_astro/quiz.js"]) + gz(files["/_astro/score.js"]));
    expect(size.theme.raw).toBeGreaterThan(0);
    expect(size.missing).toEqual([]);
  });

  it("resolves relative addresses against the page and counts a page's inline scripts as its JavaScript", () => {
    const html = page(`<link rel="stylesheet" href="../style.css">`, `<script>alert(1)</script>`);
    const size = measurePage("/articles/x/", html, site({ "/articles/style.css": "p{}" }));
    expect(size.css.raw).toBe(3);
    expect(size.js.raw).toBe("alert(1)".length);
    expect(size.jsParts).toEqual(["inline script 2"]);
  });

  it("lists what the page loads that the build does not hold, including files on other sites", () => {
    const html = page(`<link rel="stylesheet" href="/_astro/gone.css">`, `<script src="https://cdn.example/lib.js"></script>`);
    expect(measurePage("/", html, site({})).missing).toEqual(["/_astro/gone.css", "https://cdn.example/lib.js"]);
  });

  it("does not count Pagefind's runtime, which the search script imports on demand", () => {
    const files = { "/_astro/search.js": `const pf = await import("/pagefind/pagefind.js"); pf.init();` };
    const size = measurePage("/search/", page("", `<script type="module" src="/_astro/search.js"></script>`), site(files));
    expect(size.jsParts).toEqual(["/_astro/search.js"]);
  });
});
