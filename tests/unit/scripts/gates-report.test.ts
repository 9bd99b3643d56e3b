import { describe, expect, it } from "vitest";
import { bytes } from "../../../scripts/gates/format";
import { brokenLinks, displayUrl, formatBrokenLinks, formatHtmlProblems } from "../../../scripts/gates/report";

describe("formatHtmlProblems", () => {
  it("names the page, the place, the rule and the element, in document order", () => {
    const lines = formatHtmlProblems("/skills/", [
      { line: 40, column: 3, severity: 2, ruleId: "no-dup-id", message: 'Duplicate ID "x"', selector: "#x" },
      { line: 12, column: 9, severity: 1, ruleId: "no-inline-style", message: "Inline style is not allowed" },
    ]);
    expect(lines).toEqual([
      "/skills/ line 12:9: warning: Inline style is not allowed [no-inline-style]",
      '/skills/ line 40:3: error: Duplicate ID "x" [no-dup-id] at #x',
    ]);
  });
});

describe("displayUrl", () => {
  const origins = ["http://127.0.0.1:4000", "https://data-career-guide.org"];
  it("turns the local server's and the site's own URLs into site paths", () => {
    expect(displayUrl("http://127.0.0.1:4000/roles/index.html", origins)).toBe("/roles/");
    expect(displayUrl("https://data-career-guide.org/og/default.png", origins)).toBe("/og/default.png");
    expect(displayUrl("http://127.0.0.1:4000/license/#content", origins)).toBe("/license/#content");
  });
  it("reads the paths linkinator gives relative to the folder it serves", () => {
    expect(displayUrl("./", origins)).toBe("/");
    expect(displayUrl("index.html", origins)).toBe("/");
    expect(displayUrl("articles/x/index.html", origins)).toBe("/articles/x/");
    expect(displayUrl("roles/", origins)).toBe("/roles/");
  });
  it("leaves other sites' URLs as they are", () => {
    expect(displayUrl("https://example.com/a", origins)).toBe("https://example.com/a");
  });
});

describe("brokenLinks", () => {
  const origins = ["http://127.0.0.1:4000"];
  it("lists each broken link once per page with the reason, sorted, and leaves working links out", () => {
    const broken = brokenLinks(
      [
        { url: "roles/", state: "BROKEN", status: 404, parent: "skills/index.html" },
        { url: "roles/", state: "BROKEN", status: 404, parent: "index.html" },
        { url: "roles/", state: "BROKEN", status: 404, parent: "index.html" },
        { url: "quiz/", state: "OK", status: 200, parent: "index.html" },
        { url: "https://example.com/", state: "SKIPPED", parent: "index.html" },
        { url: "roles", state: "BROKEN", status: 301, parent: "license/index.html" },
        {
          url: "license/#contnt",
          state: "BROKEN",
          status: 200,
          parent: "index.html",
          failureDetails: [new Error("Fragment identifier '#contnt' not found on page")],
        },
      ],
      origins,
    );
    expect(formatBrokenLinks(broken)).toEqual([
      '/: broken link to /license/#contnt (no element with id "contnt" on /license/)',
      "/: broken link to /roles/ (404 Not Found: no such page or file)",
      "/license/: broken link to /roles (301 redirect: link to where it leads instead)",
      "/skills/: broken link to /roles/ (404 Not Found: no such page or file)",
    ]);
  });
});

describe("byte counts in messages", () => {
  it("are exact, with KB added from 1 KB up", () => {
    expect(bytes(28)).toBe("28 B");
    expect(bytes(8192)).toBe("8.0 KB (8,192 B)");
    expect(bytes(21_504)).toBe("21.0 KB (21,504 B)");
  });
});
