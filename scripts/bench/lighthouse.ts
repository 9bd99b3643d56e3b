// npm run lighthouse: which pages it measures, the medians of its runs, and bench/LIGHTHOUSE.md.
// Pure; scripts/lighthouse.ts builds, serves and runs Lighthouse.
import { markdownTable } from "../gates/format";

/** One page of each type, by its English address; every language's twin is measured too. */
export const LIGHTHOUSE_PAGES = [
  { type: "home", path: "/" },
  { type: "role", path: "/roles/data-analyst/" },
  { type: "compare", path: "/compare/data-analyst-vs-data-scientist/" },
  { type: "skills", path: "/skills/" },
  { type: "paths", path: "/paths/" },
  { type: "article", path: "/articles/roles-in-ai-and-ml/" },
  { type: "articles list", path: "/articles/" },
  { type: "quiz", path: "/quiz/" },
  { type: "quiz how it works", path: "/quiz/how-it-works/" },
  { type: "search", path: "/search/" },
  { type: "job-ad decoder", path: "/decode/" },
] as const;

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];

/** What one Lighthouse run gives for a page. */
export interface Sample {
  /** Category scores, 0 to 100. */
  scores: Record<Category, number>;
  /** Largest Contentful Paint, ms. */
  lcp: number;
  /** Total Blocking Time, ms. */
  tbt: number;
  /** Cumulative Layout Shift. */
  cls: number;
  /** Bytes the page transferred (Lighthouse's total-byte-weight). */
  bytes: number;
  /** Audits that cost accessibility, best-practices or SEO points, as "<category>: <audit id>". */
  missed?: string[];
}

export function median(xs: readonly number[]): number {
  if (!xs.length) throw new Error("median of nothing");
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Each figure's median over the runs (figure by figure, so one slow run moves none of them). */
export function medianSample(runs: readonly Sample[]): Sample {
  const m = (f: (s: Sample) => number) => median(runs.map(f));
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, m((s) => s.scores[c])])) as Record<Category, number>,
    lcp: m((s) => s.lcp),
    tbt: m((s) => s.tbt),
    cls: m((s) => s.cls),
    bytes: m((s) => s.bytes),
    // Every audit any run missed: a score below 100 in one run is worth reading about.
    missed: [...new Set(runs.flatMap((s) => s.missed ?? []))].sort(),
  };
}

/** The address of a page in a language: English unprefixed, others under /<lang>/. */
export function pageUrl(lang: string, path: string): string {
  return lang === "en" ? path : `/${lang}${path}`;
}

export interface PageResult {
  type: string;
  url: string;
  runs: Sample[];
}

const fixed = (n: number, digits: number) => n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

export const RESULT_HEAD = ["page", "address", "performance", "accessibility", "best practices", "SEO", "LCP", "TBT", "CLS", "transferred"];

export function resultRow(p: PageResult): string[] {
  const m = medianSample(p.runs);
  return [
    p.type,
    `\`${p.url}\``,
    ...CATEGORIES.map((c) => fixed(m.scores[c], 0)),
    `${fixed(m.lcp / 1000, 2)} s`,
    `${fixed(m.tbt, 0)} ms`,
    fixed(m.cls, 3),
    `${fixed(m.bytes / 1024, 1)} KB`,
  ];
}

export interface LighthouseReport {
  date: string;
  commit: string;
  lighthouse: string;
  chromium: string;
  node: string;
  runs: number;
  loadBefore: number[];
  loadAfter: number[];
  cores: number;
  pages: PageResult[];
}

export function formatLighthouse(r: LighthouseReport): string {
  const load = (l: number[]) => l.map((x) => fixed(x, 2)).join(", ");
  return `# Lighthouse

Written by \`npm run lighthouse\` on ${r.date} at commit \`${r.commit}\` (Lighthouse ${r.lighthouse},
${r.chromium}, Node ${r.node}). Not part of \`npm test\`.

Method: a production build (\`astro build\`, Pagefind, service workers) served by \`astro preview\` on
this machine; Lighthouse's default mobile settings (Moto G Power screen, simulated slow 4G and 4×
CPU slowdown); ${r.runs} runs of each page, the rounds interleaved (every page once, then again), and
each figure is the **median** of its ${r.runs} runs, taken figure by figure. Scores are 0–100; LCP is Largest
Contentful Paint, TBT Total Blocking Time, CLS Cumulative Layout Shift; "transferred" is
Lighthouse's total byte weight (the bytes of every response as \`astro preview\` sends them, gzip-compressed).

The machine is shared (${r.cores} cores): load average ${load(r.loadBefore)} when the runs started and
${load(r.loadAfter)} when they ended (1, 5 and 15 minutes). Simulated throttling makes the metrics
less sensitive to that load than wall-clock timings, but TBT still grows with it.

${markdownTable(RESULT_HEAD, r.pages.map(resultRow), "llrrrrrrrr")}
${missedSection(r.pages)}`;
}

/** Which audits kept a page's accessibility, best-practices or SEO score below 100, in any run. */
export function missedSection(pages: readonly PageResult[]): string {
  const lines = pages.flatMap((p) => {
    const missed = medianSample(p.runs).missed ?? [];
    return missed.length ? [`- \`${p.url}\`: ${missed.join(", ")}`] : [];
  });
  return lines.length
    ? `\nAudits that cost accessibility, best-practices or SEO points (in any run):\n\n${lines.join("\n")}\n`
    : "\nNo audit cost any page accessibility, best-practices or SEO points in any run.\n";
}
