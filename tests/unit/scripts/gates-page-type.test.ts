import { describe, expect, it } from "vitest";
import { isPageFile, pageTypeOf, routeOf } from "../../../scripts/gates/page-type";
import { ROLE_IDS, allPairs, pairSlug } from "../../../src/lib/roles";

describe("routeOf", () => {
  it("gives the address a built file is served at", () => {
    expect(routeOf("index.html")).toBe("/");
    expect(routeOf("articles/roles-in-ai-and-ml/index.html")).toBe("/articles/roles-in-ai-and-ml/");
    expect(routeOf("404.html")).toBe("/404.html");
  });
});

describe("isPageFile", () => {
  it("takes the site's HTML files and leaves Pagefind's folder and other files out", () => {
    expect(isPageFile("search/index.html")).toBe(true);
    expect(isPageFile("404.html")).toBe(true);
    expect(isPageFile("pagefind/pagefind-ui.html")).toBe(false);
    expect(isPageFile("pagefind/pagefind.js")).toBe(false);
    expect(isPageFile("og/roles/data-analyst.png")).toBe(false);
    expect(isPageFile("rss.xml")).toBe(false);
  });
});

describe("pageTypeOf", () => {
  it("knows every kind of page the site has", () => {
    const cases: [string, string][] = [
      ["/", "home"],
      ["/roles/", "role"],
      ["/skills/", "skills"],
      ["/paths/", "paths"],
      ["/compare/", "compare"],
      ["/articles/", "article-list"],
      ["/articles/tags/llm/", "article-list"],
      ["/articles/2/", "article-list"],
      ["/articles/tags/llm/3/", "article-list"],
      ["/articles/roles/data-analyst/", "article-list"],
      ["/articles/roles/data-analyst/2/", "article-list"],
      ["/articles/skills/sql/", "article-list"],
      ["/articles/skills/sql/12/", "article-list"],
      ["/articles/roles-in-ai-and-ml/", "article"],
      ["/quiz/", "quiz"],
      ["/quiz/how-it-works/", "quiz-how-it-works"],
      ["/search/", "search"],
      ["/decode/", "decode"],
      ["/license/", "other"],
      ["/404.html", "other"],
    ];
    for (const [route, type] of cases) expect(pageTypeOf(route), route).toBe(type);
    // The Spanish twin of each page is the same type, read with the page's lang.
    for (const [route, type] of cases) if (route.startsWith("/")) expect(pageTypeOf(`/es${route}`, "es"), `/es${route}`).toBe(type);
  });

  it("puts every role page, and both orders of every pair, among their types", () => {
    for (const id of ROLE_IDS) expect(pageTypeOf(`/roles/${id}/`)).toBe("role");
    for (const [a, b] of allPairs()) {
      expect(pageTypeOf(`/compare/${pairSlug(a, b)}/`)).toBe("compare");
      expect(pageTypeOf(`/compare/${b}-vs-${a}/`)).toBe("compare");
    }
  });

  it("does not let a deeper address pass for a page of its section", () => {
    expect(pageTypeOf("/quiz/how-it-works/extra/")).toBe("other");
    expect(pageTypeOf("/quiz/result/")).toBe("other");
    expect(pageTypeOf("/roles/data-analyst/more/")).toBe("other");
    expect(pageTypeOf("/articles/a/b/")).toBe("other");
    expect(pageTypeOf("/articles/tags/llm/next/")).toBe("other");
    expect(pageTypeOf("/articles/roles/data-analyst/2/3/")).toBe("other");
    expect(pageTypeOf("/search/more/")).toBe("other");
    expect(pageTypeOf("/decode/more/")).toBe("other");
  });
});
