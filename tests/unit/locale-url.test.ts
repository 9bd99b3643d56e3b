import { describe, expect, it } from "vitest";
import { localeHref } from "../../src/lib/locale-url";

describe("localeHref", () => {
  it("leaves the default language's pages unprefixed and puts the others under /<lang>/", () => {
    expect(localeHref("en", "/roles/data-analyst/", "en")).toBe("/roles/data-analyst/");
    expect(localeHref("es", "/roles/data-analyst/", "en")).toBe("/es/roles/data-analyst/");
    expect(localeHref("en", "/", "en")).toBe("/");
    expect(localeHref("es", "/", "en")).toBe("/es/");
  });

  it("ends page paths in a slash and file paths in none", () => {
    expect(localeHref("es", "/quiz", "en")).toBe("/es/quiz/");
    expect(localeHref("es", "/rss.xml", "en")).toBe("/es/rss.xml");
    expect(localeHref("en", "/og/roles/data-analyst.png", "en")).toBe("/og/roles/data-analyst.png");
  });

  it("keeps a query or fragment after the path", () => {
    expect(localeHref("es", "/quiz/?r=abc#result", "en")).toBe("/es/quiz/?r=abc#result");
    expect(localeHref("en", "/compare/a-vs-b#skills", "en")).toBe("/compare/a-vs-b/#skills");
  });
});
