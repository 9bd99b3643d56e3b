import { describe, expect, it } from "vitest";
import { formatNuProblems, markupOf, normalFileUrl, nuLevel, nuReport, parseNuOutput, type NuMessage } from "../../../scripts/gates/nu";
import { ALLOWED_WARNINGS } from "../../../scripts/nu-warnings";

// Messages as vnu 26 writes them with --format json --asciiquotes (abridged extracts).
const page = "file:/site/dist/search/index.html";
const stray: NuMessage = { type: "error", url: page, lastLine: 150, firstColumn: 1, lastColumn: 8, message: "Stray start tag 'script'." };
const fatal: NuMessage = { type: "error", subType: "fatal", url: page, lastLine: 150, firstColumn: 1, message: "Cannot recover after last error. Any further errors will be ignored." };
const inlineCsp = (extract: string, hiliteLength: number): NuMessage => ({
  type: "info",
  subType: "warning",
  url: "file:/site/dist/index.html",
  lastLine: 8,
  firstColumn: 5,
  message: "Inline script violates Content Security Policy (meta tag): blocked by 'script-src' directive (missing ''unsafe-inline'' or nonce/hash).",
  extract,
  hiliteStart: 5,
  hiliteLength,
});
const dataBlock = inlineCsp(`ml">\n<script type="application/ld+json">{"@con`, 35);
const themeScript = inlineCsp(`rk">\n<script data-theme-script>\n(() =`, 26);
const ownStylesheet: NuMessage = {
  type: "info",
  subType: "warning",
  url: "file:/site/dist/index.html",
  lastLine: 55,
  firstColumn: 3,
  message: "Resource violates Content Security Policy (meta tag): external stylesheet '/_astro/Base.DTC5FTTP.css' blocked by 'style-src' directive.",
};
const routes = new Map([
  ["file:///site/dist/index.html", "/"],
  ["file:///site/dist/search/index.html", "/search/"],
]);

describe("reading vnu's JSON", () => {
  it("returns its messages", () => {
    expect(parseNuOutput(JSON.stringify({ messages: [stray] }))).toEqual([stray]);
    expect(parseNuOutput('{"messages":[]}')).toEqual([]);
  });

  it("says what came back when it is not the checker's report", () => {
    expect(() => parseNuOutput("Error: Unable to access jarfile")).toThrow(/did not write JSON: Error: Unable to access jarfile/);
    expect(() => parseNuOutput("")).toThrow(/\(no output\)/);
    expect(() => parseNuOutput('{"url":"x"}')).toThrow(/no list of messages/);
    expect(() => parseNuOutput('{"messages":[{"type":"error"}]}')).toThrow(/no list of messages/);
  });

  it("sorts messages into errors, warnings and notes", () => {
    expect(nuLevel(stray)).toBe("error");
    expect(nuLevel(fatal)).toBe("error");
    expect(nuLevel({ type: "non-document-error", subType: "io", message: "File not found" })).toBe("error");
    expect(nuLevel(ownStylesheet)).toBe("warning");
    expect(nuLevel({ type: "info", message: "Trailing slash on void elements has no effect" })).toBe("info");
  });

  it("finds the markup a message points at, and nothing where it gives no extract", () => {
    expect(markupOf(dataBlock)).toBe('<script type="application/ld+json">');
    expect(markupOf(themeScript)).toBe("<script data-theme-script>");
    expect(markupOf(stray)).toBe("");
  });

  it("reads both spellings of a file URL as one", () => {
    expect(normalFileUrl("file:/site/dist/index.html")).toBe(normalFileUrl("file:///site/dist/index.html"));
  });
});

describe("the report", () => {
  it("names each problem by its page and keeps accepted warnings out, counting them", () => {
    const report = nuReport([ownStylesheet, stray, dataBlock, fatal, themeScript], routes, ALLOWED_WARNINGS);
    expect(report.allowed).toEqual([1, 1]);
    expect(report.problems).toEqual([
      { route: "/", level: "warning", line: 8, column: 5, message: themeScript.message },
      { route: "/search/", level: "error", line: 150, column: 1, message: stray.message },
      { route: "/search/", level: "error", line: 150, column: 1, message: fatal.message },
    ]);
  });

  it("lets notes pass, and reports errors an allowance's message would match", () => {
    const note: NuMessage = { type: "info", url: page, message: "Trailing slash on void elements has no effect" };
    const asError: NuMessage = { type: "error", url: page, lastLine: 55, message: ownStylesheet.message };
    const report = nuReport([note, asError], routes, ALLOWED_WARNINGS);
    expect(report.infos).toBe(1);
    expect(report.problems.map((p) => p.level)).toEqual(["error"]);
  });

  it("keeps a page it cannot name by its URL, and one without any", () => {
    const report = nuReport([{ ...stray, url: "file:/elsewhere.html" }, { type: "non-document-error", subType: "io", message: "Out of memory" }], routes, []);
    expect(report.problems.map((p) => p.route)).toEqual(["(no page)", "file:/elsewhere.html"]);
  });

  it("prints a line per problem like the html-validate gate", () => {
    expect(
      formatNuProblems([
        { route: "/search/", level: "error", line: 150, column: 1, message: "Stray start tag 'script'." },
        { route: "/", level: "warning", line: 3, message: "Consider adding a 'lang' attribute." },
        { route: "(no page)", level: "error", message: "Out of memory" },
      ]),
    ).toEqual(["/search/ line 150:1: error: Stray start tag 'script'.", "/ line 3: warning: Consider adding a 'lang' attribute.", "(no page): error: Out of memory"]);
  });
});

describe("the accepted warnings (scripts/nu-warnings.ts)", () => {
  it("each gives its reason", () => {
    for (const a of ALLOWED_WARNINGS) expect(a.reason.length, a.name).toBeGreaterThan(40);
  });

  it("accept a JSON data block but never code: an inline script or a style attribute", () => {
    const styleAttribute: NuMessage = { ...ownStylesheet, message: "The 'style' attribute violates Content Security Policy (meta tag): blocked by 'style-src' directive." };
    const report = nuReport([dataBlock, inlineCsp(`ml">\n<script type="module">impo`, 21), themeScript, styleAttribute], routes, ALLOWED_WARNINGS);
    expect(report.allowed).toEqual([1, 0]);
    expect(report.problems).toHaveLength(3);
  });

  it("accept the site's own built files, not files from elsewhere", () => {
    const foreign: NuMessage = { ...ownStylesheet, message: ownStylesheet.message.replace("'/_astro/Base.DTC5FTTP.css'", "'https://cdn.example.com/x.css'") };
    const report = nuReport([ownStylesheet, foreign], routes, ALLOWED_WARNINGS);
    expect(report.allowed).toEqual([0, 1]);
    expect(report.problems.map((p) => p.message)).toEqual([foreign.message]);
  });
});
