// The size budgets every built page must keep, and the check that names the page, the number and
// the limit when one is broken. All limits are gzipped bytes: what travels over the network.
import { PAGE_TYPES, type PageType } from "./page-type";
import type { PageSize } from "./page-size";
import { bytes, int, kb, textTable } from "./format";

export interface Budgets {
  /** The site-wide theme script, on every page. */
  themeScript: number;
  /** Page types that may run JavaScript of their own, and how much (null: reported, not limited). */
  scripts: Partial<Record<PageType, number | null>>;
  /** HTML plus linked CSS, per page type. */
  htmlCss: Record<PageType, number>;
}

const KB = 1024;

export const BUDGETS: Budgets = {
  themeScript: 1 * KB,
  // The quiz's custom element and scorer; search's own script (Pagefind's runtime loads on demand
  // through a dynamic import and is not part of it). Every other page runs the theme script only.
  scripts: { quiz: 8 * KB, search: null },
  // HTML+CSS per page type: the largest page of the type as measured, times 1.4, rounded up to a
  // whole KB (README, "Size budgets", has the measurements). The 40% covers the shared frame and
  // the content growing; a page past it has grown by more than a third and should be looked at.
  // role, compare, paths and search were not built when these were set: provisional, from the
  // nearest measured type, until measured.
  htmlCss: {
    home: 9 * KB, // measured 5.8 KB
    role: 24 * KB, // provisional: prose like an article plus a chart and a skills table
    compare: 24 * KB, // provisional: two roles' needs side by side, a chart and optional prose
    skills: 17 * KB, // measured 11.7 KB
    paths: 17 * KB, // provisional: a drawn graph and the same moves as a list, like /skills/
    article: 24 * KB, // measured 16.5 KB (the longest article)
    "article-list": 8 * KB, // measured 5.6 KB (/articles/, which lists every article)
    quiz: 17 * KB, // measured 11.9 KB (every question's fieldset and the scorer's data)
    "quiz-how-it-works": 19 * KB, // measured 13.1 KB
    search: 8 * KB, // provisional: a form and an empty results list, like the small pages
    other: 6 * KB, // measured 4.0 KB (/license/, /404.html)
  },
};

export interface Failure {
  route: string;
  message: string;
}

const htmlCssOf = (p: PageSize) => p.html.gz + p.css.gz;

/** Every broken budget, page by page, each message naming the page, the measured number and the limit. */
export function checkBudgets(pages: readonly PageSize[], budgets: Budgets = BUDGETS): Failure[] {
  const failures: Failure[] = [];
  const fail = (p: PageSize, message: string) => failures.push({ route: p.route, message: `${p.route} (${p.type}): ${message}` });
  for (const p of pages) {
    for (const href of p.missing) fail(p, `loads ${href}, which is not a file of the built site`);
    if (p.theme.gz > budgets.themeScript)
      fail(p, `the theme script is ${bytes(p.theme.gz)} gzipped, over its limit of ${bytes(budgets.themeScript)}`);
    const allowed = budgets.scripts[p.type];
    if (allowed === undefined) {
      if (p.js.raw > 0)
        fail(
          p,
          `ships ${bytes(p.js.gz)} of JavaScript gzipped besides the theme script (${p.jsParts.join(", ")}); ` +
            `only ${Object.keys(budgets.scripts).join(" and ")} pages may run scripts of their own, so the limit here is 0 B`,
        );
    } else if (allowed !== null && p.js.gz > allowed) {
      fail(p, `JavaScript is ${bytes(p.js.gz)} gzipped (${p.jsParts.join(", ")}), over the ${p.type} limit of ${bytes(allowed)}`);
    }
    const budget = budgets.htmlCss[p.type];
    if (htmlCssOf(p) > budget)
      fail(
        p,
        `HTML+CSS is ${bytes(htmlCssOf(p))} gzipped (HTML ${int(p.html.gz)} B + CSS ${int(p.css.gz)} B), ` +
          `over the ${p.type} budget of ${bytes(budget)}`,
      );
  }
  return failures;
}

export interface TypeSummary {
  type: PageType;
  pages: number;
  /** The page with the most HTML+CSS gzipped: the one nearest its budget. */
  largest: PageSize;
  /** Per column, the largest value among the type's pages. */
  max: { html: PageSize["html"]; css: PageSize["css"]; js: PageSize["js"]; htmlCss: number };
}

export function summarise(pages: readonly PageSize[]): TypeSummary[] {
  return PAGE_TYPES.flatMap((type) => {
    const of = pages.filter((p) => p.type === type);
    if (of.length === 0) return [];
    const most = (f: (p: PageSize) => number) => Math.max(...of.map(f));
    const largest = of.reduce((a, b) => (htmlCssOf(b) > htmlCssOf(a) ? b : a));
    return [
      {
        type,
        pages: of.length,
        largest,
        max: {
          html: { raw: most((p) => p.html.raw), gz: most((p) => p.html.gz) },
          css: { raw: most((p) => p.css.raw), gz: most((p) => p.css.gz) },
          js: { raw: most((p) => p.js.raw), gz: most((p) => p.js.gz) },
          htmlCss: htmlCssOf(largest),
        },
      },
    ];
  });
}

const pair = (b: { raw: number; gz: number }) => (b.raw === 0 ? "0" : `${kb(b.raw)} / ${kb(b.gz)}`);

/** The table `npm run size` prints: one row per page type, the largest value of each column. */
export function sizeTable(pages: readonly PageSize[], budgets: Budgets = BUDGETS): string {
  const rows = summarise(pages).map((s) => {
    const js = budgets.scripts[s.type];
    const budget = budgets.htmlCss[s.type];
    return [
      s.type,
      String(s.pages),
      pair(s.max.html),
      pair(s.max.css),
      pair(s.max.js),
      js === undefined ? "0" : js === null ? "none" : kb(js),
      kb(s.max.htmlCss),
      kb(budget),
      `${Math.round((100 * s.max.htmlCss) / budget)}%`,
      s.largest.route,
    ];
  });
  const theme = Math.max(0, ...pages.map((p) => p.theme.gz));
  const themeRaw = Math.max(0, ...pages.map((p) => p.theme.raw));
  return [
    textTable(
      ["page type", "pages", "HTML raw / gz", "CSS raw / gz", "JS raw / gz", "JS limit", "HTML+CSS gz", "budget", "used", "largest page"],
      rows,
      "lrrrrrrrrl",
    ),
    "",
    `Largest value per column among a type's pages. HTML includes inline <style> and <script>; CSS is linked stylesheets;`,
    `JS is what a page runs on load besides the theme script (scripts, module preloads and their static imports).`,
    `Theme script (inline on every page): ${kb(themeRaw)} raw, ${kb(theme)} gzipped; limit ${kb(budgets.themeScript)} gzipped.`,
  ].join("\n");
}
