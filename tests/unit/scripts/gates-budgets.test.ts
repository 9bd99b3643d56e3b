import { describe, expect, it } from "vitest";
import { BUDGETS, checkBudgets, sizeTable, summarise, type Budgets } from "../../../scripts/gates/budgets";
import { PAGE_TYPES, pageTypeOf } from "../../../scripts/gates/page-type";
import type { PageSize } from "../../../scripts/gates/page-size";

const KB = 1024;
const budgets: Budgets = {
  themeScript: 1 * KB,
  scripts: { quiz: 8 * KB, search: null },
  htmlCss: Object.fromEntries(PAGE_TYPES.map((t) => [t, 20 * KB])) as Budgets["htmlCss"],
};

function size(route: string, over: Partial<Omit<PageSize, "route" | "type">> = {}): PageSize {
  return {
    route,
    type: pageTypeOf(route),
    html: { raw: 30_000, gz: 6_000 },
    css: { raw: 6_000, gz: 2_000 },
    js: { raw: 0, gz: 0 },
    theme: { raw: 1_100, gz: 540 },
    jsParts: [],
    missing: [],
    ...over,
  };
}

describe("checkBudgets", () => {
  it("passes pages within every limit", () => {
    expect(checkBudgets([size("/"), size("/quiz/", { js: { raw: 12_000, gz: 5_000 }, jsParts: ["/_astro/quiz.js"] })], budgets)).toEqual([]);
  });

  it("fails any page but the quiz and search that runs a script besides the theme script, naming page, script and bytes", () => {
    const failures = checkBudgets([size("/skills/", { js: { raw: 300, gz: 200 }, jsParts: ["inline script 2"] })], budgets);
    expect(failures).toHaveLength(1);
    expect(failures[0]!.route).toBe("/skills/");
    expect(failures[0]!.message).toContain("/skills/ (skills)");
    expect(failures[0]!.message).toContain("inline script 2");
    expect(failures[0]!.message).toContain("200 B");
    expect(failures[0]!.message).toContain("limit here is 0 B");
  });

  it("points at a lost theme-script marker when a page's only inline script is unmarked", () => {
    const [f] = checkBudgets([size("/", { theme: { raw: 0, gz: 0 }, js: { raw: 1_100, gz: 540 }, jsParts: ["inline script 1"] })], budgets);
    expect(f!.message).toContain("No script on the page carries data-theme-script");
    const [g] = checkBudgets([size("/", { js: { raw: 10, gz: 10 }, jsParts: ["inline script 2"] })], budgets);
    expect(g!.message).not.toContain("data-theme-script");
  });

  it("holds /quiz/how-it-works/ to no script: only the quiz itself may run one", () => {
    expect(checkBudgets([size("/quiz/how-it-works/", { js: { raw: 10, gz: 10 }, jsParts: ["/_astro/x.js"] })], budgets)).toHaveLength(1);
  });

  it("fails the quiz one byte past 8 KB of JavaScript and names both numbers", () => {
    const at = size("/quiz/", { js: { raw: 20_000, gz: 8 * KB }, jsParts: ["/_astro/quiz.js"] });
    const over = size("/quiz/", { js: { raw: 20_000, gz: 8 * KB + 1 }, jsParts: ["/_astro/quiz.js"] });
    expect(checkBudgets([at], budgets)).toEqual([]);
    const [f] = checkBudgets([over], budgets);
    expect(f!.message).toContain("8,193 B");
    expect(f!.message).toContain("8,192 B");
  });

  it("reports search's own script without limiting it", () => {
    expect(checkBudgets([size("/search/", { js: { raw: 90_000, gz: 30_000 }, jsParts: ["/_astro/search.js"] })], budgets)).toEqual([]);
  });

  it("fails a theme script over 1 KB gzipped on the page that carries it", () => {
    const [f] = checkBudgets([size("/license/", { theme: { raw: 3_000, gz: 1_025 } })], budgets);
    expect(f!.message).toMatch(/^\/license\/ \(other\): the theme script is 1\.0 KB \(1,025 B\) gzipped, over its limit of 1\.0 KB \(1,024 B\)$/);
  });

  it("fails a page whose HTML+CSS passes its type's budget, with the parts that add up to it", () => {
    const [f] = checkBudgets([size("/articles/long/", { html: { raw: 200_000, gz: 19 * KB }, css: { raw: 9_000, gz: 2 * KB } })], budgets);
    expect(f!.message).toContain("/articles/long/ (article): HTML+CSS is 21.0 KB (21,504 B) gzipped");
    expect(f!.message).toContain("HTML 19,456 B + CSS 2,048 B");
    expect(f!.message).toContain("article budget of 20.0 KB (20,480 B)");
  });

  it("fails a page that loads a file the build does not have", () => {
    const [f] = checkBudgets([size("/", { missing: ["/_astro/gone.css"] })], budgets);
    expect(f!.message).toBe("/ (home): loads /_astro/gone.css, which is not a file of the built site");
  });

  it("gives every page type a budget of its own, and scripts only to the quiz, search and the job-ad decoder", () => {
    for (const t of PAGE_TYPES) expect(BUDGETS.htmlCss[t], t).toBeGreaterThan(0);
    expect(Object.keys(BUDGETS.scripts).sort()).toEqual(["decode", "quiz", "search"]);
    expect(BUDGETS.scripts.quiz).toBe(8 * KB);
    // The decoder's limit covers its lexicon too (the JSON block marked data-counts-as-script).
    expect(BUDGETS.scripts.decode).toBe(20 * KB);
    expect(BUDGETS.themeScript).toBe(1 * KB);
  });
});

describe("summarise and sizeTable", () => {
  const pages = [
    size("/articles/a/", { html: { raw: 50_000, gz: 9_000 } }),
    size("/articles/b/", { html: { raw: 60_000, gz: 8_000 }, css: { raw: 9_000, gz: 4_000 } }),
    size("/"),
  ];

  it("gives one row per page type present, in the fixed order, with the largest value per column", () => {
    const rows = summarise(pages);
    expect(rows.map((r) => r.type)).toEqual(["home", "article"]);
    const article = rows[1]!;
    expect(article.pages).toBe(2);
    expect(article.max.html).toEqual({ raw: 60_000, gz: 9_000 });
    expect(article.max.css.gz).toBe(4_000);
    expect(article.largest.route).toBe("/articles/b/");
    expect(article.max.htmlCss).toBe(12_000);
  });

  it("prints each type with its budget, the share used and its largest page", () => {
    const table = sizeTable(pages, budgets);
    const row = table.split("\n").find((l) => l.startsWith("article"))!;
    expect(row).toContain("58.6 KB / 8.8 KB");
    expect(row).toContain("11.7 KB");
    expect(row).toContain("20.0 KB");
    expect(row).toContain("59%");
    expect(row).toContain("/articles/b/");
    expect(table).toContain("Theme script (inline on every page): 1.1 KB raw, 0.5 KB gzipped");
  });
});
