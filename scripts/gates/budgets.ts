// The size budgets every built page must keep, and the check that names the page, the number and
// the limit when one is broken. All limits are gzipped bytes: what travels over the network.
import { PAGE_TYPES, type PageType } from "./page-type";
import type { PageSize } from "./page-size";
import { THEME_SCRIPT_ATTR } from "./page-assets";
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
  // through a dynamic import and is not part of it); the job-ad decoder's element with its
  // language's lexicon (the JSON block marked data-counts-as-script), as the issue set it: 20 KB.
  // Every other page runs the theme script only.
  scripts: { quiz: 8 * KB, search: null, decode: 20 * KB },
  // HTML+CSS per page type: the largest page of the type as measured on the whole site, times 1.4,
  // rounded up to a whole KB (docs/quality-gates.md, "Size budgets", has the measurements); the article list is
  // set by how many articles it can hold. The 40% covers the shared frame and the content
  // growing; a page past it has grown by more than 40% since and should be looked at.
  htmlCss: {
    home: 10 * KB, // measured 7.1 KB
    role: 22 * KB, // measured 15.2 KB (/roles/data-scientist/)
    compare: 30 * KB, // measured 21.2 KB (a pair with written sections and an FAQ)
    skills: 23 * KB, // measured 15.9 KB
    paths: 16 * KB, // measured 10.8 KB
    article: 28 * KB, // measured 19.5 KB (the longest article)
    // Every list is paginated (ARTICLES_PER_PAGE, src/lib/pagination.ts), so no list page grows with
    // the number of articles: measured 10.5 KB with 20 per page (/es/articles/, 14 generated and 6
    // written articles and the tag index; npm run bench -- --gates). Set at 12 KB when /articles/
    // listed all 6 articles at 7.0 KB.
    "article-list": 12 * KB,
    // measured 20.9 KB (/es/quiz/; /quiz/ 19.6 KB): every question's fieldset, the scorer's data and
    // the plan's (what each level of every area looks like, the places that teach each area, the
    // career-path routes), 7.1 KB of JSON gzipped. Re-set with the plan from 19 KB (docs/quality-gates.md, "Size budgets").
    quiz: 30 * KB,
    // Measured 27.8 KB (/es/quiz/how-it-works/, 2026-12-06): the method page now carries the accuracy
    // audit's tables (first places, recall, the 6 × 6 confusion matrix, the labels), the roles'
    // focus beside their needs, and every tie-breaker with its signals; it was 14.2 KB before them.
    "quiz-how-it-works": 32 * KB,
    search: 10 * KB, // measured 7.0 KB
    // measured 22.0 KB (/es/decode/): the form, the empty result, the decoder's data (the scorer's
    // model, names, links, every sentence) and its lexicon, which also counts in its JavaScript.
    decode: 31 * KB,
    other: 8 * KB, // measured 5.0 KB (/license/; /404.html and the redirect pages are smaller)
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
      // An inline script on a page with no marked theme script is most likely the theme script
      // having lost its marker; say so rather than send someone hunting for a script they did not add.
      const hint =
        p.theme.raw === 0 && p.jsParts.some((x) => x.startsWith("inline"))
          ? `. No script on the page carries ${THEME_SCRIPT_ATTR}: if one of these is the theme script, give it that attribute back`
          : "";
      if (p.js.raw > 0)
        fail(
          p,
          `ships ${bytes(p.js.gz)} of JavaScript gzipped besides the theme script (${p.jsParts.join(", ")}); ` +
            `only ${Object.keys(budgets.scripts).join(" and ")} pages may run scripts of their own, so the limit here is 0 B${hint}`,
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
